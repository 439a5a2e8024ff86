import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconHelpCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { VerifyResult } from '../../api/registry.ts';
import { useI18n } from '../../i18n/index.tsx';

/** The title in the text colour and larger: the tinted colours are too light for text. */
const TITLE = { title: { color: 'var(--mantine-color-text)', fontSize: 'var(--mantine-font-size-lg)' } };

/** The verdict in words first: SAH — versi berlaku, TIDAK BERLAKU — …, or Tidak dikenal. */
export function VerifyVerdict({ result, source }: { result: VerifyResult; source: 'number' | 'file' }) {
  const { t, date } = useI18n();
  const e = result.entry;
  const code = (s: string) => (
    <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
      {s}
    </Text>
  );
  if (!result.found || !e) {
    return (
      <Alert color="gray" variant="light" styles={TITLE} icon={<IconHelpCircle aria-hidden />} title={t('registry.verify.unknown')} data-verdict="unknown">
        <Stack gap={4}>
          <Text size="sm">{source === 'file' ? t('registry.verify.unknownFile') : t('registry.verify.unknownNumber')}</Text>
          {result.sha256 ? code(t('registry.verify.fileChecksum', { sha: result.sha256 })) : null}
        </Stack>
      </Alert>
    );
  }
  const open = (
    <Anchor size="sm" c="var(--mantine-color-text)" underline="always" fw={600} renderRoot={(props) => <Link to="/daftar-sop/$id" params={{ id: e.sopId }} {...props} />}>
      {result.valid || !result.effective ? t('registry.verify.openSop') : t('registry.verify.openEffective')}
    </Anchor>
  );
  if (result.valid) {
    return (
      <Alert color="teal" variant="light" styles={TITLE} icon={<IconCircleCheck aria-hidden />} title={t('registry.verify.valid')} data-verdict="valid">
        <Stack gap={4}>
          <Text size="sm">{t('registry.verify.validText', { title: e.title, number: e.number, date: date(e.effectiveOn) })}</Text>
          <Text size="sm">{t('registry.verify.code', { code: e.code })}</Text>
          {code(t('registry.verify.checksum', { sha: e.sha256 }))}
          {open}
        </Stack>
      </Alert>
    );
  }
  const revoked = e.status === 'revoked';
  return (
    <Alert
      color="red"
      variant="light" styles={TITLE}
      icon={<IconAlertTriangle aria-hidden />}
      title={revoked ? t('registry.verify.revoked') : t('registry.verify.superseded', { number: result.effective?.number ?? e.supersededBy?.number ?? '—' })}
      data-verdict={e.status}
    >
      <Stack gap={4}>
        <Text size="sm">
          {revoked
            ? t('registry.verify.revokedText', { number: e.number, date: date(e.statusAt), reason: e.statusReason ?? '' })
            : t('registry.verify.supersededText', { number: e.number, version: e.version })}
        </Text>
        {code(t('registry.verify.checksum', { sha: e.sha256 }))}
        {open}
      </Stack>
    </Alert>
  );
}
