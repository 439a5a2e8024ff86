import { describe, expect, it } from 'vitest';
import { computeAbk, ejBand, periodsPerYear, roundStaff, type AbkTask } from './abk.ts';
import type { RoundingMode } from './master.ts';
import { EJ_BANDS, WKE_2020 } from './testing.ts';

const master = (rounding: RoundingMode) => ({ workingTime: WKE_2020, rounding, ejBands: EJ_BANDS });
const task = (id: string, volume: number, period: AbkTask['period'], minutesPerResult: number): AbkTask => ({ id, resultUnit: 'Dokumen', volume, period, minutesPerResult });

describe('ABK', () => {
  it('converts daily, weekly and monthly volumes to a year by the effective working time of each period', () => {
    expect(periodsPerYear(WKE_2020, 'hari')).toBe(250);
    expect(periodsPerYear(WKE_2020, 'minggu')).toBe(50);
    expect(periodsPerYear(WKE_2020, 'bulan')).toBe(12);
    expect(periodsPerYear(WKE_2020, 'tahun')).toBe(1);
  });

  it('adds the workload of tasks entered per day, week, month and year (worked example)', () => {
    // 4 letters a day × 30 min = 250 × 120 = 30,000; 2 reports a week × 300 min = 50 × 600 = 30,000;
    // 3 reviews a month × 500 min = 12 × 1,500 = 18,000; 10 studies a year × 1,200 min = 12,000. Σ = 90,000 min.
    const tasks = [task('t1', 4, 'hari', 30), task('t2', 2, 'minggu', 300), task('t3', 3, 'bulan', 500), task('t4', 10, 'tahun', 1200)];
    const result = computeAbk(tasks, 1, master('HALF_UP'));
    expect(result.tasks.map((t) => [t.yearlyVolume, t.workload, t.staff])).toEqual([
      [1000, 30000, 0.4], [100, 30000, 0.4], [36, 18000, 0.24], [10, 12000, 0.16],
    ]);
    expect(result.workload).toBe(90000);
    expect(result.staffExact).toBe(1.2);
    expect(result.staffNeeded).toBe(1);
    expect(result.difference).toBe(0);
    expect(result.ej).toBe(1.2);
    expect(result.pj?.code).toBe('A');
    expect(computeAbk(tasks, 1, master('CEIL')).staffNeeded).toBe(2);
    expect(computeAbk(tasks, 1, master('CEIL')).difference).toBe(-1);
  });

  it('rounds once per position, not per task', () => {
    // Three tasks of 0.3 staff each: per-task ceiling would give 3; the position needs 0.9 → 1.
    const tasks = [task('a', 1, 'tahun', 22500), task('b', 1, 'tahun', 22500), task('c', 1, 'tahun', 22500)];
    expect(computeAbk(tasks, 2, master('CEIL')).staffNeeded).toBe(1);
    expect(computeAbk(tasks, 2, master('HALF_UP')).staffNeeded).toBe(1);
  });

  it('rounds half up and up at the edges, free of floating-point residue', () => {
    expect(roundStaff(2.5, 'HALF_UP')).toBe(3);
    expect(roundStaff(2.4999, 'HALF_UP')).toBe(2);
    expect(roundStaff(0.1 + 0.2 + 2.2, 'HALF_UP')).toBe(3); // 2.5000000000000004
    expect(roundStaff(2.0000000001, 'CEIL')).toBe(2);
    expect(roundStaff(2.0001, 'CEIL')).toBe(3);
    expect(roundStaff(0, 'CEIL')).toBe(0);
  });

  it('has no EJ without present staff', () => {
    const result = computeAbk([task('t', 1, 'tahun', 75000)], 0, master('HALF_UP'));
    expect(result).toMatchObject({ staffNeeded: 1, difference: -1, ej: null, pj: null });
  });

  it('places EJ in its band at the edges (EJ > 1,00 is A; 1,00 is B)', () => {
    const band = (ej: number) => ejBand(ej, EJ_BANDS)?.code;
    expect([1.0001, 1, 0.9, 0.8999, 0.7, 0.6999, 0.5, 0.4999, 0].map(band)).toEqual(['A', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E']);
  });
});
