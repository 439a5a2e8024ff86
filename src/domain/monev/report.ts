/**
 * The reports of monitoring and evaluation (*Laporan Monev*, issue 5): per round, per unit across rounds, and per SOP
 * over time. Pure: the server reads the rows, these functions shape them; the page, the spreadsheet and the PDF all
 * show what they return. "% Ya" (share of "Ya" among the answered criteria) is an application convention
 * (regulations.md §1.7), not a regulatory score.
 */
import { evaluationSummary, isLate, unitSummary, type AssessmentFields, type EvaluationSummary, type MonevAssessment, type UnitProgress, type UnitSummary } from './monev.ts';

export interface ReportCriterion {
  id: string;
  ordinal: number;
  textId: string;
  textEn: string;
  /** "perlu diverifikasi": not confirmed in the regulation's text. */
  unconfirmed: boolean;
}

export interface ReportRound {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  status: 'open' | 'closed';
}

export interface ReportRoundUnit {
  unitId: string;
  code: string;
  name: string;
  /** ISO instant, or null while the unit has not submitted. */
  submittedAt: string | null;
}

/** One assessment row (Table 7 + evaluation) with the registry entry it assessed. */
export interface ReportRow extends AssessmentFields {
  id: string;
  roundId: string;
  unitId: string;
  registryId: string;
  sopId: string;
  sopVersion: number;
  title: string;
  number: string;
  revisionRequestId: string | null;
}

export interface ReportSop {
  /** Column 1 of Table 7: the order within its unit, from 1. */
  no: number;
  id: string;
  registryId: string;
  sopId: string;
  sopVersion: number;
  title: string;
  number: string;
  assessment: MonevAssessment | null;
  notes: string;
  action: string;
  assessorName: string;
  assessorPosition: string;
  methods: string[];
  criteria: Record<string, boolean>;
  evaluation: EvaluationSummary;
  revisionRequestId: string | null;
}

export interface CriterionTally {
  id: string;
  yes: number;
  no: number;
  percentYes: number | null;
}

export interface RoundReportUnit {
  unitId: string;
  code: string;
  name: string;
  progress: UnitProgress;
  submittedAt: string | null;
  summary: UnitSummary;
  /** Each active criterion's answers over the unit's SOPs. */
  criteria: CriterionTally[];
  sops: ReportSop[];
}

export interface RoundReport {
  round: ReportRound;
  criteria: ReportCriterion[];
  totals: {
    units: number;
    submitted: number;
    late: number;
    sops: number;
    assessed: number;
    working: number;
    notWorking: number;
    /** SOPs without an assessment yet (column 3 empty). */
    unassessed: number;
    percentYes: number | null;
  };
  units: RoundReportUnit[];
}

const percent = (yes: number, answered: number) => (answered === 0 ? null : Math.round((yes / answered) * 100));

const byNumber = (a: { number: string; title: string }, b: { number: string; title: string }) =>
  a.number.localeCompare(b.number, 'id', { numeric: true }) || a.title.localeCompare(b.title, 'id');

const byPeriod = (a: ReportRound, b: ReportRound) => a.periodStart.localeCompare(b.periodStart) || a.periodEnd.localeCompare(b.periodEnd) || a.id.localeCompare(b.id);

function sopOf(row: ReportRow, no: number, ids: readonly string[]): ReportSop {
  return {
    no,
    id: row.id,
    registryId: row.registryId,
    sopId: row.sopId,
    sopVersion: row.sopVersion,
    title: row.title,
    number: row.number,
    assessment: row.assessment,
    notes: row.notes,
    action: row.action,
    assessorName: row.assessorName,
    assessorPosition: row.assessorPosition,
    methods: [...row.methods],
    criteria: { ...row.criteria },
    evaluation: evaluationSummary(row.criteria, ids),
    revisionRequestId: row.revisionRequestId,
  };
}

/** Each criterion's "Ya"/"Tidak" count over some rows. */
export function criterionTallies(rows: readonly Pick<AssessmentFields, 'criteria'>[], criteria: readonly ReportCriterion[]): CriterionTally[] {
  return criteria.map((c) => {
    let yes = 0;
    let no = 0;
    for (const r of rows) {
      if (r.criteria[c.id] === true) yes++;
      else if (r.criteria[c.id] === false) no++;
    }
    return { id: c.id, yes, no, percentYes: percent(yes, yes + no) };
  });
}

