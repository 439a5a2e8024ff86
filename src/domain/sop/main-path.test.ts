import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_CONVENTION, breakdown, mainPath } from './main-path.ts';
import { sopStep, validSop } from './testing.ts';

describe('mainPath', () => {
  it('follows next and the "Ya" exits from the start to an end, adding up times in minutes', () => {
    const path = mainPath(validSop());
    expect(path.stepIds).toEqual(['s1', 's2', 's3', 's4', 's5']);
    // 2 hari + 1 jam + 30 menit, a day being 7.5 working hours
    expect(path.minutes).toBe(2 * 450 + 60 + 30);
    expect(path.breakdown).toEqual({ hari: 2, jam: 1, menit: 30 });
    expect(path).toMatchObject({ untimedStepIds: [], complete: true });
  });

  it('converts every unit by the documented convention, and takes another convention', () => {
    expect(DEFAULT_TIME_CONVENTION).toEqual({ menit: 1, jam: 60, hari: 450, minggu: 2250, bulan: 9000, tahun: 105_750 });
    const c = validSop();
    c.steps[1].time = { value: 1, unit: 'minggu' };
    c.steps[2].time = { value: 0.5, unit: 'bulan' };
    c.steps[3].time = { value: 1, unit: 'tahun' };
    expect(mainPath(c).minutes).toBe(2250 + 4500 + 105_750);
    expect(mainPath(validSop(), { ...DEFAULT_TIME_CONVENTION, hari: 300 }).minutes).toBe(600 + 60 + 30);
  });

  it('stops at a step already visited and lists steps without a time', () => {
    const c = validSop();
    c.steps[2].yes = 's2';
    c.steps[1].time = null;
    expect(mainPath(c)).toMatchObject({ stepIds: ['s1', 's2', 's3'], minutes: 60, untimedStepIds: ['s2'], complete: false });
  });

  it('follows explicit jumps and stops at an end in the middle of the list', () => {
    const c = validSop();
    c.steps[0].next = 's4';
    c.steps[3].next = null;
    c.steps[3].symbol = 'terminator';
    expect(mainPath(c)).toMatchObject({ stepIds: ['s1', 's4'], minutes: 30, complete: true });
  });

  it('stops at a decision without a "Ya" exit and at an empty SOP', () => {
    const c = validSop();
    c.steps[2].yes = null;
    expect(mainPath(c)).toMatchObject({ stepIds: ['s1', 's2', 's3'], complete: false });
    expect(mainPath({ ...c, steps: [] })).toMatchObject({ stepIds: [], minutes: 0, complete: false });
    expect(mainPath({ ...c, steps: [sopStep('x', 'terminator')] })).toMatchObject({ stepIds: ['x'], complete: true });
  });

  it('breaks minutes into working days, hours and minutes', () => {
    expect(breakdown(0)).toEqual({ hari: 0, jam: 0, menit: 0 });
    expect(breakdown(449)).toEqual({ hari: 0, jam: 7, menit: 29 });
    expect(breakdown(450 * 3 + 61)).toEqual({ hari: 3, jam: 1, menit: 1 });
  });
});
