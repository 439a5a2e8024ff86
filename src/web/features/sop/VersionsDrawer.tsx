import { Anchor, Badge, Divider, Drawer, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { sopExportUrl, sopVersionsQuery } from '../../api/sops.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { formatWibDateTime } from '../requests/format.ts';
import { useI18n } from '../../i18n/index.tsx';
import { SopDiffView } from './SopDiffView.tsx';

interface VersionsDrawerProps {
  sopId: string;
  currentVersion: number;
  opened: boolean;
  onClose: () => void;
}

/** Every saved version (newest first) with its PDF, and a comparison of any two. */
export function VersionsDrawer({ sopId, currentVersion, opened, onClose }: VersionsDrawerProps) {
  const { t, lang } = useI18n();
  const versions = useQuery({ ...sopVersionsQuery(sopId), enabled: opened });
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);

  // A version saved while the drawer was closed: list it. By default compare the last two versions.
  const { refetch } = versions;
  useEffect(() => {
    if (opened) void refetch();
  }, [opened, currentVersion, refetch]);
  const numbers = (versions.data?.items ?? []).map((v) => v.number).sort((a, b) => b - a);
  const latest = numbers[0] ?? null;
  const previous = numbers[1] ?? null;
  useEffect(() => {
    if (latest !== null && previous !== null) {
      setTo(latest);
      setFrom(previous);
    }
  }, [latest, previous]);

  const options = numbers.map((n) => ({ value: String(n), label: t('sop-docs.versions.versionN', { n }) }));

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="xl" title={t('sop-docs.versions.title')} closeButtonProps={{ 'aria-label': t('action.close') }}>
      <Loaded query={versions}>
        {(page) => {
          const items = [...page.items].sort((a, b) => b.number - a.number);
          if (items.length === 0) return <Text c="dimmed">{t('sop-docs.versions.empty')}</Text>;
          return (
            <Stack gap="lg">
              <Table.ScrollContainer minWidth={520}>
                <Table striped data-testid="sop-versions">
                  <Table.Caption>{t('sop-docs.versions.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('sop-docs.versions.col.number')}</Table.Th>
                      <Table.Th scope="col">{t('sop-docs.versions.col.note')}</Table.Th>
                      <Table.Th scope="col">{t('sop-docs.versions.col.by')}</Table.Th>
                      <Table.Th scope="col">{t('sop-docs.versions.col.at')}</Table.Th>
                      <Table.Th scope="col">{t('sop-docs.versions.pdf')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((v) => (
                      <Table.Tr key={v.number}>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            {v.number}
                            {v.number === currentVersion ? (
                              <Badge size="xs" variant="light" c="var(--mantine-color-text)">
                                {t('sop-docs.versions.current')}
                              </Badge>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>{v.note || t('sop-docs.versions.noNote')}</Table.Td>
                        <Table.Td>{v.savedBy.name}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatWibDateTime(v.savedAt, lang)}</Table.Td>
                        <Table.Td>
                          <Anchor href={sopExportUrl(sopId, 'pdf', { version: v.number })} download aria-label={t('sop-docs.versions.pdfLabel', { n: v.number })}>
                            <Group gap={2} component="span" wrap="nowrap">
                              <IconFileTypePdf size={16} aria-hidden />
                              {t('sop-docs.versions.pdf')}
                            </Group>
                          </Anchor>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Divider />
              <Title order={3} size="h4">
                {t('sop-docs.versions.compare')}
              </Title>
              {items.length < 2 ? (
                <Text c="dimmed" size="sm">
                  {t('sop-docs.versions.onlyOne')}
                </Text>
              ) : (
                <>
                  <Group grow>
                    <Select label={t('sop-docs.versions.from')} data={options} value={from === null ? null : String(from)} onChange={(v) => v && setFrom(Number(v))} allowDeselect={false} />
                    <Select label={t('sop-docs.versions.to')} data={options} value={to === null ? null : String(to)} onChange={(v) => v && setTo(Number(v))} allowDeselect={false} />
                  </Group>
                  {from !== null && to !== null ? <SopDiffView sopId={sopId} from={from} to={to} /> : null}
                </>
              )}
            </Stack>
          );
        }}
      </Loaded>
    </Drawer>
  );
}
