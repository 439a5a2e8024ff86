import { z } from 'zod';

const ZUserRef = z.object({ id: z.string().uuid(), name: z.string() });

export const ZLinkSop = z.object({ sopId: z.string().uuid() });
export type TLinkSop = z.infer<typeof ZLinkSop>;

/** The linked SOP as it now stands: its latest version and that version's checker counts. */
export const ZRequestSopBrief = z.object({
  id: z.string().uuid(),
  title: z.string(),
  number: z.string(),
  latestVersion: z.number().int(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  updatedAt: z.string(),
});
export type TRequestSopBrief = z.infer<typeof ZRequestSopBrief>;

/** One submission of the request with the SOP version it carried: the version the verifikator reviews. */
export const ZSopSubmission = z.object({
  sopId: z.string().uuid(),
  sopTitle: z.string(),
  version: z.number().int(),
  action: z.enum(['submit', 'answer_revision']),
  at: z.string(),
  actor: ZUserRef,
});

export const ZRequestSop = z.object({
  attachesSop: z.boolean(),
  sop: ZRequestSopBrief.nullable(),
  /** Oldest first. */
  submissions: z.array(ZSopSubmission),
  /** The version of the linked SOP submitted last, or null before the first submission. */
  reviewVersion: z.number().int().nullable(),
  /** "link" when the caller may link or change the SOP now. */
  actions: z.array(z.string()),
});
export type TRequestSop = z.infer<typeof ZRequestSop>;

/** A note on one SOP step: the step of the submitted version it was written on, numbered as the SOP shows it. */
export const ZCommentSopStep = z.object({
  id: z.string(),
  sopId: z.string().uuid(),
  version: z.number().int(),
  /** 1-based position in that version; null if the step is not found there. */
  number: z.number().int().nullable(),
  description: z.string(),
});
export type TCommentSopStep = z.infer<typeof ZCommentSopStep>;

export const ZSopTimelineEntry = z.object({
  kind: z.literal('sop'),
  at: z.string(),
  actor: ZUserRef.nullable(),
  event: z.enum(['linked', 'submitted']),
  sop: z.object({ id: z.string().uuid(), title: z.string() }),
  version: z.number().int(),
  action: z.string().nullable(),
});
