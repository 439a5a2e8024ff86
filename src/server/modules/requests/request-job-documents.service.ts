import type { Database, Db, Tx } from '../../db/open.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { Language } from '../../http/language.ts';
import { t, type MessageKey } from '../../http/messages.ts';
import { can, type Actor } from '../../policy/policy.ts';
import type { JobDocumentKind } from '../../../domain/jabatan/model.ts';
import { jobReadinessProblems, type JobReadinessProblem } from '../../../domain/jabatan/readiness.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import * as jobRepo from '../job-documents/job-documents.repo.ts';
import * as masterRepo from '../job-master/job-master.repo.ts';
import { readableRequest } from './request-access.ts';
import { assertMayLink, mayLink, raiseRevisiIfChanged, type CompletenessProblem, type RequestLink, type SubmissionAction } from './request-links.ts';
import type { RequestRow } from './requests.repo.ts';
import * as repo from './request-job-documents.repo.ts';
import { MAX_REQUEST_JOB_DOCUMENTS, type TRequestJobDocuments } from './request-job-documents.schema.ts';

const iso = (d: Date) => d.toISOString();
const person = (id: string, name: string) => ({ id, name });

/** How messages name a kind; the same in both languages (GLOSSARY). */
export const JOB_KIND_LABELS: Record<JobDocumentKind, string> = { anjab: 'Anjab', evjab: 'Evjab', skj: 'SKJ' };

type Problem = { messageKey: MessageKey; params: Record<string, string | number> };

/**
 * What keeps each attached document's latest version from being submitted (domain/jabatan/readiness.ts), computed
 * with the master data of the document's own year. Runs on `db` or inside the move's transaction.
 */
async function problemsOf(db: Db | Tx, docs: repo.AttachedJobDocumentRow[]): Promise<Map<string, Problem[]>> {
  const masters = new Map<number, Awaited<ReturnType<typeof masterRepo.loadMaster>>>();
  const out = new Map<string, Problem[]>();
  // One query after another: `db` may be a transaction, whose single connection takes one query at a time.
  for (const doc of docs) {
    const version = await jobRepo.getVersion(db, doc.id, doc.currentVersion);
    if (!masters.has(doc.masterYear)) masters.set(doc.masterYear, await masterRepo.loadMaster(db, doc.masterYear));
    const rows = masters.get(doc.masterYear);
    if (!version || !rows) throw new Error(`job document ${doc.id} version ${doc.currentVersion} or master year ${doc.masterYear} missing`);
    const found: JobReadinessProblem[] = jobReadinessProblems(version.content, masterRepo.toDomain(rows), new Set(rows.competencies.map((c) => c.code)));
    out.set(doc.id, found.map(({ code, ...params }) => ({ messageKey: `request_job_problem_${code}` as MessageKey, params: { position: doc.positionName, ...params } })));
  }
  return out;
}

/**
 * What the job documents add to the completeness check of a submission: a request of a job service needs at least
 * one attached document, each of them complete enough to review.
 */
export async function jobDocumentsCompleteness(tx: Tx, row: RequestRow): Promise<CompletenessProblem[]> {
  if (!row.jobDocumentKind) return [];
  const docs = await repo.attachedDocuments(tx, row.id);
  if (docs.length === 0) return [{ path: 'jobDocuments', messageKey: 'request_job_required', params: { kind: JOB_KIND_LABELS[row.jobDocumentKind] } }];
  const problems = await problemsOf(tx, docs);
  return docs.flatMap((d) => (problems.get(d.id) ?? []).map((p) => ({ path: `jobDocuments.${d.id}`, ...p })));
}

/** Records the version of each attached document a submission carries; an answer carrying other versions raises the Revisi once. */
export async function recordJobDocumentsSubmission(tx: Tx, row: RequestRow, action: SubmissionAction, actorId: string, now: Date): Promise<void> {
  if (!row.jobDocumentKind) return;
  const docs = await repo.attachedDocuments(tx, row.id);
  if (docs.length === 0) return;
  const last = await repo.lastSubmission(tx, row.id);
  await raiseRevisiIfChanged(tx, row, action, docs.map((d) => ({ id: d.id, version: d.currentVersion })), last?.map((e) => ({ id: e.documentId, version: e.version })), now);
  await repo.insertEvents(tx, docs.map((d) => ({ requestId: row.id, kind: 'submitted', documentId: d.id, documentVersion: d.currentVersion, action, actorId, at: now })));
}

/** The job documents' events in the request's timeline: each attach and removal, and each version submitted. */
export async function jobDocumentsTimeline(db: Db | Tx, requestId: string) {
  const events = await repo.listEvents(db, requestId);
  return events.map((e) => ({
    kind: 'job_document' as const,
    at: e.at,
    actor: person(e.actorId, e.actorName),
    event: e.kind,
    document: { id: e.documentId, kind: e.documentKind as JobDocumentKind, positionName: e.positionName },
    version: e.version,
    action: e.action,
  }));
}

/** The job documents as one of the documents a request links (request-links.ts). */
export const jobDocumentsLink: RequestLink = { completeness: jobDocumentsCompleteness, recordSubmission: recordJobDocumentsSubmission, timeline: jobDocumentsTimeline };

