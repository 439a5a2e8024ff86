import type { Database, Tx } from '../../db/open.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { AppError, forbidden } from '../../http/errors.ts';
import { offsetOf } from '../../http/paging.ts';
import { can, requestActions, workflowRefusal, type Actor } from '../../policy/policy.ts';
import { BUREAU_ROLES, hasAnyRole } from '../../../domain/access/roles.ts';
import { validateFormValues, type FormError } from '../../../domain/catalogue/form.ts';
import { stageClock } from '../../../domain/workflow/clock.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { getServiceByCode } from '../catalogue/catalogue.repo.ts';
import { requireActiveUnit } from '../units/active-unit.ts';
import { holidayDates } from '../calendar/calendar.repo.ts';
import { latestDocuments, listDocuments, type DocumentRow } from '../attachments/attachments.repo.ts';
import type { Notifier } from '../notifications/notifier.ts';
import * as repo from './requests.repo.ts';
import { readableRequest, workflowRequest } from './request-access.ts';
import { createRequestActions } from './request-actions.ts';
import { listCommentFiles } from './comment-files.repo.ts';
import { filesByComment } from './comment-files.ts';
import { commentSteps, linkedSopBrief, sopTimeline } from './request-sop.service.ts';
import { jobDocumentsTimeline } from './request-job-documents.service.ts';
import type { TCreateRequest, TDocument, TRequest, TRequestQuery, TRequestSummary, TUpdateRequest } from './requests.schema.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function formErrors(errors: FormError[]) {
  return errors.map((e) => ({ path: `formValues.${e.key}`, messageKey: `form_${e.code}` as const }));
}

export function presentDocument(row: DocumentRow, labels: { key: string; label: string }[]): TDocument {
  return {
    id: row.id,
    key: row.key,
    label: labels.find((l) => l.key === row.key)?.label ?? row.key,
    version: row.version,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    revisi: row.revisi,
    uploadedBy: { id: row.uploadedById, name: row.uploadedByName },
    at: row.at.toISOString(),
  };
}

export interface RequestsDeps {
  database: Database;
  mailer: Mailer;
  notifier: Notifier;
  clock: () => Date;
  /** Called after a move that completed a request (state selesai) has committed: the registry ratifies its SOP. */
  onCompleted?: (actor: Actor, requestId: string, ip?: string) => Promise<void>;
}

