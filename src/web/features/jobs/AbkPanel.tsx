import { Alert, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { AnjabContent } from '../../../domain/jabatan/model.ts';
import type { Abk, JobMaster } from '../../api/jobs.ts';
import { useI18n, type MessageKey } from '../../i18n/index.tsx';
import { fixed, liveAbk, signed } from './helpers.ts';

/** The ABK of the draft, live (computeAbk with the document year's master data), beside the tasks. */
export function AbkPanel({ content, master, server }: { content: AnjabContent; master: JobMaster; server?: Abk }) {
  const { t, lang } = useI18n();
  const abk = liveAbk(content, master);
  const mode = t(`jobs.rounding.${master.rounding.mode}` as MessageKey);
  const rows: Array<[string, string, string]> = [
    [t('jobs.abk.workload'), t('jobs.abk.minutesYear', { value: fixed(abk.workload, 2, lang) }), 'workload'],
    [t('jobs.abk.wke'), t('jobs.abk.minutesYear', { value: fixed(master.workingTime.minutes.tahun, 0, lang) }), 'wke'],
    [t('jobs.abk.needExact'), fixed(abk.staffExact, 4, lang), 'need-exact'],
    [t('jobs.abk.needRounded', { mode }), String(abk.staffNeeded), 'need'],
    [t('jobs.abk.present'), String(abk.staffPresent), 'present'],
    [t('jobs.abk.difference'), signed(abk.difference), 'difference'],
    [t('jobs.abk.ej'), abk.ej === null ? '—' : fixed(abk.ej, 4, lang), 'ej'],
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="abk-title" style={{ position: 'sticky', top: 80 }}>
      <Stack gap="xs">
        <Title order={2} size="h4" id="abk-title">{t('jobs.abk.title')}</Title>
        <Text size="xs" c="dimmed">{t('jobs.abk.live')}</Text>
        {content.tasks.length > 0 ? (
          <Table withTableBorder fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('jobs.abk.col.task')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('jobs.abk.col.workload')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('jobs.abk.col.staff')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.tasks.map((task, i) => {
                const r = abk.tasks.find((x) => x.id === task.id);
                return (
                  <Table.Tr key={task.id} data-testid={`abk-task-${i + 1}`}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td ta="right">{r ? fixed(r.workload, 2, lang) : '—'}</Table.Td>
                    <Table.Td ta="right">{r ? fixed(r.staff, 4, lang) : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        ) : null}
        <dl style={{ margin: 0 }}>
          {rows.map(([label, value, id]) => (
            <div key={id} style={{ display: 'flex', justifyContent: 'space-between', gap: 8, padding: '2px 0' }}>
              <Text component="dt" size="sm">{label}</Text>
              <Text component="dd" size="sm" fw={700} m={0} data-testid={`abk-${id}`}>{value}</Text>
            </div>
          ))}
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, padding: '2px 0' }}>
            <Text component="dt" size="sm">{t('jobs.abk.pj')}</Text>
            <Text component="dd" size="sm" m={0} data-testid="abk-pj">
              {abk.pj ? <Badge variant="light" color="blue">{`${abk.pj.code} — ${abk.pj.label}`}</Badge> : '—'}
            </Text>
          </div>
        </dl>
        {abk.ej === null ? <Text size="sm" c="dimmed">{t('jobs.abk.noStaff')}</Text> : null}
        {abk.incomplete > 0 ? <Alert color="yellow" p="xs">{t('jobs.abk.incomplete', { count: abk.incomplete })}</Alert> : null}
        {server ? (
          <Text size="xs" c="dimmed" data-testid="abk-server">
            {t('jobs.abk.server', { need: String(server.staffNeeded), ej: server.ej === null ? '—' : fixed(server.ej, 4, lang) })}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
