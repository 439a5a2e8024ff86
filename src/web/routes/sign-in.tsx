import { Alert, Paper, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { Page } from '../components/Page.tsx';
import { safeNext } from '../features/auth/next.ts';
import { useSessionUser } from '../features/auth/session.ts';
import { SignInForm } from '../features/auth/SignInForm.tsx';
import { useT } from '../i18n/index.tsx';

const route = getRouteApi('/masuk');

/** `/masuk`: sign in. Someone already signed in goes on to `next` straight away. */
export function SignInPage() {
  const t = useT();
  const { next } = route.useSearch();
  const user = useSessionUser();
  const router = useRouter();

  useEffect(() => {
    if (user && !user.mustChangePassword) void router.navigate({ href: safeNext(next), replace: true });
  }, [user, next, router]);

  return (
    <Page title={t('signIn.title')}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={460} w="100%">
        {next ? (
          <Alert role="note" variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} mb="md">
            {t('signIn.needed')}
          </Alert>
        ) : (
          <Text c="dimmed" mb="md">
            {t('signIn.intro')}
          </Text>
        )}
        <SignInForm next={next} />
      </Paper>
    </Page>
  );
}
