import { describe, expect, it } from 'vitest';
import { checkSop } from './checker.ts';
import {
  actorUsers, addActor, defaultRelinkTarget, deleteSteps, flowOf, insertStep, moveActor, moveStep, moveStepDown, moveStepUp,
  newStepId, referrersOf, removeActor, renameActor, setDecisionTargets, setSymbol,
} from './edit.ts';
import { largeSop, sopStep, twelveStepSop, validSop } from './testing.ts';

const ids = (c: { steps: { id: string }[] }) => c.steps.map((s) => s.id);
const linkProblems = (c: Parameters<typeof checkSop>[0]) => checkSop(c).filter((p) => p.code === 'link_unknown');

describe('insertStep', () => {
  it('inserts a blank step below the index with a new unique id; the flow runs through it', () => {
    const c = validSop();
    const { content, id } = insertStep(c, 1);
    expect(id).toBe('s6');
    expect(ids(content)).toEqual(['s1', 's2', 's6', 's3', 's4', 's5']);
    expect(content.steps[2]).toMatchObject({ id: 's6', symbol: 'process', description: '', actorIds: [], time: null });
    expect(flowOf(content).s2).toEqual(['s6']);
    expect(flowOf(content).s6).toEqual(['s3']);
    expect(c.steps).toHaveLength(5);
  });

  it('takes the next number after the largest, even with gaps, and inserts at the top with -1', () => {
    const c = validSop();
    c.steps[1].id = 's40';
    c.steps[2].no = 's40';
    expect(newStepId(c)).toBe('s41');
    expect(ids(insertStep(c, -1).content)[0]).toBe('s41');
  });
});

describe('deleteSteps', () => {
  it('lists the referrers of a step: explicit links and the implicit next of the step before it', () => {
    const c = validSop(); // s3 no → s2; s1 flows into s2 implicitly
    expect(referrersOf(c, ['s2'])).toEqual([
      { stepId: 's1', index: 0, field: 'next', implicit: true },
      { stepId: 's3', index: 2, field: 'no' },
    ]);
    expect(referrersOf(c, ['s2', 's3'])).toEqual([{ stepId: 's1', index: 0, field: 'next', implicit: true }]);
  });

  it('relinks the referrers to the step that followed the deleted one by default, leaving no dangling link', () => {
    const c = validSop();
    expect(defaultRelinkTarget(c, ['s2'])).toBe('s3');
    const after = deleteSteps(c, ['s2'], { kind: 'relink', to: 's3' });
    expect(ids(after)).toEqual(['s1', 's3', 's4', 's5']);
    expect(after.steps.find((s) => s.id === 's3')!.no).toBe('s3');
    expect(flowOf(after).s1).toEqual(['s3']);
    expect(linkProblems(after)).toEqual([]);
  });

  it('relinks to a chosen step, keeping other steps on their old flow', () => {
    const c = validSop();
    const after = deleteSteps(c, ['s2'], { kind: 'relink', to: 's4' });
    expect(flowOf(after).s1).toEqual(['s3']);
    expect(flowOf(after).s3).toEqual(['s4', 's4']);
    expect(linkProblems(after)).toEqual([]);
  });

  it('ends the flow at the referrers when the user chooses so; a step without a link flows on to the next one', () => {
    const c = validSop();
    const after = deleteSteps(c, ['s2'], { kind: 'end' });
    expect(flowOf(after).s1).toEqual(['s3']);
    expect(after.steps.find((s) => s.id === 's3')!.no).toBeNull();
    expect(linkProblems(after)).toEqual([]);
  });

  it('deletes several steps at once and refuses a relink to a deleted step', () => {
    const c = twelveStepSop();
    const victims = ['s5', 's6'];
    const to = defaultRelinkTarget(c, victims)!;
    const after = deleteSteps(c, victims, { kind: 'relink', to });
    expect(after.steps).toHaveLength(10);
    expect(linkProblems(after)).toEqual([]);
    expect(() => deleteSteps(c, ['s2'], { kind: 'relink', to: 's2' })).toThrow();
  });

  it('relinks an explicit next, and keeps it explicit unless it names the following step', () => {
    const c = validSop();
    c.steps[0].next = 's2';
    expect(deleteSteps(c, ['s2'], { kind: 'relink', to: 's4' }).steps[0].next).toBe('s4');
    expect(deleteSteps(c, ['s2'], { kind: 'relink', to: 's3' }).steps[0].next).toBeUndefined();
    expect(deleteSteps(c, ['s2'], { kind: 'end' }).steps[0].next).toBeNull();
  });

  it('keeps the flow of the steps that did not point to the deleted one', () => {
    const c = largeSop(30);
    const before = flowOf(c);
    const after = flowOf(deleteSteps(c, ['s10'], { kind: 'relink', to: 's11' }));
    for (const [id, targets] of Object.entries(before)) {
      if (id === 's10') continue;
      expect(after[id], id).toEqual(targets.map((t) => (t === 's10' ? 's11' : t)));
    }
  });
});

