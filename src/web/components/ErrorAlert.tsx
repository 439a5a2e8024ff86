import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../i18n/index.tsx';
import { errorText } from './errors.ts';

/** A failed load, said plainly, with a retry button when the caller can retry. */
export function ErrorAlert({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const t = useT();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title ?? t('error.title')} role="alert">
      {errorText(error, t)}
      {onRetry ? (
        <div>
          <Button variant="white" color="red" size="compact-sm" mt="xs" onClick={onRetry}>
            {t('action.retry')}
          </Button>
        </div>
      ) : null}
    </Alert>
  );
}
