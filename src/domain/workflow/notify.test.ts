import { describe, expect, it } from 'vitest';
import { applyAction, SYSTEM_ACTOR, type WorkflowAction, type WorkflowActor, type WorkflowRequest } from './transitions.ts';
import { commentNotice, noticesFor } from './notify.ts';

const base: WorkflowRequest = {
  state: 'draf', stage: null, unitId: 'U1', assignedVerifierIds: [], requiresEndorsement: false, endorsed: false, completenessVerified: false, hasNumber: false,
};
const admin: WorkflowActor = { userId: 'a', unitId: 'B', roles: ['administrator'] };
const unit: WorkflowActor = { userId: 'p', unitId: 'U1', roles: ['pemrakarsa', 'pimpinan_unit'] };
const head: WorkflowActor = { userId: 'k', unitId: 'B', roles: ['kepala_biro'] };
const verifier: WorkflowActor = { userId: 'v1', unitId: 'B', roles: ['verifikator'] };

function step(r: WorkflowRequest, action: WorkflowAction, actor: WorkflowActor, input = {}) {
  const result = applyAction(r, action, actor, input);
  if (!result.ok) throw new Error(`${action}: ${result.code}`);
  return { after: result.request, notices: noticesFor(result.transition, r, result.request) };
}

describe('who hears of each move', () => {
  it('follows a request through the workflow', () => {
    let r = { ...base, requiresEndorsement: true };
    let s = step(r, 'submit', unit);
    expect(s.notices).toEqual([{ kind: 'submitted', to: ['administrators'] }, { kind: 'endorsement_needed', to: ['unit_heads'] }]);
    s = step((r = s.after), 'endorse', unit);
    expect(s.notices).toEqual([{ kind: 'endorsed', to: ['administrators'] }]);
    s = step((r = s.after), 'verify_completeness', admin);
    expect(s.notices).toEqual([]);
    s = step((r = s.after), 'assign', admin, { verifierIds: ['v1'] });
    expect(s.notices).toEqual([{ kind: 'assigned', to: ['new_verifiers'] }, { kind: 'plan_approval_needed', to: ['kepala_biro'] }]);
    s = step((r = s.after), 'assign', admin, { verifierIds: ['v1', 'v2'] });
    expect(s.notices).toEqual([{ kind: 'assigned', to: ['new_verifiers'] }]);
    s = step((r = s.after), 'approve_plan', head);
    expect(s.notices).toEqual([{ kind: 'plan_approved', to: ['assigned_verifiers'] }, { kind: 'stage_changed', to: ['unit'] }]);
    s = step((r = s.after), 'request_revision', verifier, { reason: 'Lengkapi' });
    expect(s.notices).toEqual([{ kind: 'revision_requested', to: ['unit_requesters', 'unit_heads'] }]);
    s = step((r = s.after), 'answer_revision', unit, { reason: 'Sudah' });
    expect(s.notices).toEqual([{ kind: 'revision_answered', to: ['assigned_verifiers'] }]);
    for (const _ of [3, 4, 5, 6]) s = step((r = s.after), 'advance', verifier);
    expect(s.notices).toEqual([{ kind: 'stage_changed', to: ['unit'] }]);
    s = step((r = s.after), 'assign_number', SYSTEM_ACTOR);
    expect(s.notices).toEqual([{ kind: 'output_approval_needed', to: ['kepala_biro'] }]);
    s = step((r = s.after), 'approve_output', head);
    expect(s.notices).toEqual([{ kind: 'completed', to: ['unit'] }]);
    expect(r.stage).toBe(6);
  });

  it('tells the unit of a rejection, and the bureau of a withdrawal only after submission', () => {
    const submitted = step(base, 'submit', unit).after;
    expect(step(submitted, 'reject', admin, { reason: 'Bukan lingkup' }).notices).toEqual([{ kind: 'rejected', to: ['unit'] }]);
    expect(step(submitted, 'withdraw', unit).notices).toEqual([{ kind: 'withdrawn', to: ['administrators', 'assigned_verifiers'] }]);
    expect(step(base, 'withdraw', unit).notices).toEqual([]);
  });
});

describe('who hears of a note', () => {
  it('sends the unit\'s notes to the bureau and the bureau\'s to the unit', () => {
    expect(commentNotice(true, { ...base, assignedVerifierIds: ['v1'] })).toEqual({ kind: 'commented', to: ['assigned_verifiers'] });
    expect(commentNotice(true, base)).toEqual({ kind: 'commented', to: ['administrators'] });
    expect(commentNotice(false, base)).toEqual({ kind: 'commented', to: ['unit'] });
  });
});
