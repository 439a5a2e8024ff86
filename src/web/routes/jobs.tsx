import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { JobDocumentKind } from '../../domain/jabatan/model.ts';
import { isApiError } from '../api/client.ts';
import { createJobDocument, jobDocumentsQuery, jobKeys, type JobDocumentSummary } from '../api/jobs.ts';
import { positionsPageQuery } from '../api/positions.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { errorText } from '../components/errors.ts';
import { Page } from '../components/Page.tsx';
import { PageLoader } from '../components/PageLoader.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useSessionUser } from '../features/auth/session.ts';
import { useT, type MessageKey } from '../i18n/index.tsx';

const KINDS: JobDocumentKind[] = ['anjab', 'evjab', 'skj'];

function DocumentButton({ positionId, positionName, kind, doc, canCreate }: { positionId: string; positionName: string; kind: JobDocumentKind; doc?: JobDocumentSummary; canCreate: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const kindLabel = t(`jobs.kind.${kind}` as MessageKey);
  const create = useMutation({
    mutationFn: () => createJobDocument({ positionId, kind }),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: jobKeys.all });
      await navigate({ to: '/jabatan/dokumen/$id', params: { id: created.id } });
    },
    onError: async (error) => {
      // Someone created it meanwhile: open theirs.
      const existing = isApiError(error) ? (error.body as { current?: { id?: string } } | undefined)?.current?.id : undefined;
      if (existing) await navigate({ to: '/jabatan/dokumen/$id', params: { id: existing } });
      else notifications.show({ color: 'red', title: t('jobs.landing.createFailed'), message: errorText(error, t) });
    },
  });
  if (doc) {
    return (
      <Stack gap={2}>
        <Button renderRoot={(props) => <Link to="/jabatan/dokumen/$id" params={{ id: doc.id }} {...props} />} size="xs" variant="light" aria-label={`${t('jobs.landing.open', { kind: kindLabel })} — ${positionName}`}>
          {t('jobs.landing.open', { kind: kindLabel })}
        </Button>
        <Text size="xs" c="dimmed">{t('jobs.landing.version', { version: doc.version })}</Text>
        {doc.kind === 'evjab' ? <Text size="xs">{t(`jobref.val.state.${doc.status}` as MessageKey)}</Text> : null}
      </Stack>
    );
  }
  if (!canCreate) return <Text size="sm" c="dimmed">{t('jobs.landing.none')}</Text>;
  return (
    <Button size="xs" variant="default" loading={create.isPending} onClick={() => create.mutate()} aria-label={`${t('jobs.landing.create', { kind: kindLabel })} — ${positionName}`}>
      {t('jobs.landing.create', { kind: kindLabel })}
    </Button>
  );
}

function UnitPositions({ unitId, unitName }: { unitId: string; unitName: string }) {
  const t = useT();
  const positions = useQuery(positionsPageQuery({ unitId, page: 1, pageSize: 500 }));
  const documents = useQuery(jobDocumentsQuery({ unitId }));
  if (positions.error || documents.error) return <ErrorAlert error={positions.error ?? documents.error} onRetry={() => { void positions.refetch(); void documents.refetch(); }} />;
  if (!positions.data || !documents.data) return <PageLoader />;
  const canCreate = documents.data.actions.includes('create');
  const items = positions.data.items.filter((p) => p.active && p.unitId === unitId);
  const docOf = (positionId: string, kind: JobDocumentKind) => documents.data.items.find((d) => d.positionId === positionId && d.kind === kind);
  return (
    <Stack>
      <Group>
        <Anchor renderRoot={(props) => <Link to="/jabatan/unit/$unitId/abk" params={{ unitId }} {...props} />}>{t('jobs.landing.abk')}</Anchor>
        <Anchor renderRoot={(props) => <Link to="/jabatan/unit/$unitId/peta-jabatan" params={{ unitId }} {...props} />}>{t('jobs.landing.peta')}</Anchor>
      </Group>
      {items.length === 0 ? (
        <Text>{t('jobs.landing.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder>
            <caption>{t('jobs.landing.caption', { unit: unitName })}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('jobs.landing.col.position')}</Table.Th>
                <Table.Th scope="col">{t('jobs.landing.col.kind')}</Table.Th>
                {KINDS.map((k) => <Table.Th scope="col" key={k}>{t(`jobs.kindLong.${k}` as MessageKey)}</Table.Th>)}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row">{p.name}</Table.Th>
                  <Table.Td><Badge variant="dot" color="gray" tt="none" c="var(--mantine-color-text)">{t(`jobs.positionKind.${p.kind}` as MessageKey)}</Badge></Table.Td>
                  {KINDS.map((k) => (
                    <Table.Td key={k}><DocumentButton positionId={p.id} positionName={p.name} kind={k} doc={docOf(p.id, k)} canCreate={canCreate} /></Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** `/jabatan`: the positions of the caller's unit (the bureau chooses a unit) with their Anjab, Evjab and SKJ. */
export function JobsPage() {
  const t = useT();
  const user = useSessionUser();
  const bureau = !!user && user.roles.some((r) => r === 'administrator' || r === 'verifikator' || r === 'kepala_biro');
  const [unit, setUnit] = useState<{ id: string; name: string } | null>(null);
  if (!user) return null;
  const current = unit ?? { id: user.unitId, name: user.unitName };
  return (
    <Page title={t('jobs.landing.title')} description={t('jobs.landing.intro')}>
      <Stack>
        {bureau ? (
          <UnitSelect
            label={t('jobs.landing.unit')}
            placeholder={t('jobs.landing.chooseUnit')}
            value={current.id}
            maw={480}
            onChange={(value, option) => value && option && setUnit({ id: value, name: option.label.replace(/ \([^)]*\)$/, '') })}
          />
        ) : null}
        <UnitPositions key={current.id} unitId={current.id} unitName={current.name} />
      </Stack>
    </Page>
  );
}
