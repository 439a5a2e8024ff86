import { Button, Group } from '@mantine/core';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { isApiError } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';
import { ErrorAlert } from './ErrorAlert.tsx';
import { ForbiddenPage } from './ForbiddenPage.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { Page } from './Page.tsx';

/** A page that failed to load: 404 and 403 get their own pages, anything else a retry. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const t = useT();
  const router = useRouter();
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (isApiError(error) && error.status === 403) return <ForbiddenPage />;
  return (
    <Page title={t('error.pageTitle')}>
      <ErrorAlert error={error} />
      <Group>
        <Button
          onClick={() => {
            // A failed API call can be retried in place; anything else (e.g. a page file of an older release
            // that is no longer on the server) needs the page loaded afresh.
            if (!isApiError(error)) return window.location.reload();
            reset();
            void router.invalidate();
          }}
        >
          {t('action.retry')}
        </Button>
      </Group>
    </Page>
  );
}