/**
 * One round: every unit (by code) with its progress (complete rows / SOPs, submitted, late), its Table 7 rows (by
 * SOP number), the criteria answers per unit, and the totals. `today` is the WIB date lateness is judged on.
 */
export function roundReport(input: { round: ReportRound; units: readonly ReportRoundUnit[]; rows: readonly ReportRow[]; criteria: readonly ReportCriterion[]; today: string }): RoundReport {
  const criteria = [...input.criteria].sort((a, b) => a.ordinal - b.ordinal);
  const ids = criteria.map((c) => c.id);
  const units = [...input.units].sort((a, b) => a.code.localeCompare(b.code, 'id') || a.name.localeCompare(b.name, 'id')).map((u): RoundReportUnit => {
    const rows = input.rows.filter((r) => r.unitId === u.unitId).sort(byNumber);
    const summary = unitSummary(rows, ids);
    const submitted = u.submittedAt !== null;
    return {
      unitId: u.unitId,
      code: u.code,
      name: u.name,
      progress: { assessed: summary.complete, total: summary.total, submitted, late: isLate(input.round.deadline, input.today, submitted) },
      submittedAt: u.submittedAt,
      summary,
      criteria: criterionTallies(rows, criteria),
      sops: rows.map((r, i) => sopOf(r, i + 1, ids)),
    };
  });
  const sum = (f: (u: RoundReportUnit) => number) => units.reduce((s, u) => s + f(u), 0);
  const yes = sum((u) => u.summary.yes);
  const answered = sum((u) => u.summary.answered);
  const sops = sum((u) => u.summary.total);
  const working = sum((u) => u.summary.working);
  const notWorking = sum((u) => u.summary.notWorking);
  return {
    round: input.round,
    criteria,
    totals: {
      units: units.length,
      submitted: units.filter((u) => u.progress.submitted).length,
      late: units.filter((u) => u.progress.late).length,
      sops,
      assessed: sum((u) => u.summary.complete),
      working,
      notWorking,
      unassessed: sops - working - notWorking,
      percentYes: percent(yes, answered),
    },
    units,
  };
}

/** How a figure moved from one round to the next: `up`, `down`, `same`, or null when either side is missing. */
export type Trend = 'up' | 'down' | 'same' | null;

export function trendOf(previous: number | null | undefined, current: number | null | undefined): Trend {
  if (previous === null || previous === undefined || current === null || current === undefined) return null;
  return current > previous ? 'up' : current < previous ? 'down' : 'same';
}

export interface UnitReportCell {
  assessmentId: string;
  registryId: string;
  sopVersion: number;
  number: string;
  assessment: MonevAssessment | null;
  notes: string;
  action: string;
  evaluation: EvaluationSummary;
  revisionRequestId: string | null;
}

export interface UnitReportRound {
  round: ReportRound;
  submittedAt: string | null;
  late: boolean;
  summary: UnitSummary;
  /** Each criterion's "Ya"/"Tidak" count over the unit's SOPs in this round. */
  criteria: CriterionTally[];
  /** % Ya against the unit's previous round in this report. */
  trend: Trend;
}

export interface UnitReport {
  criteria: ReportCriterion[];
  /** Oldest first: the columns. */
  rounds: UnitReportRound[];
  /** One line per SOP (all its versions together), by its latest number. */
  sops: Array<{
    sopId: string;
    title: string;
    number: string;
    /** Aligned with `rounds`: null where the SOP was not in that round. */
    cells: Array<UnitReportCell | null>;
    /** % Ya of the latest assessed round against the one before it. */
    trend: Trend;
  }>;
}

