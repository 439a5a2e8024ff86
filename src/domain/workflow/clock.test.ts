import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isWorkingDay,
  stageClock,
  wibDate,
  workingDaysBetween,
  ZCalendarDate,
  type ClockEvent,
} from './clock.ts';

// 2026-01-05 and 2026-08-17 are Mondays; 2026-12-31 is a Thursday and 2027-01-01 a Friday.
const NONE: string[] = [];

describe('working days (WIB)', () => {
  it.each([
    ['2026-01-05', '2026-01-05', 0],
    ['2026-01-05', '2026-01-09', 4],
    ['2026-01-05', '2026-01-12', 5],
    ['2026-01-09', '2026-01-12', 1],
    ['2026-01-10', '2026-01-12', 1],
    ['2026-01-09', '2026-01-11', 0],
    ['2026-01-09', '2026-01-05', -4],
  ])('%s → %s is %i across weekends', (from, to, n) => {
    expect(workingDaysBetween(from, to, NONE)).toBe(n);
  });

  it('skips a holiday on a weekday and ignores one on a weekend or listed twice', () => {
    expect(workingDaysBetween('2026-08-14', '2026-08-18', NONE)).toBe(2);
    expect(workingDaysBetween('2026-08-14', '2026-08-18', ['2026-08-17'])).toBe(1);
    expect(workingDaysBetween('2026-08-14', '2026-08-18', ['2026-08-17', '2026-08-17', '2026-08-15'])).toBe(1);
    expect(workingDaysBetween('2026-08-14', '2026-08-18', new Set(['2026-08-17']))).toBe(1);
  });

  it('crosses the year boundary', () => {
    expect(workingDaysBetween('2026-12-31', '2027-01-04', NONE)).toBe(2);
    expect(workingDaysBetween('2026-12-31', '2027-01-04', ['2027-01-01'])).toBe(1);
    expect(workingDaysBetween('2026-12-24', '2027-01-07', ['2026-12-25', '2027-01-01'])).toBe(8);
  });

  it('reads instants on the WIB calendar', () => {
    expect(wibDate('2026-01-05T16:59:59Z')).toBe('2026-01-05');
    expect(wibDate('2026-01-05T17:00:00Z')).toBe('2026-01-06');
    expect(wibDate(new Date('2026-01-09T18:00:00Z'))).toBe('2026-01-10');
    expect(wibDate('2026-01-05')).toBe('2026-01-05');
    expect(workingDaysBetween('2026-01-05T08:00:00+07:00', '2026-01-09T18:00:00Z', NONE)).toBe(4);
    expect(workingDaysBetween('2026-01-04T20:00:00Z', '2026-01-05T16:00:00Z', NONE)).toBe(0);
  });

  it('agrees with counting day by day', () => {
    const holidays = ['2026-01-01', '2026-03-20', '2026-05-01', '2026-08-17', '2026-12-25', '2027-01-01'];
    const dates: string[] = [];
    for (let d = new Date('2025-12-20'); d <= new Date('2027-01-15'); d.setUTCDate(d.getUTCDate() + 1)) {
      dates.push(d.toISOString().slice(0, 10));
    }
    const working = dates.map((d) => ![0, 6].includes(new Date(d).getUTCDay()) && !holidays.includes(d));
    for (let i = 0; i < dates.length; i += 3) {
      for (let j = i; j < dates.length; j += 11) {
        const naive = working.slice(i + 1, j + 1).filter(Boolean).length;
        expect(workingDaysBetween(dates[i], dates[j], holidays), `${dates[i]} → ${dates[j]}`).toBe(naive);
      }
    }
  });

  it('adds working days to reach the earliest such date', () => {
    expect(addWorkingDays('2026-01-09', 1, NONE)).toBe('2026-01-12');
    expect(addWorkingDays('2026-01-05', 5, NONE)).toBe('2026-01-12');
    expect(addWorkingDays('2026-12-31', 1, ['2027-01-01'])).toBe('2027-01-04');
    expect(addWorkingDays('2026-01-11', 0, NONE)).toBe('2026-01-11');
    expect(addWorkingDays('2026-08-14T23:30:00+07:00', 1, ['2026-08-17'])).toBe('2026-08-18');
    for (const start of ['2026-12-19', '2026-12-24', '2026-12-31', '2027-01-01']) {
      for (let n = 1; n <= 15; n++) {
        const due = addWorkingDays(start, n, ['2026-12-25', '2027-01-01']);
        expect(workingDaysBetween(start, due, ['2026-12-25', '2027-01-01'])).toBe(n);
        expect(isWorkingDay(due, ['2026-12-25', '2027-01-01'])).toBe(true);
      }
    }
    expect(() => addWorkingDays('2026-01-05', -1, NONE)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', 1.5, NONE)).toThrow(RangeError);
  });

  it('tells working days apart', () => {
    expect(isWorkingDay('2026-08-17', ['2026-08-17'])).toBe(false);
    expect(isWorkingDay('2026-08-16', NONE)).toBe(false);
    expect(isWorkingDay('2026-08-18', ['2026-08-17'])).toBe(true);
  });

  it('refuses dates that do not exist', () => {
    expect(ZCalendarDate.safeParse('2026-02-28').success).toBe(true);
    expect(ZCalendarDate.safeParse('2026-02-30').success).toBe(false);
    expect(ZCalendarDate.safeParse('2026-2-3').success).toBe(false);
    expect(() => workingDaysBetween('2026-01-05', '2026-01-09', ['2026-13-01'])).toThrow(RangeError);
    expect(() => wibDate('kemarin')).toThrow(RangeError);
  });
});

const at = (wib: string) => `${wib}:00+07:00`;
const STANDARD = [2, 3, 3, 3, 5, 2];

describe('the service-standard clock', () => {
  it('counts each stage, leaving out revision and hold, and flags the overdue stage', () => {
    const events: ClockEvent[] = [
      { at: at('2026-08-03T09:00'), state: 'draf', stage: null },
      { at: at('2026-08-04T10:00'), state: 'diajukan', stage: 1 },
      { at: at('2026-08-06T14:00'), state: 'diajukan', stage: 2 },
      { at: at('2026-08-07T09:00'), state: 'perlu_revisi', stage: 2 },
      { at: at('2026-08-12T15:00'), state: 'diajukan', stage: 2 },
      { at: at('2026-08-14T11:00'), state: 'diajukan', stage: 3 },
      { at: at('2026-08-14T16:00'), state: 'ditunda', stage: 3 },
      { at: at('2026-08-19T08:00'), state: 'diajukan', stage: 3 },
    ];
    const clock = stageClock([...events].reverse(), STANDARD, ['2026-08-17'], at('2026-08-25T12:00'));
    expect(clock.stages.slice(0, 3)).toEqual([
      { stage: 1, usedDays: 2, pausedDays: 0, targetDays: 2, overdue: false },
      { stage: 2, usedDays: 3, pausedDays: 3, targetDays: 3, overdue: false },
      { stage: 3, usedDays: 4, pausedDays: 2, targetDays: 3, overdue: true },
    ]);
    expect(clock.stages[5]).toEqual({ stage: 6, usedDays: 0, pausedDays: 0, targetDays: 2, overdue: false });
    expect(clock).toMatchObject({ usedDays: 9, targetDays: 18, overdue: true });
    expect(clock.current).toEqual({ stage: 3, paused: false, usedDays: 4, targetDays: 3, overdue: true });
  });

  it('stands still while the unit revises, across the new year', () => {
    const events: ClockEvent[] = [
      { at: at('2026-12-28T09:00'), state: 'diajukan', stage: 4 },
      { at: at('2026-12-30T09:00'), state: 'perlu_revisi', stage: 4 },
      { at: at('2027-01-05T09:00'), state: 'diajukan', stage: 4 },
    ];
    const clock = stageClock(events, STANDARD, ['2027-01-01'], at('2027-01-07T17:00'));
    expect(clock.stages[3]).toEqual({ stage: 4, usedDays: 4, pausedDays: 3, targetDays: 3, overdue: true });

    const waiting = stageClock(events.slice(0, 2), STANDARD, ['2027-01-01'], at('2027-02-26T17:00'));
    expect(waiting.stages[3].usedDays).toBe(2);
    expect(waiting.current).toEqual({ stage: 4, paused: true, usedDays: 2, targetDays: 3, overdue: false });
  });

  it('stops at completion and when closed', () => {
    const events: ClockEvent[] = [
      { at: at('2026-08-03T09:00'), state: 'diajukan', stage: 6 },
      { at: at('2026-08-05T09:00'), state: 'selesai', stage: 6 },
    ];
    const clock = stageClock(events, STANDARD, [], at('2026-12-01T09:00'));
    expect(clock.stages[5]).toMatchObject({ usedDays: 2, overdue: false });
    expect(clock.current).toBeNull();
    const rejected = stageClock([events[0], { ...events[1], state: 'ditolak' }], STANDARD, [], at('2026-12-01T09:00'));
    expect(rejected.usedDays).toBe(2);
    expect(rejected.current).toBeNull();
  });

  it('shows nothing for a draft and ignores what lies after now', () => {
    const draft = stageClock([{ at: at('2026-08-03T09:00'), state: 'draf', stage: null }], STANDARD, [], at('2026-09-01T09:00'));
    expect(draft).toMatchObject({ usedDays: 0, targetDays: 18, overdue: false, current: null });
    const early = stageClock(
      [
        { at: at('2026-08-03T09:00'), state: 'diajukan', stage: 1 },
        { at: at('2026-08-20T09:00'), state: 'diajukan', stage: 2 },
      ],
      STANDARD,
      [],
      at('2026-08-05T09:00'),
    );
    expect(early.stages[0].usedDays).toBe(2);
    expect(early.stages[1].usedDays).toBe(0);
    expect(early.current).toMatchObject({ stage: 1, usedDays: 2 });
  });

  it('needs one target per stage', () => {
    expect(() => stageClock([], [1, 2, 3], [], '2026-08-03')).toThrow(RangeError);
  });
});
