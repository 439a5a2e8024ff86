import type { Tx } from '../../db/open.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { AppError, versionConflict } from '../../http/errors.ts';
import type { MessageKey } from '../../http/messages.ts';
import { workflowActor, workflowRefusal, type Actor } from '../../policy/policy.ts';
import { validateFormValues } from '../../../domain/catalogue/form.ts';
import { commentNotice, noticesFor, type Notice } from '../../../domain/workflow/notify.ts';
import { BUREAU_ROLES, hasAnyRole } from '../../../domain/access/roles.ts';
import { applyAction, refusalFor, SYSTEM_ACTOR, type RefusalCode, type Transition, type WorkflowAction, type WorkflowActor, type WorkflowRequest } from '../../../domain/workflow/transitions.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import * as repo from './requests.repo.ts';
import { readableRequest, workflowRequest } from './request-access.ts';
import { assignDocumentNumber } from '../numbering/numbering.service.ts';
import { holidayDates } from '../calendar/calendar.repo.ts';
import { storeClocks } from './clock-refresh.ts';
import type { RequestsDeps } from './requests.service.ts';
import type { TActionBody, TComment, TRequest } from './requests.schema.ts';
import type { StoredUpload } from '../attachments/incoming.ts';
import { insertCommentFiles, listCommentFiles } from './comment-files.repo.ts';
import { presentCommentFile } from './comment-files.ts';
import { commentSteps, resolveSopStep, sopLink } from './request-sop.service.ts';
import { jobDocumentsLink } from './request-job-documents.service.ts';
import type { CompletenessProblem, RequestLink } from './request-links.ts';

/** The documents of the unit's own a request carries by reference, each checked and recorded at submission. */
const LINKS: readonly RequestLink[] = [sopLink, jobDocumentsLink];

async function linksCompleteness(tx: Tx, row: repo.RequestRow): Promise<CompletenessProblem[]> {
  const out: CompletenessProblem[] = [];
  for (const link of LINKS) out.push(...(await link.completeness(tx, row)));
  return out;
}

const FORBIDDEN_REFUSALS: RefusalCode[] = ['role_not_permitted', 'not_own_unit', 'not_assigned'];

/** A failure that answers with the request as it now stands; filled in after the transaction has rolled back. */
class NeedsCurrent extends Error {
  constructor(readonly make: (current: TRequest) => AppError) {
    super('needs current');
  }
}

