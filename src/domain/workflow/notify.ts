import type { Transition, WorkflowAction, WorkflowRequest } from './transitions.ts';
import { refusalFor } from './transitions.ts';

/** Groups of people the server resolves to user accounts. */
export type Audience =
  | 'administrators'
  | 'kepala_biro'
  /** Every active user of the request's unit. */
  | 'unit'
  /** The unit's pemrakarsa and pimpinan unit. */
  | 'unit_requesters'
  | 'unit_heads'
  | 'assigned_verifiers'
  /** Verifikator assigned by this move who were not assigned before. */
  | 'new_verifiers';

export type NoticeKind =
  | 'submitted'
  | 'endorsement_needed'
  | 'endorsed'
  | 'assigned'
  | 'plan_approval_needed'
  | 'plan_approved'
  | 'stage_changed'
  | 'output_approval_needed'
  | 'revision_requested'
  | 'revision_answered'
  | 'on_hold'
  | 'resumed'
  | 'withdrawn'
  | 'rejected'
  | 'completed'
  | 'overdue'
  | 'commented';

export interface Notice {
  kind: NoticeKind;
  to: Audience[];
}

const KEPALA_BIRO = { userId: 'kepala-biro', unitId: null, roles: ['kepala_biro'] } as const;

/** The plan waits for the kepala biro once completeness is verified and a verifikator is assigned. */
function planNowReady(before: WorkflowRequest, after: WorkflowRequest): boolean {
  return refusalFor(after, 'approve_plan', KEPALA_BIRO) === null && refusalFor(before, 'approve_plan', KEPALA_BIRO) !== null;
}

/** Who must hear of a move: those who must act next, and the unit when its request changes stage or ends. */
export function noticesFor(transition: Transition, before: WorkflowRequest, after: WorkflowRequest): Notice[] {
  const notices: Notice[] = [];
  const add = (kind: NoticeKind, ...to: Audience[]) => notices.push({ kind, to });
  const action: WorkflowAction = transition.action;
  switch (action) {
    case 'submit':
      add('submitted', 'administrators');
      if (after.requiresEndorsement && !after.endorsed) add('endorsement_needed', 'unit_heads');
      break;
    case 'endorse':
      add('endorsed', 'administrators');
      break;
    case 'assign':
      add('assigned', 'new_verifiers');
      break;
    case 'approve_plan':
      add('plan_approved', 'assigned_verifiers');
      break;
    case 'request_revision':
      add('revision_requested', 'unit_requesters', 'unit_heads');
      break;
    case 'answer_revision':
      add('revision_answered', after.assignedVerifierIds.length > 0 ? 'assigned_verifiers' : 'administrators');
      break;
    case 'hold':
      add('on_hold', 'unit');
      break;
    case 'resume':
      add('resumed', 'unit');
      break;
    case 'withdraw':
      if (transition.from.state !== 'draf') add('withdrawn', 'administrators', 'assigned_verifiers');
      break;
    case 'reject':
      add('rejected', 'unit');
      break;
    case 'approve_output':
      add('completed', 'unit');
      break;
    default:
      break;
  }
  if (transition.to.stage !== transition.from.stage && transition.from.stage !== null) {
    add('stage_changed', 'unit');
  }
  if (planNowReady(before, after)) add('plan_approval_needed', 'kepala_biro');
  if (action === 'assign_number' && after.state === 'diajukan') add('output_approval_needed', 'kepala_biro');
  return notices;
}

/** A note from the unit goes to its verifikator (the administrators while none is assigned); one from the bureau to the unit. */
export function commentNotice(fromUnit: boolean, request: WorkflowRequest): Notice {
  const bureau: Audience = request.assignedVerifierIds.length > 0 ? 'assigned_verifiers' : 'administrators';
  return { kind: 'commented', to: [fromUnit ? bureau : 'unit'] };
}
