import { successors } from './checker.ts';
import type { SopContent, TimeUnit } from './model.ts';

/**
 * Minutes per unit of *waktu* in the quality standard. A day is a working day of 7.5 hours (37.5 hours a week over
 * 5 days); a week is 5 working days, a month 20 (as the Perka BKN 19/2011 tables count) and a year 235 (the
 * working days behind the 1,250 hours of PermenPANRB 1/2020, regulations.md §2.4). The regulation fixes none of
 * these for SOPs, so callers may pass their own.
 */
export type TimeConvention = Record<TimeUnit, number>;
export const WORKING_DAY_MINUTES = 450;
export const DEFAULT_TIME_CONVENTION: TimeConvention = {
  menit: 1,
  jam: 60,
  hari: WORKING_DAY_MINUTES,
  minggu: 5 * WORKING_DAY_MINUTES,
  bulan: 20 * WORKING_DAY_MINUTES,
  tahun: 235 * WORKING_DAY_MINUTES,
};

export interface MainPath {
  /** Step ids along the main path, in the order they are carried out. */
  stepIds: string[];
  minutes: number;
  /** The total in working days (of the convention's day), hours and minutes, for display: 1 hari 2 jam 30 menit. */
  breakdown: { hari: number; jam: number; menit: number };
  /** Steps on the path that are not terminators and have no time: the total leaves them out. */
  untimedStepIds: string[];
  /** Whether the path reached an end (false: it came back to a step already on it, or into a missing exit). */
  complete: boolean;
}

/**
 * The main path: from the first step, follow each step's next (a decision's "Ya"), until the flow ends or comes back
 * to a step already on the path.
 */
export function mainPath(content: SopContent, convention: TimeConvention = DEFAULT_TIME_CONVENTION): MainPath {
  const { steps } = content;
  const indexOf = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!indexOf.has(s.id)) indexOf.set(s.id, i);
  });
  const visited = new Set<number>();
  const stepIds: string[] = [];
  const untimedStepIds: string[] = [];
  let minutes = 0;
  let complete = false;
  let at = steps.length > 0 ? 0 : -1;
  while (at >= 0 && !visited.has(at)) {
    visited.add(at);
    const step = steps[at];
    stepIds.push(step.id);
    if (step.time) minutes += step.time.value * convention[step.time.unit];
    else if (step.symbol !== 'terminator') untimedStepIds.push(step.id);
    const next = successors(steps, at, indexOf);
    if (next.ends) {
      complete = true;
      break;
    }
    at = next.targets[0] ?? -1;
  }
  return { stepIds, minutes, breakdown: breakdown(minutes, convention), untimedStepIds, complete };
}

export function breakdown(minutes: number, convention: TimeConvention = DEFAULT_TIME_CONVENTION): MainPath['breakdown'] {
  const rounded = Math.round(minutes);
  const hari = Math.floor(rounded / convention.hari);
  const rest = rounded - hari * convention.hari;
  const jam = Math.floor(rest / convention.jam);
  return { hari, jam, menit: rest - jam * convention.jam };
}
