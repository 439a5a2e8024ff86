import { STAGE_NUMBERS, type StageNumber } from '../workflow/stages.ts';
import { REQUEST_STATES, type RequestState } from '../workflow/states.ts';

/** Every stage once, in order, with the count found for it (0 when none). */
export function countsPerStage(rows: readonly { stage: number; count: number }[]): { stage: StageNumber; count: number }[] {
  return STAGE_NUMBERS.map((stage) => ({ stage, count: rows.find((r) => r.stage === stage)?.count ?? 0 }));
}

/** Every state but the draft's once, in workflow order, with its count (0 when none). */
export function countsPerState(rows: readonly { state: string; count: number }[]): { state: RequestState; count: number }[] {
  return REQUEST_STATES.filter((s) => s !== 'draf').map((state) => ({ state, count: rows.find((r) => r.state === state)?.count ?? 0 }));
}

/** The twelve months of `year` as 'YYYY-MM', each with its count (0 when none). */
export function monthsOfYear(year: number, rows: readonly { month: string; count: number }[]): { month: string; count: number }[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return { month, count: rows.find((r) => r.month === month)?.count ?? 0 };
  });
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/**
 * Average working days per stage, against the average standard of the same requests, from the sums of the
 * requests that went through the stage. A stage nobody went through has null averages.
 */
export function stageAverages(rows: readonly { stage: number; usedSum: number; targetSum: number; count: number }[]) {
  return STAGE_NUMBERS.map((stage) => {
    const r = rows.find((x) => x.stage === stage);
    const count = r?.count ?? 0;
    return {
      stage,
      avgUsedDays: r && count > 0 ? oneDecimal(r.usedSum / count) : null,
      targetDays: r && count > 0 ? oneDecimal(r.targetSum / count) : null,
      count,
    };
  });
}

/** The `n` largest by count (ties by code), and what the rest add up to. */
export function topWithOthers<T extends { code: string; count: number; overdue: number }>(rows: readonly T[], n: number) {
  const sorted = [...rows].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const rest = sorted.slice(n);
  return {
    top: sorted.slice(0, n),
    others: { size: rest.length, count: rest.reduce((s, r) => s + r.count, 0), overdue: rest.reduce((s, r) => s + r.overdue, 0) },
  };
}
