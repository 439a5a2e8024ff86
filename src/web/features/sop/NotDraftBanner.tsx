import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { publicSopQuery, registryEntryQuery } from '../../api/registry.ts';
import type { Sop } from '../../api/sops.ts';
import { useI18n } from '../../i18n/index.tsx';
import { NewVersionButton } from '../registry/NewVersionButton.tsx';

/**
 * Above the editor of an SOP that is not a draft: a ratified version never changes. Names the number in effect
 * (or revoked) and, for the SOP's unit, offers "Mulai versi baru".
 */
export function NotDraftBanner({ sop }: { sop: Pick<Sop, 'id' | 'status' | 'number'> }) {
  const { t } = useI18n();
  const registry = useQuery(publicSopQuery(sop.id));
  const current = registry.data?.current;
  const entry = useQuery({ ...registryEntryQuery(current?.id ?? ''), enabled: current?.status === 'effective' });
  const revoked = sop.status === 'dicabut';
  const number = current?.number ?? sop.number;
  return (
    <Alert
      color={revoked ? 'red' : 'blue'}
      variant="light"
      icon={<IconLock aria-hidden />}
      title={revoked ? t('registry-admin.banner.revokedTitle') : t('registry-admin.banner.effectiveTitle')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
      data-testid="sop-not-draft"
    >
      <Stack gap="xs">
        <Text size="sm">
          {number ? (revoked ? t('registry-admin.banner.revoked', { number }) : t('registry-admin.banner.effective', { number })) : t('registry-admin.banner.notDraft')}
        </Text>
        <Group gap="sm">
          {current && entry.data?.actions.includes('newVersion') ? <NewVersionButton entryId={current.id} sopId={sop.id} /> : null}
          {current ? (
            <Anchor size="sm" c="blue.9" underline="always" renderRoot={(props) => <Link to="/daftar-sop/$id" params={{ id: sop.id }} {...props} />}>
              {t('registry-admin.banner.openRegistry')}
            </Anchor>
          ) : null}
        </Group>
      </Stack>
    </Alert>
  );
}
