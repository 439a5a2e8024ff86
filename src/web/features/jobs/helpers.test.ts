import { describe, expect, it } from 'vitest';
import { CLASSES, EJ_BANDS, FUNGSIONAL_FACTORS, STRUKTURAL_FACTORS, WKE_2020, validAnjab, validEvjab } from '../../../domain/jabatan/testing.ts';
import type { JobMaster } from '../../api/jobs.ts';
import { fixed, linesToList, liveAbk, liveEvaluation, parseAmount, petaTree, signed } from './helpers.ts';

const prov = { source: 'uji', unconfirmed: false };
const master = (mode: 'HALF_UP' | 'CEIL' = 'HALF_UP'): JobMaster => ({
  year: 2026,
  version: 1,
  years: [2026],
  workingTime: { ...prov, minutes: WKE_2020.minutes },
  rounding: { ...prov, mode },
  ejBands: EJ_BANDS.map((b) => ({ ...b, ...prov })),
  factors: {
    fungsional_pelaksana: FUNGSIONAL_FACTORS.map((f) => ({ ...f, ...prov, levels: f.levels.map((l) => ({ ...l, placeholder: true })) })),
    struktural: STRUKTURAL_FACTORS.map((f) => ({ ...f, ...prov, levels: f.levels.map((l) => ({ ...l, placeholder: true })) })),
  },
  classes: CLASSES.map((c) => ({ ...c, ...prov, maxPoints: null })),
  competencies: [],
  references: { bakat_kerja: [], temperamen: [], minat: [], upaya_fisik: [], fungsi_data: [], fungsi_orang: [], fungsi_benda: [] },
  requiredLevels: [],
  actions: [],
});

describe('liveAbk', () => {
  it('computes the draft with the year master data: mixed periods, need unrounded and rounded, EJ and band', () => {
    const abk = liveAbk(validAnjab('', 2), master());
    expect(abk.workload).toBe(51_600);
    expect(abk.staffExact).toBe(0.688);
    expect(abk.staffNeeded).toBe(1);
    expect(abk.ej).toBe(0.344);
    expect(abk.pj?.code).toBe('E');
    expect(abk.difference).toBe(1);
    expect(abk.incomplete).toBe(0);
  });

  it('counts the tasks still missing volume or time, and rounds by the configured mode', () => {
    const c = validAnjab('', 1);
    c.tasks[2] = { ...c.tasks[2], minutesPerResult: null };
    c.tasks[0] = { ...c.tasks[0], volume: 5 }; // 250 × 5 × 30 = 37,500 + 14,400 = 51,900 → 0.692
    expect(liveAbk(c, master()).incomplete).toBe(1);
    expect(liveAbk(c, master()).staffExact).toBe(0.692);
    c.tasks[1] = { ...c.tasks[1], volume: 1 }; // 37,500 + 1,440 = 38,940 → 0.5192: HALF_UP 1, CEIL 1
    c.tasks[0] = { ...c.tasks[0], volume: 2 }; // 15,000 + 1,440 = 16,440 → 0.2192: HALF_UP 0, CEIL 1
    expect(liveAbk(c, master('HALF_UP')).staffNeeded).toBe(0);
    expect(liveAbk(c, master('CEIL')).staffNeeded).toBe(1);
  });
});

describe('liveEvaluation', () => {
  it('adds the points and finds the class (every factor at level 2: 715, kelas 6)', () => {
    const ev = liveEvaluation(validEvjab(''), master());
    expect(ev.total).toBe(715);
    expect(ev.grade).toBe(6);
  });
  it('gives no class while a factor is missing', () => {
    const c = validEvjab('');
    c.choices = c.choices.slice(1);
    const ev = liveEvaluation(c, master());
    expect(ev.grade).toBeNull();
    expect(ev.problems).toEqual([{ code: 'factor_missing', factor: '1' }]);
  });
});

describe('small helpers', () => {
  it('reads lists, amounts and formats numbers', () => {
    expect(linesToList(' a \n\n b\n')).toEqual(['a', 'b']);
    expect(parseAmount('2,5')).toBe(2.5);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
    expect(parseAmount('-1')).toBeNull();
    expect(fixed(0.688, 4, 'id')).toBe('0,6880');
    expect(fixed(1250.5, 1, 'en')).toBe('1,250.5');
    expect(signed(1)).toBe('+1');
    expect(signed(-2)).toBe('-2');
  });

  it('builds the peta jabatan tree from the depth-first list', () => {
    const node = (unitId: string, parentId: string | null, depth: number) => ({ unitId, parentId, depth, code: unitId, name: unitId, positions: [] });
    const tree = petaTree([node('a', null, 0), node('b', 'a', 1), node('c', 'b', 2), node('d', 'a', 1)]);
    expect(tree?.unitId).toBe('a');
    expect(tree?.children.map((c) => c.unitId)).toEqual(['b', 'd']);
    expect(tree?.children[0].children.map((c) => c.unitId)).toEqual(['c']);
  });
});
