import { Anchor, Select, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { monevReportOptionsQuery, roundReportQuery, sopReportQuery, unitReportQuery, type MonevReportKind, type ReportOptions } from '../api/monev-reports.ts';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { RoundReportView, SopReportView, UnitReportView } from '../features/monev/reports/ReportViews.tsx';
import { useI18n, type MessageKey } from '../i18n/index.tsx';

const route = getRouteApi('/signed-in/monev/laporan');
const KINDS: MonevReportKind[] = ['putaran', 'unit', 'sop'];

/**
 * `/monev/laporan?jenis=putaran|unit|sop&id=…`: the monev reports. The bureau chooses among every round, unit and
 * SOP; a unit's users among their own (the server decides: another unit's report answers 404).
 */
export function MonevReportsPage() {
  const { t } = useI18n();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/monev/laporan' });
  const kind = search.jenis ?? 'putaran';
  const options = useQuery(monevReportOptionsQuery);
  return (
    <Page title={t('monevReports.title')} description={t('monevReports.intro')}>
      <Stack gap="md">
        <Anchor size="sm" renderRoot={(props) => <Link to="/monev" {...props} />}>{t('monevReports.back')}</Anchor>
        <Loaded query={options}>
          {(o) => (
            <Stack gap="md">
              <Stack gap={4} role="group" aria-labelledby="monev-report-kind">
                <Text size="sm" fw={500} id="monev-report-kind">{t('monevReports.kind')}</Text>
                <SegmentedControl
                  value={kind}
                  onChange={(v) => void navigate({ search: { jenis: v as MonevReportKind } })}
                  data={KINDS.map((k) => ({ value: k, label: t(`monevReports.kind.${k}` as MessageKey) }))}
                  style={{ alignSelf: 'flex-start' }}
                />
              </Stack>
              <Select
                label={t(`monevReports.pick.${kind}` as MessageKey)}
                placeholder={t('monevReports.pickPlaceholder')}
                searchable
                maw={560}
                data={choices(o, kind)}
                value={search.id ?? null}
                onChange={(id) => void navigate({ search: id ? { jenis: kind, id } : { jenis: kind } })}
                nothingFoundMessage={t('monevReports.nothing')}
              />
              {search.id ? <Report kind={kind} id={search.id} /> : (
                <Text c="dimmed">{o.rounds.length === 0 ? t('monevReports.nothing') : t('monevReports.choose')}</Text>
              )}
            </Stack>
          )}
        </Loaded>
      </Stack>
    </Page>
  );
}

function choices(o: ReportOptions, kind: MonevReportKind) {
  if (kind === 'putaran') return o.rounds.map((r) => ({ value: r.id, label: r.title }));
  if (kind === 'unit') return o.units.map((u) => ({ value: u.id, label: `${u.code} ${u.name}` }));
  return o.sops.map((s) => ({ value: s.id, label: `${s.title}${s.number ? ` (${s.number})` : ''} · ${s.unitCode}` }));
}

function Report({ kind, id }: { kind: MonevReportKind; id: string }) {
  if (kind === 'putaran') return <RoundReport id={id} />;
  if (kind === 'unit') return <UnitReport id={id} />;
  return <SopReport id={id} />;
}

function RoundReport({ id }: { id: string }) {
  const q = useQuery(roundReportQuery(id));
  return <Loaded query={q}>{(r) => <RoundReportView report={r} />}</Loaded>;
}
function UnitReport({ id }: { id: string }) {
  const q = useQuery(unitReportQuery(id));
  return <Loaded query={q}>{(r) => <UnitReportView report={r} />}</Loaded>;
}
function SopReport({ id }: { id: string }) {
  const q = useQuery(sopReportQuery(id));
  return <Loaded query={q}>{(r) => <SopReportView report={r} />}</Loaded>;
}
