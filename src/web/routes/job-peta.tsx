import { Anchor, Badge, Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { petaJabatanQuery, type PetaJabatan, type PetaPosition } from '../api/jobs.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { petaTree, type PetaTreeNode } from '../features/jobs/helpers.ts';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/jabatan/unit/$unitId/peta-jabatan');

function PositionBox({ p }: { p: PetaPosition }) {
  const { t } = useI18n();
  const grade = p.grade === null ? t('jobs.peta.noGrade')
    : `${t('jobs.peta.grade', { grade: String(p.grade) })} (${p.evjabStatus === 'divalidasi' ? t('jobref.peta.validated') : t('jobref.peta.notValidated')})`;
  const need = p.staffNeeded === null ? '—' : String(p.staffNeeded);
  const present = p.staffPresent === null ? '—' : String(p.staffPresent);
  return (
    <Paper withBorder p={6} radius="sm" component="li" style={{ listStyle: 'none', minWidth: 150, maxWidth: 200 }}
      aria-label={t('jobs.peta.boxLabel', { name: p.name, grade, need, present })}>
      <Text size="sm" fw={600} lh={1.2}>{p.name}</Text>
      <Text size="xs">{grade}</Text>
      {p.grade !== null ? (
        <Badge size="xs" variant="light" tt="none" c="var(--mantine-color-text)" color={p.evjabStatus === 'divalidasi' ? 'green' : 'orange'}>
          {p.evjabStatus === 'divalidasi' ? t('jobref.peta.validated') : t('jobref.peta.notValidated')}
        </Badge>
      ) : null}
      <Text size="xs">{t('jobs.peta.needPresent', { need, present })}</Text>
    </Paper>
  );
}

/** One unit of the chart: its box with its positions, and its sub-units below, joined by lines (CSS borders). */
function UnitBranch({ node }: { node: PetaTreeNode }) {
  const { t } = useI18n();
  return (
    <Box component="li" style={{ listStyle: 'none', display: 'flex', flexDirection: 'column', alignItems: 'center', padding: '12px 6px 0', borderTop: node.depth > 0 ? '2px solid var(--mantine-color-gray-5)' : undefined }}>
      <Paper withBorder p="sm" bg="blue.0" style={{ borderColor: 'var(--mantine-color-blue-6)', borderWidth: 2 }}>
        <Title order={3} size="sm">{node.name} <Badge size="xs" variant="dot" tt="none" c="var(--mantine-color-text)">{node.code}</Badge></Title>
        {node.positions.length === 0 ? <Text size="xs" c="dimmed">{t('jobs.peta.noPositions')}</Text> : (
          <Stack component="ul" gap={4} p={0} m={0} mt={6}>
            {node.positions.map((p) => <PositionBox key={p.positionId} p={p} />)}
          </Stack>
        )}
      </Paper>
      {node.children.length > 0 ? (
        <>
          <div aria-hidden style={{ width: 2, height: 12, background: 'var(--mantine-color-gray-5)' }} />
          <Box component="ul" p={0} m={0} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
            {node.children.map((c) => <UnitBranch key={c.unitId} node={c} />)}
          </Box>
        </>
      ) : null}
    </Box>
  );
}

function Peta({ peta }: { peta: PetaJabatan }) {
  const { t } = useI18n();
  const tree = petaTree(peta.nodes);
  const root = peta.nodes[0];
  return (
    <Page title={t('jobs.peta.title', { unit: root?.name ?? '' })} description={t('jobs.peta.intro')}>
      <Stack>
        <Anchor renderRoot={(props) => <Link to="/jabatan" {...props} />}>{t('jobs.editor.back')}</Anchor>
        <Box component="figure" m={0} style={{ overflowX: 'auto' }} tabIndex={0} aria-labelledby="peta-chart">
          <Text component="figcaption" id="peta-chart" fw={600} mb="xs">{t('jobs.peta.chart')}</Text>
          {tree ? <Box component="ul" p={0} m={0} style={{ display: 'flex', justifyContent: 'center' }}><UnitBranch node={tree} /></Box> : null}
        </Box>
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder striped>
            <caption>{t('jobs.peta.tableCaption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('jobs.peta.col.unit')}</Table.Th>
                <Table.Th scope="col">{t('jobs.peta.col.position')}</Table.Th>
                <Table.Th scope="col">{t('jobs.peta.col.grade')}</Table.Th>
                <Table.Th scope="col">{t('jobs.peta.col.need')}</Table.Th>
                <Table.Th scope="col">{t('jobs.peta.col.present')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {peta.nodes.flatMap((n) => n.positions.map((p) => (
                <Table.Tr key={p.positionId}>
                  <Table.Td style={{ paddingLeft: 8 + n.depth * 16 }}>{n.name}</Table.Td>
                  <Table.Th scope="row">{p.name}</Table.Th>
                  <Table.Td>{p.grade === null ? '—' : `${p.grade} (${p.evjabStatus === 'divalidasi' ? t('jobref.peta.validated') : t('jobref.peta.notValidated')})`}</Table.Td>
                  <Table.Td>{p.staffNeeded ?? '—'}</Table.Td>
                  <Table.Td>{p.staffPresent ?? '—'}</Table.Td>
                </Table.Tr>
              )))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Page>
  );
}

/** `/jabatan/unit/$unitId/peta-jabatan`: the unit's position map as a chart, with a table alternative. */
export function JobPetaPage() {
  const { unitId } = route.useParams();
  const peta = useQuery(petaJabatanQuery(unitId));
  return <Loaded query={peta} page>{(p) => <Peta peta={p} />}</Loaded>;
}
