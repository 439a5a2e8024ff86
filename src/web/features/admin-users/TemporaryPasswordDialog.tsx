import { Alert, Button, Group, Modal, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useT } from '../../i18n/index.tsx';

/** Shows a temporary password once, with a copy button; it cannot be shown again after closing. */
export function TemporaryPasswordDialog({ password, userName, onClose }: { password: string | null; userName: string; onClose: () => void }) {
  const t = useT();
  const clipboard = useClipboard({ timeout: 2500 });
  return (
    <Modal
      opened={password !== null}
      onClose={onClose}
      title={t('users.tempPassword.title')}
      centered
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('action.close') }}
    >
      <Stack>
        <Text>{t('users.tempPassword.text', { name: userName })}</Text>
        <Paper withBorder p="md" bg="gray.0">
          <Text size="xs" c="dimmed" mb={4}>
            {t('users.tempPassword.label')}
          </Text>
          <Text className="temp-password" data-testid="temporary-password" style={{ userSelect: 'all' }}>
            {password}
          </Text>
        </Paper>
        <Alert role="note" color="orange" variant="light">
          {t('users.tempPassword.once')}
        </Alert>
        {clipboard.error ? (
          <Text size="sm" c="red.9">
            {t('users.tempPassword.copyFailed')}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button
            leftSection={clipboard.copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
            onClick={() => clipboard.copy(password ?? '')}
          >
            {clipboard.copied ? t('action.copied') : t('action.copy')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('action.done')}
          </Button>
        </Group>
        <VisuallyHidden role="status" aria-live="polite">
          {clipboard.copied ? t('users.tempPassword.copiedNotice') : ''}
        </VisuallyHidden>
      </Stack>
    </Modal>
  );
}
