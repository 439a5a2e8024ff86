import { z } from 'zod';
import { STAGE_COUNT, STAGE_NUMBERS, type StageNumber } from './stages.ts';
import { isOpen, isPaused, type RequestState } from './states.ts';

/**
 * Working days of the service standard, counted on the calendar of Asia/Jakarta (WIB). WIB is UTC+7 and has had no
 * daylight saving since 1964, so a fixed offset is exact and needs no time-zone database.
 *
 * Counting rule: the day something starts is day 0, like "within 5 working days of receipt". So Monday → Wednesday
 * is 2, Friday → Monday is 1, and a stretch of time counts the working days after the date it starts, up to and
 * including the date it ends. Stretches that meet add up exactly.
 */

/** An instant (Date or ISO timestamp), or a WIB calendar date 'YYYY-MM-DD'. */
export type DateInput = Date | string;
/** WIB calendar dates 'YYYY-MM-DD' that are not working days, maintained by administrators. */
export type Holidays = Iterable<string>;

const WIB_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDay(text: string): number | null {
  const m = DATE_ONLY.exec(text);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === text ? ms / DAY_MS : null;
}

export const ZCalendarDate = z.string().refine((s) => calendarDay(s) !== null, { message: 'date_invalid' });

function toMs(input: DateInput): number {
  const day = typeof input === 'string' ? calendarDay(input) : null;
  const ms =
    day !== null ? day * DAY_MS - WIB_OFFSET_MS : typeof input === 'string' ? Date.parse(input) : input.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`invalid date: ${String(input)}`);
  return ms;
}

const dayOfMs = (ms: number): number => Math.floor((ms + WIB_OFFSET_MS) / DAY_MS);
const dayOf = (input: DateInput): number => dayOfMs(toMs(input));
const formatDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 0 = Monday … 6 = Sunday; day 0 (1970-01-01) was a Thursday. */
const weekday = (day: number): number => (((day + 3) % 7) + 7) % 7;
const isWeekday = (day: number): boolean => weekday(day) < 5;

/** The WIB calendar date of an instant, 'YYYY-MM-DD'. */
export function wibDate(input: DateInput): string {
  return formatDay(dayOf(input));
}

function holidayDays(holidays: Holidays): Set<number> {
  const days = new Set<number>();
  for (const h of holidays) {
    const day = calendarDay(h);
    if (day === null) throw new RangeError(`invalid holiday date: ${h}`);
    if (isWeekday(day)) days.add(day);
  }
  return days;
}

/** Mondays-to-Fridays among the days before `day`, counted from an arbitrary Monday. */
function weekdaysBefore(day: number): number {
  const sinceMonday = day - 4;
  const weeks = Math.floor(sinceMonday / 7);
  return weeks * 5 + Math.min(sinceMonday - weeks * 7, 5);
}

/** Working days in the days (fromDay, toDay]. */
function countWorking(fromDay: number, toDay: number, holidays: Set<number>): number {
  if (toDay <= fromDay) return 0;
  let n = weekdaysBefore(toDay + 1) - weekdaysBefore(fromDay + 1);
  for (const h of holidays) if (h > fromDay && h <= toDay) n--;
  return n;
}

export function isWorkingDay(date: DateInput, holidays: Holidays): boolean {
  const day = dayOf(date);
  return isWeekday(day) && !holidayDays(holidays).has(day);
}

/** Working days from `from` to `to` (see the counting rule above); negative when `to` comes first. */
export function workingDaysBetween(from: DateInput, to: DateInput, holidays: Holidays): number {
  const a = dayOf(from);
  const b = dayOf(to);
  const set = holidayDays(holidays);
  return a <= b ? countWorking(a, b, set) : -countWorking(b, a, set);
}

/** The earliest WIB date that is `n` working days after `date` ('YYYY-MM-DD'); n = 0 gives the date itself. */
export function addWorkingDays(date: DateInput, n: number, holidays: Holidays): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  const set = holidayDays(holidays);
  let day = dayOf(date);
  for (let left = n; left > 0; ) {
    day++;
    if (isWeekday(day) && !set.has(day)) left--;
  }
  return formatDay(day);
}

/** The request entered `state` at `stage` at instant `at`: one per recorded transition, in any order. */
export interface ClockEvent {
  at: DateInput;
  state: RequestState;
  stage: StageNumber | null;
}

export interface StageClock {
  stage: StageNumber;
  /** Working days the clock ran at this stage. */
  usedDays: number;
  /** Working days spent at this stage waiting for the unit (perlu_revisi) or on hold: not counted. */
  pausedDays: number;
  targetDays: number;
  overdue: boolean;
}

export interface RequestClock {
  stages: StageClock[];
  usedDays: number;
  targetDays: number;
  /** Some stage went past its target (the request is or was *Terlambat*). */
  overdue: boolean;
  /** The stage the request is at while still open; null for a draft or a closed request. */
  current: { stage: StageNumber; paused: boolean; usedDays: number; targetDays: number; overdue: boolean } | null;
}

export function stageClock(
  events: readonly ClockEvent[],
  standardDays: readonly number[],
  holidays: Holidays,
  now: DateInput,
): RequestClock {
  if (standardDays.length !== STAGE_COUNT) throw new RangeError(`expected ${STAGE_COUNT} stage targets`);
  const set = holidayDays(holidays);
  const nowMs = toMs(now);
  const timed = events.map((e) => ({ ...e, ms: toMs(e.at) })).sort((a, b) => a.ms - b.ms);
  const used = new Array<number>(STAGE_COUNT).fill(0);
  const paused = new Array<number>(STAGE_COUNT).fill(0);

  timed.forEach((e, i) => {
    if (e.stage === null) return;
    const endMs = Math.min(timed[i + 1]?.ms ?? nowMs, nowMs);
    const days = countWorking(dayOfMs(e.ms), dayOfMs(endMs), set);
    const index = STAGE_NUMBERS.indexOf(e.stage);
    if (e.state === 'diajukan') used[index] += days;
    else if (isPaused(e.state)) paused[index] += days;
  });

  const stages = STAGE_NUMBERS.map((stage, i) => ({
    stage,
    usedDays: used[i],
    pausedDays: paused[i],
    targetDays: standardDays[i],
    overdue: used[i] > standardDays[i],
  }));
  const last = timed.filter((e) => e.ms <= nowMs).at(-1);
  const at = last && last.stage !== null && isOpen(last.state) ? stages[STAGE_NUMBERS.indexOf(last.stage)] : null;
  return {
    stages,
    usedDays: used.reduce((s, d) => s + d, 0),
    targetDays: standardDays.reduce((s, d) => s + d, 0),
    overdue: stages.some((s) => s.overdue),
    current: at && {
      stage: at.stage,
      paused: isPaused(last!.state),
      usedDays: at.usedDays,
      targetDays: at.targetDays,
      overdue: at.overdue,
    },
  };
}
