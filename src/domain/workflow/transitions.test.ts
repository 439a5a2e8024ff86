import { describe, expect, it } from 'vitest';
import { nextStage, type StageNumber } from './stages.ts';
import { isClosed, type RequestState } from './states.ts';
import {
  allowedActions,
  applyAction,
  refusalFor,
  SYSTEM_ACTOR,
  WORKFLOW_ACTIONS,
  type ActorRole,
  type WorkflowAction,
  type WorkflowActor,
  type WorkflowRequest,
} from './transitions.ts';

const base: WorkflowRequest = {
  state: 'diajukan',
  stage: 1,
  unitId: 'U1',
  assignedVerifierIds: ['v1'],
  requiresEndorsement: false,
  endorsed: false,
  completenessVerified: true,
  hasNumber: false,
};

function req(state: RequestState, stage: StageNumber | null, extra: Partial<WorkflowRequest> = {}): WorkflowRequest {
  return { ...base, state, stage, ...extra };
}

const unstarted = { assignedVerifierIds: [], completenessVerified: false };
const SCENARIOS: Record<string, WorkflowRequest> = {
  draf: req('draf', null, unstarted),
  'd1:endorse': req('diajukan', 1, { ...unstarted, requiresEndorsement: true }),
  'd1:verify': req('diajukan', 1, unstarted),
  'd1:assign': req('diajukan', 1, { assignedVerifierIds: [] }),
  'd1:plan': req('diajukan', 1),
  d2: req('diajukan', 2),
  d3: req('diajukan', 3),
  d4: req('diajukan', 4),
  d5: req('diajukan', 5),
  d6: req('diajukan', 6),
  'd6:numbered': req('diajukan', 6, { hasNumber: true }),
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((s) => [`r${s}`, req('perlu_revisi', s as StageNumber)])),
  ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((s) => [`t${s}`, req('ditunda', s as StageNumber)])),
  'x-draf': req('dibatalkan', null, unstarted),
  x3: req('dibatalkan', 3),
  j2: req('ditolak', 2),
  s6: req('selesai', 6, { hasNumber: true }),
};

const IN_PROGRESS = ['d1:endorse', 'd1:verify', 'd1:assign', 'd1:plan', 'd2', 'd3', 'd4', 'd5', 'd6', 'd6:numbered'];
const REVISION = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
const ON_HOLD = ['t1', 't2', 't3', 't4', 't5', 't6'];
const OPEN = [...IN_PROGRESS, ...REVISION, ...ON_HOLD];
const UNASSIGNED = ['d1:endorse', 'd1:verify', 'd1:assign'];
const ASSIGNED_OPEN = OPEN.filter((s) => !UNASSIGNED.includes(s));
const ASSIGNED_IN_PROGRESS = IN_PROGRESS.filter((s) => !UNASSIGNED.includes(s));

/** Every allowed move, written out: [scenarios, action, roles, resulting position] ("=" keeps state or stage). */
const ALLOWED: [string[], WorkflowAction, ActorRole[], string][] = [
  [['draf'], 'submit', ['pemrakarsa', 'pimpinan_unit', 'administrator'], 'diajukan@1'],
  [['d1:endorse'], 'endorse', ['pimpinan_unit'], '=@='],
  [['d1:verify'], 'verify_completeness', ['administrator'], '=@='],
  [OPEN.filter((s) => s !== 'd1:endorse' && s !== 'd1:verify'), 'assign', ['administrator'], '=@='],
  [['d1:plan'], 'approve_plan', ['kepala_biro'], 'diajukan@2'],
  [['d2'], 'advance', ['verifikator', 'administrator'], 'diajukan@3'],
  [['d3'], 'advance', ['verifikator', 'administrator'], 'diajukan@4'],
  [['d4'], 'advance', ['verifikator', 'administrator'], 'diajukan@5'],
  [['d5'], 'advance', ['verifikator', 'administrator'], 'diajukan@6'],
  [IN_PROGRESS, 'request_revision', ['administrator'], 'perlu_revisi@='],
  [ASSIGNED_IN_PROGRESS, 'request_revision', ['verifikator'], 'perlu_revisi@='],
  [REVISION, 'answer_revision', ['pemrakarsa', 'pimpinan_unit'], 'diajukan@='],
  [IN_PROGRESS, 'hold', ['administrator'], 'ditunda@='],
  [ON_HOLD, 'resume', ['administrator'], 'diajukan@='],
  [['draf', ...OPEN], 'withdraw', ['pemrakarsa', 'pimpinan_unit'], 'dibatalkan@='],
  [OPEN, 'reject', ['administrator', 'kepala_biro'], 'ditolak@='],
  [['d6'], 'assign_number', ['sistem', 'administrator'], '=@='],
  [['d6:numbered'], 'approve_output', ['kepala_biro'], 'selesai@6'],
  [OPEN, 'comment', ['pemrakarsa', 'pimpinan_unit', 'administrator', 'kepala_biro'], '=@='],
  [ASSIGNED_OPEN, 'comment', ['verifikator'], '=@='],
];

