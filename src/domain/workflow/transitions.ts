import { z } from 'zod';
import type { Role } from '../access/roles.ts';
import { nextStage, STAGE_NUMBERS, type StageNumber } from './stages.ts';
import { OPEN_STATES, type Position, type RequestState } from './states.ts';
import { WORKFLOW_ACTIONS, type WorkflowAction } from './actions.ts';

export { WORKFLOW_ACTIONS, type WorkflowAction } from './actions.ts';
export const ZWorkflowAction = z.enum(WORKFLOW_ACTIONS);

/** `sistem` is the server acting on its own (e.g. numbering on reaching stage 6); no user holds it. */
export type ActorRole = Role | 'sistem';

export interface WorkflowActor {
  userId: string | null;
  unitId: string | null;
  roles: readonly ActorRole[];
}

export const SYSTEM_ACTOR: WorkflowActor = { userId: null, unitId: null, roles: ['sistem'] };

/** What the workflow needs to know about a request; the server's row may carry more. */
export interface WorkflowRequest extends Position {
  unitId: string;
  assignedVerifierIds: readonly string[];
  /** Set per service in the catalogue: the pimpinan unit must endorse before the bureau checks completeness. */
  requiresEndorsement: boolean;
  endorsed: boolean;
  completenessVerified: boolean;
  hasNumber: boolean;
}

export const REFUSAL_CODES = [
  'unknown_action',
  'wrong_state',
  'role_not_permitted',
  'not_own_unit',
  'not_assigned',
  'endorsement_not_required',
  'already_endorsed',
  'endorsement_missing',
  'already_verified',
  'completeness_not_verified',
  'no_verifier_assigned',
  'number_already_assigned',
  'number_missing',
  'reason_required',
  'verifiers_required',
  'duplicate_verifier',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

type Guard = (r: WorkflowRequest) => RefusalCode | null;

export interface TransitionRule {
  from: readonly RequestState[];
  at: readonly (StageNumber | null)[];
  by: readonly ActorRole[];
  /** Omitted: the state stays. */
  to?: RequestState;
  /** Omitted: the stage stays. */
  toStage?: StageNumber | 'next';
  guard?: Guard;
  needs?: 'reason' | 'verifiers';
}

const UNIT: readonly ActorRole[] = ['pemrakarsa', 'pimpinan_unit'];
const REVIEWERS: readonly ActorRole[] = ['verifikator', 'administrator'];
const OPEN: readonly RequestState[] = OPEN_STATES;
const ANY_STAGE = STAGE_NUMBERS;

const awaitingEndorsement: Guard = (r) =>
  !r.requiresEndorsement ? 'endorsement_not_required' : r.endorsed ? 'already_endorsed' : null;
const readyForVerification: Guard = (r) =>
  r.requiresEndorsement && !r.endorsed ? 'endorsement_missing' : r.completenessVerified ? 'already_verified' : null;
const verified: Guard = (r) => (r.completenessVerified ? null : 'completeness_not_verified');
const planReady: Guard = (r) => verified(r) ?? (r.assignedVerifierIds.length > 0 ? null : 'no_verifier_assigned');
const unnumbered: Guard = (r) => (r.hasNumber ? 'number_already_assigned' : null);
const numbered: Guard = (r) => (r.hasNumber ? null : 'number_missing');

/** The workflow: for each action, the states and stages it applies in, who may take it, and where it leads. */
export const TRANSITIONS: Readonly<Record<WorkflowAction, TransitionRule>> = {
  submit: { from: ['draf'], at: [null], by: [...UNIT, 'administrator'], to: 'diajukan', toStage: 1 },
  endorse: { from: ['diajukan'], at: [1], by: ['pimpinan_unit'], guard: awaitingEndorsement },
  verify_completeness: { from: ['diajukan'], at: [1], by: ['administrator'], guard: readyForVerification },
  assign: { from: OPEN, at: ANY_STAGE, by: ['administrator'], guard: verified, needs: 'verifiers' },
  approve_plan: { from: ['diajukan'], at: [1], by: ['kepala_biro'], toStage: 2, guard: planReady },
  advance: { from: ['diajukan'], at: [2, 3, 4, 5], by: REVIEWERS, toStage: 'next' },
  request_revision: { from: ['diajukan'], at: ANY_STAGE, by: REVIEWERS, to: 'perlu_revisi', needs: 'reason' },
  answer_revision: { from: ['perlu_revisi'], at: ANY_STAGE, by: UNIT, to: 'diajukan', needs: 'reason' },
  hold: { from: ['diajukan'], at: ANY_STAGE, by: ['administrator'], to: 'ditunda', needs: 'reason' },
  resume: { from: ['ditunda'], at: ANY_STAGE, by: ['administrator'], to: 'diajukan' },
  withdraw: { from: ['draf', ...OPEN], at: [null, ...ANY_STAGE], by: UNIT, to: 'dibatalkan' },
  reject: { from: OPEN, at: ANY_STAGE, by: ['administrator', 'kepala_biro'], to: 'ditolak', needs: 'reason' },
  assign_number: { from: ['diajukan'], at: [6], by: ['sistem', 'administrator'], guard: unnumbered },
  approve_output: { from: ['diajukan'], at: [6], by: ['kepala_biro'], to: 'selesai', guard: numbered },
  comment: { from: OPEN, at: ANY_STAGE, by: [...UNIT, ...REVIEWERS, 'kepala_biro'] },
};

/** Unit roles act only on their own unit's requests, a verifikator only on requests assigned to them. */
function scopeRefusal(role: ActorRole, r: WorkflowRequest, a: WorkflowActor): RefusalCode | null {
  switch (role) {
    case 'pemrakarsa':
    case 'pimpinan_unit':
      return a.unitId === r.unitId ? null : 'not_own_unit';
    case 'verifikator':
      return a.userId !== null && r.assignedVerifierIds.includes(a.userId) ? null : 'not_assigned';
    default:
      return null;
  }
}

/** Why `actor` may not take `action` on `request` now (input aside), or null when it may. */
export function refusalFor(request: WorkflowRequest, action: WorkflowAction, actor: WorkflowActor): RefusalCode | null {
  if (!Object.hasOwn(TRANSITIONS, action)) return 'unknown_action';
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(request.state) || !rule.at.includes(request.stage)) return 'wrong_state';
  const held = rule.by.filter((role) => actor.roles.includes(role));
  if (held.length === 0) return 'role_not_permitted';
  const scopes = held.map((role) => scopeRefusal(role, request, actor));
  if (!scopes.includes(null)) return scopes[0];
  return rule.guard?.(request) ?? null;
}

