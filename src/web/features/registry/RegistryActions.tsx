import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBan } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { registryEntryQuery, type RegistryEntry } from '../../api/registry.ts';
import { sopQuery } from '../../api/sops.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSessionUser } from '../auth/session.ts';
import { NewVersionButton } from './NewVersionButton.tsx';
import { RevokeDialog } from './RevokeDialog.tsx';

/**
 * On a registry SOP's page, for signed-in users who may act on the version in effect (the server says which:
 * GET /api/registry/:id `actions`): the bureau's "Cabut SOP", the unit's "Mulai versi baru" (or its open draft).
 */
export function RegistryActions({ entry }: { entry: RegistryEntry }) {
  const user = useSessionUser();
  if (!user || entry.status !== 'effective') return null;
  return <Actions entry={entry} />;
}

function Actions({ entry }: { entry: RegistryEntry }) {
  const { t } = useI18n();
  const headingId = useId();
  const detail = useQuery(registryEntryQuery(entry.id));
  const actions = detail.data?.actions ?? [];
  const mayNewVersion = actions.includes('newVersion');
  // Whether a draft is open already: the SOP as its unit sees it, fresh (the editor's cache keeps SOPs forever).
  const sop = useQuery({ ...sopQuery(entry.sopId), staleTime: 0, enabled: mayNewVersion });
  const [revoking, setRevoking] = useState(false);
  if (!actions.includes('revoke') && !mayNewVersion) return null;
  const draftOpen = sop.data?.status === 'draf';
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {actions.includes('revoke') ? t('registry-admin.bureauActions') : t('registry-admin.unitActions')}
        </Title>
        {mayNewVersion ? (
          <Text size="sm">{draftOpen ? t('registry-admin.draftOpenText', { version: sop.data!.version }) : t('registry-admin.unitActionsText')}</Text>
        ) : null}
        <Group gap="sm">
          {mayNewVersion && sop.data ? <NewVersionButton entryId={entry.id} sopId={entry.sopId} draftOpen={draftOpen} /> : null}
          {actions.includes('revoke') ? (
            <Button color="red" variant="outline" leftSection={<IconBan size={18} aria-hidden />} onClick={() => setRevoking(true)}>
              {t('registry-admin.revoke')}
            </Button>
          ) : null}
        </Group>
      </Stack>
      <RevokeDialog entry={entry} opened={revoking} onClose={() => setRevoking(false)} />
    </Paper>
  );
}
