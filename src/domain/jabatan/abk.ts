import type { EffectiveWorkingTime, EjBand, RoundingMode, WorkPeriod } from './master.ts';

/**
 * *Analisis beban kerja* (regulations.md §2.3–§2.6): workload = volume × standard time; staff needed = Σ workload ÷
 * effective working time, rounded once per position by the configured mode; EJ = Σ workload ÷ (present staff ×
 * effective working time); PJ is EJ's band.
 */

export interface AbkTask {
  id: string;
  /** Result unit (*satuan hasil*), e.g. "Dokumen". */
  resultUnit: string;
  /** *Jumlah hasil* in `period`. */
  volume: number;
  period: WorkPeriod;
  /** *Norma waktu*: minutes to produce one result. */
  minutesPerResult: number;
}

export interface AbkTaskResult {
  id: string;
  /** The task's volume over a year. */
  yearlyVolume: number;
  /** Minutes of work a year. */
  workload: number;
  /** Staff this task alone needs, unrounded (4 decimals). */
  staff: number;
}

export interface AbkResult {
  tasks: AbkTaskResult[];
  /** Σ workload, minutes a year. */
  workload: number;
  /** Staff needed, unrounded (4 decimals), and rounded once for the position. */
  staffExact: number;
  staffNeeded: number;
  staffPresent: number;
  /** Present − needed: negative is a shortage. */
  difference: number;
  /** Null when nobody holds the position. */
  ej: number | null;
  pj: EjBand | null;
}

const DECIMALS = 4;
export const round4 = (value: number) => Math.round((value + Number.EPSILON) * 10 ** DECIMALS) / 10 ** DECIMALS;

/** How many of `period` fit in a year by the effective working time of that year (e.g. 75,000 ÷ 300 = 250 days). */
export function periodsPerYear(time: EffectiveWorkingTime, period: WorkPeriod): number {
  return time.minutes.tahun / time.minutes[period];
}

export function roundStaff(exact: number, mode: RoundingMode): number {
  const value = round4(exact);
  return mode === 'CEIL' ? Math.ceil(value) : Math.floor(value + 0.5);
}

/** The band EJ falls in: the one with the highest `min` not above it. */
export function ejBand(ej: number, bands: readonly EjBand[]): EjBand | null {
  let best: EjBand | null = null;
  for (const band of bands) {
    const inside = band.minInclusive ? ej >= band.min : ej > band.min;
    if (inside && (!best || band.min > best.min)) best = band;
  }
  return best;
}

export function computeAbk(
  tasks: readonly AbkTask[],
  staffPresent: number,
  master: { workingTime: EffectiveWorkingTime; rounding: RoundingMode; ejBands: readonly EjBand[] },
): AbkResult {
  const yearMinutes = master.workingTime.minutes.tahun;
  const results = tasks.map((task): AbkTaskResult => {
    const yearlyVolume = task.volume * periodsPerYear(master.workingTime, task.period);
    const workload = yearlyVolume * task.minutesPerResult;
    return { id: task.id, yearlyVolume: round4(yearlyVolume), workload: round4(workload), staff: round4(workload / yearMinutes) };
  });
  const workload = round4(results.reduce((sum, r) => sum + r.workload, 0));
  const staffExact = round4(workload / yearMinutes);
  const staffNeeded = roundStaff(staffExact, master.rounding);
  const ej = staffPresent > 0 ? round4(workload / (staffPresent * yearMinutes)) : null;
  return {
    tasks: results,
    workload,
    staffExact,
    staffNeeded,
    staffPresent,
    difference: staffPresent - staffNeeded,
    ej,
    pj: ej === null ? null : ejBand(ej, master.ejBands),
  };
}
