import { Badge, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { RequestState } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.tsx';
import { STATE_COLORS, stagePhrase, stateKey } from './labels.ts';

/** The outcome (Draf, Diajukan, Perlu Revisi, …, Selesai): tinted, in the text colour for contrast. */
export function StateBadge({ state }: { state: RequestState }) {
  const { t } = useI18n();
  return (
    <Badge variant="light" color={STATE_COLORS[state]} c="var(--mantine-color-text)" tt="none" size="md" style={{ minWidth: 'max-content' }}>
      {t(stateKey(state))}
    </Badge>
  );
}

/** The stage, apart from the outcome: "Tahap 3: …", or where a closed request stopped. */
export function StageText({ state, stage, size = 'sm' }: { state: RequestState; stage: number | null; size?: string }) {
  const { lang, t } = useI18n();
  const phrase = stagePhrase(state, stage, lang);
  return (
    <Text size={size} component="span">
      {t(phrase.key, phrase.params)}
    </Text>
  );
}

export function OverdueBadge() {
  const { t } = useI18n();
  return (
    <Badge variant="light" color="red" c="red.9" tt="none" size="sm" leftSection={<IconAlertTriangle size={12} aria-hidden />} style={{ minWidth: 'max-content' }}>
      {t('req.clock.overdue')}
    </Badge>
  );
}
