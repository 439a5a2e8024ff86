import type { Database } from '../../db/open.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import type { Language } from '../../http/language.ts';
import { can, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { evjabMove, evjabMovesFor, type EvjabActor, type EvjabMove, type EvjabState } from '../../../domain/jabatan/validation.ts';
import * as docs from '../job-documents/job-documents.repo.ts';
import type { JobDocumentsService } from '../job-documents/job-documents.service.ts';
import * as repo from './job-validation.repo.ts';
import type { TEvjabDecision, TEvjabValidation } from './job-validation.schema.ts';

/** Who the actor is to this document: its unit (or an administrator acting for it), the bureau, both, or neither. */
function actorsOf(actor: Actor | null, unitId: string): EvjabActor[] {
  const kinds: EvjabActor[] = [];
  if (can(actor, 'jobDocument.submitValidation', { unitId })) kinds.push('unit');
  if (can(actor, 'jobDocument.validate', { unitId })) kinds.push('bureau');
  return kinds.length ? kinds : ['other'];
}

const wrongState = (status: string) => new AppError(409, 'JOB_VALIDATION_STATE', `job_validation_state_${status}` as 'job_validation_state_draf', { status });

/**
 * The validation of an Evjab (domain/jabatan/validation.ts): submit by the unit, validate or return by the bureau,
 * reopen by the unit. Every move is one transaction: the status (checked against the one read), the event, the audit.
 */
export function createJobValidationService({ database, clock, jobDocuments }: { database: Database; clock: () => Date; jobDocuments: JobDocumentsService }) {
  const { db } = database;

  async function readable(actor: Actor | null, id: string) {
    const row = await docs.getDocument(db, id);
    if (!row || !can(actor, 'jobDocument.read', { unitId: row.unitId })) throw notFound();
    if (row.kind !== 'evjab') throw new AppError(409, 'JOB_VALIDATION_NOT_EVJAB', 'job_validation_not_evjab');
    return row;
  }

  async function get(actor: Actor | null, id: string): Promise<TEvjabValidation> {
    const row = await readable(actor, id);
    const events = (await repo.listEvents(db, id)).map((e) => ({
      id: e.id,
      action: e.action as EvjabMove,
      fromStatus: e.fromStatus as EvjabState,
      toStatus: e.toStatus as EvjabState,
      version: e.version,
      team: e.team,
      decidedOn: e.decidedOn,
      minutesNumber: e.minutesNumber,
      notes: e.notes,
      actor: { id: e.actorId, name: e.actorName },
      at: e.at.toISOString(),
    }));
    const status = row.status as EvjabState;
    const last = events[events.length - 1];
    const decision = last && (status === 'divalidasi' || status === 'dikembalikan') && (last.action === 'validate' || last.action === 'return') ? last : null;
    return { documentId: id, status, actions: evjabMovesFor(status, actorsOf(actor, row.unitId)), decision, events };
  }

  async function move(actor: Actor, id: string, action: EvjabMove, lang: Language, record: { team?: TEvjabDecision['team']; decidedOn?: string | null; minutesNumber?: string; notes?: string }, ip?: string) {
    const row = await readable(actor, id);
    const kinds = actorsOf(actor, row.unitId);
    const results = kinds.map((k) => evjabMove(row.status as EvjabState, action, k));
    const ok = results.find((r) => r.ok);
    if (!ok || !ok.ok) {
      if (results.every((r) => !r.ok && r.reason === 'not_allowed')) throw forbidden();
      throw wrongState(row.status);
    }
    if (action === 'submit') {
      const doc = await jobDocuments.get(actor, id, lang);
      if (doc.evaluation && doc.evaluation.grade === null) {
        throw new AppError(409, 'JOB_VALIDATION_INCOMPLETE', 'job_validation_incomplete', { problems: doc.evaluation.problems.map((p) => p.message).join(' ') });
      }
    }
    await db.transaction(async (tx) => {
      const now = clock();
      if (!(await repo.moveStatus(tx, id, row.status, ok.to, now))) {
        const fresh = await docs.getDocument(tx, id);
        throw wrongState(fresh?.status ?? row.status);
      }
      await repo.insertEvent(tx, {
        documentId: id, action, fromStatus: row.status, toStatus: ok.to, version: row.currentVersion,
        team: record.team ?? null, decidedOn: record.decidedOn ?? null, minutesNumber: record.minutesNumber || null, notes: record.notes ?? '',
        actorId: actor.id, at: now,
      });
      await recordAudit(tx, { actorId: actor.id, action: `jobDocument.${action}`, entity: 'job_document', entityId: id, data: { from: row.status, to: ok.to, version: row.currentVersion }, ip });
    }).catch((err: unknown) => {
      // Reopening while another open Evjab of the position exists (created after this one was validated).
      if (isUniqueViolation(err)) throw new AppError(409, 'JOB_DOCUMENT_EXISTS', 'job_validation_reopen_exists');
      throw err;
    });
    return get(actor, id);
  }

  return {
    get,
    submit: (actor: Actor, id: string, notes: string, lang: Language, ip?: string) => move(actor, id, 'submit', lang, { notes }, ip),
    decide: (actor: Actor, id: string, input: TEvjabDecision, lang: Language, ip?: string) => move(actor, id, input.decision === 'divalidasi' ? 'validate' : 'return', lang, {
      team: input.decision === 'divalidasi' ? input.team : (input.team.length ? input.team : undefined),
      decidedOn: input.decidedOn ?? null,
      minutesNumber: input.minutesNumber,
      notes: input.notes,
    }, ip),
    reopen: (actor: Actor, id: string, notes: string, lang: Language, ip?: string) => move(actor, id, 'reopen', lang, { notes }, ip),
  };
}

export type JobValidationService = ReturnType<typeof createJobValidationService>;
