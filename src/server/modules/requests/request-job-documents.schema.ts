import { z } from 'zod';
import { JOB_DOCUMENT_KINDS } from '../../../domain/jabatan/model.ts';

const ZUserRef = z.object({ id: z.string().uuid(), name: z.string() });

/** At most this many job documents go with one request (a unit's positions, one document each). */
export const MAX_REQUEST_JOB_DOCUMENTS = 200;

export const ZAttachJobDocument = z.object({ documentId: z.string().uuid() }).strict();
export const ZJobDocumentLinkParams = z.object({ id: z.string().uuid(), documentId: z.string().uuid() });

/** One attached document as it now stands, with what still keeps it from being submitted. */
export const ZAttachedJobDocument = z.object({
  id: z.string().uuid(),
  kind: z.enum(JOB_DOCUMENT_KINDS),
  positionId: z.string().uuid(),
  positionName: z.string(),
  positionKind: z.string(),
  latestVersion: z.number().int(),
  masterYear: z.number().int(),
  updatedAt: z.string(),
  attachedAt: z.string(),
  /** The version the last submission carried; null if it was attached after it. */
  submittedVersion: z.number().int().nullable(),
  /** Empty when the latest version is complete enough to submit. */
  problems: z.array(z.object({ code: z.string(), message: z.string() })),
});

/** One submission of the request with the version of each document it carried: what the verifikator reviews. */
export const ZJobSubmission = z.object({
  action: z.enum(['submit', 'answer_revision']),
  at: z.string(),
  actor: ZUserRef,
  documents: z.array(z.object({ id: z.string().uuid(), kind: z.enum(JOB_DOCUMENT_KINDS), positionName: z.string(), version: z.number().int() })),
});

export const ZRequestJobDocuments = z.object({
  /** The kind the request's service attaches; null for other services. */
  kind: z.enum(JOB_DOCUMENT_KINDS).nullable(),
  documents: z.array(ZAttachedJobDocument),
  /** Oldest first. */
  submissions: z.array(ZJobSubmission),
  /** "attach" when the caller may attach or remove documents now. */
  actions: z.array(z.string()),
});
export type TRequestJobDocuments = z.infer<typeof ZRequestJobDocuments>;

export const ZJobTimelineEntry = z.object({
  kind: z.literal('job_document'),
  at: z.string(),
  actor: ZUserRef.nullable(),
  event: z.enum(['attached', 'detached', 'submitted']),
  document: z.object({ id: z.string().uuid(), kind: z.enum(JOB_DOCUMENT_KINDS), positionName: z.string() }),
  version: z.number().int(),
  action: z.string().nullable(),
});