/** The workflow moves, comments and their side effects (history, audit, numbering, notifications), one transaction each. */
export function createRequestActions({ database, mailer, notifier, clock, current, onCompleted }: RequestsDeps & { current: (actor: Actor, id: string) => Promise<TRequest> }) {
  const { db } = database;

  function refused(code: RefusalCode): Error {
    if (FORBIDDEN_REFUSALS.includes(code)) return new AppError(403, 'FORBIDDEN', `refusal_${code}`, {}, [], { refusal: code });
    if (code === 'reason_required') return new AppError(400, 'VALIDATION', 'validation', {}, [{ path: 'reason', messageKey: 'refusal_reason_required' }]);
    if (code === 'verifiers_required' || code === 'duplicate_verifier') {
      return new AppError(400, 'VALIDATION', 'validation', {}, [{ path: 'verifierIds', messageKey: `refusal_${code}` }]);
    }
    return new NeedsCurrent((c) => new AppError(409, 'ACTION_REFUSED', `refusal_${code}`, {}, [], { refusal: code, current: c }));
  }

  const conflict = () => new NeedsCurrent((c) => versionConflict(c));

  const withCurrent = (actor: Actor, id: string) => async (err: unknown): Promise<never> => {
    if (err instanceof NeedsCurrent) throw err.make(await current(actor, id));
    // Two templates edited to print the same number: the database refuses the second, nothing is applied.
    if (isUniqueViolation(err, 'requests_document_number_key')) throw new AppError(409, 'NUMBER_TAKEN', 'number_taken');
    throw err;
  };

  /**
   * Submission needs every required field, the contact person, every required attachment and what the service links:
   * an error-free SOP (SOP services), complete job documents (job services).
   */
  async function checkComplete(tx: Tx, row: repo.RequestRow) {
    const fields: AppError['fieldErrors'][number][] = [];
    for (const key of ['contactName', 'contactPhone', 'contactEmail'] as const) {
      if (!row[key].trim()) fields.push({ path: key, messageKey: 'required' });
    }
    const form = validateFormValues(row.formFields, row.formValues, 'submit');
    if (!form.ok) for (const e of form.errors) fields.push({ path: `formValues.${e.key}`, messageKey: `form_${e.code}` as MessageKey });
    const uploaded = new Set(await repo.documentKeys(tx, row.id));
    for (const a of row.requiredAttachments) {
      if (a.required && !uploaded.has(a.key)) fields.push({ path: `documents.${a.key}`, messageKey: 'document_required', params: { label: a.label } });
    }
    fields.push(...(await linksCompleteness(tx, row)));
    if (fields.length) throw new AppError(400, 'REQUEST_INCOMPLETE', 'request_incomplete', {}, fields);
  }

  async function checkVerifiers(tx: Tx, ids: readonly string[]) {
    const valid = await repo.activeVerifierIds(tx, ids);
    const fields = ids.flatMap((id, i) => (valid.has(id) ? [] : [{ path: `verifierIds.${i}`, messageKey: 'verifier_invalid' as const }]));
    if (fields.length) throw new AppError(400, 'VALIDATION', 'validation', {}, fields);
  }

  /** Records one move: the row, the history line, the audit entry and the notices. */
  async function record(tx: Tx, row: repo.RequestRow, before: WorkflowRequest, after: WorkflowRequest, transition: Transition, actorId: string | null, data: Record<string, unknown>, now: Date, ip?: string) {
    await repo.insertTransition(tx, {
      requestId: row.id,
      actorId,
      action: transition.action,
      fromState: transition.from.state,
      fromStage: transition.from.stage,
      toState: transition.to.state,
      toStage: transition.to.stage,
      reason: transition.reason,
      data,
      at: now,
    });
    await recordAudit(tx, { actorId, action: `request.${transition.action}`, entity: 'request', entityId: row.id, data: { from: transition.from, to: transition.to, reason: transition.reason, ...data }, ip });
    const notices: Notice[] = noticesFor(transition, before, after);
    await notifier.notify(tx, notices, {
      id: row.id,
      title: row.title,
      unitId: row.unitId,
      stage: after.stage,
      documentNumber: (data.documentNumber as string | undefined) ?? row.documentNumber,
      assignedVerifierIds: after.assignedVerifierIds,
      previousVerifierIds: before.assignedVerifierIds,
    }, { actorId, now, reason: transition.reason });
  }

  /** Gives the output its number, as the server (on reaching stage 6) or an administrator. */
  async function number(tx: Tx, row: repo.RequestRow, request: WorkflowRequest, actor: WorkflowActor, now: Date, ip?: string) {
    const applied = applyAction(request, 'assign_number', actor);
    if (!applied.ok) throw refused(applied.code);
    const documentNumber = await assignDocumentNumber(tx, { kind: row.serviceCode, unitId: row.unitId, unitCode: row.unitCode, now });
    await repo.setDocumentNumber(tx, row.id, documentNumber, now);
    await record(tx, row, request, applied.request, applied.transition, actor.userId, { documentNumber }, now, ip);
  }

  return {
    refused,
    conflict,
    withCurrent,

    async act(actor: Actor, id: string, action: WorkflowAction, body: TActionBody, ip?: string) {
      let completed = false;
      await db
        .transaction(async (tx) => {
          const row = await readableRequest(tx, actor, id);
          if (row.version !== body.version) throw conflict();
          const before = workflowRequest(row);
          const refusal = workflowRefusal(actor, before, action);
          if (refusal) throw refused(refusal);
          const now = clock();
          if (action === 'assign_number') {
            if (!(await repo.updateRequest(tx, id, body.version, {}, now))) throw conflict();
            await number(tx, row, before, workflowActor(actor), now, ip);
            return;
          }
          const applied = applyAction(before, action, workflowActor(actor), { reason: body.reason, verifierIds: body.verifierIds });
          if (!applied.ok) throw refused(applied.code);
          if (action === 'submit') await checkComplete(tx, row);
          if (action === 'answer_revision') {
            const linked = await linksCompleteness(tx, row);
            if (linked.length) throw new AppError(400, 'REQUEST_INCOMPLETE', 'request_incomplete', {}, linked);
          }
          // Before the row's revision round closes: a new version of a linked document in the answer raises the Revisi once.
          if (action === 'submit' || action === 'answer_revision') for (const link of LINKS) await link.recordSubmission(tx, row, action, actor.id, now);
          if (action === 'assign') await checkVerifiers(tx, body.verifierIds ?? []);
          const after = applied.request;
          const changed = await repo.updateRequest(tx, id, body.version, {
            state: after.state,
            stage: after.stage,
            endorsed: after.endorsed,
            completenessVerified: after.completenessVerified,
            ...(action === 'submit' ? { submittedAt: now } : {}),
            ...(after.state === 'selesai' ? { completedAt: now } : {}),
            ...(action === 'request_revision' ? { revisionOpen: true } : action === 'answer_revision' ? { revisionOpen: false } : {}),
          }, now);
          if (!changed) throw conflict();
          completed = after.state === 'selesai' && row.state !== 'selesai';
          if (action === 'submit') await repo.assignRegistrationNo(tx, id);
          if (action === 'assign') await repo.replaceAssignees(tx, id, after.assignedVerifierIds, now);
          await record(tx, row, before, after, applied.transition, actor.id, action === 'assign' ? { verifierIds: after.assignedVerifierIds } : {}, now, ip);
          if (refusalFor(after, 'assign_number', SYSTEM_ACTOR) === null) await number(tx, row, after, SYSTEM_ACTOR, now, ip);
          await storeClocks(tx, [{ id, standardDays: row.standardDays }], await holidayDates(tx), now, { always: true });
        })
        .catch(withCurrent(actor, id));
      void mailer.flush();
      // After the commit: what follows a completion (the registry's ratification) never holds the move's transaction.
      if (completed && onCompleted) await onCompleted(actor, id, ip);
      return current(actor, id);
    },

    /** `files` were stored already (comment-files.ts); their rows are written with the note or not at all. */
    async comment(actor: Actor, id: string, body: string, ip?: string, files: StoredUpload[] = [], sopStepId?: string): Promise<TComment> {
      const commentId = await db.transaction(async (tx) => {
        const row = await readableRequest(tx, actor, id);
        const refusal = workflowRefusal(actor, workflowRequest(row), 'comment');
        if (refusal) throw refused(refusal);
        const step = sopStepId ? await resolveSopStep(tx, row, sopStepId) : {};
        const now = clock();
        const newId = await repo.insertComment(tx, { requestId: id, authorId: actor.id, body, at: now, ...step });
        await insertCommentFiles(tx, files.map(({ fileName, contentType, size, sha256, storageKey }) => ({
          commentId: newId, requestId: id, fileName, contentType, size, sha256, storageKey, uploadedBy: actor.id, at: now,
        })));
        const fileData = files.length ? { files: files.map(({ fileName, size, sha256 }) => ({ fileName, size, sha256 })) } : {};
        await recordAudit(tx, { actorId: actor.id, action: 'request.comment', entity: 'request', entityId: id, data: { commentId: newId, ...fileData, ...step }, ip });
        const fromUnit = actor.unitId === row.unitId && !hasAnyRole(actor.roles, BUREAU_ROLES);
        await notifier.notify(tx, [commentNotice(fromUnit, workflowRequest(row))], row, { actorId: actor.id, now, reason: body });
        return newId;
      }).catch(withCurrent(actor, id));
      void mailer.flush();
      const [[c], stored] = await Promise.all([repo.listComments(db, id, commentId), listCommentFiles(db, id, commentId)]);
      const step = (await commentSteps(db, [c])).get(c.id);
      return { id: c.id, body: c.body, at: c.at.toISOString(), author: { id: c.authorId, name: c.authorName }, files: stored.map(presentCommentFile), ...(step ? { sopStep: step } : {}) };
    },
  };
}
