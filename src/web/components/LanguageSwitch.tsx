import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../i18n/index.tsx';
import type { Lang } from '../i18n/lang.ts';

/** ID/EN, remembered in the manorta_lang cookie (which the server also reads for its messages). */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const queryClient = useQueryClient();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('lang.label')}
      value={lang}
      onChange={(value) => {
        setLang(value as Lang);
        // Server-phrased texts (error messages) follow the new language on the next request.
        void queryClient.invalidateQueries({ predicate: (q) => q.state.status === 'error' });
      }}
      data={[
        {
          value: 'id',
          label: (
            <span lang="id">
              ID<VisuallyHidden> (Bahasa Indonesia)</VisuallyHidden>
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en">
              EN<VisuallyHidden> (English)</VisuallyHidden>
            </span>
          ),
        },
      ]}
    />
  );
}
