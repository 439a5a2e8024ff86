import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Page } from '../components/Page.tsx';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm.tsx';
import { useSessionUser } from '../features/auth/session.ts';
import { useT } from '../i18n/index.tsx';

/** `/akun/kata-sandi`: change the own password (required first after a temporary password). */
export function ChangePasswordPage() {
  const t = useT();
  const user = useSessionUser();
  return (
    <Page title={t('password.title')} description={t('password.intro')}>
      {user?.mustChangePassword ? (
        <Alert role="note" color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('password.mustTitle')}>
          {t('password.must')}
        </Alert>
      ) : null}
      <ChangePasswordForm />
    </Page>
  );
}
