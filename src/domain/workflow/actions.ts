/** Every workflow action (the rules are in transitions.ts); free of zod so the web app can use the list. */
export const WORKFLOW_ACTIONS = [
  'submit',
  'endorse',
  'verify_completeness',
  'assign',
  'approve_plan',
  'advance',
  'request_revision',
  'answer_revision',
  'hold',
  'resume',
  'withdraw',
  'reject',
  'assign_number',
  'approve_output',
  'comment',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];
