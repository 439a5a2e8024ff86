import { PASSWORD_MAX, PASSWORD_MIN } from '../../api/auth.ts';
import type { Translate } from '../../i18n/index.tsx';

/** Checks the browser can make before asking the server (which checks again, and has the last word). */
export const emailRule = (t: Translate) => (value: string) =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t('validation.email');

export const requiredRule = (t: Translate) => (value: unknown) =>
  (typeof value === 'string' ? value.trim() : value) ? null : t('validation.required');

export const minCharsRule = (t: Translate, min: number) => (value: string) => {
  const v = value.trim();
  if (!v) return t('validation.required');
  return v.length < min ? t('validation.minChars', { min }) : null;
};

export const newPasswordRule = (t: Translate) => (value: string) => {
  if (value.length < PASSWORD_MIN) return t('validation.passwordMin', { min: PASSWORD_MIN });
  if (value.length > PASSWORD_MAX) return t('validation.passwordMax', { max: PASSWORD_MAX });
  return null;
};

export const confirmRule = (t: Translate) => (value: string, values: { newPassword: string }) =>
  value === values.newPassword ? null : t('validation.passwordMismatch');
