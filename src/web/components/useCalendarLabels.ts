import { useI18n } from '../i18n/index.tsx';

/** The date pickers' navigation labels (Mantine `ariaLabels`) in the user's language. */
export function useCalendarLabels() {
  const { t } = useI18n();
  return {
    previousMonth: t('holidays.calendar.previousMonth'),
    nextMonth: t('holidays.calendar.nextMonth'),
    previousYear: t('holidays.calendar.previousYear'),
    nextYear: t('holidays.calendar.nextYear'),
    previousDecade: t('holidays.calendar.previousDecade'),
    nextDecade: t('holidays.calendar.nextDecade'),
    monthLevelControl: t('holidays.calendar.chooseMonth'),
    yearLevelControl: t('holidays.calendar.chooseYear'),
  };
}
