import { describe, expect, it } from 'vitest';
import type { BureauDashboard } from '../../../api/types.ts';
import { byService, completions, monthLabel, perStage, stageTimes, summary, topUnits } from './figures.ts';

const data: BureauDashboard = {
  year: 2026,
  total: 12,
  byStage: [
    { stage: 1, count: 2 },
    { stage: 3, count: 4 },
    { stage: 6, count: 6 },
  ],
  byState: [
    { state: 'diajukan', count: 5 },
    { state: 'perlu_revisi', count: 1 },
    { state: 'ditunda', count: 1 },
    { state: 'ditolak', count: 1 },
    { state: 'selesai', count: 4 },
  ],
  byService: [{ code: 'SOP', name: 'Fasilitasi Penyusunan SOP', nameEn: 'SOP drafting', count: 3, overdue: 1 }],
  byUnit: Array.from({ length: 18 }, (_, i) => ({ unitId: `u${i}`, code: `U${String(i).padStart(2, '0')}`, name: `Unit ${i}`, count: i % 5, overdue: 0 })),
  otherUnits: { units: 0, count: 0, overdue: 0 },
  overdue: { total: 2, byStage: [{ stage: 3, count: 2 }] },
  stageTimes: [
    { stage: 2, avgUsedDays: 4.26, targetDays: 5, count: 7 },
    { stage: 3, avgUsedDays: null, targetDays: null, count: 0 },
  ],
  completionsPerMonth: [
    { month: '2026-11', count: 1 },
    { month: '2025-12', count: 5 },
    { month: '2026-02', count: 3 },
  ],
};

describe('dashboard figures', () => {
  it('lists all six stages, zero where no request is', () => {
    const stages = perStage(data.byStage, 'id');
    expect(stages.map((s) => s.count)).toEqual([2, 0, 4, 0, 0, 6]);
    expect(stages[2]).toEqual({ stage: 3, label: 'Tahap 3', name: 'Analisis dan Identifikasi', count: 4 });
    expect(perStage([], 'en')[5].label).toBe('Stage 6');
  });

  it('rounds the average working days to one decimal and keeps the target beside it; no average where none went through', () => {
    const times = stageTimes(data.stageTimes, 'id');
    expect(times).toHaveLength(6);
    expect(times[1]).toMatchObject({ stage: 2, avgUsedDays: 4.3, targetDays: 5, count: 7 });
    expect(times[2]).toMatchObject({ stage: 3, avgUsedDays: null, targetDays: null, count: 0 });
    expect(times[0]).toMatchObject({ avgUsedDays: null, targetDays: null, count: 0 });
  });

  it('keeps the 15 units with the most requests, most first', () => {
    const top = topUnits(data.byUnit);
    expect(top).toHaveLength(15);
    expect(top[0].count).toBe(4);
    expect(top.map((u) => u.count)).toEqual([...top.map((u) => u.count)].sort((a, b) => b - a));
    expect(top.slice(0, 3).map((u) => u.code)).toEqual(['U04', 'U09', 'U14']);
  });

  it('names services in the interface language', () => {
    expect(byService(data.byService, 'en')[0]).toMatchObject({ label: 'SOP', fullName: 'SOP drafting' });
    expect(byService(data.byService, 'id')[0].fullName).toBe('Fasilitasi Penyusunan SOP');
  });

  it('orders the months and names them', () => {
    expect(completions(data.completionsPerMonth, 'en').map((m) => m.month)).toEqual(['2025-12', '2026-02', '2026-11']);
    expect(monthLabel('2026-08', 'id')).toMatch(/^Agu(s|st)?\.? 2026$/);
    expect(monthLabel('2026-08', 'en')).toBe('Aug 2026');
    expect(monthLabel('garbage', 'en')).toBe('garbage');
  });

  it('sums the open states as in progress, and the completions of the dashboard\'s year', () => {
    expect(summary(data)).toEqual({ total: 12, inProgress: 7, overdue: 2, completed: 4 });
    expect(summary({ ...data, year: 2025 }).completed).toBe(5);
  });
});
