/**
 * Monitoring and evaluation of effective SOPs (*Monev*, regulations.md §1.7): Table 7 (*Monitoring Pelaksanaan SOP
 * AP*) per SOP, the yes/no evaluation criteria, and a round's progress, lateness and reminders. Pure: no I/O. The
 * criteria themselves are data (table monev_criteria); nothing here lists them.
 */

/** Column 3 of Table 7. */
export const MONEV_ASSESSMENTS = ['berjalan_baik', 'tidak_berjalan_baik'] as const;
export type MonevAssessment = (typeof MONEV_ASSESSMENTS)[number];

/** The monitoring methods of §1.7 (a–e). */
export const MONEV_METHODS = ['observasi', 'wawancara_pelaksana', 'wawancara_masyarakat', 'diskusi_kelompok', 'pengarahan'] as const;
export type MonevMethod = (typeof MONEV_METHODS)[number];

export const MONEV_REMINDER_KINDS = ['before_deadline', 'late', 'manual'] as const;
export type MonevReminderKind = (typeof MONEV_REMINDER_KINDS)[number];

/** Days before the deadline on which units that have not submitted are reminded, unless a round says otherwise. */
export const DEFAULT_REMINDER_DAYS = [7, 1] as const;

export interface AssessmentFields {
  assessment: MonevAssessment | null;
  notes: string;
  action: string;
  assessorName: string;
  assessorPosition: string;
  methods: readonly string[];
  /** criterion id → yes (true) / no (false); a missing key is unanswered. */
  criteria: Readonly<Record<string, boolean>>;
}

/** What is still missing in one SOP's row: field names, and `criteria.<id>` for each unanswered criterion. */
export type MissingField = 'assessment' | 'notes' | 'action' | 'assessorName' | 'assessorPosition' | 'methods' | `criteria.${string}`;

/**
 * The fields an assessment still lacks before the unit may submit. The action to take (column 5) is required
 * only for an SOP that does not work well; every active criterion must be answered yes or no.
 */
export function missingFields(a: AssessmentFields, criterionIds: readonly string[]): MissingField[] {
  const out: MissingField[] = [];
  if (!a.assessment) out.push('assessment');
  if (!a.notes.trim()) out.push('notes');
  if (a.assessment === 'tidak_berjalan_baik' && !a.action.trim()) out.push('action');
  if (!a.assessorName.trim()) out.push('assessorName');
  if (!a.assessorPosition.trim()) out.push('assessorPosition');
  if (!a.methods.some((m) => (MONEV_METHODS as readonly string[]).includes(m))) out.push('methods');
  for (const id of criterionIds) if (typeof a.criteria[id] !== 'boolean') out.push(`criteria.${id}`);
  return out;
}

export const isComplete = (a: AssessmentFields, criterionIds: readonly string[]) => missingFields(a, criterionIds).length === 0;

export interface EvaluationSummary {
  yes: number;
  no: number;
  answered: number;
  total: number;
  /**
   * Share of "Ya" among the answered criteria, rounded to a whole percent; null when nothing is answered. An
   * application convention (regulations.md §1.7), not a regulatory score.
   */
  percentYes: number | null;
}

const percent = (yes: number, answered: number) => (answered === 0 ? null : Math.round((yes / answered) * 100));

/** The evaluation of one SOP over the active criteria (answers to criteria no longer active are ignored). */
export function evaluationSummary(criteria: Readonly<Record<string, boolean>>, criterionIds: readonly string[]): EvaluationSummary {
  let yes = 0;
  let no = 0;
  for (const id of criterionIds) {
    if (criteria[id] === true) yes++;
    else if (criteria[id] === false) no++;
  }
  return { yes, no, answered: yes + no, total: criterionIds.length, percentYes: percent(yes, yes + no) };
}

