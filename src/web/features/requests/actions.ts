import type { MessageKey } from '../../i18n/index.tsx';
import type { ActionInput } from '../../api/requests.ts';

/** Workflow actions as buttons, in the order they are offered (the server's `actions` decide which appear). */
export const BUTTON_ACTIONS = [
  'submit',
  'endorse',
  'verify_completeness',
  'assign',
  'approve_plan',
  'advance',
  'answer_revision',
  'assign_number',
  'approve_output',
  'request_revision',
  'resume',
  'hold',
  'reject',
  'withdraw',
] as const;
export type ButtonAction = (typeof BUTTON_ACTIONS)[number];

export interface DialogSpec {
  /** The server refuses these without a reason; every other move may carry a note. */
  reason: 'required' | 'optional';
  verifiers: boolean;
  tone: 'primary' | 'warning' | 'danger';
}

const REASON_REQUIRED: readonly string[] = ['request_revision', 'answer_revision', 'hold', 'reject'];
const DANGER: readonly string[] = ['reject', 'withdraw'];
const WARNING: readonly string[] = ['request_revision', 'hold'];

export const REASON_MAX = 2000;

/** What the dialog of an action asks for. Every move is recorded for good, so every one is confirmed. */
export function dialogFor(action: string): DialogSpec {
  return {
    reason: REASON_REQUIRED.includes(action) ? 'required' : 'optional',
    verifiers: action === 'assign',
    tone: DANGER.includes(action) ? 'danger' : WARNING.includes(action) ? 'warning' : 'primary',
  };
}

/** The server's actions that are workflow buttons, in button order; edit, upload and comment live elsewhere. */
export function buttonActions(actions: readonly string[]): ButtonAction[] {
  return BUTTON_ACTIONS.filter((a) => actions.includes(a));
}

export const actionLabelKey = (action: string): MessageKey => `req.action.${action}` as MessageKey;
/** The history line of a move: "{who} mengajukan permohonan". */
export const didKey = (action: string): MessageKey => `req.did.${action}` as MessageKey;
export const actionHintKey = (action: string): MessageKey => `req.actionHint.${action}` as MessageKey;

export interface ActionProblems {
  reason?: MessageKey;
  verifierIds?: MessageKey;
}

/** The checks the server makes on the input, made first in the browser. */
export function checkActionInput(action: string, reason: string, verifierIds: readonly string[]): ActionProblems {
  const spec = dialogFor(action);
  const problems: ActionProblems = {};
  const text = reason.trim();
  if (spec.reason === 'required' && !text) problems.reason = 'req.dialog.reasonRequired';
  else if (text.length > REASON_MAX) problems.reason = 'req.dialog.reasonTooLong';
  if (spec.verifiers && verifierIds.length === 0) problems.verifierIds = 'req.dialog.verifiersRequired';
  return problems;
}

export function actionBody(action: string, version: number, reason: string, verifierIds: readonly string[]): ActionInput {
  const text = reason.trim();
  return {
    version,
    ...(text ? { reason: text } : {}),
    ...(dialogFor(action).verifiers ? { verifierIds: [...new Set(verifierIds)] } : {}),
  };
}
