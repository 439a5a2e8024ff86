import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { changePassword, sessionQuery } from '../../api/auth.ts';
import { focusFirstProblem, FormError, notifySaved, useApiErrorHandler } from '../../components/forms.tsx';
import { useT } from '../../i18n/index.tsx';
import { NewPasswordFields, PasswordField } from './PasswordField.tsx';
import { confirmRule, newPasswordRule, requiredRule } from './validators.ts';

export function ChangePasswordForm() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: { currentPassword: requiredRule(t), newPassword: newPasswordRule(t), confirmPassword: confirmRule(t) },
  });
  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: async () => {
      form.reset();
      notifySaved(t('password.changed'));
      await queryClient.refetchQueries({ queryKey: sessionQuery.queryKey });
      await navigate({ to: '/beranda' });
    },
    onError: (error) => handleError(error, { form }),
  });

  return (
    <form
      onSubmit={form.onSubmit((v) => mutation.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword }), focusFirstProblem)}
      noValidate
    >
      <Stack gap="md" maw={420}>
        <FormError error={mutation.error} form={form} />
        <PasswordField
          label={t('field.currentPassword')}
          autoComplete="current-password"
          required
          key={form.key('currentPassword')}
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordFields form={form} />
        <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
