import { describe, expect, it } from 'vitest';
import type { JobMasterData } from './master.ts';
import { jobReadinessProblems } from './readiness.ts';
import { CLASSES, EJ_BANDS, FUNGSIONAL_FACTORS, STRUKTURAL_FACTORS, WKE_2020, validAnjab, validEvjab, validSkj } from './testing.ts';

const master: JobMasterData = {
  year: 2026, workingTime: WKE_2020, rounding: 'HALF_UP', ejBands: EJ_BANDS,
  factors: { fungsional_pelaksana: FUNGSIONAL_FACTORS, struktural: STRUKTURAL_FACTORS }, classes: CLASSES,
};
const dictionary = new Set(['M.01', 'M.02', 'SK.01']);

describe('job documents ready for a request', () => {
  it('accepts the complete Anjab, Evjab and SKJ', () => {
    for (const c of [validAnjab(), validEvjab(), validSkj()]) expect(jobReadinessProblems(c, master, dictionary)).toEqual([]);
  });

  it('needs an Anjab with tasks, each with description, volume and time', () => {
    expect(jobReadinessProblems({ ...validAnjab(), tasks: [] }, master, dictionary)).toEqual([{ code: 'anjab_no_tasks' }]);
    const a = validAnjab();
    const tasks = a.tasks.map((t, i) => (i === 0 ? { ...t, volume: null } : i === 1 ? { ...t, description: ' ' } : t));
    expect(jobReadinessProblems({ ...a, tasks }, master, dictionary)).toEqual([{ code: 'anjab_tasks_incomplete', count: 2 }]);
  });

  it('needs an Evjab whose factors give a class', () => {
    const e = validEvjab();
    expect(jobReadinessProblems({ ...e, choices: e.choices.slice(2) }, master, dictionary)).toEqual([{ code: 'evjab_no_class', count: 2 }]);
    expect(jobReadinessProblems({ ...e, choices: e.choices.map((c) => (c.code === '8' ? { ...c, level: 9 } : c)) }, master, dictionary)).toEqual([{ code: 'evjab_no_class', count: 1 }]);
  });

  it('needs an SKJ with competencies of the dictionary', () => {
    expect(jobReadinessProblems({ ...validSkj(), managerial: [], socioCultural: [] }, master, dictionary)).toEqual([{ code: 'skj_no_competencies' }]);
    expect(jobReadinessProblems({ ...validSkj(), managerial: [{ code: 'M.09', level: 1 }] }, master, dictionary)).toEqual([{ code: 'skj_competency_unknown', competency: 'M.09' }]);
  });
});
