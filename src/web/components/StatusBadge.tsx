import { Badge, Stack, Text } from '@mantine/core';
import {
  IconArrowBackUp,
  IconBan,
  IconCircleCheck,
  IconLoader,
  IconPencil,
  IconPlayerPause,
  IconX,
  type Icon,
} from '@tabler/icons-react';
import { STAGES } from '../../domain/workflow/stages.ts';
import type { RequestState } from '../api/types.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';
import type { Lang } from '../i18n/lang.ts';

/**
 * Colour, icon and word together, so that no state is told by colour alone; only "selesai" looks finished. The word
 * is in the text colour: the tinted colours are too light for text on their own tint.
 */
const LOOK: Record<RequestState, { color: string; icon: Icon }> = {
  draf: { color: 'gray', icon: IconPencil },
  diajukan: { color: 'blue', icon: IconLoader },
  perlu_revisi: { color: 'orange', icon: IconArrowBackUp },
  ditunda: { color: 'grape', icon: IconPlayerPause },
  dibatalkan: { color: 'gray', icon: IconBan },
  ditolak: { color: 'red', icon: IconX },
  selesai: { color: 'teal', icon: IconCircleCheck },
};

export const stateLabelKey = (state: RequestState): MessageKey => `monitoring.state.${state}`;

/** "Tahap 3: Analisis dan Identifikasi", in the interface language. */
export function stageLabel(stage: number | null | undefined, lang: Lang): string {
  const found = STAGES.find((s) => s.number === stage);
  if (!found) return '';
  return lang === 'en' ? `Stage ${found.number}: ${found.nameEn}` : `Tahap ${found.number}: ${found.name}`;
}

/**
 * A request's state in words; with `stage`, the stage below it: where it is being worked on, or where it stopped
 * (a rejected or withdrawn request names the stage it ended at, never "finished").
 */
export function StatusBadge({ state, stage }: { state: RequestState; stage?: number | null }) {
  const { t, lang } = useI18n();
  const look = LOOK[state];
  const IconOf = look.icon;
  const stageText = stage ? stageLabel(stage, lang) : '';
  const badge = (
    <Badge
      variant="light"
      color={look.color}
      c="var(--mantine-color-text)"
      size="md"
      radius="sm"
      tt="none"
      leftSection={<IconOf size={14} aria-hidden color={`var(--mantine-color-${look.color}-9)`} />}
      style={{ minWidth: 'max-content' }}
    >
      {t(stateLabelKey(state))}
    </Badge>
  );
  if (!stageText || state === 'selesai') return badge;
  return (
    <Stack gap={2} align="flex-start">
      {badge}
      <Text size="xs" c="dimmed">
        {state === 'dibatalkan' || state === 'ditolak' ? t('monitoring.stoppedAt', { stage: stageText }) : stageText}
      </Text>
    </Stack>
  );
}