export function createRequestsService(deps: RequestsDeps) {
  const { database, clock } = deps;
  const { db } = database;

  /** Days used against the service standard, for each row. */
  async function clocksOf(rows: repo.RequestRow[]) {
    const [events, holidays] = await Promise.all([repo.clockEvents(db, rows.map((r) => r.id)), holidayDates(db)]);
    const now = clock();
    return new Map(rows.map((row) => [row.id, stageClock(events.filter((e) => e.requestId === row.id) as never, row.standardDays, holidays, now)]));
  }

  function summary(actor: Actor | null, row: repo.RequestRow, clockOf: ReturnType<typeof stageClock>): TRequestSummary {
    return {
      id: row.id,
      serviceCode: row.serviceCode,
      serviceName: row.serviceName,
      unitId: row.unitId,
      unitCode: row.unitCode,
      unitName: row.unitName,
      title: row.title,
      state: row.state as TRequestSummary['state'],
      stage: row.stage,
      revisi: row.revisi,
      tglRevisi: iso(row.tglRevisi),
      documentNumber: row.documentNumber,
      submittedAt: iso(row.submittedAt),
      completedAt: iso(row.completedAt),
      createdAt: row.createdAt.toISOString(),
      version: row.version,
      clock: clockOf,
      actions: requestActions(actor, workflowRequest(row)),
    };
  }

  async function present(actor: Actor | null, row: repo.RequestRow): Promise<TRequest> {
    const [clocks, documents, names, sop] = await Promise.all([
      clocksOf([row]), latestDocuments(db, row.id), repo.userNames(db, row.assignedVerifierIds), linkedSopBrief(db, row),
    ]);
    return {
      ...summary(actor, row, clocks.get(row.id)!),
      serviceId: row.serviceId,
      serviceNameEn: row.serviceNameEn,
      contactName: row.contactName,
      contactPhone: row.contactPhone,
      contactEmail: row.contactEmail,
      formValues: row.formValues,
      requiresEndorsement: row.requiresEndorsement,
      endorsed: row.endorsed,
      completenessVerified: row.completenessVerified,
      assignees: row.assignedVerifierIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      documents: documents.map((d) => presentDocument(d, row.requiredAttachments)),
      attachesSop: row.attachesSop,
      jobDocumentKind: row.jobDocumentKind,
      sop,
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async function get(actor: Actor | null, id: string) {
    return present(actor, await readableRequest(db, actor, id));
  }

  const actions = createRequestActions({ ...deps, current: get });

  return {
    get,
    act: actions.act,

    /** A unit sees its own requests; the bureau sees every submitted one (administrators drafts too). */
    async list(actor: Actor, q: TRequestQuery) {
      const bureau = hasAnyRole(actor.roles, BUREAU_ROLES);
      const admin = actor.roles.includes('administrator');
      const { items, total } = await repo.listRequests(db, {
        ...q,
        unitId: bureau ? q.unitId : actor.unitId,
        draftsOf: admin ? 'all' : actor.unitId,
        limit: q.pageSize,
        offset: offsetOf(q),
      });
      const clocks = await clocksOf(items);
      return {
        items: items.map((r) => summary(actor, r, clocks.get(r.id)!)),
        total,
        page: q.page,
        pageSize: q.pageSize,
        actions: can(actor, 'request.create', { unitId: actor.unitId }) ? ['create'] : [],
      };
    },

    async create(actor: Actor, input: TCreateRequest, ip?: string) {
      const unitId = input.unitId ?? actor.unitId;
      if (!can(actor, 'request.create', { unitId })) throw forbidden();
      const id = await db.transaction(async (tx) => {
        const service = await getServiceByCode(tx, input.serviceCode);
        if (!service) throw new AppError(400, 'SERVICE_UNKNOWN', 'service_unknown', {}, [{ path: 'serviceCode', messageKey: 'service_unknown' }]);
        if (!service.active) throw new AppError(400, 'SERVICE_INACTIVE', 'service_inactive', {}, [{ path: 'serviceCode', messageKey: 'service_inactive' }]);
        await requireActiveUnit(tx, unitId);
        const form = validateFormValues(service.formFields, input.formValues ?? {}, 'draft');
        if (!form.ok) throw new AppError(400, 'VALIDATION', 'validation', {}, formErrors(form.errors));
        const newId = await repo.insertRequest(tx, {
          serviceId: service.id,
          unitId,
          title: input.title,
          contactName: input.contactName ?? '',
          contactPhone: input.contactPhone ?? '',
          contactEmail: input.contactEmail ?? '',
          formValues: form.values,
          requiresEndorsement: service.requiresEndorsement,
          createdBy: actor.id,
          createdAt: clock(),
          updatedAt: clock(),
        });
        await recordAudit(tx, { actorId: actor.id, action: 'request.create', entity: 'request', entityId: newId, data: { ...input, unitId }, ip });
        return newId;
      });
      return get(actor, id);
    },

    /** Only a draft is edited; `formValues`, when sent, replaces the whole form. */
    async update(actor: Actor, id: string, input: TUpdateRequest, ip?: string) {
      const { version, ...changes } = input;
      await db.transaction(async (tx: Tx) => {
        const current = await readableRequest(tx, actor, id);
        if (!can(actor, 'request.update', { unitId: current.unitId, state: current.state })) {
          // Those who could edit it as a draft are told it is too late; the others that they may not.
          throw can(actor, 'request.update', { unitId: current.unitId, state: 'draf' }) ? actions.refused('wrong_state') : forbidden();
        }
        let formValues = current.formValues;
        if (changes.formValues !== undefined) {
          const form = validateFormValues(current.formFields, changes.formValues, 'draft');
          if (!form.ok) throw new AppError(400, 'VALIDATION', 'validation', {}, formErrors(form.errors));
          formValues = form.values;
        }
        if (!(await repo.updateRequest(tx, id, version, { ...changes, formValues }, clock()))) throw actions.conflict();
        await recordAudit(tx, { actorId: actor.id, action: 'request.update', entity: 'request', entityId: id, data: { version, ...changes }, ip });
      }).catch(actions.withCurrent(actor, id));
      return get(actor, id);
    },

    async comments(actor: Actor, id: string) {
      const row = await readableRequest(db, actor, id);
      const [items, files] = await Promise.all([repo.listComments(db, id), listCommentFiles(db, id).then(filesByComment)]);
      const steps = await commentSteps(db, items);
      return {
        items: items.map((c) => {
          const step = steps.get(c.id);
          return { id: c.id, body: c.body, at: c.at.toISOString(), author: { id: c.authorId, name: c.authorName }, files: files.get(c.id) ?? [], ...(step ? { sopStep: step } : {}) };
        }),
        actions: requestActions(actor, workflowRequest(row)).includes('comment') ? ['create'] : [],
      };
    },

    comment: actions.comment,

    /** The request, if the actor may add a note to it now; otherwise the refusal the note itself would get. */
    async mayComment(actor: Actor, id: string) {
      const row = await readableRequest(db, actor, id);
      const refusal = workflowRefusal(actor, workflowRequest(row), 'comment');
      if (refusal) await actions.withCurrent(actor, id)(actions.refused(refusal));
      return row;
    },

    /** Everything that happened to the request, oldest first. */
    async timeline(actor: Actor, id: string) {
      const row = await readableRequest(db, actor, id);
      const [transitions, comments, documents, files, sopEvents, jobEvents] = await Promise.all([
        repo.listTransitions(db, id), repo.listComments(db, id), listDocuments(db, id), listCommentFiles(db, id).then(filesByComment), sopTimeline(db, id),
        jobDocumentsTimeline(db, id),
      ]);
      const actorOf = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);
      // The versions a submission carries (SOP, job documents) come before the move itself at the same instant.
      const items = [
        ...sopEvents,
        ...jobEvents,
        ...transitions.map((x) => ({
          kind: 'transition' as const,
          at: x.at,
          actor: actorOf(x.actorId, x.actorName),
          action: x.action,
          from: { state: x.fromState, stage: x.fromStage },
          to: { state: x.toState, stage: x.toStage },
          reason: x.reason,
          data: x.data,
        })),
        ...comments.map((c) => ({ kind: 'comment' as const, at: c.at, actor: actorOf(c.authorId, c.authorName), id: c.id, body: c.body, files: files.get(c.id) ?? [] })),
        ...documents.map((d) => ({ kind: 'document' as const, at: d.at, actor: actorOf(d.uploadedById, d.uploadedByName), document: presentDocument(d, row.requiredAttachments) })),
      ];
      items.sort((a, b) => a.at.getTime() - b.at.getTime());
      return { items: items.map((i) => ({ ...i, at: i.at.toISOString() })) };
    },
  };
}

export type RequestsService = ReturnType<typeof createRequestsService>;
