import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconCertificate, IconFilterOff, IconShieldCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { registryOptionsQuery, registryPageQuery, type RegistryListItem, type RegistrySearch, type RegistryStatus } from '../api/registry.ts';
import { DataTable, pagedTableProps, type Column } from '../components/DataTable.tsx';
import { Page } from '../components/Page.tsx';
import { RegistryStatusBadge } from '../features/registry/RegistryStatusBadge.tsx';
import { useHasRole } from '../features/auth/session.ts';
import { RatifyDialog } from '../features/registry/RatifyDialog.tsx';
import { hasFilters, REGISTRY_STATUSES, withFilters } from '../features/registry/search.ts';
import { useI18n } from '../i18n/index.tsx';

const route = getRouteApi('/daftar-sop');
const selectProps = { comboboxProps: { withinPortal: true } } as const;

/** `/daftar-sop`: the public registry of ratified SOPs. The search, filters and page live in the URL. */
export function RegistryPage() {
  const { t, date } = useI18n();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/daftar-sop' });
  const rows = useQuery(registryPageQuery(search));
  const options = useQuery(registryOptionsQuery);
  // The bureau's "Sahkan SOP" (head of the bureau, administrators: policy 'registry.ratify'; the server decides).
  const mayRatify = useHasRole('administrator', 'kepala_biro');
  const [ratifying, setRatifying] = useState(false);
  const go = useCallback((next: RegistrySearch) => void navigate({ search: next, resetScroll: false }), [navigate]);

  const columns: Column<RegistryListItem>[] = [
    { key: 'number', header: t('registry.col.number'), render: (r) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{r.number}</Text> },
    {
      key: 'title',
      header: t('registry.col.title'),
      render: (r) => (
        <Anchor size="sm" fw={600} renderRoot={(props) => <Link to="/daftar-sop/$id" params={{ id: r.sopId }} {...props} />}>
          {r.title}
        </Anchor>
      ),
    },
    { key: 'unit', header: t('registry.col.unit'), render: (r) => <Text size="sm" miw={160}>{r.unitLabel}</Text> },
    { key: 'effectiveOn', header: t('registry.col.effectiveOn'), render: (r) => date(r.effectiveOn) },
    { key: 'status', header: t('registry.col.status'), render: (r) => <RegistryStatusBadge status={r.status} /> },
  ];

  const status: RegistryStatus = search.status ?? 'effective';
  return (
    <Page
      title={t('registry.title')}
      description={t('registry.intro')}
      actions={
        <Group gap="xs">
          {mayRatify ? (
            <Button leftSection={<IconCertificate size={18} aria-hidden />} onClick={() => setRatifying(true)}>
              {t('registry-admin.ratify')}
            </Button>
          ) : null}
          <Button component={Link} to="/verifikasi" variant="default" leftSection={<IconShieldCheck size={18} aria-hidden />}>
            {t('registry.verifyLink')}
          </Button>
        </Group>
      }
    >
      <DataTable
        caption={t('registry.caption')}
        columns={columns}
        {...pagedTableProps(rows, { page: search.page ?? 1, pageSize: 20, setPage: (p) => go({ ...search, page: p > 1 ? p : undefined }) })}
        rowKey={(r) => r.id}
        minWidth={760}
        search={{
          value: search.q ?? '',
          onChange: (q) => {
            if (q !== (search.q ?? '')) go(withFilters(search, { q }));
          },
          label: t('registry.search'),
          placeholder: t('registry.searchHint'),
        }}
        filters={
          <Stack gap="xs" style={{ flexDirection: 'row', flexWrap: 'wrap', alignItems: 'flex-end' }}>
            <Select
              {...selectProps}
              clearable
              searchable
              label={t('registry.filter.unit')}
              placeholder={t('registry.filter.all')}
              data={(options.data?.units ?? []).map((u) => ({ value: u.id, label: u.label }))}
              value={search.unitId ?? null}
              onChange={(v) => go(withFilters(search, { unitId: v ?? undefined }))}
              w={{ base: '100%', sm: 280 }}
            />
            <Select
              {...selectProps}
              clearable
              label={t('registry.filter.year')}
              placeholder={t('registry.filter.all')}
              data={(options.data?.years ?? (search.year ? [search.year] : [])).map((y) => ({ value: String(y), label: String(y) }))}
              value={search.year ? String(search.year) : null}
              onChange={(v) => go(withFilters(search, { year: v ? Number(v) : undefined }))}
              w={{ base: '100%', sm: 150 }}
            />
            <Select
              {...selectProps}
              allowDeselect={false}
              label={t('registry.filter.status')}
              data={REGISTRY_STATUSES.map((s) => ({ value: s, label: t(`registry.status.${s}`) }))}
              value={status}
              onChange={(v) => go(withFilters(search, { status: (v ?? 'effective') as RegistryStatus }))}
              w={{ base: '100%', sm: 170 }}
            />
            {hasFilters(search) ? (
              <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => go({})}>
                {t('registry.filter.clear')}
              </Button>
            ) : null}
          </Stack>
        }
        emptyText={hasFilters(search) ? t('registry.emptyFiltered') : t('registry.empty')}
      />
      {mayRatify ? (
        <RatifyDialog opened={ratifying} onClose={() => setRatifying(false)} onRatified={(entry) => void navigate({ to: '/daftar-sop/$id', params: { id: entry.sopId } })} />
      ) : null}
    </Page>
  );
}
