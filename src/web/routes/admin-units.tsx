import { Button, Card, Checkbox, Grid, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconList, IconPlus, IconSitemap } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { Unit } from '../api/types.ts';
import { allUnitsQuery, setUnitActive, unitKeys, unitsPageQuery } from '../api/units.ts';
import { ActiveBadge } from '../components/Badges.tsx';
import { DataTable, pagedTableProps, type Column } from '../components/DataTable.tsx';
import { Loaded } from '../components/Loaded.tsx';
import { Page } from '../components/Page.tsx';
import { RowActions } from '../components/RowActions.tsx';
import { useListState } from '../components/useListState.ts';
import { useSetActive } from '../components/useSetActive.tsx';
import { UnitFormDialog, type UnitDialogState } from '../features/admin-units/UnitFormDialog.tsx';
import { UnitTree } from '../features/admin-units/UnitTree.tsx';
import { buildTree, descendantsOf } from '../features/admin-units/tree.ts';
import { useT } from '../i18n/index.tsx';

type Handlers = (unit: Unit) => Partial<Record<string, () => void>>;

function UnitDetails({ unit, handlers, canCreate, onCreateChild }: { unit: Unit; handlers: Handlers; canCreate: boolean; onCreateChild: () => void }) {
  const t = useT();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="unit-details-title" id="unit-details">
      <Stack gap="sm">
        <Title order={2} size="h3" id="unit-details-title">
          {unit.name}
        </Title>
        <Group gap="lg">
          <div>
            <Text size="xs" c="dimmed">{t('field.code')}</Text>
            <Text ff="monospace">{unit.code}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">{t('field.kind')}</Text>
            <Text>{t(`unitKind.${unit.kind}`)}</Text>
          </div>
          <div>
            <Text size="xs" c="dimmed">{t('field.status')}</Text>
            <ActiveBadge active={unit.active} />
          </div>
        </Group>
        <div>
          <Text size="xs" c="dimmed">{t('field.parent')}</Text>
          <Text>{unit.parentName ?? t('units.noParent')}</Text>
        </div>
        <Group gap="xs">
          <RowActions name={unit.name} actions={unit.actions} handlers={handlers(unit)} />
          {canCreate && unit.active ? (
            <Button size="compact-sm" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={onCreateChild}>
              {t('units.addChild')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

function TreeTab({ handlers, onCreate }: { handlers: Handlers; onCreate: (parentId: string | null) => void }) {
  const t = useT();
  const units = useQuery(allUnitsQuery(true));
  const [expanded, setExpanded] = useState<Set<string> | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const tree = useMemo(() => buildTree(units.data?.items ?? []), [units.data]);
  // Top two levels open at first.
  const open = expanded ?? new Set(tree.map((n) => n.unit.id));
  const selected = units.data?.items.find((u) => u.id === selectedId) ?? null;
  const canCreate = units.data?.actions.includes('create') ?? false;

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  };

  return (
    <Loaded query={units}>
      {(data) => (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Group gap="xs" mb="xs">
              <Button size="compact-sm" variant="default" onClick={() => setExpanded(new Set(data.items.map((u) => u.id)))}>
                {t('units.tree.expandAll')}
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => setExpanded(new Set())}>
                {t('units.tree.collapseAll')}
              </Button>
            </Group>
            {tree.length === 0 ? (
              <Text c="dimmed">{t('table.empty')}</Text>
            ) : (
              <UnitTree
                label={t('units.tree.label')}
                nodes={tree}
                expanded={open}
                onToggle={toggle}
                selectedId={selectedId}
                onSelect={(id) => {
                  setSelectedId(id);
                  // Below the md breakpoint the details are under the tree: bring them into view.
                  if (window.matchMedia('(max-width: 61.99em)').matches) {
                    requestAnimationFrame(() => document.getElementById('unit-details')?.scrollIntoView({ block: 'nearest' }));
                  }
                }}
              />
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <div aria-live="polite">
              {selected ? (
                <UnitDetails unit={selected} handlers={handlers} canCreate={canCreate} onCreateChild={() => onCreate(selected.id)} />
              ) : (
                <Text c="dimmed">{t('units.tree.pick')}</Text>
              )}
            </div>
          </Grid.Col>
        </Grid>
      )}
    </Loaded>
  );
}

function ListTab({ handlers }: { handlers: Handlers }) {
  const t = useT();
  const list = useListState({ includeInactive: true as boolean | undefined });
  const units = useQuery(
    unitsPageQuery({ page: list.page, pageSize: list.pageSize, q: list.q || undefined, includeInactive: list.filters.includeInactive || undefined }),
  );
  const columns: Column<Unit>[] = [
    { key: 'code', header: t('field.code'), render: (u) => <Text ff="monospace" size="sm">{u.code}</Text> },
    { key: 'name', header: t('field.name'), render: (u) => u.name },
    { key: 'kind', header: t('field.kind'), render: (u) => t(`unitKind.${u.kind}`) },
    { key: 'parent', header: t('field.parent'), render: (u) => u.parentName ?? '—' },
    { key: 'status', header: t('field.status'), render: (u) => <ActiveBadge active={u.active} /> },
    { key: 'actions', header: t('field.actions'), render: (u) => <RowActions name={u.name} actions={u.actions} handlers={handlers(u)} /> },
  ];
  return (
    <DataTable
      caption={t('units.caption')}
      columns={columns}
      {...pagedTableProps(units, list)}
      rowKey={(u) => u.id}
      muted={(u) => !u.active}
      minWidth={900}
      search={{ value: list.q, onChange: list.setQ, label: t('units.search') }}
      filters={
        <Checkbox
          label={t('filter.includeInactive')}
          checked={!!list.filters.includeInactive}
          onChange={(e) => list.setFilter('includeInactive', e.currentTarget.checked)}
          mb={8}
        />
      }
    />
  );
}

/** `/admin/unit`: the organisation's units as a tree and as a searchable list. */
export function AdminUnitsPage() {
  const t = useT();
  const all = useQuery(allUnitsQuery(true));
  const [dialog, setDialog] = useState<UnitDialogState | null>(null);
  const active = useSetActive<Unit>({ setActive: setUnitActive, queryKey: unitKeys.all, name: (u) => u.name });

  const handlers: Handlers = (unit) => ({
    update: () => setDialog({ mode: 'edit', unit }),
    move: () => setDialog({ mode: 'move', unit, exclude: descendantsOf(all.data?.items ?? [], unit.id) }),
    deactivate: () => active.ask(unit, false),
    activate: () => active.ask(unit, true),
  });

  return (
    <Page
      title={t('nav.admin.units')}
      description={t('units.intro')}
      actions={
        all.data?.actions.includes('create') ? (
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ mode: 'create', parentId: null })}>
            {t('units.create')}
          </Button>
        ) : null
      }
    >
      <Tabs defaultValue="tree" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="tree" leftSection={<IconSitemap size={16} aria-hidden />}>
            {t('units.tab.tree')}
          </Tabs.Tab>
          <Tabs.Tab value="list" leftSection={<IconList size={16} aria-hidden />}>
            {t('units.tab.list')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="tree" pt="md">
          <TreeTab handlers={handlers} onCreate={(parentId) => setDialog({ mode: 'create', parentId })} />
        </Tabs.Panel>
        <Tabs.Panel value="list" pt="md">
          <ListTab handlers={handlers} />
        </Tabs.Panel>
      </Tabs>
      <UnitFormDialog state={dialog} onClose={() => setDialog(null)} />
      {active.dialog}
    </Page>
  );
}
