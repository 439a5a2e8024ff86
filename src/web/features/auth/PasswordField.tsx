import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useT } from '../../i18n/index.tsx';

/** A password input whose show/hide button has an accessible name in the interface language. */
export function PasswordField(props: PasswordInputProps) {
  const t = useT();
  return (
    <PasswordInput
      visibilityToggleButtonProps={{ 'aria-label': t('password.toggle') }}
      {...props}
    />
  );
}

type NewPasswordPath = 'newPassword' | 'confirmPassword';
interface NewPasswordForm {
  key(path: NewPasswordPath): string;
  getInputProps(path: NewPasswordPath): object;
}

/** The new password and its confirmation, as every form that sets a password asks for them. */
export function NewPasswordFields({ form }: { form: NewPasswordForm }) {
  const t = useT();
  return (
    <>
      <PasswordField
        label={t('field.newPassword')}
        description={t('password.rule')}
        autoComplete="new-password"
        required
        key={form.key('newPassword')}
        {...form.getInputProps('newPassword')}
      />
      <PasswordField
        label={t('field.confirmPassword')}
        autoComplete="new-password"
        required
        key={form.key('confirmPassword')}
        {...form.getInputProps('confirmPassword')}
      />
    </>
  );
}
