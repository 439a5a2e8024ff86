import { Button, Modal, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/index.tsx';
import type { ConflictInfo } from './useDocumentAutosave.ts';

/**
 * Someone saved the document after the version the user's edits were made on (the SOP editor's dialog, worded for
 * any document). Nothing is overwritten until the user chooses.
 */
export function DocumentConflictDialog({ conflict, onReload, onOverwrite }: { conflict: ConflictInfo | null; onReload: () => void; onOverwrite: () => void }) {
  const { t } = useI18n();
  return (
    <Modal opened={conflict !== null} onClose={() => undefined} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false} centered title={t('jobs.conflict.title')}>
      {conflict ? (
        <Stack>
          <Text>{t('jobs.conflict.body', { name: conflict.savedBy?.name ?? t('jobs.conflict.someone'), version: conflict.version })}</Text>
          <Text size="sm" c="dimmed">{t('jobs.conflict.hint')}</Text>
          <Button variant="default" onClick={onReload} data-autofocus>{t('jobs.conflict.reload')}</Button>
          <Button onClick={onOverwrite}>{t('jobs.conflict.overwrite')}</Button>
        </Stack>
      ) : null}
    </Modal>
  );
}