/** The criteria answered "Tidak" for one SOP, in the order given. */
export const criteriaAnsweredNo = (criteria: Readonly<Record<string, boolean>>, criterionIds: readonly string[]) => criterionIds.filter((id) => criteria[id] === false);

export interface UnitSummary {
  /** SOPs in the round for the unit. */
  total: number;
  /** Rows with nothing missing. */
  complete: number;
  working: number;
  notWorking: number;
  /** Criteria answers over all the unit's SOPs. */
  yes: number;
  answered: number;
  percentYes: number | null;
}

/** One unit's results in a round: how many SOPs are assessed, how many work, and the criteria overall. */
export function unitSummary(rows: readonly AssessmentFields[], criterionIds: readonly string[]): UnitSummary {
  let complete = 0;
  let working = 0;
  let notWorking = 0;
  let yes = 0;
  let answered = 0;
  for (const r of rows) {
    if (isComplete(r, criterionIds)) complete++;
    if (r.assessment === 'berjalan_baik') working++;
    if (r.assessment === 'tidak_berjalan_baik') notWorking++;
    const e = evaluationSummary(r.criteria, criterionIds);
    yes += e.yes;
    answered += e.answered;
  }
  return { total: rows.length, complete, working, notWorking, yes, answered, percentYes: percent(yes, answered) };
}

// ---------------------------------------------------------------- dates (WIB calendar days, YYYY-MM-DD)

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The WIB (UTC+7) calendar date of an instant. */
export function wibDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The half-year that contains `today`: 1 January – 30 June or 1 July – 31 December (monitoring every six months). */
export function currentHalfYear(today: string): { start: string; end: string; half: 1 | 2; year: number } {
  const year = Number(today.slice(0, 4));
  const half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  return half === 1 ? { start: `${year}-01-01`, end: `${year}-06-30`, half, year } : { start: `${year}-07-01`, end: `${year}-12-31`, half, year };
}

export type RoundRefusal = 'period_order' | 'deadline_before_start' | 'deadline_past';

/** Checks a round's dates: the period runs forwards, the deadline is not before it starts, nor before today. */
export function roundDateProblems(r: { periodStart: string; periodEnd: string; deadline: string }, today: string): { field: 'periodEnd' | 'deadline'; code: RoundRefusal }[] {
  const out: { field: 'periodEnd' | 'deadline'; code: RoundRefusal }[] = [];
  if (r.periodEnd < r.periodStart) out.push({ field: 'periodEnd', code: 'period_order' });
  if (r.deadline < r.periodStart) out.push({ field: 'deadline', code: 'deadline_before_start' });
  else if (r.deadline < today) out.push({ field: 'deadline', code: 'deadline_past' });
  return out;
}

// ---------------------------------------------------------------- progress, lateness, reminders

/** A unit is late once the deadline's day has ended (WIB) and it has not submitted. */
export const isLate = (deadline: string, today: string, submitted: boolean) => !submitted && today > deadline;

export interface UnitProgress {
  assessed: number;
  total: number;
  submitted: boolean;
  late: boolean;
}

export function unitProgress(rows: readonly AssessmentFields[], criterionIds: readonly string[], r: { deadline: string; today: string; submitted: boolean }): UnitProgress {
  const s = unitSummary(rows, criterionIds);
  return { assessed: s.complete, total: s.total, submitted: r.submitted, late: isLate(r.deadline, r.today, r.submitted) };
}

/**
 * The scheduled reminders due today for a unit of an open round: `before_deadline` on each of `daysBefore` days
 * ahead of the deadline, and `late` every day after it. Nothing for a unit that has submitted.
 */
export function remindersDue(r: { today: string; deadline: string; daysBefore: readonly number[]; submitted: boolean }): Exclude<MonevReminderKind, 'manual'>[] {
  if (r.submitted) return [];
  if (r.today > r.deadline) return ['late'];
  const ahead = daysBetween(r.today, r.deadline);
  return r.daysBefore.includes(ahead) ? ['before_deadline'] : [];
}
