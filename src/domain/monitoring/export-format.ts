import { wibDate } from '../workflow/clock.ts';

/** 'DD-MM-YYYY' of the WIB calendar date of an instant, as the table's dates read. */
export function dayMonthYear(at: Date): string {
  const [y, m, d] = wibDate(at).split('-');
  return `${d}-${m}-${y}`;
}

/** 'YYYYMMDD' of the WIB date, for file names. */
export function compactDate(at: Date): string {
  return wibDate(at).replaceAll('-', '');
}

/** The WIB date of an instant as midnight UTC: a spreadsheet stores dates without a zone, so this shows the WIB day. */
export function spreadsheetDate(at: Date): Date {
  return new Date(`${wibDate(at)}T00:00:00Z`);
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. Text that a
 * spreadsheet would run as a formula (starting with = + - @ or a tab) is prefixed with an apostrophe.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(values: readonly (string | number | null)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** A UTF-8 byte order mark, so that spreadsheet programs read Indonesian text in a CSV file correctly. */
export const UTF8_BOM = '\uFEFF';