/** `GET|POST|DELETE /api/requests/:id/job-documents`: the Anjab, Evjab or SKJ documents a request of a job service carries. */
export function createRequestJobDocumentsService({ database, clock }: { database: Database; clock: () => Date }) {
  const { db } = database;

  async function get(actor: Actor, id: string, lang: Language): Promise<TRequestJobDocuments> {
    const row = await readableRequest(db, actor, id);
    const [docs, events] = await Promise.all([repo.attachedDocuments(db, id), repo.listEvents(db, id)]);
    const problems = await problemsOf(db, docs);
    const submitted = events.filter((e) => e.kind === 'submitted');
    const groups = new Map<number, repo.RequestJobEventRow[]>();
    for (const e of submitted) groups.set(e.at.getTime(), [...(groups.get(e.at.getTime()) ?? []), e]);
    const submissions = [...groups.values()].map((g) => ({
      action: g[0].action as SubmissionAction,
      at: iso(g[0].at),
      actor: person(g[0].actorId, g[0].actorName),
      documents: g.map((e) => ({ id: e.documentId, kind: e.documentKind as JobDocumentKind, positionName: e.positionName, version: e.version })),
    }));
    const last = submissions.at(-1);
    return {
      kind: row.jobDocumentKind,
      documents: docs.map((d) => ({
        id: d.id,
        kind: d.kind as JobDocumentKind,
        positionId: d.positionId,
        positionName: d.positionName,
        positionKind: d.positionKind,
        latestVersion: d.currentVersion,
        masterYear: d.masterYear,
        updatedAt: iso(d.updatedAt),
        attachedAt: iso(d.attachedAt),
        submittedVersion: last?.documents.find((x) => x.id === d.id)?.version ?? null,
        problems: (problems.get(d.id) ?? []).map((p) => ({ code: p.messageKey.replace('request_job_problem_', ''), message: t(lang, p.messageKey, p.params) })),
      })),
      submissions,
      actions: row.jobDocumentKind && mayLink(actor, row) ? ['attach'] : [],
    };
  }

  /** The request, locked, if the actor may change its documents now. */
  async function changeable(tx: Tx, actor: Actor, id: string): Promise<RequestRow & { jobDocumentKind: JobDocumentKind }> {
    const row = await readableRequest(tx, actor, id, { lock: true });
    assertMayLink(actor, row, { forbidden: 'request_job_forbidden', wrongState: 'request_job_wrong_state' });
    if (!row.jobDocumentKind) throw new AppError(400, 'REQUEST_JOB_SERVICE', 'request_job_service');
    return row as RequestRow & { jobDocumentKind: JobDocumentKind };
  }

  return {
    get,

    /** Attaches a document of the request's unit and of the service's kind; attaching it again changes nothing. */
    async attach(actor: Actor, id: string, documentId: string, lang: Language, ip?: string): Promise<TRequestJobDocuments> {
      await db.transaction(async (tx) => {
        const row = await changeable(tx, actor, id);
        const doc = await jobRepo.getDocument(tx, documentId);
        // Another unit's document answers like a missing one to those who cannot read it, so that its existence does not leak.
        if (!doc || !can(actor, 'jobDocument.read', { unitId: doc.unitId })) {
          throw fieldError(400, 'REQUEST_JOB_UNKNOWN', 'documentId', 'request_job_unknown');
        }
        if (doc.unitId !== row.unitId) throw fieldError(400, 'REQUEST_JOB_OTHER_UNIT', 'documentId', 'request_job_other_unit');
        if (doc.kind !== row.jobDocumentKind) {
          throw fieldError(400, 'REQUEST_JOB_WRONG_KIND', 'documentId', 'request_job_wrong_kind', {
            expected: JOB_KIND_LABELS[row.jobDocumentKind], actual: JOB_KIND_LABELS[doc.kind as JobDocumentKind] ?? doc.kind,
          });
        }
        const attached = await repo.attachedDocuments(tx, id);
        if (attached.some((d) => d.id === documentId)) return;
        if (attached.length >= MAX_REQUEST_JOB_DOCUMENTS) throw fieldError(400, 'REQUEST_JOB_TOO_MANY', 'documentId', 'request_job_too_many', { max: MAX_REQUEST_JOB_DOCUMENTS });
        const now = clock();
        await repo.insertAttachment(tx, { requestId: id, documentId, attachedBy: actor.id, attachedAt: now });
        await repo.insertEvents(tx, [{ requestId: id, kind: 'attached', documentId, documentVersion: doc.currentVersion, actorId: actor.id, at: now }]);
        await recordAudit(tx, { actorId: actor.id, action: 'request.attach_job_document', entity: 'request', entityId: id, data: { documentId, kind: doc.kind, version: doc.currentVersion }, ip });
      });
      return get(actor, id, lang);
    },

    /** Removes an attached document (its history stays in the timeline). */
    async detach(actor: Actor, id: string, documentId: string, lang: Language, ip?: string): Promise<TRequestJobDocuments> {
      await db.transaction(async (tx) => {
        await changeable(tx, actor, id);
        const doc = await jobRepo.getDocument(tx, documentId);
        if (!doc || !(await repo.deleteAttachment(tx, id, documentId))) throw new AppError(404, 'REQUEST_JOB_NOT_ATTACHED', 'request_job_not_attached');
        const now = clock();
        await repo.insertEvents(tx, [{ requestId: id, kind: 'detached', documentId, documentVersion: doc.currentVersion, actorId: actor.id, at: now }]);
        await recordAudit(tx, { actorId: actor.id, action: 'request.detach_job_document', entity: 'request', entityId: id, data: { documentId, version: doc.currentVersion }, ip });
      });
      return get(actor, id, lang);
    },
  };
}

export type RequestJobDocumentsService = ReturnType<typeof createRequestJobDocumentsService>;
