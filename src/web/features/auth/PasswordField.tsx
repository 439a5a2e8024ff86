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
