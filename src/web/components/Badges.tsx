import { Badge, Group } from '@mantine/core';
import type { Role } from '../api/types.ts';
import { useT } from '../i18n/index.tsx';

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  const t = useT();
  if (roles.length === 0) return null;
  return (
    <Group gap={4}>
      {roles.map((role) => (
        <Badge key={role} variant="light" color="blue" size="sm" tt="none" style={{ minWidth: 'max-content' }}>
          {t(`role.${role}`)}
        </Badge>
      ))}
    </Group>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  const t = useT();
  return (
    <Badge variant="dot" color={active ? 'teal' : 'gray'} size="sm" tt="none" c="var(--mantine-color-text)" style={{ minWidth: 'max-content' }}>
      {active ? t('status.active') : t('status.inactive')}
    </Badge>
  );
}
