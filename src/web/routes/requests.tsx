import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { requestsPageQuery } from '../api/requests.ts';
import { servicesQuery } from '../api/services.ts';
import type { RequestState, RequestSummary } from '../api/types.ts';
import { DataTable, pagedTableProps, type Column } from '../components/DataTable.tsx';
import { Page } from '../components/Page.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useListState } from '../components/useListState.ts';
import { useHasRole } from '../features/auth/session.ts';
import { serviceName } from '../features/catalogue/catalogue.ts';
import { formatWibDate } from '../features/requests/format.ts';
import { stageName, STAGE_NUMBERS, STATES, stateKey } from '../features/requests/labels.ts';
import { OverdueBadge, StageText, StateBadge } from '../features/requests/StateBadge.tsx';
import { useI18n } from '../i18n/index.tsx';

/** `/permohonan`: the requests the user may see (the own unit's, drafts included; the bureau's all), with search, filters and paging. */
export function RequestsPage() {
  const { lang, t } = useI18n();
  const bureau = useHasRole('administrator', 'verifikator', 'kepala_biro');
  const list = useListState<{ state?: string; stage?: string; serviceCode?: string; unitId?: string }>({});
  const requests = useQuery(
    requestsPageQuery({
      page: list.page,
      pageSize: list.pageSize,
      q: list.q || undefined,
      state: list.filters.state as RequestState | undefined,
      stage: list.filters.stage ? Number(list.filters.stage) : undefined,
      serviceCode: list.filters.serviceCode,
      unitId: list.filters.unitId,
    }),
  );
  const services = useQuery(servicesQuery());

  const columns: Column<RequestSummary>[] = [
    {
      key: 'title',
      header: t('req.field.title'),
      render: (r) => (
        <Stack gap={0}>
          <Anchor fw={600} size="sm" renderRoot={(props) => <Link to="/permohonan/$id" params={{ id: r.id }} {...props} />} style={{ overflowWrap: 'anywhere' }}>
            {r.title}
          </Anchor>
          <Text size="xs" c="dimmed">
            {r.serviceName}
          </Text>
        </Stack>
      ),
    },
    // A unit sees only its own requests: the column would repeat its name on every row.
    ...(bureau ? [{ key: 'unit', header: t('field.unit'), render: (r: RequestSummary) => <Text size="sm">{r.unitName} ({r.unitCode})</Text> }] : []),
    { key: 'state', header: t('field.status'), render: (r) => <StateBadge state={r.state} /> },
    { key: 'stage', header: t('req.field.stage'), render: (r) => <StageText state={r.state} stage={r.stage} /> },
    { key: 'number', header: t('req.field.documentNumber'), render: (r) => r.documentNumber ?? '—' },
    { key: 'revisi', header: t('req.field.revisi'), align: 'right', render: (r) => r.revisi },
    {
      key: 'days',
      header: t('req.field.days'),
      render: (r) =>
        r.state === 'draf' ? (
          '—'
        ) : (
          <Group gap={4} wrap="nowrap">
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('req.daysOf', { used: r.clock.usedDays, target: r.clock.targetDays })}
            </Text>
            {r.clock.overdue ? <OverdueBadge /> : null}
          </Group>
        ),
    },
    { key: 'date', header: t('req.field.submittedAt'), render: (r) => formatWibDate(r.submittedAt, lang, 'short') || t('req.notSubmitted') },
  ];

  return (
    <Page
      title={t('req.list.title')}
      description={bureau ? t('req.list.introBureau') : t('req.list.intro')}
      actions={
        requests.data?.actions.includes('create') ? (
          <Button component={Link} to="/permohonan/baru" leftSection={<IconPlus size={18} aria-hidden />}>
            {t('req.list.new')}
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('req.list.caption')}
        columns={columns}
        {...pagedTableProps(requests, list)}
        rowKey={(r) => r.id}
        minWidth={bureau ? 1040 : 880}
        emptyText={list.q || Object.values(list.filters).some(Boolean) ? t('req.list.noMatch') : t('req.list.empty')}
        search={{ value: list.q, onChange: list.setQ, label: t('req.list.search'), placeholder: t('req.list.searchHint') }}
        filters={
          <>
            <Select
              label={t('field.status')}
              placeholder={t('req.filter.allStates')}
              clearable
              data={STATES.map((s) => ({ value: s, label: t(stateKey(s)) }))}
              value={list.filters.state ?? null}
              onChange={(v) => list.setFilter('state', v ?? undefined)}
              w={{ base: '100%', sm: 170 }}
            />
            <Select
              label={t('req.field.stage')}
              placeholder={t('req.filter.allStages')}
              clearable
              data={STAGE_NUMBERS.map((n) => ({ value: String(n), label: `${n}. ${stageName(n, lang)}` }))}
              value={list.filters.stage ?? null}
              onChange={(v) => list.setFilter('stage', v ?? undefined)}
              w={{ base: '100%', sm: 240 }}
              comboboxProps={{ width: 320, position: 'bottom-start' }}
            />
            <Select
              label={t('req.field.service')}
              placeholder={t('req.filter.allServices')}
              clearable
              searchable
              data={(services.data?.items ?? []).map((s) => ({ value: s.code, label: serviceName(s, lang) }))}
              value={list.filters.serviceCode ?? null}
              onChange={(v) => list.setFilter('serviceCode', v ?? undefined)}
              w={{ base: '100%', sm: 260 }}
              comboboxProps={{ width: 380, position: 'bottom-start' }}
            />
            {bureau ? (
              <UnitSelect
                label={t('field.unit')}
                placeholder={t('filter.allUnits')}
                clearable
                includeInactive
                value={list.filters.unitId ?? null}
                onChange={(v) => list.setFilter('unitId', v ?? undefined)}
                w={{ base: '100%', sm: 260 }}
              />
            ) : null}
          </>
        }
      />
    </Page>
  );
}
