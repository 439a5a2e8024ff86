import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { unitMembersQuery } from '../api/units.ts';
import type { UnitMember } from '../api/types.ts';
import { ActiveBadge, RoleBadges } from '../components/Badges.tsx';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { Page } from '../components/Page.tsx';
import { RequireRole } from '../components/RequireRole.tsx';
import { matchesSearch, pageOfList, useListState } from '../components/useListState.ts';
import { useSessionUser } from '../features/auth/session.ts';
import { useT } from '../i18n/index.tsx';

function Members({ unitId, unitName }: { unitId: string; unitName: string }) {
  const t = useT();
  const list = useListState({});
  const members = useQuery(unitMembersQuery(unitId));
  const filtered = useMemo(
    () => (members.data ?? []).filter((m) => matchesSearch(list.q, m.name, m.email)),
    [members.data, list.q],
  );
  const columns: Column<UnitMember>[] = [
    { key: 'name', header: t('field.name'), render: (m) => m.name },
    { key: 'email', header: t('field.email'), render: (m) => m.email },
    { key: 'roles', header: t('field.roles'), render: (m) => <RoleBadges roles={m.roles} /> },
    { key: 'status', header: t('field.status'), render: (m) => <ActiveBadge active={m.active} /> },
  ];
  return (
    <DataTable
      caption={t('myUnit.caption', { unit: unitName })}
      columns={columns}
      rows={members.data ? pageOfList(filtered, list.page, list.pageSize) : undefined}
      rowKey={(m) => m.id}
      total={filtered.length}
      page={list.page}
      pageSize={list.pageSize}
      onPageChange={list.setPage}
      search={{ value: list.q, onChange: list.setQ, label: t('myUnit.search') }}
      loading={members.isLoading}
      error={members.error}
      onRetry={() => void members.refetch()}
      muted={(m) => !m.active}
    />
  );
}

/** `/unit-saya`: the head of a unit sees the users of the unit. */
export function MyUnitPage() {
  const t = useT();
  const user = useSessionUser();
  return (
    <RequireRole roles={['pimpinan_unit']}>
      {user ? (
        <Page title={t('nav.myUnit')} description={`${user.unitName} (${user.unitCode})`}>
          <Members unitId={user.unitId} unitName={user.unitName} />
        </Page>
      ) : null}
    </RequireRole>
  );
}
