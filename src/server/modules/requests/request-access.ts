import type { Db, Tx } from '../../db/open.ts';
import { notFound } from '../../http/errors.ts';
import { can, type Actor } from '../../policy/policy.ts';
import type { RequestState } from '../../../domain/workflow/states.ts';
import type { StageNumber } from '../../../domain/workflow/stages.ts';
import type { WorkflowRequest } from '../../../domain/workflow/transitions.ts';
import { getRequest, type RequestRow } from './requests.repo.ts';

/**
 * The request, if the actor may read it. Another unit's request answers 404 exactly like a missing one, so
 * that its existence does not leak.
 */
export async function readableRequest(db: Db | Tx, actor: Actor | null, id: string, opts: { lock?: boolean } = {}): Promise<RequestRow> {
  const row = await getRequest(db, id, opts);
  if (!row || !can(actor, 'request.read', { unitId: row.unitId, state: row.state })) throw notFound();
  return row;
}

/** The workflow's view of a stored request. */
export function workflowRequest(row: RequestRow): WorkflowRequest {
  return {
    state: row.state as RequestState,
    stage: row.stage as StageNumber | null,
    unitId: row.unitId,
    assignedVerifierIds: row.assignedVerifierIds,
    requiresEndorsement: row.requiresEndorsement,
    endorsed: row.endorsed,
    completenessVerified: row.completenessVerified,
    hasNumber: row.documentNumber !== null,
  };
}
