import type { Database, Db, Tx } from '../../db/open.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { getSop, getSopVersion, type SopRow } from '../sops/sops.repo.ts';
import { readableRequest } from './request-access.ts';
import type { RequestRow } from './requests.repo.ts';
import * as repo from './request-sop.repo.ts';
import { assertMayLink, mayLink, raiseRevisiIfChanged, type CompletenessProblem, type RequestLink, type SubmissionAction } from './request-links.ts';
import type { TCommentSopStep, TRequestSop, TRequestSopBrief } from './request-sop.schema.ts';

const iso = (d: Date) => d.toISOString();
const person = (id: string, name: string) => ({ id, name });

export function sopBrief(sop: SopRow): TRequestSopBrief {
  return {
    id: sop.id,
    title: sop.title,
    number: sop.number,
    latestVersion: sop.currentVersion,
    errorCount: sop.errorCount,
    warningCount: sop.warningCount,
    updatedAt: iso(sop.updatedAt),
  };
}

/** The linked SOP's brief for the request's own response, or null. */
export async function linkedSopBrief(db: Db | Tx, row: RequestRow): Promise<TRequestSopBrief | null> {
  if (!row.sopId) return null;
  const sop = await getSop(db, row.sopId);
  return sop ? sopBrief(sop) : null;
}

/**
 * What the SOP adds to the completeness check of a submission (submit and answer_revision): a request of a
 * service that attaches SOPs needs a linked SOP whose latest version has no checker errors (warnings do not block).
 */
export async function sopCompleteness(tx: Tx, row: RequestRow): Promise<CompletenessProblem[]> {
  if (!row.attachesSop) return [];
  const sop = row.sopId ? await getSop(tx, row.sopId) : undefined;
  if (!sop) return [{ path: 'sop', messageKey: 'request_sop_required' }];
  if (sop.errorCount > 0) return [{ path: 'sop', messageKey: 'request_sop_errors', params: { count: sop.errorCount } }];
  return [];
}

/**
 * Records the SOP version a submission carries, so that the verifikator reviews exactly that version. An answer to
 * a revision round that carries another SOP version than the last submission counts as a revised document: it
 * raises the Revisi once per round, as a new document version does (attachments.repo.ts raiseRevisiOnce).
 */
export async function recordSopSubmission(tx: Tx, row: RequestRow, action: SubmissionAction, actorId: string, now: Date): Promise<void> {
  if (!row.attachesSop || !row.sopId) return;
  const sop = await getSop(tx, row.sopId);
  if (!sop) return;
  const last = await repo.lastSubmission(tx, row.id);
  await raiseRevisiIfChanged(tx, row, action, [{ id: sop.id, version: sop.currentVersion }], last ? [{ id: last.sopId, version: last.sopVersion }] : undefined, now);
  await repo.insertSopEvent(tx, { requestId: row.id, kind: 'submitted', sopId: sop.id, sopVersion: sop.currentVersion, action, actorId, at: now });
}

/** The step a note names: it must be a step of the SOP version last submitted with the request. */
export async function resolveSopStep(tx: Db | Tx, row: RequestRow, stepId: string): Promise<{ sopId: string; sopVersion: number; sopStepId: string }> {
  const last = await repo.lastSubmission(tx, row.id);
  if (!row.attachesSop || !last) throw fieldError(400, 'REQUEST_SOP_NOT_SUBMITTED', 'sopStepId', 'request_sop_not_submitted');
  const version = await getSopVersion(tx, last.sopId, last.sopVersion);
  if (!version?.content.steps.some((s) => s.id === stepId)) {
    throw fieldError(400, 'REQUEST_SOP_STEP_UNKNOWN', 'sopStepId', 'request_sop_step_unknown', { version: last.sopVersion });
  }
  return { sopId: last.sopId, sopVersion: last.sopVersion, sopStepId: stepId };
}

