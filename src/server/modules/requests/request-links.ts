import type { Db, Tx } from '../../db/open.ts';
import { AppError } from '../../http/errors.ts';
import type { MessageKey } from '../../http/messages.ts';
import { can, type Actor } from '../../policy/policy.ts';
import { raiseRevisiOnce } from '../attachments/attachments.repo.ts';
import type { RequestRow } from './requests.repo.ts';

/**
 * A document of the unit's own that a request carries by reference rather than as an uploaded file: the SOP of an
 * SOP service (request-sop.*) and the Anjab/Evjab/SKJ of a job service (request-job-documents.*). Both are linked
 * while the unit may still edit the request, checked at submission, recorded with the version each submission
 * carried (what the verifikator reviews), and raise the Revisi when an answer carries other versions.
 */

export type SubmissionAction = 'submit' | 'answer_revision';
export type CompletenessProblem = { path: string; messageKey: MessageKey; params?: Record<string, string | number> };

/** One kind of linked document, as the workflow and the timeline see it. */
export interface RequestLink {
  /** What the link adds to the completeness check of submit and answer_revision. */
  completeness(tx: Tx, row: RequestRow): Promise<CompletenessProblem[]>;
  /** Records the versions a submission carries; called inside the move's transaction, before its round closes. */
  recordSubmission(tx: Tx, row: RequestRow, action: SubmissionAction, actorId: string, now: Date): Promise<void>;
  /** The link's entries in the request's timeline. */
  timeline(db: Db | Tx, requestId: string): Promise<Array<{ kind: string; at: Date }>>;
}

/** May the actor link documents to the request now? */
export const mayLink = (actor: Actor, row: RequestRow) => can(actor, 'request.linkDocument', { unitId: row.unitId, state: row.state });

/**
 * Refuses a link the actor may not make: the request's unit (or an administrator) is told it is too late (409 with
 * `wrongState`), anyone else that they may not (403 with `forbidden`).
 */
export function assertMayLink(actor: Actor, row: RequestRow, messages: { forbidden: MessageKey; wrongState: MessageKey }): void {
  if (mayLink(actor, row)) return;
  const mayInOtherState = ['draf', 'perlu_revisi'].some((state) => can(actor, 'request.linkDocument', { unitId: row.unitId, state }));
  if (!mayInOtherState) throw new AppError(403, 'FORBIDDEN', messages.forbidden);
  throw new AppError(409, 'ACTION_REFUSED', messages.wrongState, {}, [], { refusal: 'wrong_state' });
}

type Carried = { id: string; version: number };
const key = (c: readonly Carried[]) => c.map((x) => `${x.id}@${x.version}`).sort().join(',');

/**
 * An answer to a revision round that carries other documents or other versions than the last submission counts as
 * a revised document: it raises the Revisi once per round (attachments.repo.ts raiseRevisiOnce; an uploaded file
 * or the other link in the same round does not raise it again).
 */
export async function raiseRevisiIfChanged(tx: Tx, row: RequestRow, action: SubmissionAction, carried: readonly Carried[], last: readonly Carried[] | undefined, now: Date): Promise<void> {
  if (action === 'answer_revision' && (!last || key(carried) !== key(last))) await raiseRevisiOnce(tx, row.id, now);
}