/** A unit's SOPs across rounds (oldest first), with the unit's summary and trend per round. */
export function unitReport(input: { rounds: readonly (ReportRound & { submittedAt: string | null })[]; rows: readonly ReportRow[]; criteria: readonly ReportCriterion[]; today: string }): UnitReport {
  const criteria = [...input.criteria].sort((a, b) => a.ordinal - b.ordinal);
  const ids = criteria.map((c) => c.id);
  const rounds = [...input.rounds].sort(byPeriod);
  const roundRows: UnitReportRound[] = [];
  for (const r of rounds) {
    const rows = input.rows.filter((x) => x.roundId === r.id);
    const summary = unitSummary(rows, ids);
    const { submittedAt, ...round } = r;
    roundRows.push({ round, submittedAt, late: isLate(r.deadline, input.today, submittedAt !== null), summary, criteria: criterionTallies(rows, criteria), trend: trendOf(roundRows.at(-1)?.summary.percentYes, summary.percentYes) });
  }
  const sopIds = [...new Set(input.rows.map((r) => r.sopId))];
  const sops = sopIds.map((sopId) => {
    const cells = rounds.map((round): UnitReportCell | null => {
      const row = input.rows.find((x) => x.roundId === round.id && x.sopId === sopId);
      return row
        ? { assessmentId: row.id, registryId: row.registryId, sopVersion: row.sopVersion, number: row.number, assessment: row.assessment, notes: row.notes, action: row.action, evaluation: evaluationSummary(row.criteria, ids), revisionRequestId: row.revisionRequestId }
        : null;
    });
    const latestIndex = cells.findLastIndex((c) => c !== null);
    const latest = input.rows.filter((x) => x.sopId === sopId).sort((a, b) => b.sopVersion - a.sopVersion)[0];
    const answered = cells.filter((c): c is UnitReportCell => c !== null && c.evaluation.percentYes !== null);
    return {
      sopId,
      title: latest.title,
      number: cells[latestIndex]?.number ?? latest.number,
      cells,
      trend: answered.length < 2 ? null : trendOf(answered.at(-2)!.evaluation.percentYes, answered.at(-1)!.evaluation.percentYes),
    };
  }).sort(byNumber);
  return { criteria, rounds: roundRows, sops };
}

export interface SopReportEntry {
  round: ReportRound;
  unitId: string;
  assessmentId: string;
  registryId: string;
  /** The registry version that was assessed in this round. */
  sopVersion: number;
  number: string;
  title: string;
  /** A different version from the previous entry's. */
  newVersion: boolean;
  assessment: MonevAssessment | null;
  notes: string;
  action: string;
  assessorName: string;
  assessorPosition: string;
  methods: string[];
  criteria: Record<string, boolean>;
  evaluation: EvaluationSummary;
  /** The facilitation request opened from this assessment (the revision path), if any. */
  revisionRequestId: string | null;
  trend: Trend;
}

/** One SOP (every registry version of it) across rounds, oldest first. */
export function sopReport(input: { rounds: readonly ReportRound[]; rows: readonly ReportRow[]; criteria: readonly ReportCriterion[] }): { criteria: ReportCriterion[]; entries: SopReportEntry[] } {
  const criteria = [...input.criteria].sort((a, b) => a.ordinal - b.ordinal);
  const ids = criteria.map((c) => c.id);
  const entries: SopReportEntry[] = [];
  for (const round of [...input.rounds].sort(byPeriod)) {
    for (const row of input.rows.filter((r) => r.roundId === round.id).sort((a, b) => a.sopVersion - b.sopVersion)) {
      const previous = entries.at(-1);
      const evaluation = evaluationSummary(row.criteria, ids);
      entries.push({
        round,
        unitId: row.unitId,
        assessmentId: row.id,
        registryId: row.registryId,
        sopVersion: row.sopVersion,
        number: row.number,
        title: row.title,
        newVersion: previous !== undefined && previous.sopVersion !== row.sopVersion,
        assessment: row.assessment,
        notes: row.notes,
        action: row.action,
        assessorName: row.assessorName,
        assessorPosition: row.assessorPosition,
        methods: [...row.methods],
        criteria: { ...row.criteria },
        evaluation,
        revisionRequestId: row.revisionRequestId,
        trend: trendOf(previous?.evaluation.percentYes, evaluation.percentYes),
      });
    }
  }
  return { criteria, entries };
}
