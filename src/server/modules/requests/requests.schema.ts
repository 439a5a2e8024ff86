import { z } from 'zod';
import { REQUEST_STATES } from '../../../domain/workflow/states.ts';
import { WORKFLOW_ACTIONS } from '../../../domain/workflow/transitions.ts';
import { STAGE_NUMBERS } from '../../../domain/workflow/stages.ts';
import { ZPageQuery } from '../../http/paging.ts';
import { ZCommentSopStep, ZRequestSopBrief, ZSopTimelineEntry } from './request-sop.schema.ts';
import { ZJobTimelineEntry } from './request-job-documents.schema.ts';
import { JOB_DOCUMENT_KINDS } from '../../../domain/jabatan/model.ts';

const ZStage = z.number().int().nullable();

export const ZClock = z.object({
  usedDays: z.number().int(),
  targetDays: z.number().int(),
  overdue: z.boolean(),
  current: z.object({ stage: z.number().int(), paused: z.boolean(), usedDays: z.number().int(), targetDays: z.number().int(), overdue: z.boolean() }).nullable(),
  stages: z.array(z.object({ stage: z.number().int(), usedDays: z.number().int(), pausedDays: z.number().int(), targetDays: z.number().int(), overdue: z.boolean() })),
});

export const ZDocument = z.object({
  id: z.string().uuid(),
  key: z.string(),
  label: z.string(),
  version: z.number().int(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  revisi: z.number().int(),
  uploadedBy: z.object({ id: z.string().uuid(), name: z.string() }),
  at: z.string(),
});
export type TDocument = z.infer<typeof ZDocument>;

export const ZRequestSummary = z.object({
  id: z.string().uuid(),
  serviceCode: z.string(),
  serviceName: z.string(),
  unitId: z.string().uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  title: z.string(),
  state: z.enum(REQUEST_STATES),
  stage: ZStage,
  revisi: z.number().int(),
  tglRevisi: z.string().nullable(),
  documentNumber: z.string().nullable(),
  submittedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
  clock: ZClock,
  actions: z.array(z.string()),
});
export type TRequestSummary = z.infer<typeof ZRequestSummary>;

export const ZRequest = ZRequestSummary.extend({
  serviceId: z.string().uuid(),
  serviceNameEn: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  formValues: z.record(z.string(), z.unknown()),
  requiresEndorsement: z.boolean(),
  endorsed: z.boolean(),
  completenessVerified: z.boolean(),
  assignees: z.array(z.object({ id: z.string().uuid(), name: z.string() })),
  /** The latest version of each document. */
  documents: z.array(ZDocument),
  /** The service links one SOP of the unit to its requests (see GET /api/requests/:id/sop). */
  attachesSop: z.boolean(),
  /** The service attaches job documents of this kind (see GET /api/requests/:id/job-documents); null for other services. */
  jobDocumentKind: z.enum(JOB_DOCUMENT_KINDS).nullable(),
  sop: ZRequestSopBrief.nullable(),
  updatedAt: z.string(),
});
export type TRequest = z.infer<typeof ZRequest>;

export const ZRequestQuery = ZPageQuery.extend({
  state: z.enum(REQUEST_STATES).optional(),
  stage: z.coerce.number().int().refine((n) => (STAGE_NUMBERS as readonly number[]).includes(n)).optional(),
  serviceCode: z.string().trim().max(40).optional(),
  /** Bureau only; a unit always sees its own. */
  unitId: z.string().uuid().optional(),
});
export type TRequestQuery = z.infer<typeof ZRequestQuery>;

const ZDraftFields = z.object({
  title: z.string().trim().min(3).max(500),
  contactName: z.string().trim().max(200).optional(),
  contactPhone: z.string().trim().regex(/^[+0-9 ()-]{0,30}$/, { message: 'phone_invalid' }).optional(),
  contactEmail: z.union([z.literal(''), z.string().trim().toLowerCase().email({ message: 'email_invalid' }).max(254)]).optional(),
  /** Checked against the service's form fields (src/domain/catalogue/form.ts). */
  formValues: z.record(z.string(), z.unknown()).optional(),
});

export const ZCreateRequest = ZDraftFields.extend({
  serviceCode: z.string().trim().min(1).max(40),
  /** Administrators may register for any unit; everyone else registers for their own. */
  unitId: z.string().uuid().optional(),
});
export type TCreateRequest = z.infer<typeof ZCreateRequest>;

export const ZUpdateRequest = ZDraftFields.partial().extend({ version: z.number().int().min(1) });
export type TUpdateRequest = z.infer<typeof ZUpdateRequest>;

/** Comments have their own endpoint. */
export const ACTION_ENDPOINT_ACTIONS = WORKFLOW_ACTIONS.filter((a) => a !== 'comment') as Exclude<(typeof WORKFLOW_ACTIONS)[number], 'comment'>[];
export const ZActionParams = z.object({ id: z.string().uuid(), action: z.enum(ACTION_ENDPOINT_ACTIONS as [string, ...string[]]) });

export const ZActionBody = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().max(2000).optional(),
  verifierIds: z.array(z.string().uuid()).max(20).optional(),
});
export type TActionBody = z.infer<typeof ZActionBody>;

/** A file attached to a note; downloaded at /api/requests/:id/comment-files/:fileId. */
export const ZCommentFile = z.object({ id: z.string().uuid(), fileName: z.string(), contentType: z.string(), size: z.number().int() });
export type TCommentFile = z.infer<typeof ZCommentFile>;
export const ZComment = z.object({
  id: z.string().uuid(),
  body: z.string(),
  at: z.string(),
  author: z.object({ id: z.string().uuid(), name: z.string() }),
  files: z.array(ZCommentFile),
  /** Present when the note is on one step of the submitted SOP. */
  sopStep: ZCommentSopStep.optional(),
});
export type TComment = z.infer<typeof ZComment>;
export const COMMENT_MAX_LENGTH = 5000;
export const ZCreateComment = z.object({
  body: z.string().trim().min(1).max(COMMENT_MAX_LENGTH),
  /** A step of the SOP version last submitted with the request (SOP services). */
  sopStepId: z.string().trim().min(1).max(100).optional(),
});
export const ZCommentList = z.object({ items: z.array(ZComment), actions: z.array(z.string()) });
export const ZCommentFileParams = z.object({ id: z.string().uuid(), fileId: z.string().uuid() });

const ZActor = z.object({ id: z.string().uuid(), name: z.string() }).nullable();
export const ZTimelineEntry = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('transition'),
    at: z.string(),
    actor: ZActor,
    action: z.string(),
    from: z.object({ state: z.string(), stage: ZStage }),
    to: z.object({ state: z.string(), stage: ZStage }),
    reason: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
  }),
  z.object({ kind: z.literal('comment'), at: z.string(), actor: ZActor, id: z.string().uuid(), body: z.string(), files: z.array(ZCommentFile) }),
  z.object({ kind: z.literal('document'), at: z.string(), actor: ZActor, document: ZDocument }),
  ZSopTimelineEntry,
  ZJobTimelineEntry,
]);
export const ZTimeline = z.object({ items: z.array(ZTimelineEntry) });
