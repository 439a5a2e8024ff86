import { isApiError } from '../api/client.ts';
import type { Translate } from '../i18n/index.tsx';

/** The text to show for a failure: the server's own (already translated) message, else a phrase of ours. */
export function errorText(error: unknown, t: Translate): string {
  if (isApiError(error)) {
    if (error.code === 'NETWORK') return t('error.network');
    if (error.message) return error.message;
    if (error.status >= 500) return t('error.server');
  }
  return t('error.unexpected');
}