/** The actions `actor` may take on `request`, in table order: the buttons the interface shows. */
export function allowedActions(request: WorkflowRequest, actor: WorkflowActor): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => refusalFor(request, action, actor) === null);
}

export const ZActionInput = z.object({
  /** Why: required for request_revision, answer_revision, hold and reject; recorded for every move. */
  reason: z.string().trim().max(2000).optional(),
  /** For assign: the complete new set of assigned verifikator (user ids). */
  verifierIds: z.array(z.string().min(1)).max(20).optional(),
});
export type ActionInput = z.infer<typeof ZActionInput>;

/** One append-only history row, less who and when (the server adds those). */
export interface Transition {
  action: WorkflowAction;
  from: Position;
  to: Position;
  reason: string | null;
}

export type ActionResult<R extends WorkflowRequest> =
  | { ok: true; request: R; transition: Transition }
  | { ok: false; code: RefusalCode };

function inputRefusal(rule: TransitionRule, input: ActionInput): RefusalCode | null {
  if (rule.needs === 'reason' && !input.reason?.trim()) return 'reason_required';
  if (rule.needs === 'verifiers') {
    const ids = input.verifierIds ?? [];
    if (ids.length === 0) return 'verifiers_required';
    if (new Set(ids).size !== ids.length) return 'duplicate_verifier';
  }
  return null;
}

function effects(action: WorkflowAction, input: ActionInput): Partial<WorkflowRequest> {
  switch (action) {
    case 'endorse':
      return { endorsed: true };
    case 'verify_completeness':
      return { completenessVerified: true };
    case 'assign':
      return { assignedVerifierIds: [...(input.verifierIds ?? [])] };
    case 'assign_number':
      return { hasNumber: true };
    default:
      return {};
  }
}

/** Takes `action` if allowed, returning the request as it becomes and the history row to append. */
export function applyAction<R extends WorkflowRequest>(
  request: R,
  action: WorkflowAction,
  actor: WorkflowActor,
  input: ActionInput = {},
): ActionResult<R> {
  const code = refusalFor(request, action, actor) ?? inputRefusal(TRANSITIONS[action], input);
  if (code) return { ok: false, code };
  const rule = TRANSITIONS[action];
  const stage = rule.toStage === 'next' ? nextStage(request.stage!) : (rule.toStage ?? request.stage);
  const to: Position = { state: rule.to ?? request.state, stage };
  const from: Position = { state: request.state, stage: request.stage };
  return {
    ok: true,
    request: { ...request, ...effects(action, input), ...to },
    transition: { action, from, to, reason: input.reason?.trim() || null },
  };
}
