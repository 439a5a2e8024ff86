import dayjs from 'dayjs';
import 'dayjs/locale/id';
import type { Lang } from './lang.ts';

/** "28 November 2026" in both languages (dayjs's `id` locale for Indonesian month names); short "28/11/2026". */
export function formatDate(value: string | number | Date | null | undefined, lang: Lang, style: 'long' | 'short' = 'long'): string {
  if (value === null || value === undefined || value === '') return '';
  const d = dayjs(value);
  if (!d.isValid()) return '';
  return d.locale(lang === 'id' ? 'id' : 'en').format(style === 'long' ? 'D MMMM YYYY' : 'DD/MM/YYYY');
}

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** "1.250,5" in Indonesian, "1,250.5" in English. */
export function formatNumber(value: number, lang: Lang): string {
  return numberFormats[lang].format(value);
}
