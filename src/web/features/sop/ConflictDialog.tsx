import { Button, Modal, Stack, Text } from '@mantine/core';
import { useI18n } from '../../i18n/index.tsx';
import type { ConflictInfo } from './useAutosave.ts';

/**
 * Someone saved the SOP after the version the user's edits were made on. Nothing is overwritten until the user
 * chooses: take the latest version (dropping their edits) or save their content as a new version on top of it.
 */
export function ConflictDialog({
  conflict,
  busy,
  onReload,
  onOverwrite,
}: {
  conflict: ConflictInfo | null;
  busy?: boolean;
  onReload: () => void;
  onOverwrite: () => void;
}) {
  const { t, date } = useI18n();
  return (
    <Modal
      opened={conflict !== null}
      // The choice is required: closing without one would leave the draft unsaved and unsaveable.
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      title={t('sop-editor.conflict.title')}
    >
      {conflict ? (
        <Stack>
          <Text>
            {t('sop-editor.conflict.body', {
              name: conflict.savedBy?.name ?? t('sop-editor.conflict.someone'),
              version: conflict.version,
              when: conflict.savedAt ? `${date(conflict.savedAt)} ${new Date(conflict.savedAt).toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' })} WIB` : '',
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('sop-editor.conflict.hint')}
          </Text>
          <Button variant="default" onClick={onReload} disabled={busy} data-autofocus>
            {t('sop-editor.conflict.reload')}
          </Button>
          <Button onClick={onOverwrite} loading={busy}>
            {t('sop-editor.conflict.overwrite')}
          </Button>
        </Stack>
      ) : null}
    </Modal>
  );
}
