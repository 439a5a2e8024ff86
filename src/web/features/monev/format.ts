/** Small helpers of the Monev pages (pure). */

/** "7, 1" → [7, 1]; null when any part is not a whole number 0–90 or there are more than five. Empty → []. */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length > 5) return null;
  const days: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,2}$/.test(p)) return null;
    const n = Number(p);
    if (n > 90) return null;
    if (!days.includes(n)) days.push(n);
  }
  return days.sort((a, b) => b - a);
}

/** The missing fields of a row grouped for display: plain fields, then how many criteria are unanswered. */
export function groupMissing(missing: readonly string[]): { fields: string[]; criteria: number } {
  return { fields: missing.filter((m) => !m.startsWith('criteria.')), criteria: missing.filter((m) => m.startsWith('criteria.')).length };
}

export const percentText = (p: number | null, none = '-') => (p === null ? none : `${p}%`);

export const half = (periodStart: string) => (Number(periodStart.slice(5, 7)) <= 6 ? 'I' : 'II');
