import { Button, Checkbox } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { positionKeys, positionsPageQuery, setPositionActive } from '../api/positions.ts';
import type { Position } from '../api/types.ts';
import { ActiveBadge } from '../components/Badges.tsx';
import { DataTable, pagedTableProps, type Column } from '../components/DataTable.tsx';
import { Page } from '../components/Page.tsx';
import { RowActions } from '../components/RowActions.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useListState } from '../components/useListState.ts';
import { useSetActive } from '../components/useSetActive.tsx';
import { PositionFormDialog } from '../features/admin-positions/PositionFormDialog.tsx';
import { useT } from '../i18n/index.tsx';

/** `/admin/jabatan`: positions, filtered by unit, with search and paging. */
export function AdminPositionsPage() {
  const t = useT();
  const list = useListState<{ unitId?: string; includeInactive?: boolean }>({ includeInactive: true });
  const positions = useQuery(
    positionsPageQuery({
      page: list.page,
      pageSize: list.pageSize,
      q: list.q || undefined,
      unitId: list.filters.unitId,
      includeInactive: list.filters.includeInactive || undefined,
    }),
  );
  const [editing, setEditing] = useState<Position | null | undefined>(undefined);
  const active = useSetActive<Position>({ setActive: setPositionActive, queryKey: positionKeys.all, name: (p) => p.name });

  const columns: Column<Position>[] = [
    { key: 'name', header: t('field.positionName'), render: (p) => p.name },
    { key: 'kind', header: t('field.positionKind'), render: (p) => t(`positionKind.${p.kind}`) },
    { key: 'unit', header: t('field.unit'), render: (p) => `${p.unitName} (${p.unitCode})` },
    { key: 'status', header: t('field.status'), render: (p) => <ActiveBadge active={p.active} /> },
    {
      key: 'actions',
      header: t('field.actions'),
      render: (p) => (
        <RowActions
          name={p.name}
          actions={p.actions}
          handlers={{ update: () => setEditing(p), deactivate: () => active.ask(p, false), activate: () => active.ask(p, true) }}
        />
      ),
    },
  ];

  return (
    <Page
      title={t('nav.admin.positions')}
      description={t('positions.intro')}
      actions={
        positions.data?.actions.includes('create') ? (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
            {t('positions.create')}
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('positions.caption')}
        columns={columns}
        {...pagedTableProps(positions, list)}
        rowKey={(p) => p.id}
        muted={(p) => !p.active}
        minWidth={820}
        search={{ value: list.q, onChange: list.setQ, label: t('positions.search') }}
        filters={
          <>
            <UnitSelect
              label={t('field.unit')}
              placeholder={t('filter.allUnits')}
              clearable
              includeInactive
              value={list.filters.unitId ?? null}
              onChange={(v) => list.setFilter('unitId', v ?? undefined)}
              w={{ base: '100%', sm: 300 }}
            />
            <Checkbox
              label={t('filter.includeInactive')}
              checked={!!list.filters.includeInactive}
              onChange={(e) => list.setFilter('includeInactive', e.currentTarget.checked)}
              mb={8}
            />
          </>
        }
      />
      <PositionFormDialog
        opened={editing !== undefined}
        position={editing ?? null}
        defaultUnitId={list.filters.unitId}
        onClose={() => setEditing(undefined)}
      />
      {active.dialog}
    </Page>
  );
}