/** The steps notes were written on, numbered as their SOP version shows them; keyed by comment id. */
export async function commentSteps(db: Db | Tx, comments: { id: string; sopId: string | null; sopVersion: number | null; sopStepId: string | null }[]): Promise<Map<string, TCommentSopStep>> {
  const out = new Map<string, TCommentSopStep>();
  const versions = new Map<string, Awaited<ReturnType<typeof getSopVersion>>>();
  for (const c of comments) {
    if (!c.sopId || c.sopVersion === null || !c.sopStepId) continue;
    const key = `${c.sopId}:${c.sopVersion}`;
    if (!versions.has(key)) versions.set(key, await getSopVersion(db, c.sopId, c.sopVersion));
    const steps = versions.get(key)?.content.steps ?? [];
    const index = steps.findIndex((s) => s.id === c.sopStepId);
    out.set(c.id, { id: c.sopStepId, sopId: c.sopId, version: c.sopVersion, number: index >= 0 ? index + 1 : null, description: index >= 0 ? steps[index].description : '' });
  }
  return out;
}

/** The SOP's events in the request's timeline: each link or change, and each submitted version. */
export async function sopTimeline(db: Db | Tx, requestId: string) {
  const events = await repo.listSopEvents(db, requestId);
  return events.map((e) => ({
    kind: 'sop' as const,
    at: e.at,
    actor: person(e.actorId, e.actorName),
    event: e.kind,
    sop: { id: e.sopId, title: e.sopTitle },
    version: e.sopVersion,
    action: e.action,
  }));
}

/** The SOP as one of the documents a request links (request-links.ts). */
export const sopLink: RequestLink = { completeness: sopCompleteness, recordSubmission: recordSopSubmission, timeline: sopTimeline };

/** `GET|PUT /api/requests/:id/sop`: the SOP a request of an SOP service carries. */
export function createRequestSopService({ database, clock }: { database: Database; clock: () => Date }) {
  const { db } = database;

  async function get(actor: Actor, id: string): Promise<TRequestSop> {
    const row = await readableRequest(db, actor, id);
    const [sop, events] = await Promise.all([linkedSopBrief(db, row), repo.listSopEvents(db, id)]);
    const submissions = events.filter((e) => e.kind === 'submitted');
    const ofLinked = submissions.filter((e) => e.sopId === row.sopId);
    return {
      attachesSop: row.attachesSop,
      sop,
      submissions: submissions.map((e) => ({
        sopId: e.sopId,
        sopTitle: e.sopTitle,
        version: e.sopVersion,
        action: e.action as 'submit' | 'answer_revision',
        at: iso(e.at),
        actor: person(e.actorId, e.actorName),
      })),
      reviewVersion: ofLinked.length ? ofLinked[ofLinked.length - 1].sopVersion : null,
      actions: row.attachesSop && mayLink(actor, row) ? ['link'] : [],
    };
  }

  return {
    get,

    /** Links (or changes) the request's SOP: one SOP of the request's own unit. Linking the same SOP again changes nothing. */
    async link(actor: Actor, id: string, sopId: string, ip?: string): Promise<TRequestSop> {
      await db.transaction(async (tx) => {
        const row = await readableRequest(tx, actor, id, { lock: true });
        assertMayLink(actor, row, { forbidden: 'request_sop_forbidden', wrongState: 'request_sop_wrong_state' });
        if (!row.attachesSop) throw new AppError(400, 'REQUEST_SOP_SERVICE', 'request_sop_service');
        const sop = await getSop(tx, sopId);
        if (!sop) throw fieldError(400, 'REQUEST_SOP_UNKNOWN', 'sopId', 'request_sop_unknown');
        if (sop.unitId !== row.unitId) throw fieldError(400, 'REQUEST_SOP_OTHER_UNIT', 'sopId', 'request_sop_other_unit');
        if (row.sopId === sop.id) return;
        const now = clock();
        await repo.setRequestSop(tx, id, sop.id, now);
        await repo.insertSopEvent(tx, { requestId: id, kind: 'linked', sopId: sop.id, sopVersion: sop.currentVersion, actorId: actor.id, at: now });
        await recordAudit(tx, { actorId: actor.id, action: 'request.link_sop', entity: 'request', entityId: id, data: { sopId: sop.id, previousSopId: row.sopId, version: sop.currentVersion }, ip });
      });
      return get(actor, id);
    },
  };
}

export type RequestSopService = ReturnType<typeof createRequestSopService>;
