import type { ClassBound, JobFactor } from './master.ts';

/**
 * *Evaluasi jabatan* (regulations.md §3): a level for each factor of the position's set; the points add up and the
 * class is the highest whose lowest total the sum reaches.
 */

export interface FactorChoice {
  code: string;
  level: number;
}

export type EvjabProblem =
  | { code: 'factor_missing'; factor: string }
  | { code: 'factor_unknown'; factor: string }
  | { code: 'level_unknown'; factor: string; level: number };

export interface EvjabResult {
  points: Array<{ code: string; level: number; points: number }>;
  total: number;
  /** Null until every factor has a valid level. */
  grade: number | null;
  problems: EvjabProblem[];
}

export function gradeOf(total: number, classes: readonly ClassBound[]): number | null {
  let best: ClassBound | null = null;
  for (const c of classes) if (total >= c.minPoints && (!best || c.minPoints > best.minPoints)) best = c;
  return best?.grade ?? null;
}

export function evaluateJob(factors: readonly JobFactor[], choices: readonly FactorChoice[], classes: readonly ClassBound[]): EvjabResult {
  const problems: EvjabProblem[] = [];
  const known = new Set(factors.map((f) => f.code));
  for (const choice of choices) if (!known.has(choice.code)) problems.push({ code: 'factor_unknown', factor: choice.code });
  const points: EvjabResult['points'] = [];
  for (const factor of factors) {
    const choice = choices.find((c) => c.code === factor.code);
    if (!choice) {
      problems.push({ code: 'factor_missing', factor: factor.code });
      continue;
    }
    const level = factor.levels.find((l) => l.level === choice.level);
    if (!level) {
      problems.push({ code: 'level_unknown', factor: factor.code, level: choice.level });
      continue;
    }
    points.push({ code: factor.code, level: level.level, points: level.points });
  }
  const total = points.reduce((sum, p) => sum + p.points, 0);
  return { points, total, grade: problems.length === 0 ? gradeOf(total, classes) : null, problems };
}

/** The lowest and highest totals a factor set can give (every factor at its lowest, or highest, level). */
export function pointRange(factors: readonly JobFactor[]): { min: number; max: number } {
  let min = 0;
  let max = 0;
  for (const f of factors) {
    const values = f.levels.map((l) => l.points);
    min += Math.min(...values);
    max += Math.max(...values);
  }
  return { min, max };
}
