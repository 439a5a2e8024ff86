import { Anchor, Box, Group, Paper, Select, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFiles, IconLoader } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useId, type ReactNode } from 'react';
import { BUREAU_ROLES } from '../../domain/access/roles.ts';
import { dashboardQuery, monitoringOptionsQuery } from '../api/monitoring.ts';
import type { BureauDashboard } from '../api/types.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { RequireRole } from '../components/RequireRole.tsx';
import { ChartCard } from '../features/monitoring/dashboard/ChartCard.tsx';
import { Bars, CHART_COLORS, TrendLine } from '../features/monitoring/dashboard/Charts.tsx';
import { byService, completions, perStage, stageTimes, summary, topUnits, TOP_UNITS } from '../features/monitoring/dashboard/figures.ts';
import { parseMonitoringSearch, type MonitoringSearch } from '../features/monitoring/search.ts';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/dasbor');

function Figure({ label, value, icon, color, to }: { label: string; value: string; icon: ReactNode; color: string; to?: MonitoringSearch }) {
  const labelId = useId();
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-labelledby={labelId}>
      <Group wrap="nowrap" gap="sm" align="flex-start">
        <ThemeIcon variant="light" color={color} size={40} radius="md">
          {icon}
        </ThemeIcon>
        <Box>
          <Text size="sm" c="dimmed" id={labelId}>
            {to ? (
              <Anchor inherit renderRoot={(props) => <Link to="/pemantauan" search={to} {...props} />}>
                {label}
              </Anchor>
            ) : (
              label
            )}
          </Text>
          <Text fz={28} fw={700} lh={1.2}>
            {value}
          </Text>
        </Box>
      </Group>
    </Paper>
  );
}

