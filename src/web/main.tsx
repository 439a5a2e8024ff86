import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { MantineProvider, Notification } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { sessionQuery } from './api/auth.ts';
import { isApiError } from './api/client.ts';
import { I18nProvider, useT } from './i18n/index.tsx';
import { createAppRouter } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

/**
 * A session that ended on the server (expired, signed out elsewhere, password changed) shows up as 401
 * UNAUTHENTICATED on any call: forget the user and go to sign-in, then back to where the user was.
 */
function onApiError(error: unknown) {
  if (!isApiError(error) || error.code !== 'UNAUTHENTICATED') return;
  const session = queryClient.getQueryData(sessionQuery.queryKey);
  if (!session?.user) return;
  queryClient.setQueryData(sessionQuery.queryKey, { ...session, user: null });
  const here = window.location.pathname + window.location.search;
  void router.navigate({ to: '/masuk', search: { next: here } });
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onApiError }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      // A 4xx answer will not change by asking again; network and server failures are retried twice.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
      staleTime: 15_000,
    },
  },
});

const router = createAppRouter(queryClient);

/** Mantine with the app's theme; the close button of every notification is named in the interface language. */
function ThemedMantine({ children }: { children: ReactNode }) {
  const t = useT();
  const close = t('action.close');
  const localTheme = useMemo(
    () => ({
      ...theme,
      components: {
        ...theme.components,
        Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
      },
    }),
    [close],
  );
  return (
    <MantineProvider theme={localTheme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ThemedMantine>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ThemedMantine>
    </I18nProvider>
  </StrictMode>,
);
