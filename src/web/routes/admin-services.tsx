import { Badge, Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { serviceKeys, servicesQuery, setServiceActive } from '../api/services.ts';
import type { Service } from '../api/types.ts';
import { ActiveBadge } from '../components/Badges.tsx';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { Page } from '../components/Page.tsx';
import { RowActions } from '../components/RowActions.tsx';
import { matchesSearch, pageOfList, useListState } from '../components/useListState.ts';
import { useSetActive } from '../components/useSetActive.tsx';
import { byChannel, serviceName, totalDays } from '../features/catalogue/catalogue.ts';
import { useI18n } from '../i18n/index.tsx';

/** `/admin/layanan`: the catalogue, active and inactive services, in channel order. */
export function AdminServicesPage() {
  const { lang, t } = useI18n();
  const navigate = useNavigate();
  const list = useListState({});
  const services = useQuery(servicesQuery(true));
  const active = useSetActive<Service>({ setActive: setServiceActive, queryKey: serviceKeys.all, name: (s) => serviceName(s, lang) });

  const rows = useMemo(() => {
    const { utama, penunjang } = byChannel(services.data?.items ?? []);
    return [...utama, ...penunjang].filter((s) => matchesSearch(list.q, s.code, s.name, s.nameEn));
  }, [services.data, list.q]);

  const columns: Column<Service>[] = [
    { key: 'code', header: t('field.code'), render: (s) => <Text ff="monospace" size="sm">{s.code}</Text> },
    {
      key: 'name',
      header: t('field.name'),
      render: (s) => (
        <Link to="/layanan/$code" params={{ code: s.code }}>
          {serviceName(s, lang)}
        </Link>
      ),
    },
    {
      key: 'channel',
      header: t('editor.channel'),
      render: (s) => (
        <Badge variant="light" tt="none" color={s.channel === 'utama' ? 'blue' : 'grape'}>
          {t(s.channel === 'utama' ? 'channel.utamaShort' : 'channel.penunjangShort')}
        </Badge>
      ),
    },
    { key: 'days', header: t('service.standard'), align: 'right', render: (s) => t('service.days', { days: totalDays(s.standardDays) }) },
    { key: 'status', header: t('field.status'), render: (s) => <ActiveBadge active={s.active} /> },
    {
      key: 'actions',
      header: t('field.actions'),
      render: (s) => (
        <RowActions
          name={serviceName(s, lang)}
          actions={s.actions}
          handlers={{
            update: () => void navigate({ to: '/admin/layanan/$code', params: { code: s.code } }),
            deactivate: () => active.ask(s, false),
            activate: () => active.ask(s, true),
          }}
        />
      ),
    },
  ];

  return (
    <Page
      title={t('nav.admin.services')}
      description={t('catalogue.intro')}
      actions={
        services.data?.actions.includes('create') ? (
          <Button component={Link} to="/admin/layanan/baru" leftSection={<IconPlus size={18} aria-hidden />}>
            {t('catalogue.create')}
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('catalogue.caption')}
        columns={columns}
        rows={services.data ? pageOfList(rows, list.page, list.pageSize) : undefined}
        rowKey={(s) => s.id}
        total={rows.length}
        page={list.page}
        pageSize={list.pageSize}
        onPageChange={list.setPage}
        loading={services.isLoading}
        error={services.error}
        onRetry={() => void services.refetch()}
        muted={(s) => !s.active}
        minWidth={860}
        search={{ value: list.q, onChange: list.setQ, label: t('catalogue.search') }}
      />
      {active.dialog}
    </Page>
  );
}
