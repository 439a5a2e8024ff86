import { formatDate } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/lang.ts';

/** WIB is UTC+7 without daylight saving: a fixed offset gives the office's calendar and clock on any browser. */
const WIB_OFFSET_MS = 7 * 3_600_000;

function wibParts(value: string | Date): Date | null {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  return Number.isNaN(ms) ? null : new Date(ms + WIB_OFFSET_MS);
}

/** The WIB calendar date 'YYYY-MM-DD' of an instant. */
export function wibDay(value: string | Date): string {
  const d = wibParts(value);
  return d ? d.toISOString().slice(0, 10) : '';
}

/** "28 November 2026" (or "28/11/2026") on the WIB calendar. */
export function formatWibDate(value: string | null | undefined, lang: Lang, style: 'long' | 'short' = 'long'): string {
  if (!value) return '';
  const day = wibDay(value);
  return day ? formatDate(`${day}T12:00:00`, lang, style) : '';
}

/** "28 November 2026, 14.05 WIB" in Indonesian, "28 November 2026, 14:05 WIB" in English. */
export function formatWibDateTime(value: string | null | undefined, lang: Lang): string {
  if (!value) return '';
  const d = wibParts(value);
  if (!d) return '';
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${formatWibDate(value, lang)}, ${hh}${lang === 'id' ? '.' : ':'}${mm} WIB`;
}

const UNITS = ['B', 'KB', 'MB', 'GB'];

/** "845 B", "12,5 KB", "3,2 MB" (Indonesian decimals) or "3.2 MB". */
export function formatBytes(size: number, lang: Lang): string {
  let value = Math.max(0, size);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const text = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
  return `${text} ${UNITS[unit]}`;
}
