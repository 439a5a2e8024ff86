import { Alert, Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileSpreadsheet, IconFileTypePdf, IconFileWord } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId, type ReactNode } from 'react';
import { publicSopQuery, type PublicSop, type RelatedSop } from '../api/registry.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { Flowchart } from '../features/registry/Flowchart.tsx';
import { RegistryStatusBadge } from '../features/registry/RegistryStatusBadge.tsx';
import { RegistryActions } from '../features/registry/RegistryActions.tsx';
import { AckPanel } from '../features/review-ack/AckPanel.tsx';
import { useSessionUser } from '../features/auth/session.ts';
import { BUREAU_ROLES } from '../../domain/access/roles.ts';
import { useI18n, type MessageKey } from '../i18n/index.tsx';

const route = getRouteApi('/daftar-sop/$id');

/** `/daftar-sop/$id`: one SOP of the registry, its current ratified version, downloads, versions and related SOPs. */
export function RegistrySopPage() {
  const { id } = route.useParams();
  const query = useQuery(publicSopQuery(id));
  return <Loaded query={query} page>{(sop) => <SopView sop={sop} />}</Loaded>;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function SopView({ sop }: { sop: PublicSop }) {
  const { t, date } = useI18n();
  const e = sop.current;
  const identity = sop.content.identity;
  const flowId = useId();
  const user = useSessionUser();
  // The monitoring reports are the bureau's and the owning unit's (the server checks again).
  const seesMonev = !!user && (user.roles.some((r) => BUREAU_ROLES.includes(r)) || user.unitId === e.unitId);
  const list = (items: string[]) => (items.length ? <List size="sm">{items.map((x, i) => <List.Item key={i}>{x}</List.Item>)}</List> : '—');
  const facts: [MessageKey, ReactNode][] = [
    ['registry.sop.number', e.number],
    ['registry.sop.unit', e.unitLabel],
    ['registry.col.status', <RegistryStatusBadge status={e.status} />],
    ['registry.sop.madeOn', date(identity.madeOn) || '—'],
    ['registry.sop.revisedOn', date(identity.revisedOn) || '—'],
    ['registry.sop.effectiveOn', date(e.effectiveOn)],
    ['registry.sop.ratifiedBy', <Stack gap={0}><Text size="sm">{e.ratifier.position}</Text><Text size="sm">{e.ratifier.name}</Text><Text size="sm">{t('registry.sop.nip', { nip: e.ratifier.nip })}</Text></Stack>],
    ['registry.sop.version', e.version],
    ['registry.sop.code', <Anchor size="sm" renderRoot={(props) => <Link to="/verifikasi/$code" params={{ code: e.code }} {...props} />}>{e.code}</Anchor>],
    ['registry.sop.checksum', <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>{e.sha256}</Text>],
    ['registry.sop.legalBasis', list(identity.legalBasis)],
    ['registry.sop.qualifications', list(identity.qualifications)],
    ['registry.sop.equipment', list(identity.equipment)],
    ['registry.sop.warnings', identity.warnings || '—'],
    ['registry.sop.records', list(identity.records)],
  ];

  return (
    <Page title={e.title} description={`${e.number} · ${e.unitLabel}`}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/daftar-sop" {...props} />}>
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('registry.sop.back')}
        </Group>
      </Anchor>
      {seesMonev ? (
        <Anchor size="sm" renderRoot={(props) => <Link to="/monev/laporan" search={{ jenis: 'sop', id: sop.sopId }} {...props} />}>
          {t('monevReports.openSop')}
        </Anchor>
      ) : null}
      {e.status !== 'effective' ? (
        <Alert color="red" variant="light" title={t('registry.sop.notCurrent')} styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          {e.status === 'revoked'
            ? t('registry.sop.revokedBecause', { date: date(e.statusAt), reason: e.statusReason ?? '' })
            : e.supersededBy
              ? t('registry.sop.supersededBy', { number: e.supersededBy.number, version: e.supersededBy.version })
              : null}
        </Alert>
      ) : null}
      <RegistryActions entry={e} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title={t('registry.sop.identity')}>
          <Table variant="vertical" layout="fixed" withTableBorder>
            <Table.Tbody>
              {facts.map(([key, value]) => (
                <Table.Tr key={key}>
                  <Table.Th w="40%">{t(key)}</Table.Th>
                  <Table.Td>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
        <Stack gap="md">
          <Section title={t('registry.sop.downloads')}>
            <Group gap="sm">
              <Button component="a" href={e.downloads.pdf} download leftSection={<IconFileTypePdf size={18} aria-hidden />}>
                {t('registry.sop.downloadPdf')}
              </Button>
              <Button component="a" href={e.downloads.docx} download variant="default" leftSection={<IconFileWord size={18} aria-hidden />}>
                {t('registry.sop.downloadDocx')}
              </Button>
              <Button component="a" href={e.downloads.xlsx} download variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />}>
                {t('registry.sop.downloadXlsx')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {t('registry.sop.pdfNote')}
            </Text>
          </Section>
          <Section title={t('registry.sop.related')}>
            <RelatedList title={t('registry.sop.relatedNames')} items={sop.related.names} />
            <RelatedList title={t('registry.sop.relatedNamedBy')} items={sop.related.namedBy} />
          </Section>
        </Stack>
      </SimpleGrid>
      <Section title={t('registry.sop.versions')}>
        <Table.ScrollContainer minWidth={640}>
          <Table striped withTableBorder>
            <Table.Caption>{t('registry.sop.versionsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registry.sop.col.version')}</Table.Th>
                <Table.Th>{t('registry.col.number')}</Table.Th>
                <Table.Th>{t('registry.col.effectiveOn')}</Table.Th>
                <Table.Th>{t('registry.col.status')}</Table.Th>
                <Table.Th>{t('registry.sop.col.download')}</Table.Th>
                <Table.Th>{t('registry.sop.col.verify')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sop.versions.map((v) => (
                <Table.Tr key={v.id} data-status={v.status}>
                  <Table.Td>{v.version}</Table.Td>
                  <Table.Td>{v.number}</Table.Td>
                  <Table.Td>{date(v.effectiveOn)}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <RegistryStatusBadge status={v.status} />
                      {v.status === 'superseded' && v.supersededBy ? (
                        <Text size="xs">{t('registry.sop.supersededBy', { number: v.supersededBy.number, version: v.supersededBy.version })}</Text>
                      ) : null}
                      {v.status === 'revoked' ? <Text size="xs">{t('registry.sop.revokedBecause', { date: date(v.statusAt), reason: v.statusReason ?? '' })}</Text> : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Anchor size="sm" href={v.downloads.pdf} download>
                      {t('registry.sop.pdfOf', { number: v.number })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Anchor size="sm" renderRoot={(props) => <Link to="/verifikasi/$code" params={{ code: v.code }} {...props} />}>
                      {t('registry.sop.openVerify', { number: v.number })}
                    </Anchor>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>
      <AckPanel entryId={e.id} />
      <Paper withBorder p="md">
        <Flowchart content={sop.content} headingId={flowId} />
      </Paper>
    </Page>
  );
}

function RelatedList({ title, items }: { title: string; items: RelatedSop[] }) {
  const t = useI18n().t;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('registry.sop.relatedNone')}
        </Text>
      ) : (
        <List size="sm">
          {items.map((r, i) => (
            <List.Item key={`${r.sopId ?? 'x'}-${i}`}>
              {r.sopId ? (
                <Group gap={6} component="span" wrap="wrap">
                  <Anchor size="sm" renderRoot={(props) => <Link to="/daftar-sop/$id" params={{ id: r.sopId! }} {...props} />}>
                    {r.title}
                  </Anchor>
                  {r.number ? <Text span size="xs">{r.number}</Text> : null}
                  {r.status && r.status !== 'effective' ? <RegistryStatusBadge status={r.status} /> : null}
                </Group>
              ) : (
                <Text span size="sm">
                  {r.title} <Text span size="xs" c="dimmed">{t('registry.sop.relatedExternal')}</Text>
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
