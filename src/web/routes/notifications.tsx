import { Anchor, Badge, Button, Checkbox, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { notificationsPageQuery } from '../api/notifications.ts';
import type { NotificationItem } from '../api/types.ts';
import { DataTable, pagedTableProps, type Column } from '../components/DataTable.tsx';
import { Page } from '../components/Page.tsx';
import { useListState } from '../components/useListState.ts';
import { formatWibDateTime } from '../features/requests/format.ts';
import { noticeHref, useMarkRead } from '../features/requests/useNotifications.ts';
import { useI18n } from '../i18n/index.tsx';

/** `/notifikasi`: all of the user's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  const { lang, t } = useI18n();
  const list = useListState<{ unread?: boolean }>({});
  const notifications = useQuery(notificationsPageQuery({ page: list.page, pageSize: list.pageSize, unread: list.filters.unread }));
  const { one, all } = useMarkRead();
  const navigate = useNavigate();
  const unread = notifications.data?.unread ?? 0;

  const columns: Column<NotificationItem>[] = [
    {
      key: 'text',
      header: t('notif.col.text'),
      render: (n) => {
        const href = noticeHref(n);
        return href ? (
          <Anchor
            size="sm"
            fw={n.readAt ? 400 : 600}
            href={href}
            onClick={(event) => {
              if (n.readAt === null) one.mutate(n.id);
              if (event.ctrlKey || event.metaKey || event.shiftKey) return; // a new tab or window
              event.preventDefault();
              void navigate({ href });
            }}
            style={{ overflowWrap: 'anywhere' }}
          >
            {n.text}
          </Anchor>
        ) : (
          <Text size="sm" fw={n.readAt ? 400 : 600}>
            {n.text}
          </Text>
        );
      },
    },
    { key: 'at', header: t('notif.col.at'), render: (n) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatWibDateTime(n.createdAt, lang)}</Text> },
    {
      key: 'state',
      header: t('field.status'),
      render: (n) =>
        n.readAt ? (
          <Text size="sm" c="dimmed">
            {t('notif.read')}
          </Text>
        ) : (
          <Badge variant="light" color="blue" c="var(--mantine-color-text)" tt="none">
            {t('notif.unread')}
          </Badge>
        ),
    },
    {
      key: 'actions',
      header: t('field.actions'),
      render: (n) =>
        n.readAt === null ? (
          <Button size="compact-sm" variant="default" onClick={() => one.mutate(n.id)} aria-label={`${t('notif.markRead')}: ${n.text}`}>
            {t('notif.markRead')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Page
      title={t('notif.title')}
      description={t('notif.intro', { n: unread })}
      actions={
        unread > 0 ? (
          <Button leftSection={<IconChecks size={18} aria-hidden />} variant="default" onClick={() => all.mutate()} loading={all.isPending}>
            {t('notif.markAll')}
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('notif.caption')}
        columns={columns}
        {...pagedTableProps(notifications, list)}
        rowKey={(n) => n.id}
        minWidth={720}
        emptyText={list.filters.unread ? t('notif.noneUnread') : t('notif.none')}
        filters={
          <Checkbox
            label={t('notif.onlyUnread')}
            checked={!!list.filters.unread}
            onChange={(e) => list.setFilter('unread', e.currentTarget.checked || undefined)}
            mb={8}
          />
        }
      />
    </Page>
  );
}
