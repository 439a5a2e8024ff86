import { Alert, Anchor, Button, Paper, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { resetPassword } from '../api/auth.ts';
import { focusFirstProblem, FormError, useApiErrorHandler } from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { NewPasswordFields } from '../features/auth/PasswordField.tsx';
import { confirmRule, newPasswordRule } from '../features/auth/validators.ts';
import { useT } from '../i18n/index.tsx';

const route = getRouteApi('/atur-ulang-sandi');

/** `/atur-ulang-sandi?token=…`: the link from the e-mail; the new password twice. */
export function ResetPasswordPage() {
  const t = useT();
  const { token } = route.useSearch();
  const handleError = useApiErrorHandler();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { newPassword: '', confirmPassword: '' },
    validate: { newPassword: newPasswordRule(t), confirmPassword: confirmRule(t) },
  });
  const mutation = useMutation({
    mutationFn: resetPassword,
    onError: (error) => handleError(error, { form }),
  });

  return (
    <Page title={t('reset.title')}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={460} w="100%">
        {!token ? (
          <Stack>
            <Alert role="note" color="orange" variant="light">
              {t('reset.noToken')}
            </Alert>
            <Anchor component={Link} to="/lupa-sandi">
              {t('reset.askAgain')}
            </Anchor>
          </Stack>
        ) : mutation.isSuccess ? (
          <Stack role="status">
            <Alert role="note" color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('reset.doneTitle')}>
              {t('reset.done')}
            </Alert>
            <Button component={Link} to="/masuk" style={{ alignSelf: 'flex-start' }}>
              {t('nav.signIn')}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={form.onSubmit((v) => mutation.mutate({ token, newPassword: v.newPassword }), focusFirstProblem)} noValidate>
            <Stack gap="md">
              <FormError error={mutation.error} form={form} />
              {mutation.isError ? (
                <Anchor component={Link} to="/lupa-sandi" size="sm">
                  {t('reset.askAgain')}
                </Anchor>
              ) : null}
              <NewPasswordFields form={form} />
              <Button type="submit" loading={mutation.isPending}>
                {t('reset.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Page>
  );
}
