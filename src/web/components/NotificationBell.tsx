import { ActionIcon, Anchor, Button, Divider, Group, Indicator, Popover, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { latestNotificationsQuery } from '../api/notifications.ts';
import type { NotificationItem } from '../api/types.ts';
import { formatWibDateTime } from '../features/requests/format.ts';
import { noticeHref, useMarkRead } from '../features/requests/useNotifications.ts';
import { useI18n } from '../i18n/index.tsx';

function Item({ item, onOpen }: { item: NotificationItem; onOpen: (item: NotificationItem) => void }) {
  const { lang, t } = useI18n();
  const unread = item.readAt === null;
  return (
    <UnstyledButton
      onClick={() => onOpen(item)}
      p="xs"
      style={{ borderRadius: 'var(--mantine-radius-sm)', background: unread ? 'var(--mantine-color-blue-0)' : undefined, display: 'block', width: '100%' }}
    >
      <Text size="sm" fw={unread ? 600 : 400} style={{ overflowWrap: 'anywhere' }}>
        {unread ? <VisuallyHidden>{t('notif.unread')}: </VisuallyHidden> : null}
        {item.text}
      </Text>
      <Text size="xs" c="dimmed">
        {formatWibDateTime(item.createdAt, lang)}
      </Text>
    </UnstyledButton>
  );
}

/** The header's bell: the unread count, checked once a minute and on returning to the tab, and the latest few. */
export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const latest = useQuery(latestNotificationsQuery);
  const { one, all } = useMarkRead();
  const unread = latest.data?.unread ?? 0;
  const label = unread > 0 ? t('notif.bellUnread', { n: unread }) : t('notif.bell');

  const openItem = (item: NotificationItem) => {
    setOpened(false);
    if (item.readAt === null) one.mutate(item.id);
    const href = noticeHref(item);
    if (href) void navigate({ href });
    else void navigate({ to: '/notifikasi' });
  };

  return (
    <Indicator label={<span aria-hidden>{unread > 99 ? '99+' : unread}</span>} size={18} color="red.9" disabled={unread === 0} offset={4} inline>
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" trapFocus returnFocus withinPortal>
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="md"
            aria-label={label}
            onClick={() => {
              setOpened((o) => !o);
              if (!opened) void latest.refetch();
            }}
          >
            <IconBell size={20} aria-hidden color="var(--mantine-color-text)" />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown role="dialog" aria-label={t('notif.title')}>
          <Stack gap="xs">
            <Group justify="space-between" gap="xs">
              <Text fw={700}>{t('notif.title')}</Text>
              {unread > 0 ? (
                <Button size="compact-xs" variant="default" onClick={() => all.mutate()} loading={all.isPending}>
                  {t('notif.markAll')}
                </Button>
              ) : null}
            </Group>
            {latest.isError && !latest.data ? <Text size="sm">{t('notif.loadFailed')}</Text> : null}
            {latest.data && latest.data.items.length === 0 ? <Text size="sm" c="dimmed">{t('notif.none')}</Text> : null}
            {!latest.data && latest.isLoading ? <Text size="sm">{t('state.loading')}</Text> : null}
            {latest.data?.items.length ? (
              <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
                {latest.data.items.map((item) => (
                  <li key={item.id}>
                    <Item item={item} onOpen={openItem} />
                  </li>
                ))}
              </Stack>
            ) : null}
            <Divider />
            <Anchor size="sm" renderRoot={(props) => <Link to="/notifikasi" {...props} onClick={() => setOpened(false)} />}>
              {t('notif.seeAll')}
            </Anchor>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
