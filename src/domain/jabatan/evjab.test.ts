import { describe, expect, it } from 'vitest';
import { evaluateJob, gradeOf, pointRange } from './evjab.ts';
import { CLASSES, FUNGSIONAL_FACTORS, STRUKTURAL_FACTORS } from './testing.ts';
import type { JobFactor } from './master.ts';

const allAt = (factors: JobFactor[], pick: 'min' | 'max') =>
  factors.map((f) => ({ code: f.code, level: pick === 'min' ? 1 : f.levels.length }));

describe('job evaluation', () => {
  it('gives the fungsional/pelaksana minimum 190 → kelas 1 and maximum 4,480 → kelas 17', () => {
    expect(pointRange(FUNGSIONAL_FACTORS)).toEqual({ min: 190, max: 4480 });
    expect(evaluateJob(FUNGSIONAL_FACTORS, allAt(FUNGSIONAL_FACTORS, 'min'), CLASSES)).toMatchObject({ total: 190, grade: 1, problems: [] });
    expect(evaluateJob(FUNGSIONAL_FACTORS, allAt(FUNGSIONAL_FACTORS, 'max'), CLASSES)).toMatchObject({ total: 4480, grade: 17 });
  });

  it('gives the struktural minimum 1,165 → kelas 8', () => {
    expect(pointRange(STRUKTURAL_FACTORS).min).toBe(1165);
    expect(evaluateJob(STRUKTURAL_FACTORS, allAt(STRUKTURAL_FACTORS, 'min'), CLASSES)).toMatchObject({ total: 1165, grade: 8 });
  });

  it('puts every class boundary in the right class', () => {
    for (const { grade, minPoints } of CLASSES) {
      expect(gradeOf(minPoints, CLASSES), `${minPoints}`).toBe(grade);
      if (grade > 1) expect(gradeOf(minPoints - 1, CLASSES), `${minPoints - 1}`).toBe(grade - 1);
    }
    expect(gradeOf(189, CLASSES)).toBeNull();
    expect(gradeOf(99_999, CLASSES)).toBe(17);
  });

  it('adds a worked example: analis at 1-6, 2-4, 3-4, 4-4, 5-3, 6-3, 7-2, 8-1, 9-1', () => {
    const choices = [['1', 6], ['2', 4], ['3', 4], ['4', 4], ['5', 3], ['6', 3], ['7', 2], ['8', 1], ['9', 1]].map(([code, level]) => ({ code: String(code), level: Number(level) }));
    // 950 + 450 + 450 + 225 + 150 + 60 + 50 + 5 + 5 = 2,345 → kelas 12 (2,101–2,350).
    expect(evaluateJob(FUNGSIONAL_FACTORS, choices, CLASSES)).toMatchObject({ total: 2345, grade: 12 });
  });

  it('names a missing factor, an unknown factor and an unknown level, and gives no class then', () => {
    const choices = allAt(FUNGSIONAL_FACTORS, 'min').filter((c) => c.code !== '9').map((c) => (c.code === '2' ? { ...c, level: 7 } : c));
    const result = evaluateJob(FUNGSIONAL_FACTORS, [...choices, { code: '4A', level: 1 }], CLASSES);
    expect(result.grade).toBeNull();
    expect(result.problems).toEqual([
      { code: 'factor_unknown', factor: '4A' },
      { code: 'level_unknown', factor: '2', level: 7 },
      { code: 'factor_missing', factor: '9' },
    ]);
  });
});
