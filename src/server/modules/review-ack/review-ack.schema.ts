import { z } from 'zod';

export const REVIEW_STATES = ['ok', 'due_soon', 'due_very_soon', 'overdue', 'new_version'] as const;

export const ZRegistryIdParams = z.object({ registryId: z.string().uuid() });

const ZDecision = z.object({
  outcome: z.enum(['no_change', 'new_version']),
  note: z.string(),
  dueOnBefore: z.string(),
  dueOnAfter: z.string().nullable(),
  sopVersion: z.number().int().nullable(),
  decidedBy: z.object({ id: z.string().uuid(), name: z.string() }),
  decidedAt: z.string(),
});

/** The periodic review of one version in effect, with its history and what the caller may do. */
export const ZReview = z.object({
  registryId: z.string().uuid(),
  sopId: z.string().uuid(),
  version: z.number().int(),
  title: z.string(),
  number: z.string(),
  unitId: z.string().uuid(),
  unitLabel: z.string(),
  effectiveOn: z.string(),
  dueOn: z.string(),
  /** Calendar days from today (WIB) to the due date; negative when past due. */
  daysLeft: z.number().int(),
  state: z.enum(REVIEW_STATES),
  newVersion: z.object({ version: z.number().int(), startedAt: z.string() }).nullable(),
  reviewVersion: z.number().int(),
  decisions: z.array(ZDecision),
  actions: z.array(z.string()),
});
export type TReview = z.infer<typeof ZReview>;

export const ZReviewQuery = z.object({
  unitId: z.string().uuid().optional(),
  /** Only reviews due within this many days (or past due). */
  withinDays: z.coerce.number().int().min(0).max(3660).optional(),
});

export const ZNoChange = z.object({
  note: z.string().max(2000).optional(),
  /** The review's `reviewVersion` as read, so two decisions never cross. */
  reviewVersion: z.number().int().min(1).optional(),
});

export const ZNewVersionStarted = z.object({ sopId: z.string().uuid(), version: z.number().int(), review: ZReview });

const ZUnit = z.object({ id: z.string().uuid(), code: z.string(), name: z.string() });

/** An SOP version in effect, as the lists of what to read and of acknowledgements name it. */
const ZEffectiveSop = z.object({
  registryId: z.string().uuid(),
  sopId: z.string().uuid(),
  version: z.number().int(),
  title: z.string(),
  number: z.string(),
  unitLabel: z.string(),
  effectiveOn: z.string(),
});

export const ZToRead = z.object({ items: z.array(ZEffectiveSop) });

/** The caller's view of one version: the units that carry it out, whether the caller is asked, and their acknowledgement. */
export const ZAckStatus = z.object({
  registryId: z.string().uuid(),
  status: z.string(),
  carryingUnits: z.array(ZUnit),
  asked: z.boolean(),
  acknowledgedAt: z.string().nullable(),
  actions: z.array(z.string()),
});

export const ZAckProgressQuery = z.object({ filter: z.enum(['all', 'pending', 'acknowledged']).default('all') });

export const ZAckProgress = z.object({
  registryId: z.string().uuid(),
  sopId: z.string().uuid(),
  version: z.number().int(),
  title: z.string(),
  number: z.string(),
  status: z.string(),
  effectiveOn: z.string(),
  carryingUnits: z.array(ZUnit),
  total: z.number().int(),
  acknowledged: z.number().int(),
  pending: z.number().int(),
  percent: z.number().int(),
  byUnit: z.array(z.object({ unitId: z.string().uuid(), code: z.string(), name: z.string(), total: z.number().int(), acknowledged: z.number().int() })),
  people: z.array(z.object({
    userId: z.string().uuid(),
    name: z.string(),
    unitId: z.string().uuid(),
    unitCode: z.string(),
    acknowledgedAt: z.string().nullable(),
  })),
  actions: z.array(z.string()),
});

export const ZAckOverview = z.object({
  items: z.array(ZEffectiveSop.extend({
    total: z.number().int(),
    acknowledged: z.number().int(),
  })),
});

export const ZSetUnits = z.object({ unitIds: z.array(z.string().uuid()).max(500) });
export const ZRemindResult = z.object({ reminded: z.number().int() });
export const ZReviewList = z.object({ items: z.array(ZReview) });
