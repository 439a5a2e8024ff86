import { describe, expect, it } from 'vitest';
import { computeAbk } from './abk.ts';
import { abkTasksOf } from './model.ts';
import { ZAnjabContent, ZEvjabContent, ZJobDocumentContent, ZSkjContent, emptyJobContent } from './schema.ts';
import { EJ_BANDS, WKE_2020, validAnjab, validEvjab, validSkj } from './testing.ts';

const issues = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};
const position = { id: '0b7c5a1e-3f51-4c1e-9d1a-6f1f0c9b2a11', name: 'Analis Tata Laksana', kind: 'fungsional' as const, unit: 'Bagian OTL' };

describe('job document schemas', () => {
  it('accepts complete documents and the empty draft of every kind', () => {
    expect(issues(ZAnjabContent, validAnjab())).toEqual([]);
    expect(issues(ZEvjabContent, validEvjab())).toEqual([]);
    expect(issues(ZSkjContent, validSkj())).toEqual([]);
    for (const kind of ['anjab', 'evjab', 'skj'] as const) expect(issues(ZJobDocumentContent, emptyJobContent(kind, position))).toEqual([]);
  });

  it('starts an Evjab with the factor set of the position kind', () => {
    expect(emptyJobContent('evjab', { ...position, kind: 'struktural' })).toMatchObject({ factorSet: 'struktural', positionId: position.id });
    expect(emptyJobContent('evjab', { ...position, kind: 'pelaksana' })).toMatchObject({ factorSet: 'fungsional_pelaksana' });
    expect(emptyJobContent('anjab', position)).toMatchObject({ identity: { positionId: position.id, name: 'Analis Tata Laksana', unit: 'Bagian OTL', kind: 'fungsional' }, presentStaff: 0 });
  });

  it('accepts tasks whose volume or time is still unknown, and leaves them out of the ABK', () => {
    const c = validAnjab();
    c.tasks[1].volume = null;
    c.tasks[2].minutesPerResult = null;
    expect(issues(ZAnjabContent, c)).toEqual([]);
    expect(abkTasksOf(c).map((t) => t.id)).toEqual(['t1']);
    expect(computeAbk(abkTasksOf(c), 2, { workingTime: WKE_2020, rounding: 'HALF_UP', ejBands: EJ_BANDS }).workload).toBe(30000);
  });

  it('computes the worked example of the test Anjab (mixed periods)', () => {
    const result = computeAbk(abkTasksOf(validAnjab()), 2, { workingTime: WKE_2020, rounding: 'HALF_UP', ejBands: EJ_BANDS });
    expect(result).toMatchObject({ workload: 51600, staffExact: 0.688, staffNeeded: 1, difference: 1, ej: 0.344, pj: { code: 'E' } });
  });

  it('refuses malformed Anjab content with the field path and message key', () => {
    const c = validAnjab();
    c.tasks[1].id = 't1';
    c.tasks[0].volume = 0;
    c.tasks[2].minutesPerResult = -5;
    (c.tasks[0] as { period: string }).period = 'jam';
    c.presentStaff = 1.5;
    c.tasks[2].id = 'bad id';
    expect(issues(ZAnjabContent, c)).toEqual(expect.arrayContaining([
      'tasks.0.volume:job_volume_positive',
      'tasks.2.minutesPerResult:job_minutes_positive',
      expect.stringMatching(/^tasks\.0\.period:/),
      expect.stringMatching(/^presentStaff:/),
      'tasks.2.id:job_id_invalid',
    ]));
    const dup = validAnjab();
    dup.tasks[2].id = 't1';
    expect(issues(ZAnjabContent, dup)).toEqual(['tasks.2.id:job_duplicate_id']);
    expect(issues(ZAnjabContent, { ...validAnjab(), colour: 'red' })[0]).toMatch(/^:/);
    expect(issues(ZAnjabContent, { ...validAnjab(), tasks: Array.from({ length: 101 }, (_, i) => ({ ...validAnjab().tasks[0], id: `t${i}` })) })[0]).toMatch(/^tasks:/);
  });

  it('refuses an Evjab scoring a factor twice or with a malformed code', () => {
    const c = validEvjab();
    c.choices[2].code = 'x';
    expect(issues(ZEvjabContent, c)).toEqual(['choices.2.code:job_factor_code_invalid']);
    const twice = validEvjab();
    twice.choices[1].code = '1';
    expect(issues(ZEvjabContent, twice)).toEqual(['choices.1.code:job_duplicate_factor']);
    const date = validEvjab();
    date.validation.decisionDate = '2026-02-30';
    expect(issues(ZEvjabContent, date)).toEqual(['validation.decisionDate:date_invalid']);
  });

  it('refuses SKJ levels outside 1–5, duplicate competencies and an unknown importance', () => {
    const c = validSkj();
    c.socioCultural[0].level = 6;
    (c.requirements.education[0] as { importance: string }).importance = 'wajib';
    expect(issues(ZSkjContent, c)).toEqual([
      expect.stringMatching(/^socioCultural\.0\.level:/),
      expect.stringMatching(/^requirements\.education\.0\.importance:/),
    ]);
    const twice = validSkj();
    twice.managerial[1] = { code: 'M.01', level: 3 };
    twice.socioCultural.push({ code: 'SK.01', level: 1 });
    expect(issues(ZSkjContent, twice)).toEqual(['managerial.1.code:job_duplicate_competency', 'socioCultural.1.code:job_duplicate_competency']);
  });

  it('tells the kinds apart by their `kind`', () => {
    expect(issues(ZJobDocumentContent, { ...validEvjab(), kind: 'abk' })[0]).toMatch(/^kind:/);
    expect(issues(ZJobDocumentContent, { ...validSkj(), kind: 'anjab' }).length).toBeGreaterThan(0);
  });
});
