import { Badge } from '@mantine/core';
import { IconArrowForwardUp, IconBan, IconCircleCheck, type Icon } from '@tabler/icons-react';
import type { RegistryStatus } from '../../api/registry.ts';
import { useT } from '../../i18n/index.tsx';

/** Colour, icon and word together; the word in the text colour (the tints are too light for text). */
const LOOK: Record<RegistryStatus, { color: string; icon: Icon }> = {
  effective: { color: 'teal', icon: IconCircleCheck },
  superseded: { color: 'orange', icon: IconArrowForwardUp },
  revoked: { color: 'red', icon: IconBan },
};

export function RegistryStatusBadge({ status }: { status: RegistryStatus }) {
  const t = useT();
  const look = LOOK[status];
  const IconOf = look.icon;
  return (
    <Badge
      variant="light"
      color={look.color}
      c="var(--mantine-color-text)"
      size="md"
      radius="sm"
      tt="none"
      leftSection={<IconOf size={14} aria-hidden color={`var(--mantine-color-${look.color}-9)`} />}
      style={{ minWidth: 'max-content' }}
    >
      {t(`registry.status.${status}`)}
    </Badge>
  );
}