const expected = new Map<string, string>();
for (const [scenarios, action, roles, to] of ALLOWED) {
  for (const s of scenarios) for (const role of roles) expected.set(`${s}|${action}|${role}`, to);
}

const ROLE_LIST: ActorRole[] = ['pemrakarsa', 'pimpinan_unit', 'verifikator', 'administrator', 'kepala_biro', 'sistem'];

function actor(role: ActorRole, over: Partial<WorkflowActor> = {}): WorkflowActor {
  if (role === 'sistem') return SYSTEM_ACTOR;
  const unitId = ['pemrakarsa', 'pimpinan_unit'].includes(role) ? 'U1' : 'BIRO';
  return { userId: role === 'verifikator' ? 'v1' : `user-${role}`, unitId, roles: [role], ...over };
}

const INPUT = { reason: 'alasan', verifierIds: ['v1', 'v2'] };

function resolve(to: string, from: WorkflowRequest): string {
  const [state, stage] = to.split('@');
  return `${state === '=' ? from.state : state}@${stage === '=' ? from.stage : stage}`;
}

describe('the transition table, every move for every role', () => {
  describe.each(ROLE_LIST)('%s', (role) => {
    it.each(Object.keys(SCENARIOS))('in %s', (label) => {
      const request = SCENARIOS[label];
      const allowed: WorkflowAction[] = [];
      for (const action of WORKFLOW_ACTIONS) {
        const to = expected.get(`${label}|${action}|${role}`);
        const result = applyAction(request, action, actor(role), INPUT);
        if (to === undefined) {
          expect(result.ok, `${action} should be refused`).toBe(false);
          continue;
        }
        allowed.push(action);
        expect(result.ok, `${action} should be allowed`).toBe(true);
        if (!result.ok) continue;
        expect(`${result.request.state}@${result.request.stage}`, action).toBe(resolve(to, request));
        expect(result.transition).toEqual({
          action,
          from: { state: request.state, stage: request.stage },
          to: { state: result.request.state, stage: result.request.stage },
          reason: 'alasan',
        });
      }
      expect(allowedActions(request, actor(role))).toEqual(allowed);
    });
  });

  it('refuses unit roles of another unit every move their own unit may make', () => {
    for (const [key] of expected) {
      const [label, action, role] = key.split('|') as [string, WorkflowAction, ActorRole];
      if (role !== 'pemrakarsa' && role !== 'pimpinan_unit') continue;
      const stranger = actor(role, { unitId: 'U2' });
      expect(refusalFor(SCENARIOS[label], action, stranger), key).toBe('not_own_unit');
    }
  });

  it('refuses a verifikator not assigned every move an assigned one may make', () => {
    for (const [key] of expected) {
      const [label, action, role] = key.split('|') as [string, WorkflowAction, ActorRole];
      if (role !== 'verifikator') continue;
      expect(refusalFor(SCENARIOS[label], action, actor('verifikator', { userId: 'v9' })), key).toBe('not_assigned');
    }
  });

  it('offers the public nothing', () => {
    const publik: WorkflowActor = { userId: null, unitId: null, roles: [] };
    for (const request of Object.values(SCENARIOS)) expect(allowedActions(request, publik)).toEqual([]);
  });
});

