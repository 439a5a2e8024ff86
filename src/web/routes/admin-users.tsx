import { Button, Checkbox, Select, Stack, Text } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLES } from '../../domain/access/roles.ts';
import type { Role, User } from '../api/types.ts';
import { resetUserPassword, setUserActive, userKeys, usersPageQuery } from '../api/users.ts';
import { ActiveBadge, RoleBadges } from '../components/Badges.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { DataTable, pagedTableProps, type Column } from '../components/DataTable.tsx';
import { FormError } from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { RowActions } from '../components/RowActions.tsx';
import { UnitSelect } from '../components/UnitSelect.tsx';
import { useListState } from '../components/useListState.ts';
import { useSetActive } from '../components/useSetActive.tsx';
import { TemporaryPasswordDialog } from '../features/admin-users/TemporaryPasswordDialog.tsx';
import { UserFormDialog } from '../features/admin-users/UserFormDialog.tsx';
import { useT } from '../i18n/index.tsx';

/** Reset a user's password: confirm, then show the temporary password once. */
function useResetPassword(onDone: (user: User, password: string) => void) {
  const t = useT();
  const [target, setTarget] = useState<User | null>(null);
  const mutation = useMutation({
    mutationFn: (user: User) => resetUserPassword(user.id),
    onSuccess: (result, user) => {
      setTarget(null);
      onDone(user, result.temporaryPassword);
    },
  });
  const close = () => {
    setTarget(null);
    mutation.reset();
  };
  const dialog = (
    <ConfirmDialog
      opened={target !== null}
      title={target ? t('users.reset.title', { name: target.name }) : ''}
      confirmLabel={t('action.resetPassword')}
      color="orange"
      loading={mutation.isPending}
      onConfirm={() => target && mutation.mutate(target)}
      onClose={close}
    >
      <FormError error={mutation.error} />
      {t('users.reset.text')}
    </ConfirmDialog>
  );
  return { ask: setTarget, dialog };
}

/** `/admin/pengguna`: users, with search, unit and role filters and paging. */
export function AdminUsersPage() {
  const t = useT();
  const list = useListState<{ unitId?: string; role?: string; includeInactive?: boolean }>({ includeInactive: true });
  const users = useQuery(
    usersPageQuery({
      page: list.page,
      pageSize: list.pageSize,
      q: list.q || undefined,
      unitId: list.filters.unitId,
      role: list.filters.role as Role | undefined,
      includeInactive: list.filters.includeInactive || undefined,
    }),
  );
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const [shown, setShown] = useState<{ name: string; password: string } | null>(null);
  const active = useSetActive<User>({ setActive: setUserActive, queryKey: userKeys.all, name: (u) => u.name });
  const reset = useResetPassword((user, password) => setShown({ name: user.name, password }));

  const columns: Column<User>[] = [
    {
      key: 'name',
      header: t('field.name'),
      render: (u) => (
        <Stack gap={0}>
          <Text fw={600} size="sm">
            {u.name}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {u.email}
          </Text>
        </Stack>
      ),
    },
    { key: 'nip', header: t('field.nip'), render: (u) => u.nip || '—' },
    { key: 'unit', header: t('field.unit'), render: (u) => `${u.unitName} (${u.unitCode})` },
    { key: 'roles', header: t('field.roles'), render: (u) => <RoleBadges roles={u.roles} /> },
    {
      key: 'status',
      header: t('field.status'),
      render: (u) => (
        <Stack gap={2}>
          <ActiveBadge active={u.active} />
          {u.mustChangePassword ? (
            <Text size="xs" c="dimmed">
              {t('users.mustChange')}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'actions',
      header: t('field.actions'),
      render: (u) => (
        <RowActions
          name={u.name}
          actions={u.actions}
          handlers={{
            update: () => setEditing(u),
            resetPassword: () => reset.ask(u),
            deactivate: () => active.ask(u, false),
            activate: () => active.ask(u, true),
          }}
        />
      ),
    },
  ];

  return (
    <Page
      title={t('nav.admin.users')}
      description={t('users.intro')}
      actions={
        users.data?.actions.includes('create') ? (
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setEditing(null)}>
            {t('users.create')}
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('users.caption')}
        columns={columns}
        {...pagedTableProps(users, list)}
        rowKey={(u) => u.id}
        muted={(u) => !u.active}
        minWidth={960}
        search={{ value: list.q, onChange: list.setQ, label: t('users.search'), placeholder: t('users.searchHint') }}
        filters={
          <>
            <UnitSelect
              label={t('field.unit')}
              placeholder={t('filter.allUnits')}
              clearable
              includeInactive
              value={list.filters.unitId ?? null}
              onChange={(v) => list.setFilter('unitId', v ?? undefined)}
              w={{ base: '100%', sm: 280 }}
            />
            <Select
              label={t('field.role')}
              placeholder={t('filter.allRoles')}
              clearable
              data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              value={list.filters.role ?? null}
              onChange={(v) => list.setFilter('role', v ?? undefined)}
              w={{ base: '100%', sm: 200 }}
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
      <UserFormDialog
        opened={editing !== undefined}
        user={editing ?? null}
        onClose={() => setEditing(undefined)}
        onCreated={(user, password) => setShown({ name: user.name, password })}
      />
      <TemporaryPasswordDialog password={shown?.password ?? null} userName={shown?.name ?? ''} onClose={() => setShown(null)} />
      {active.dialog}
      {reset.dialog}
    </Page>
  );
}
