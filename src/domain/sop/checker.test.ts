import { describe, expect, it } from 'vitest';
import { checkSop, countProblems, hasErrors, type SopProblem } from './checker.ts';
import type { SopContent } from './model.ts';
import { largeSop, sopStep, validSop } from './testing.ts';

const codes = (problems: SopProblem[]) => problems.map((p) => `${p.severity}:${p.code}:${p.path}`);
const edit = (change: (c: SopContent) => void) => {
  const c = structuredClone(validSop());
  change(c);
  return checkSop(c);
};

describe('checkSop', () => {
  it('finds nothing wrong with a complete SOP, loop-back included', () => {
    expect(checkSop(validSop())).toEqual([]);
    expect(hasErrors([])).toBe(false);
  });

  it('requires the identity fields of a submission, not the others', () => {
    const problems = edit((c) => {
      c.identity.title = ' ';
      c.identity.unitId = '';
      c.identity.ratifiedBy = { position: '', name: '', nip: '' };
      c.identity.number = '';
      c.identity.legalBasis = [];
    });
    expect(codes(problems)).toEqual([
      'error:identity_required:identity.unitId',
      'error:identity_required:identity.title',
      'error:identity_required:identity.ratifiedBy.position',
      'error:identity_required:identity.ratifiedBy.name',
    ]);
    expect(problems[1].params).toEqual({ field: 'title' });
  });

  it('accepts related SOPs in the registry or external by title, and refuses unknown ids and empty rows', () => {
    const known = '00000000-0000-4000-8000-000000000001';
    const unknown = '00000000-0000-4000-8000-000000000002';
    const c = validSop();
    c.identity.related = [{ sopId: known, title: 'SOP A' }, { title: 'SOP luar' }, { sopId: null, title: 'SOP luar lain' }, { sopId: unknown, title: 'SOP B' }, { title: '' }];
    const problems = checkSop(c, { knownSopIds: new Set([known]) });
    expect(codes(problems)).toEqual(['error:related_unknown:identity.related.3.sopId', 'error:related_empty:identity.related.4.title']);
    expect(problems[0].params).toEqual({ title: 'SOP B' });
    expect(codes(checkSop(c))).toEqual(['error:related_empty:identity.related.4.title']);
  });

  it('reports an SOP without steps or actors', () => {
    expect(codes(edit((c) => { c.steps = []; c.actors = []; }))).toEqual(['error:no_actors:actors', 'error:no_steps:steps']);
  });

  it('requires the flow to start with a terminator', () => {
    const problems = edit((c) => { c.steps[0].symbol = 'process'; c.steps[0].time = { value: 1, unit: 'jam' }; });
    expect(codes(problems)).toEqual(['error:start_not_terminator:steps.0.symbol']);
    expect(problems[0]).toMatchObject({ stepId: 's1', params: { step: 1 } });
  });

  it('requires every end to be a terminator: an explicit end and falling off the list', () => {
    expect(codes(edit((c) => { c.steps[3].next = null; c.steps.push(sopStep('s6', 'terminator', { next: null })); c.steps[4].next = 's6'; c.steps[4].symbol = 'process'; c.steps[4].time = { value: 1, unit: 'jam' }; })))
      .toEqual(['error:end_not_terminator:steps.3.symbol', 'error:unreachable:steps.4', 'error:unreachable:steps.5']);
    expect(codes(edit((c) => { c.steps[4] = sopStep('s5', 'process'); })))
      .toEqual(['error:end_not_terminator:steps.4.symbol']);
  });

  it('allows several ends, and warns about a terminator the flow runs past', () => {
    const ends = edit((c) => {
      c.steps[2].no = 's6';
      c.steps.push(sopStep('s6', 'terminator', { description: 'Dikembalikan', next: null }));
    });
    expect(ends).toEqual([]);
    const runsPast = edit((c) => {
      c.steps[2].no = 's6';
      c.steps.splice(4, 1, sopStep('s5', 'terminator', { description: 'Selesai' }), sopStep('s6', 'terminator', { next: null }));
      c.steps[4].actorIds = ['a2'];
    });
    expect(codes(runsPast)).toEqual(['warning:terminator_continues:steps.4.next']);
    expect(hasErrors(runsPast)).toBe(false);
  });

  it('requires both exits of a decision, and links to existing steps', () => {
    expect(codes(edit((c) => { c.steps[2].yes = null; delete c.steps[2].no; }))).toEqual([
      'error:decision_missing_exit:steps.2.yes',
      'error:decision_missing_exit:steps.2.no',
      'error:no_end_reachable:steps.0',
      'error:no_end_reachable:steps.1',
      'error:no_end_reachable:steps.2',
      'error:unreachable:steps.3',
      'error:unreachable:steps.4',
    ]);
    const dangling = edit((c) => { c.steps[2].no = 'gone'; });
    expect(codes(dangling)).toEqual(['error:link_unknown:steps.2.no']);
    expect(dangling[0].params).toEqual({ step: 3 });
  });

  it('requires an actor and a description on every step', () => {
    const problems = edit((c) => { c.steps[1].actorIds = []; c.steps[1].description = '  '; c.steps[3].actorIds = ['a2', 'ghost']; });
    expect(codes(problems)).toEqual([
      'error:description_missing:steps.1.description',
      'error:actor_missing:steps.1.actorIds',
      'error:actor_unknown:steps.3.actorIds.1',
    ]);
    expect(problems[0]).toMatchObject({ stepId: 's2', params: { step: 2 } });
  });

  it('warns about an actor no step uses', () => {
    const problems = edit((c) => { c.actors.push({ id: 'a3', name: 'Sekretaris' }); });
    expect(problems).toEqual([{ severity: 'warning', code: 'actor_unused', path: 'actors.2', params: { actor: 'Sekretaris' } }]);
    expect(hasErrors(problems)).toBe(false);
  });

  it('requires times on processes and decisions, not on terminators', () => {
    expect(codes(edit((c) => { c.steps[1].time = null; c.steps[2].time = null; c.steps[0].time = null; }))).toEqual([
      'error:time_missing:steps.1.time',
      'error:time_missing:steps.2.time',
    ]);
  });

  it('finds steps the start never reaches', () => {
    expect(codes(edit((c) => { c.steps[0].next = 's3'; c.steps[2].no = 's5'; }))).toEqual(['error:unreachable:steps.1']);
  });

  it('finds dead cycles: steps that never reach an end', () => {
    const problems = edit((c) => { c.steps[3].next = 's2'; });
    expect(codes(problems)).toEqual([
      'error:no_end_reachable:steps.0',
      'error:no_end_reachable:steps.1',
      'error:no_end_reachable:steps.2',
      'error:no_end_reachable:steps.3',
      'error:unreachable:steps.4',
    ]);
    expect(codes(edit((c) => { c.steps[1].next = 's2'; })).filter((p) => p.includes('no_end'))).toEqual([
      'error:no_end_reachable:steps.0',
      'error:no_end_reachable:steps.1',
    ]);
  });

  it('counts errors and warnings', () => {
    const problems = edit((c) => { c.actors.push({ id: 'a3', name: 'X' }); c.steps[1].time = null; });
    expect(countProblems(problems)).toEqual({ errors: 1, warnings: 1 });
  });

  it('checks a 300-step SOP with 15 actors', () => {
    expect(checkSop(largeSop(300))).toEqual([]);
    const broken = largeSop(300);
    broken.steps[150].time = null;
    expect(codes(checkSop(broken))).toEqual(['error:time_missing:steps.150.time']);
  });
});
