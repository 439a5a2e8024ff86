import { Alert, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorText } from '../../components/errors.ts';
import { useT } from '../../i18n/index.tsx';

/** The progress of one upload, announced politely, and its failure: the browser's own check (a string) or the server's words. */
export function UploadProgress({ progress, error, label }: { progress: number | null; error: unknown; label: string }) {
  const t = useT();
  const percent = progress === null ? null : Math.round(progress * 100);
  return (
    <>
      <div role="status" aria-live="polite">
        {percent !== null ? (
          <Stack gap={4}>
            <Text size="sm">{t('req.upload.progress', { name: label, percent })}</Text>
            <Progress value={percent} aria-label={t('req.upload.progressLabel', { name: label })} animated={percent < 100} />
          </Stack>
        ) : null}
      </div>
      {error ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" p="xs">
          {typeof error === 'string' ? error : errorText(error, t)}
        </Alert>
      ) : null}
    </>
  );
}
