import type { Lang } from '../../i18n/lang.ts';

const WIB_OFFSET_MS = 7 * 3_600_000;

/**
 * The WIB calendar date ('YYYY-MM-DD') and clock time of an instant, whatever the browser's time zone. WIB is
 * UTC+7 without daylight saving, so a fixed offset is exact.
 */
export function wibParts(iso: string): { date: string; time: string } | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const shifted = new Date(ms + WIB_OFFSET_MS).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** "09.15 WIB" in Indonesian, "09:15 WIB" in English. */
export function wibTime(iso: string, lang: Lang): string {
  const parts = wibParts(iso);
  if (!parts) return '';
  return `${lang === 'id' ? parts.time.replace(':', '.') : parts.time} WIB`;
}
