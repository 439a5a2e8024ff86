import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { unitAbkExportUrl, unitAbkQuery, type UnitAbk } from '../api/jobs.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { fixed, signed } from '../features/jobs/helpers.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/jabatan/unit/$unitId/abk');

function AbkTable({ abk }: { abk: UnitAbk }) {
  const { t, lang } = useI18n();
  const n = (v: number | null, d: number) => (v === null ? '—' : fixed(v, d, lang));
  return (
    <Page title={t('jobs.unitAbk.title', { unit: abk.unitName })} description={t('jobs.unitAbk.intro')}>
      <Stack>
        <Group justify="space-between">
          <Anchor renderRoot={(props) => <Link to="/jabatan" {...props} />}>{t('jobs.editor.back')}</Anchor>
          <Group gap="xs">
            {(['xlsx', 'pdf', 'docx'] as const).map((f) => (
              <Button key={f} component="a" href={unitAbkExportUrl(abk.unitId, f)} download size="xs" variant="default" leftSection={<IconDownload size={14} aria-hidden />}>
                {`${t('jobs.editor.export')} ${t(`jobs.editor.export.${f}` as MessageKey)}`}
              </Button>
            ))}
          </Group>
        </Group>
        {abk.rows.length === 0 ? <Text>{t('jobs.unitAbk.empty')}</Text> : (
          <Table.ScrollContainer minWidth={900}>
            <Table withTableBorder withColumnBorders striped>
              <caption>{t('jobs.unitAbk.caption')}</caption>
              <Table.Thead>
                <Table.Tr>
                  {(['no', 'position', 'workload', 'calc', 'need', 'present', 'diff', 'ej', 'pj'] as const).map((k) => (
                    <Table.Th scope="col" key={k}>{t(`jobs.unitAbk.col.${k}` as MessageKey)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {abk.rows.map((r, i) => (
                  <Table.Tr key={r.positionId}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Th scope="row">
                      {r.documentId ? <Anchor renderRoot={(props) => <Link to="/jabatan/dokumen/$id" params={{ id: r.documentId! }} {...props} />}>{r.positionName}</Anchor> : r.positionName}
                    </Table.Th>
                    {r.documentId === null ? (
                      <Table.Td colSpan={7}><Text size="sm" c="dimmed">{t('jobs.unitAbk.noAnjab')}</Text></Table.Td>
                    ) : (
                      <>
                        <Table.Td ta="right">{n(r.workload, 2)}</Table.Td>
                        <Table.Td>{`${n(r.workload, 2)} : WKE = ${n(r.staffExact, 4)} ≈ ${r.staffNeeded}`}</Table.Td>
                        <Table.Td ta="right">{r.staffNeeded}</Table.Td>
                        <Table.Td ta="right">{r.staffPresent}</Table.Td>
                        <Table.Td ta="right">{r.difference === null ? '—' : signed(r.difference)}</Table.Td>
                        <Table.Td ta="right">{n(r.ej, 4)}</Table.Td>
                        <Table.Td>{r.pj ? `${r.pj.code} (${r.pj.label})` : '—'}</Table.Td>
                      </>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Td />
                  <Table.Th scope="row">{t('jobs.unitAbk.total')}</Table.Th>
                  <Table.Td ta="right">{n(abk.totals.workload, 2)}</Table.Td>
                  <Table.Td>{n(abk.totals.staffExact, 4)}</Table.Td>
                  <Table.Td ta="right">{abk.totals.staffNeeded}</Table.Td>
                  <Table.Td ta="right">{abk.totals.staffPresent}</Table.Td>
                  <Table.Td ta="right">{signed(abk.totals.difference)}</Table.Td>
                  <Table.Td />
                  <Table.Td />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Page>
  );
}

/** `/jabatan/unit/$unitId/abk`: the unit's ABK summary (form D). */
export function JobUnitAbkPage() {
  const { unitId } = route.useParams();
  const abk = useQuery(unitAbkQuery(unitId));
  return <Loaded query={abk} page>{(a) => <AbkTable abk={a} />}</Loaded>;
}