describe('moveStep', () => {
  it('keeps the flow the user saw: implicit links become explicit where the move changes them', () => {
    const c = validSop();
    const before = flowOf(c);
    const down = moveStepDown(c, 1); // s2 below s3
    expect(ids(down)).toEqual(['s1', 's3', 's2', 's4', 's5']);
    expect(flowOf(down)).toEqual(before);
    const up = moveStepUp(c, 3); // s4 above s3
    expect(ids(up)).toEqual(['s1', 's2', 's4', 's3', 's5']);
    expect(flowOf(up)).toEqual(before);
  });

  it('keeps the flow across long moves in a large SOP, in both directions', () => {
    const c = largeSop(50);
    const before = flowOf(c);
    for (const [from, to] of [[3, 40], [45, 2], [0, 49], [49, 0], [20, 21]] as const) {
      const moved = moveStep(c, from, to);
      expect(moved.steps[to].id).toBe(c.steps[from].id);
      expect(flowOf(moved), `${from}→${to}`).toEqual(before);
      expect(linkProblems(moved)).toEqual([]);
    }
  });

  it('does not add explicit links that say what the list order says', () => {
    const c = validSop();
    const there = moveStepDown(c, 1);
    const back = moveStepUp(there, 2);
    expect(ids(back)).toEqual(ids(c));
    expect(back.steps.filter((s) => s.next !== undefined).map((s) => s.id)).toEqual(['s5']);
  });

  it('ignores moves out of range or to the same place', () => {
    const c = validSop();
    expect(moveStep(c, 0, 0)).toBe(c);
    expect(moveStep(c, 9, 0)).toBe(c);
    expect(ids(moveStep(c, 0, 99))[4]).toBe('s1');
  });
});

describe('decisions and symbols', () => {
  it('sets decision targets, one at a time or both', () => {
    const c = validSop();
    const a = setDecisionTargets(c, 's3', { no: 's1' });
    expect(a.steps[2]).toMatchObject({ yes: 's4', no: 's1' });
    const b = setDecisionTargets(a, 's3', { yes: 's5', no: null });
    expect(b.steps[2]).toMatchObject({ yes: 's5', no: null });
  });

  it('turns a process into a decision with its old follower as "Ya", and back keeping the flow', () => {
    const c = validSop();
    const d = setSymbol(c, 's2', 'decision');
    expect(d.steps[1]).toMatchObject({ symbol: 'decision', yes: 's3', no: null });
    expect(d.steps[1].next).toBeUndefined();
    const p = setSymbol(setDecisionTargets(d, 's2', { yes: 's4' }), 's2', 'process');
    expect(p.steps[1]).toMatchObject({ symbol: 'process', next: 's4' });
    expect(p.steps[1].yes).toBeUndefined();
  });
});

describe('actors', () => {
  it('adds with a new id, renames and reorders', () => {
    const c = validSop();
    const { content, id } = addActor(c, { name: 'Sekretaris', positionId: 'p9' });
    expect(id).toBe('a3');
    expect(content.actors[2]).toEqual({ id: 'a3', name: 'Sekretaris', positionId: 'p9' });
    expect(renameActor(content, 'a1', 'Analis').actors[0].name).toBe('Analis');
    expect(moveActor(content, 2, 0).actors.map((a) => a.id)).toEqual(['a3', 'a1', 'a2']);
  });

  it('refuses to remove an actor that steps use unless reassigned, then reassigns without duplicates', () => {
    const c = validSop();
    expect(actorUsers(c, 'a2')).toEqual(['s3', 's4', 's5']);
    expect(removeActor(c, 'a2')).toEqual({ ok: false, stepIds: ['s3', 's4', 's5'] });
    expect(removeActor(c, 'a2', { kind: 'reassign', to: 'a2' }).ok).toBe(false);
    expect(removeActor(c, 'a2', { kind: 'reassign', to: 'zz' }).ok).toBe(false);
    const r = removeActor(c, 'a2', { kind: 'reassign', to: 'a1' });
    if (!r.ok) throw new Error('expected ok');
    expect(r.content.actors.map((a) => a.id)).toEqual(['a1']);
    expect(r.content.steps.find((s) => s.id === 's5')!.actorIds).toEqual(['a1']);
    expect(r.content.steps.find((s) => s.id === 's3')!.actorIds).toEqual(['a1']);
    expect(checkSop(r.content).filter((p) => p.code === 'actor_unknown')).toEqual([]);
  });

  it('removes an unused actor directly', () => {
    const c = validSop();
    c.actors.push({ id: 'a3', name: 'Tamu' });
    c.steps.push(sopStep('s6', 'process', { actorIds: ['a1'] }));
    const r = removeActor(c, 'a3');
    expect(r.ok && r.content.actors.map((a) => a.id)).toEqual(['a1', 'a2']);
  });
});
