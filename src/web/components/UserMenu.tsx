import { Avatar, Button, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconKey, IconLogout, IconUser } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { SessionUser } from '../api/types.ts';
import { useSignOut } from '../features/auth/session.ts';
import { useT } from '../i18n/index.tsx';

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase() || '?';
}

export function UserMenu({ user }: { user: SessionUser }) {
  const t = useT();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={240}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px={6}
          leftSection={
            <span aria-hidden>
              <Avatar size={28} color="blue" radius="xl">
                {initials(user.name)}
              </Avatar>
            </span>
          }
          rightSection={<IconChevronDown size={14} aria-hidden className="hide-narrow" />}
        >
          <VisuallyHidden>{t('userMenu.label', { name: user.name })}</VisuallyHidden>
          <Text component="span" size="sm" fw={600} c="var(--mantine-color-text)" visibleFrom="md" truncate maw={220} aria-hidden>
            {user.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {user.unitName}
          </Text>
        </Menu.Label>
        <Menu.Item leftSection={<IconUser size={16} aria-hidden />} renderRoot={(props) => <Link to="/akun" {...props} />}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item leftSection={<IconKey size={16} aria-hidden />} renderRoot={(props) => <Link to="/akun/kata-sandi" {...props} />}>
          {t('nav.changePassword')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
