import { describe, expect, it } from 'vitest';
import { countsPerStage, countsPerState, monthsOfYear, stageAverages, topWithOthers } from './dashboard.ts';

describe('dashboard figures', () => {
  it('fills in the stages, states and months without counts', () => {
    expect(countsPerStage([{ stage: 3, count: 2 }])).toEqual([1, 2, 3, 4, 5, 6].map((stage) => ({ stage, count: stage === 3 ? 2 : 0 })));
    expect(countsPerState([{ state: 'selesai', count: 4 }]).map((s) => `${s.state}:${s.count}`)).toEqual([
      'diajukan:0', 'perlu_revisi:0', 'ditunda:0', 'dibatalkan:0', 'ditolak:0', 'selesai:4',
    ]);
    const months = monthsOfYear(2026, [{ month: '2026-02', count: 5 }, { month: '2025-02', count: 9 }]);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: '2026-01', count: 0 });
    expect(months[1]).toEqual({ month: '2026-02', count: 5 });
    expect(months[11]).toEqual({ month: '2026-12', count: 0 });
  });

  it('averages the days per stage to one decimal, and leaves stages nobody went through empty', () => {
    const averages = stageAverages([{ stage: 1, usedSum: 10, targetSum: 9, count: 3 }, { stage: 2, usedSum: 7, targetSum: 10, count: 2 }]);
    expect(averages[0]).toEqual({ stage: 1, avgUsedDays: 3.3, targetDays: 3, count: 3 });
    expect(averages[1]).toEqual({ stage: 2, avgUsedDays: 3.5, targetDays: 5, count: 2 });
    expect(averages[5]).toEqual({ stage: 6, avgUsedDays: null, targetDays: null, count: 0 });
  });

  it('keeps the largest units and adds up the rest', () => {
    const units = ['A', 'B', 'C', 'D'].map((code, i) => ({ code, count: [5, 9, 5, 1][i], overdue: i }));
    const { top, others } = topWithOthers(units, 2);
    expect(top.map((u) => u.code)).toEqual(['B', 'A']);
    expect(others).toEqual({ size: 2, count: 6, overdue: 5 });
    expect(topWithOthers(units, 10).others).toEqual({ size: 0, count: 0, overdue: 0 });
  });
});
