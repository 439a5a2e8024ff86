import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMailCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { forgotPassword } from '../api/auth.ts';
import { focusFirstProblem, FormError, useApiErrorHandler } from '../components/forms.tsx';
import { Page } from '../components/Page.tsx';
import { emailRule } from '../features/auth/validators.ts';
import { useT } from '../i18n/index.tsx';

/** `/lupa-sandi`: ask for a reset link. The answer is the same whether or not the address is known. */
export function ForgotPasswordPage() {
  const t = useT();
  const handleError = useApiErrorHandler();
  const form = useForm({ mode: 'uncontrolled', initialValues: { email: '' }, validate: { email: emailRule(t) } });
  const mutation = useMutation({
    mutationFn: forgotPassword,
    onError: (error) => handleError(error, { form }),
  });

  return (
    <Page title={t('forgot.title')}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} maw={520} w="100%">
        <div role="status">
          {mutation.isSuccess ? (
            <Alert role="note" color="teal" variant="light" icon={<IconMailCheck aria-hidden />} title={t('forgot.sentTitle')} mb="md">
              {t('forgot.sent')}
            </Alert>
          ) : null}
        </div>
        {mutation.isSuccess ? (
          <Anchor component={Link} to="/masuk">
            {t('forgot.backToSignIn')}
          </Anchor>
        ) : (
          <form onSubmit={form.onSubmit((v) => mutation.mutate({ email: v.email.trim() }), focusFirstProblem)} noValidate>
            <Stack gap="md">
              <Text c="dimmed">{t('forgot.intro')}</Text>
              <FormError error={mutation.error} form={form} />
              <TextInput
                label={t('field.email')}
                type="email"
                autoComplete="email"
                required
                key={form.key('email')}
                {...form.getInputProps('email')}
              />
              <Button type="submit" loading={mutation.isPending}>
                {t('forgot.submit')}
              </Button>
              <Anchor component={Link} to="/masuk" size="sm">
                {t('forgot.backToSignIn')}
              </Anchor>
            </Stack>
          </form>
        )}
      </Paper>
    </Page>
  );
}
