import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/open.ts';
import type { Scanner, Storage } from '../../storage/storage.ts';
import { fileError, storeIncoming, type IncomingFile, type UploadRules } from '../attachments/incoming.ts';
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

/** The decision still standing: the last event, when it validated or returned the Evjab and the status still says so. */
function standingDecision<E extends { action: string }>(status: string, events: readonly E[]): E | null {
  const last = events[events.length - 1];
  return last && (status === 'divalidasi' || status === 'dikembalikan') && (last.action === 'validate' || last.action === 'return') ? last : null;
}

const wrongState = (status: string) => new AppError(409, 'JOB_VALIDATION_STATE', `job_validation_state_${status}` as 'job_validation_state_draf', { status });

/**
 * The validation of an Evjab (domain/jabatan/validation.ts): submit by the unit, validate or return by the bureau,
 * reopen by the unit. Every move is one transaction: the status (checked against the one read), the event, the audit.
 */
/** The signed berita acara: a scan or the PDF. */
const MINUTES_RULES: UploadRules = { types: ['pdf', 'jpg', 'jpeg', 'png'], maxMb: 10 };

export function createJobValidationService({ database, clock, jobDocuments, storage, scan }: {
  database: Database; clock: () => Date; jobDocuments: JobDocumentsService; storage: Storage; scan: Scanner;
}) {
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
      minutesFile: e.minutesFile ? { fileName: e.minutesFile.fileName, size: e.minutesFile.size, sha256: e.minutesFile.sha256, at: e.minutesFile.at } : null,
      notes: e.notes,
      actor: { id: e.actorId, name: e.actorName },
      at: e.at.toISOString(),
    }));
    const status = row.status as EvjabState;
    const decision = standingDecision(status, events);
    const kinds = actorsOf(actor, row.unitId);
    const canUploadMinutes = kinds.includes('bureau') && decision?.action === 'validate';
    return { documentId: id, status, actions: evjabMovesFor(status, kinds), canUploadMinutes, decision, events };
  }

  /** The bureau attaches (or replaces) the signed berita acara of the standing validation. */
  async function uploadMinutes(actor: Actor, id: string, next: () => Promise<IncomingFile | undefined>, ip?: string) {
    const row = await readable(actor, id);
    if (!actorsOf(actor, row.unitId).includes('bureau')) throw forbidden();
    const decision = standingDecision(row.status, await repo.listEvents(db, id));
    if (decision?.action !== 'validate') throw wrongState(row.status);
    const eventId = decision.id;
    const incoming = await next();
    if (!incoming) throw fileError(400, 'JOB_VALIDATION_MINUTES_MISSING', 'job_validation_minutes_file_missing');
    const storageKey = `job-documents/${id}/minutes/${randomUUID()}`;
    const stored = await storeIncoming({ storage, scan }, incoming, storageKey, MINUTES_RULES);
    let replaced: string | null = null;
    try {
      await db.transaction(async (tx) => {
        const fresh = await docs.getDocument(tx, id);
        if (fresh?.status !== 'divalidasi') throw wrongState(fresh?.status ?? row.status);
        const before = await repo.setMinutesFile(tx, id, eventId, { ...stored, storageKey, uploadedBy: actor.id, at: clock().toISOString() });
        if (before === undefined) throw wrongState(fresh.status);
        replaced = before?.storageKey ?? null;
        await recordAudit(tx, { actorId: actor.id, action: 'jobDocument.minutes', entity: 'job_document', entityId: id, data: { eventId, fileName: stored.fileName, size: stored.size, sha256: stored.sha256 }, ip });
      });
    } catch (err) {
      await storage.delete(storageKey);
      throw err;
    }
    if (replaced) await storage.delete(replaced).catch(() => undefined);
    return get(actor, id);
  }

  /** The minutes file of one validation, for whoever may read the document. */
  async function openMinutes(actor: Actor | null, id: string, eventId: number) {
    await readable(actor, id);
    const file = (await repo.listEvents(db, id)).find((e) => e.id === eventId)?.minutesFile;
    if (!file) throw notFound();
    return { file, stream: await storage.get(file.storageKey) };
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
    uploadMinutes,
    openMinutes,
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
