import { ActionIcon, Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { useT } from '../../../i18n/index.tsx';
import type { ServiceForm } from './types.ts';

type ListPath = 'requirements' | 'formFields' | 'requiredAttachments';

/** Move up, move down and remove for one item of an editable list; `what` names the item for screen readers. */
export function ListControls({ form, path, index, count, what }: { form: ServiceForm; path: ListPath; index: number; count: number; what: string }) {
  const t = useT();
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="default"
        aria-label={t('editor.moveUp', { what })}
        disabled={index === 0}
        onClick={() => form.reorderListItem(path, { from: index, to: index - 1 })}
      >
        <IconArrowUp size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="default"
        aria-label={t('editor.moveDown', { what })}
        disabled={index === count - 1}
        onClick={() => form.reorderListItem(path, { from: index, to: index + 1 })}
      >
        <IconArrowDown size={16} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="default" color="red" aria-label={t('editor.remove', { what })} onClick={() => form.removeListItem(path, index)}>
        <IconTrash size={16} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
