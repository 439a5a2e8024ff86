import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconExternalLink, IconFileSpreadsheet, IconFileTypeCsv } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { monitoringOptionsQuery, monitoringPageQuery } from '../api/monitoring.ts';
import type { MonitoringRow } from '../api/types.ts';
import { DataTable, pagedTableProps, type Column } from '../components/DataTable.tsx';
import { Page } from '../components/Page.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useSessionUser } from '../features/auth/session.ts';
import { serviceName } from '../features/catalogue/catalogue.ts';
import { DaysUsed } from '../features/monitoring/DaysUsed.tsx';
import { FiltersBar } from '../features/monitoring/FiltersBar.tsx';
import { rememberSearch } from '../features/monitoring/last-search.ts';
import {
  effectiveSort,
  exportHref,
  FILTER_KEYS,
  hasFilters,
  PAGE_SIZES,
  withFilters,
  withoutFilters,
  withPage,
  withPageSize,
  withSort,
  type MonitoringSearch,
  type SortKey,
} from '../features/monitoring/search.ts';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/pemantauan');

const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

/** `/pemantauan`: Tabel Layanan Fasilitasi Ketatalaksanaan. Everything the user chooses lives in the URL. */
export function MonitoringPage() {
  const { t, lang, date } = useI18n();
  const user = useSessionUser();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/pemantauan' });
  const rows = useQuery(monitoringPageQuery(search));
  const options = useQuery(monitoringOptionsQuery);

  useEffect(() => rememberSearch(search), [search]);

  const go = useCallback(
    (next: MonitoringSearch, opts: { replace?: boolean; resetScroll?: boolean } = {}) =>
      void navigate({ search: next, replace: opts.replace, resetScroll: opts.resetScroll ?? false }),
    [navigate],
  );

  const pageSize = search.pageSize ?? 20;
  const page = search.page ?? 1;
  const sort = effectiveSort(search);

  const columns: Column<MonitoringRow>[] = [
    { key: 'registrationNo', sortKey: 'registrationNo', header: t('monitoring.col.registrationNo'), align: 'right', render: (r) => dash(r.registrationNo) },
    {
      key: 'documentNumber',
      sortKey: 'documentNumber',
      header: t('monitoring.col.documentNumber'),
      render: (r) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {dash(r.documentNumber)}
        </Text>
      ),
    },
    { key: 'revisi', sortKey: 'revisi', header: t('monitoring.col.revisi'), align: 'right', render: (r) => r.revisi },
    { key: 'tglRevisi', sortKey: 'tglRevisi', header: t('monitoring.col.tglRevisi'), render: (r) => dash(date(r.tglRevisi, 'short')) },
    {
      key: 'title',
      sortKey: 'title',
      header: t('monitoring.col.title'),
      render: (r) => (
        <Stack gap={2} miw={220}>
          <Anchor size="sm" fw={600} renderRoot={(props) => <Link to="/pemantauan/$id" params={{ id: r.id }} {...props} />}>
            {r.title}
          </Anchor>
          {r.canOpen ? (
            <Anchor
              size="xs"
              aria-label={t('monitoring.openRequestOf', { title: r.title })}
              renderRoot={(props) => <Link to="/permohonan/$id" params={{ id: r.id }} {...props} />}
            >
              <Group gap={4} wrap="nowrap" component="span">
                <IconExternalLink size={14} aria-hidden />
                {t('monitoring.openRequest')}
              </Group>
            </Anchor>
          ) : null}
        </Stack>
      ),
    },
    { key: 'service', sortKey: 'service', header: t('monitoring.col.service'), render: (r) => <Text size="sm" miw={160}>{serviceName({ name: r.serviceName, nameEn: r.serviceNameEn }, lang)}</Text> },
    { key: 'state', sortKey: 'state', header: t('monitoring.col.status'), render: (r) => <StatusBadge state={r.state} stage={r.stage} /> },
    { key: 'completedAt', sortKey: 'completedAt', header: t('monitoring.col.completedAt'), render: (r) => dash(date(r.completedAt, 'short')) },
    {
      key: 'unit',
      sortKey: 'unit',
      header: t('monitoring.col.unit'),
      render: (r) => (
        <Stack gap={0} miw={160}>
          <Text size="sm">{r.unitName}</Text>
          <Text size="xs" c="dimmed">
            {r.unitCode}
          </Text>
        </Stack>
      ),
    },
    { key: 'daysUsed', sortKey: 'daysUsed', header: t('monitoring.col.daysUsed'), render: (r) => <DaysUsed row={r} /> },
  ];

  // A shared link to a page that no longer exists (fewer rows now) shows the last page instead of nothing.
  const total = rows.data?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const beyondEnd = !!rows.data && !rows.isPlaceholderData && page > lastPage;
  useEffect(() => {
    if (beyondEnd) go(withPage(search, lastPage), { replace: true });
  }, [beyondEnd, lastPage, search, go]);

  const filtered = hasFilters(search);
  // On a phone the filters would fill the first screen: they open on request there.
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = FILTER_KEYS.filter((key) => search[key] !== undefined).length;
  const filtersToggle = narrow ? (
    <Button
      variant="default"
      leftSection={<IconAdjustmentsHorizontal size={18} aria-hidden />}
      aria-expanded={filtersOpen}
      onClick={() => setFiltersOpen((open) => !open)}
      w="100%"
    >
      {t(filtersOpen ? 'monitoring.filter.hide' : 'monitoring.filter.show', { n: activeFilters })}
    </Button>
  ) : null;

  return (
    <Page
      title={t('monitoring.title')}
      documentTitle={t('nav.monitoring')}
      description={user ? t('monitoring.intro') : `${t('monitoring.intro')} ${t('monitoring.introPublic')}`}
      actions={
        <>
          <Button component="a" href={exportHref('xlsx', search)} download variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />}>
            {t('monitoring.exportXlsx')}
          </Button>
          <Button component="a" href={exportHref('csv', search)} download variant="default" leftSection={<IconFileTypeCsv size={18} aria-hidden />}>
            {t('monitoring.exportCsv')}
          </Button>
        </>
      }
    >
      {search.q && !search.sort ? (
        <Text size="sm" c="dimmed">
          {t('monitoring.byRelevance')}
        </Text>
      ) : null}
      {rows.data?.totalCapped ? (
        <Text size="sm" c="dimmed">
          {t('monitoring.totalCapped', { total: rows.data.total })}
        </Text>
      ) : null}
      <DataTable
        caption={t('monitoring.caption')}
        columns={columns}
        {...pagedTableProps(rows, { page, pageSize, setPage: (p) => go(withPage(search, p), { resetScroll: true }) })}
        rowKey={(r) => r.id}
        minWidth={1280}
        search={{
          value: search.q ?? '',
          onChange: (q) => {
            if (q !== (search.q ?? '')) go(withFilters(search, { q }));
          },
          label: t('monitoring.search'),
          placeholder: t('monitoring.searchHint'),
        }}
        filters={
          <>
            {filtersToggle}
            {!narrow || filtersOpen ? (
              <FiltersBar search={search} options={options.data} onChange={(changes) => go(withFilters(search, changes))} onClear={() => go(withoutFilters(search))} />
            ) : null}
          </>
        }
        sort={sort}
        onSort={(key) => go(withSort(search, key as SortKey))}
        pageSizes={PAGE_SIZES}
        onPageSizeChange={(size) => go(withPageSize(search, size))}
        emptyText={filtered ? t('monitoring.emptyFiltered') : t('monitoring.empty')}
      />
    </Page>
  );
}
