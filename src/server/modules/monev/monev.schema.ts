import { z } from 'zod';
import { MONEV_ASSESSMENTS, MONEV_METHODS, MONEV_REMINDER_KINDS } from '../../../domain/monev/monev.ts';

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'monev_date_invalid' });
const ZReminderDays = z.array(z.number().int().min(0).max(90)).max(5);

export const ZCriterion = z.object({
  id: z.string(),
  ordinal: z.number().int(),
  textId: z.string(),
  textEn: z.string(),
  source: z.string(),
  /** Shown "perlu diverifikasi": not confirmed in the regulation's text (regulations.md §1.7). */
  unconfirmed: z.boolean(),
  active: z.boolean(),
});

/** `POST /api/monev/rounds`. Units: all active units with SOPs in effect when left out. */
export const ZOpenRound = z.object({
  title: z.string().trim().min(3).max(200),
  periodStart: ZIsoDate,
  periodEnd: ZIsoDate,
  deadline: ZIsoDate,
  unitIds: z.array(z.string().uuid()).min(1).max(500).optional(),
  /** Days before the deadline on which units that have not submitted are reminded; 7 and 1 when left out. */
  reminderDays: ZReminderDays.optional(),
});
export type TOpenRound = z.infer<typeof ZOpenRound>;

export const ZUpdateRound = z.object({
  version: z.number().int().min(1),
  title: z.string().trim().min(3).max(200).optional(),
  deadline: ZIsoDate.optional(),
  reminderDays: ZReminderDays.optional(),
});
export type TUpdateRound = z.infer<typeof ZUpdateRound>;

export const ZVersionBody = z.object({ version: z.number().int().min(1) });
export const ZRoundUnitParams = z.object({ id: z.string().uuid(), unitId: z.string().uuid() });
export const ZRoundsQuery = z.object({ status: z.enum(['open', 'closed']).optional() });

/** `PUT /api/monev/assessments/:id`: saves what is given (the unit saves as it goes); the rest stays. */
export const ZSaveAssessment = z.object({
  assessment: z.enum(MONEV_ASSESSMENTS).nullable().optional(),
  notes: z.string().trim().max(4000).optional(),
  action: z.string().trim().max(4000).optional(),
  assessorName: z.string().trim().max(200).optional(),
  assessorPosition: z.string().trim().max(200).optional(),
  methods: z.array(z.enum(MONEV_METHODS)).max(MONEV_METHODS.length).optional(),
  criteria: z.record(z.string().max(20), z.boolean()).optional(),
  /** The `version` the form was loaded with: a save over someone else's later one is refused (409); left out, it saves over. */
  version: z.number().int().min(1).optional(),
});
export type TSaveAssessment = z.infer<typeof ZSaveAssessment>;

const ZEvaluation = z.object({ yes: z.number().int(), no: z.number().int(), answered: z.number().int(), total: z.number().int(), percentYes: z.number().int().nullable() });
const ZUnitSummary = z.object({
  total: z.number().int(),
  complete: z.number().int(),
  working: z.number().int(),
  notWorking: z.number().int(),
  yes: z.number().int(),
  answered: z.number().int(),
  percentYes: z.number().int().nullable(),
});

export const ZRound = z.object({
  id: z.string().uuid(),
  title: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  deadline: z.string(),
  status: z.enum(['open', 'closed']),
  reminderDays: z.array(z.number().int()),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
  /** Units in the round and how many have submitted. */
  units: z.number().int(),
  submitted: z.number().int(),
  /** For a unit's user: their unit's submission in this round. */
  mine: z.object({ submittedAt: z.string().nullable(), late: z.boolean() }).nullable(),
  /** manage (change, close, remind) for administrators and the head of the bureau. */
  actions: z.array(z.string()),
});
export type TRound = z.infer<typeof ZRound>;

export const ZRoundUnit = z.object({
  unitId: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  assessed: z.number().int(),
  total: z.number().int(),
  submittedAt: z.string().nullable(),
  submittedBy: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  late: z.boolean(),
  lastReminder: z.object({ at: z.string(), kind: z.enum(MONEV_REMINDER_KINDS) }).nullable(),
  summary: ZUnitSummary,
  actions: z.array(z.string()),
});

export const ZRoundDetail = ZRound.extend({ today: z.string(), roundUnits: z.array(ZRoundUnit) });
export type TRoundDetail = z.infer<typeof ZRoundDetail>;

export const ZAssessment = z.object({
  id: z.string().uuid(),
  registryId: z.string().uuid(),
  sopId: z.string().uuid(),
  sopVersion: z.number().int(),
  title: z.string(),
  number: z.string(),
  assessment: z.enum(MONEV_ASSESSMENTS).nullable(),
  notes: z.string(),
  action: z.string(),
  assessorName: z.string(),
  assessorPosition: z.string(),
  methods: z.array(z.string()),
  criteria: z.record(z.string(), z.boolean()),
  /** Field names still missing (`criteria.<id>` per unanswered criterion). */
  missing: z.array(z.string()),
  evaluation: ZEvaluation,
  revisionRequestId: z.string().uuid().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** edit, requestRevision, openRevision */
  actions: z.array(z.string()),
});
export type TAssessment = z.infer<typeof ZAssessment>;

export const ZSheet = z.object({
  round: ZRound,
  unit: ZRoundUnit,
  today: z.string(),
  criteria: z.array(ZCriterion),
  assessments: z.array(ZAssessment),
});
export type TSheet = z.infer<typeof ZSheet>;

export const ZOpenOptions = z.object({
  today: z.string(),
  period: z.object({ start: z.string(), end: z.string() }),
  reminderDays: z.array(z.number().int()),
  units: z.array(z.object({ id: z.string().uuid(), code: z.string(), name: z.string(), effectiveSops: z.number().int() })),
});

export const ZRemindResult = z.object({ sent: z.number().int(), units: z.array(z.object({ unitId: z.string().uuid(), recipients: z.number().int() })) });
export const ZRevisionResult = z.object({ requestId: z.string().uuid(), created: z.boolean(), sopId: z.string().uuid(), sopVersion: z.number().int() });
