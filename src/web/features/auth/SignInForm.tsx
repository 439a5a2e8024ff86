import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
import { sessionQuery, signIn } from '../../api/auth.ts';
import { focusFirstProblem, FormError, useApiErrorHandler } from '../../components/forms.tsx';
import { useT } from '../../i18n/index.tsx';
import { safeNext } from './next.ts';
import { PasswordField } from './PasswordField.tsx';
import { emailRule, requiredRule } from './validators.ts';

/** E-mail and password; then `next` (or /beranda), or first the password change when the account requires it. */
export function SignInForm({ next }: { next?: string }) {
  const t = useT();
  const router = useRouter();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: { email: emailRule(t), password: requiredRule(t) },
  });

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: async (session) => {
      queryClient.setQueryData(sessionQuery.queryKey, session);
      // Objects cached for the public carry the public's actions: load them again for this user.
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      if (session.user?.mustChangePassword) await router.navigate({ to: '/akun/kata-sandi' });
      else await router.navigate({ href: safeNext(next) });
    },
    onError: (error) => handleError(error, { form }),
  });

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate({ email: values.email.trim(), password: values.password }), focusFirstProblem)} noValidate>
      <Stack gap="md">
        <FormError error={mutation.error} form={form} />
        <TextInput
          label={t('field.email')}
          type="email"
          autoComplete="username"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('field.password')}
          autoComplete="current-password"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {t('signIn.submit')}
        </Button>
        <Anchor component={Link} to="/lupa-sandi" size="sm">
          {t('signIn.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
