/**
 * Periodic review and acknowledgement of ratified SOPs (issue 5): pure date rules on WIB calendar dates
 * (YYYY-MM-DD), no I/O. The review period is an organisation setting; the regulation fixes none.
 */

export const REVIEW_REMINDER_KINDS = ['30', '10', 'overdue'] as const;
export type ReviewReminderKind = (typeof REVIEW_REMINDER_KINDS)[number];
export type ReviewState = 'ok' | 'due_soon' | 'due_very_soon' | 'overdue' | 'new_version';

export const DEFAULT_REVIEW_MONTHS = 12;
export const MIN_REVIEW_MONTHS = 1;
export const MAX_REVIEW_MONTHS = 120;

const DAY_MS = 86_400_000;

function parse(ymd: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) throw new Error(`not a calendar date: ${ymd}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

const format = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** `ymd` plus whole months; a day the target month lacks becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(ymd: string, months: number): string {
  const { y, m, d } = parse(ymd);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return format(ty, tm, Math.min(d, last));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = parse(from);
  const b = parse(to);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / DAY_MS);
}

/** The first review date of a version: its effective date plus the review period. */
export function reviewDueOn(effectiveOn: string, months: number): string {
  return addMonths(effectiveOn, months);
}

/** After "no change needed": the next review one period after the decision date. */
export function nextReviewAfterNoChange(decidedOn: string, months: number): string {
  return addMonths(decidedOn, months);
}

/** How a review stands on a WIB date: due within 30 or 10 days, past due, or replaced by a new version being drafted. */
export function reviewState(today: string, dueOn: string, newVersionStarted = false): ReviewState {
  if (newVersionStarted) return 'new_version';
  const left = daysBetween(today, dueOn);
  if (left < 0) return 'overdue';
  if (left <= 10) return 'due_very_soon';
  if (left <= 30) return 'due_soon';
  return 'ok';
}

/**
 * The one reminder to send on `today` for a review due on `dueOn`, given the kinds already sent for that due
 * date: 30 days ahead, 10 days ahead, then once when it is past due. A job that missed days sends only the most
 * urgent one (never a "30 days" notice 5 days before); nothing once a new version is being drafted.
 */
export function reminderDue(today: string, dueOn: string, sent: readonly ReviewReminderKind[], newVersionStarted = false): ReviewReminderKind | null {
  if (newVersionStarted) return null;
  const left = daysBetween(today, dueOn);
  const has = (k: ReviewReminderKind) => sent.includes(k);
  if (left < 0) return has('overdue') ? null : 'overdue';
  if (left <= 10) return has('10') ? null : '10';
  if (left <= 30) return has('30') || has('10') ? null : '30';
  return null;
}

export interface AckPerson {
  userId: string;
  unitId: string;
}

export interface AckProgress {
  /** Users of the carrying units who are asked to read. */
  total: number;
  acknowledged: number;
  pending: number;
  /** Whole percent, 0 when nobody is asked. */
  percent: number;
  byUnit: { unitId: string; total: number; acknowledged: number }[];
}

/** Acknowledgement progress of one version: the people asked (users of its carrying units) against who has acknowledged. */
export function ackProgress(asked: readonly AckPerson[], acknowledgedUserIds: Iterable<string>): AckProgress {
  const done = new Set(acknowledgedUserIds);
  const units = new Map<string, { unitId: string; total: number; acknowledged: number }>();
  let acknowledged = 0;
  for (const p of asked) {
    const u = units.get(p.unitId) ?? { unitId: p.unitId, total: 0, acknowledged: 0 };
    u.total++;
    if (done.has(p.userId)) {
      u.acknowledged++;
      acknowledged++;
    }
    units.set(p.unitId, u);
  }
  const total = asked.length;
  return { total, acknowledged, pending: total - acknowledged, percent: total ? Math.floor((acknowledged * 100) / total) : 0, byUnit: [...units.values()] };
}