function Dashboard({ data }: { data: BureauDashboard }) {
  const { t, lang, number } = useI18n();
  const navigate = useNavigate();
  const { year } = data;
  const filtered = (search: MonitoringSearch) => parseMonitoringSearch({ ...search, year });
  const open = (search: MonitoringSearch) => void navigate({ to: '/pemantauan', search: filtered(search) });
  const figures = summary(data);
  const stages = perStage(data.byStage, lang);
  const overdueStages = perStage(data.overdue.byStage, lang);
  const times = stageTimes(data.stageTimes, lang);
  const services = byService(data.byService, lang);
  const units = topUnits(data.byUnit);
  const months = completions(data.completionsPerMonth, lang);
  const n = (v: number | null) => (v === null ? '—' : number(v));
  const requests = t('dashboard.bureau.requests');
  const overdue = t('monitoring.overdue');

  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md">
        <Figure label={t('dashboard.bureau.total')} value={n(figures.total)} icon={<IconFiles size={22} aria-hidden />} color="blue" to={filtered({})} />
        <Figure label={t('dashboard.bureau.inProgress')} value={n(figures.inProgress)} icon={<IconLoader size={22} aria-hidden />} color="blue" />
        <Figure label={t('dashboard.bureau.overdue')} value={n(figures.overdue)} icon={<IconAlertTriangle size={22} aria-hidden />} color="red" to={filtered({ overdue: true })} />
        <Figure
          label={t('dashboard.bureau.completedIn', { year: String(year) })}
          value={n(figures.completed)}
          icon={<IconCircleCheck size={22} aria-hidden />}
          color="teal"
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          title={t('dashboard.bureau.byStage')}
          note={t('dashboard.bureau.byStageNote')}
          chart={<Bars data={stages} category="label" series={[{ key: 'count', name: requests, color: CHART_COLORS.count }]} onSelect={(r) => open({ stage: r.stage as MonitoringSearch['stage'] })} />}
          rows={stages}
          rowKey={(r) => String(r.stage)}
          label={{ header: t('monitoring.filter.stage'), value: (r) => `${r.label}: ${r.name}`, link: (r) => filtered({ stage: r.stage as MonitoringSearch['stage'] }) }}
          columns={[{ header: requests, value: (r) => n(r.count) }]}
        />
        <ChartCard
          title={t('dashboard.bureau.overdueByStage')}
          note={t('dashboard.bureau.overdueNote')}
          chart={<Bars data={overdueStages} category="label" series={[{ key: 'count', name: overdue, color: CHART_COLORS.overdue }]} onSelect={(r) => open({ stage: r.stage as MonitoringSearch['stage'], overdue: true })} />}
          rows={overdueStages}
          rowKey={(r) => String(r.stage)}
          label={{ header: t('monitoring.filter.stage'), value: (r) => `${r.label}: ${r.name}`, link: (r) => filtered({ stage: r.stage as MonitoringSearch['stage'], overdue: true }) }}
          columns={[{ header: overdue, value: (r) => n(r.count) }]}
        />
        <ChartCard
          title={t('dashboard.bureau.byService')}
          chart={
            <Bars
              data={services}
              category="label"
              horizontal
              series={[
                { key: 'count', name: requests, color: CHART_COLORS.count },
                { key: 'overdue', name: overdue, color: CHART_COLORS.overdue },
              ]}
              onSelect={(r) => open({ serviceCode: r.code })}
            />
          }
          rows={services}
          rowKey={(r) => r.code}
          label={{ header: t('monitoring.col.service'), value: (r) => `${r.fullName} (${r.code})`, link: (r) => filtered({ serviceCode: r.code }) }}
          columns={[
            { header: requests, value: (r) => n(r.count) },
            { header: overdue, value: (r) => n(r.overdue) },
          ]}
        />
        <ChartCard
          title={t('dashboard.bureau.byUnit', { n: TOP_UNITS })}
          note={data.otherUnits.units > 0 ? t('dashboard.bureau.otherUnits', { units: data.otherUnits.units, count: data.otherUnits.count }) : undefined}
          chart={
            <Bars
              data={units}
              category="code"
              horizontal
              series={[
                { key: 'count', name: requests, color: CHART_COLORS.count },
                { key: 'overdue', name: overdue, color: CHART_COLORS.overdue },
              ]}
              onSelect={(r) => open({ unitId: r.unitId })}
            />
          }
          rows={units}
          rowKey={(r) => r.unitId}
          label={{ header: t('monitoring.col.unit'), value: (r) => `${r.name} (${r.code})`, link: (r) => filtered({ unitId: r.unitId }) }}
          columns={[
            { header: requests, value: (r) => n(r.count) },
            { header: overdue, value: (r) => n(r.overdue) },
          ]}
        />
        <ChartCard
          title={t('dashboard.bureau.stageTimes')}
          note={t('dashboard.bureau.stageTimesNote')}
          chart={
            <Bars
              data={times}
              category="label"
              allowDecimals
              series={[
                { key: 'avgUsedDays', name: t('dashboard.bureau.avgDays'), color: CHART_COLORS.count },
                { key: 'targetDays', name: t('dashboard.bureau.targetDays'), color: CHART_COLORS.target },
              ]}
              onSelect={(r) => open({ stage: r.stage as MonitoringSearch['stage'] })}
            />
          }
          rows={times}
          rowKey={(r) => String(r.stage)}
          label={{ header: t('monitoring.filter.stage'), value: (r) => `${r.label}: ${r.name}` }}
          columns={[
            { header: t('dashboard.bureau.avgDays'), value: (r) => n(r.avgUsedDays) },
            { header: t('dashboard.bureau.targetDays'), value: (r) => n(r.targetDays) },
            { header: t('dashboard.bureau.stageCount'), value: (r) => n(r.count) },
          ]}
        />
        <ChartCard
          title={t('dashboard.bureau.completions')}
          chart={<TrendLine data={months} category="label" series={{ key: 'count', name: t('dashboard.bureau.completed'), color: CHART_COLORS.done }} />}
          rows={months}
          rowKey={(r) => r.month}
          label={{ header: t('dashboard.bureau.month'), value: (r) => r.label }}
          columns={[{ header: t('dashboard.bureau.completed'), value: (r) => n(r.count) }]}
        />
      </SimpleGrid>
    </>
  );
}

/** `/dasbor`: the bureau's figures and charts for one year (of submission). */
export function BureauDashboardPage() {
  return (
    <RequireRole roles={[...BUREAU_ROLES]}>
      <BureauDashboard />
    </RequireRole>
  );
}

function BureauDashboard() {
  const { t } = useI18n();
  const { year } = route.useSearch();
  const navigate = useNavigate({ from: '/dasbor' });
  const dashboard = useQuery(dashboardQuery(year));
  const options = useQuery(monitoringOptionsQuery);
  const shown = year ?? dashboard.data?.year;
  const years = [...new Set([...(options.data?.years ?? []), ...(shown ? [shown] : [])])].sort((a, b) => b - a);

  return (
    <Page
      title={t('nav.bureauDashboard')}
      description={t('dashboard.bureau.intro')}
      actions={
        <Select
          label={t('monitoring.filter.year')}
          allowDeselect={false}
          data={years.map((y) => ({ value: String(y), label: String(y) }))}
          value={shown ? String(shown) : null}
          onChange={(v) => v && void navigate({ search: { year: Number(v) }, resetScroll: false })}
          w={140}
        />
      }
    >
      <Stack gap="md" aria-busy={dashboard.isFetching || undefined}>
        <Loaded query={dashboard}>
          {(data) => <Dashboard data={data} />}
        </Loaded>
      </Stack>
    </Page>
  );
}