describe('refusal reasons', () => {
  const s = SCENARIOS;
  it.each<[string, string, WorkflowAction, WorkflowActor, string]>([
    ['role before guard', 'd1:assign', 'approve_plan', actor('pemrakarsa'), 'role_not_permitted'],
    ['state first', 'draf', 'advance', actor('administrator'), 'wrong_state'],
    ['no advance past stage 6', 'd6', 'advance', actor('administrator'), 'wrong_state'],
    ['closed stays closed', 'j2', 'resume', actor('administrator'), 'wrong_state'],
    ['endorsement first', 'd1:endorse', 'verify_completeness', actor('administrator'), 'endorsement_missing'],
    ['endorse only when the service asks', 'd1:verify', 'endorse', actor('pimpinan_unit'), 'endorsement_not_required'],
    ['verify once', 'd1:assign', 'verify_completeness', actor('administrator'), 'already_verified'],
    ['assign after the check', 'd1:verify', 'assign', actor('administrator'), 'completeness_not_verified'],
    ['plan needs a verifikator', 'd1:assign', 'approve_plan', actor('kepala_biro'), 'no_verifier_assigned'],
    ['plan needs the check', 'd1:verify', 'approve_plan', actor('kepala_biro'), 'completeness_not_verified'],
    ['one number only', 'd6:numbered', 'assign_number', SYSTEM_ACTOR, 'number_already_assigned'],
    ['output needs its number', 'd6', 'approve_output', actor('kepala_biro'), 'number_missing'],
    ['pemrakarsa does not endorse', 'd1:endorse', 'endorse', actor('pemrakarsa'), 'role_not_permitted'],
  ])('%s', (_, label, action, who, code) => {
    expect(refusalFor(s[label], action, who)).toBe(code);
    expect(applyAction(s[label], action, who, INPUT)).toEqual({ ok: false, code });
  });

  it('refuses an already endorsed request', () => {
    const endorsed = { ...s['d1:endorse'], endorsed: true };
    expect(refusalFor(endorsed, 'endorse', actor('pimpinan_unit'))).toBe('already_endorsed');
  });

  it('asks for a reason where one is due', () => {
    const admin = actor('administrator');
    for (const [label, action] of [['d3', 'reject'], ['d3', 'request_revision'], ['d3', 'hold']] as const) {
      expect(applyAction(s[label], action, admin, {})).toEqual({ ok: false, code: 'reason_required' });
      expect(applyAction(s[label], action, admin, { reason: '   ' })).toEqual({ ok: false, code: 'reason_required' });
    }
    expect(applyAction(s.r2, 'answer_revision', actor('pemrakarsa'), {})).toEqual({ ok: false, code: 'reason_required' });
    expect(applyAction(s.d3, 'advance', admin).ok).toBe(true);
  });

  it('asks for distinct verifikator when assigning', () => {
    const admin = actor('administrator');
    expect(applyAction(s['d1:assign'], 'assign', admin, {})).toEqual({ ok: false, code: 'verifiers_required' });
    expect(applyAction(s['d1:assign'], 'assign', admin, { verifierIds: ['a', 'a'] })).toEqual({
      ok: false,
      code: 'duplicate_verifier',
    });
  });

  it('names an unknown action', () => {
    expect(refusalFor(s.d3, 'teleport' as WorkflowAction, actor('administrator'))).toBe('unknown_action');
    expect(refusalFor(s.d3, 'toString' as WorkflowAction, actor('administrator'))).toBe('unknown_action');
  });

  it('lets a user act through any role that fits', () => {
    const both: WorkflowActor = { userId: 'v9', unitId: 'BIRO', roles: ['verifikator', 'administrator'] };
    expect(refusalFor(s.d3, 'advance', both)).toBeNull();
    const analystOfU2: WorkflowActor = { userId: 'v1', unitId: 'U2', roles: ['pemrakarsa', 'verifikator'] };
    expect(refusalFor(s.r3, 'answer_revision', analystOfU2)).toBe('not_own_unit');
    expect(refusalFor(s.d3, 'advance', analystOfU2)).toBeNull();
  });
});

describe('a request through the workflow', () => {
  it('goes from draft to selesai, recording each step and its effects', () => {
    let r: WorkflowRequest = { ...SCENARIOS.draf, requiresEndorsement: true };
    const steps: [WorkflowAction, WorkflowActor, object?][] = [
      ['submit', actor('pemrakarsa')],
      ['endorse', actor('pimpinan_unit')],
      ['verify_completeness', actor('administrator')],
      ['assign', actor('administrator'), { verifierIds: ['v1'] }],
      ['approve_plan', actor('kepala_biro')],
      ['request_revision', actor('verifikator'), { reason: 'Lengkapi uraian kegiatan' }],
      ['answer_revision', actor('pemrakarsa'), { reason: 'Sudah dilengkapi' }],
      ['advance', actor('verifikator')],
      ['advance', actor('verifikator')],
      ['advance', actor('verifikator')],
      ['advance', actor('verifikator')],
      ['assign_number', SYSTEM_ACTOR],
      ['approve_output', actor('kepala_biro')],
    ];
    const trail: string[] = [];
    for (const [action, who, input] of steps) {
      const result = applyAction(r, action, who, input);
      if (!result.ok) throw new Error(`${action}: ${result.code}`);
      r = result.request;
      trail.push(`${result.transition.to.state}@${result.transition.to.stage}`);
    }
    expect(trail).toEqual([
      'diajukan@1', 'diajukan@1', 'diajukan@1', 'diajukan@1', 'diajukan@2', 'perlu_revisi@2', 'diajukan@2',
      'diajukan@3', 'diajukan@4', 'diajukan@5', 'diajukan@6', 'diajukan@6', 'selesai@6',
    ]);
    expect(r).toMatchObject({ endorsed: true, completenessVerified: true, assignedVerifierIds: ['v1'], hasNumber: true });
    expect(allowedActions(r, actor('administrator'))).toEqual([]);
  });

  it('keeps the stage of a rejected request, which never reads as finished', () => {
    const result = applyAction(SCENARIOS.d4, 'reject', actor('kepala_biro'), { reason: ' Di luar lingkup ' });
    expect(result).toMatchObject({ ok: true, request: { state: 'ditolak', stage: 4 }, transition: { reason: 'Di luar lingkup' } });
    if (result.ok) expect(isClosed(result.request.state) && result.request.state !== 'selesai').toBe(true);
  });

  it('keeps the fields the server adds to its request', () => {
    const result = applyAction({ ...SCENARIOS.d2, id: 'req-7', version: 3 }, 'advance', actor('administrator'));
    expect(result.ok && result.request).toMatchObject({ id: 'req-7', version: 3, stage: 3 });
  });

  it('knows the stage order', () => {
    expect(nextStage(1)).toBe(2);
    expect(nextStage(6)).toBeNull();
  });
});
