import { Button, Group } from '@mantine/core';
import { useT, type MessageKey } from '../i18n/index.tsx';

const LABELS: Record<string, MessageKey> = {
  update: 'action.edit',
  move: 'action.move',
  resetPassword: 'action.resetPassword',
  deactivate: 'action.deactivate',
  activate: 'action.activate',
};

const ORDER = ['update', 'move', 'resetPassword', 'deactivate', 'activate'];

/** Moving a unit is an update of its parent: offered where "update" is. */
const allowed = (actions: readonly string[], action: string) => actions.includes(action === 'move' ? 'update' : action);

/**
 * The buttons of one object: exactly those named in its `actions` (from the server) that this page can carry
 * out. Each button's accessible name includes the object's name ("Ubah Budi Santoso").
 */
export function RowActions({ name, actions, handlers }: { name: string; actions: readonly string[]; handlers: Partial<Record<string, () => void>> }) {
  const t = useT();
  const shown = ORDER.filter((a) => allowed(actions, a) && handlers[a]);
  if (shown.length === 0) return null;
  return (
    <Group gap={6} wrap="wrap">
      {shown.map((a) => (
        <Button
          key={a}
          size="compact-sm"
          variant={a === 'update' ? 'light' : 'default'}
          color={a === 'deactivate' ? 'red' : undefined}
          aria-label={`${t(LABELS[a])} ${name}`}
          onClick={handlers[a]}
        >
          {t(LABELS[a])}
        </Button>
      ))}
    </Group>
  );
}
