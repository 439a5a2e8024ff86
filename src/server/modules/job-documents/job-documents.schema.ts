import { z } from 'zod';
import { WORK_PERIODS } from '../../../domain/jabatan/master.ts';
import { JOB_DOCUMENT_KINDS } from '../../../domain/jabatan/model.ts';
import { ZJobDocumentContent } from '../../../domain/jabatan/schema.ts';
import { ZPageQuery } from '../../http/paging.ts';
import { ZYear } from '../job-master/job-master.schema.ts';

/** draf; an Evjab also diajukan, divalidasi, dikembalikan (domain/jabatan/validation.ts). */
export const JOB_DOCUMENT_STATUSES = ['draf', 'diajukan', 'divalidasi', 'dikembalikan'] as const;

const ZUserRef = z.object({ id: z.string().uuid(), name: z.string() });

const ZBand = z.object({ code: z.string(), label: z.string(), min: z.number(), minInclusive: z.boolean() });

/** A problem that keeps a computation from finishing, named for people. */
export const ZJobProblem = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

/** ABK of one position (regulations.md §2.3–§2.6), in minutes, staff unrounded to 4 decimals. */
export const ZAbk = z.object({
  masterYear: z.number().int(),
  /** The year's WKE the workload is divided by (minutes a year), and the rounding mode applied once per position. */
  workingMinutesPerYear: z.number(),
  rounding: z.string(),
  tasks: z.array(z.object({
    id: z.string(),
    resultUnit: z.string(),
    volume: z.number(),
    period: z.enum(WORK_PERIODS),
    minutesPerResult: z.number(),
    yearlyVolume: z.number(),
    workload: z.number(),
    staff: z.number(),
  })),
  /** Tasks without volume or time yet: they add nothing until filled in. */
  incompleteTaskIds: z.array(z.string()),
  workload: z.number(),
  staffExact: z.number(),
  staffNeeded: z.number().int(),
  staffPresent: z.number().int(),
  difference: z.number().int(),
  /** Null when nobody holds the position. */
  ej: z.number().nullable(),
  pj: ZBand.nullable(),
});

/** Evjab result: points per factor, total, class (null until every factor has a valid level) and what is missing. */
export const ZEvaluation = z.object({
  masterYear: z.number().int(),
  points: z.array(z.object({ code: z.string(), name: z.string(), level: z.number().int(), points: z.number().int() })),
  total: z.number().int(),
  grade: z.number().int().nullable(),
  problems: z.array(ZJobProblem),
});

/** SKJ competencies with the dictionary's name and level description of the document's year. */
export const ZSkjView = z.object({
  masterYear: z.number().int(),
  competencies: z.array(z.object({
    code: z.string(),
    kind: z.enum(['manajerial', 'sosial_kultural']),
    name: z.string().nullable(),
    level: z.number().int(),
    description: z.string().nullable(),
    unconfirmed: z.boolean(),
    /** The level the required-level table gives for the SKJ's jenjang (null without one); `level` may differ, with a justification. */
    required: z.number().int().nullable(),
    justification: z.string(),
  })),
  problems: z.array(ZJobProblem),
});

export const ZJobDocumentSummary = z.object({
  id: z.string().uuid(),
  kind: z.enum(JOB_DOCUMENT_KINDS),
  positionId: z.string().uuid(),
  positionName: z.string(),
  positionKind: z.string(),
  unitId: z.string().uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  status: z.enum(JOB_DOCUMENT_STATUSES),
  /** The latest version; a save must send it back. */
  version: z.number().int(),
  /** The master-data year the latest version computes with. */
  masterYear: z.number().int(),
  updatedBy: ZUserRef,
  updatedAt: z.string(),
  createdAt: z.string(),
  /** ["edit"] where the caller may save. */
  actions: z.array(z.string()),
});
export type TJobDocumentSummary = z.infer<typeof ZJobDocumentSummary>;

/** One version's content with what it computes to: `abk` for an Anjab, `evaluation` for an Evjab, `skj` for an SKJ. */
const ZComputed = z.object({
  content: ZJobDocumentContent,
  abk: ZAbk.optional(),
  evaluation: ZEvaluation.optional(),
  skj: ZSkjView.optional(),
});

export const ZJobDocument = ZJobDocumentSummary.extend({ note: z.string(), savedAt: z.string() }).merge(ZComputed);
export type TJobDocument = z.infer<typeof ZJobDocument>;

export const ZJobVersionSummary = z.object({ number: z.number().int(), masterYear: z.number().int(), note: z.string(), savedBy: ZUserRef, savedAt: z.string() });
export const ZJobVersion = ZJobVersionSummary.extend({ documentId: z.string().uuid() }).merge(ZComputed);

export const ZJobDocumentQuery = ZPageQuery.omit({ q: true }).extend({
  unitId: z.string().uuid().optional(),
  positionId: z.string().uuid().optional(),
  kind: z.enum(JOB_DOCUMENT_KINDS).optional(),
});
export type TJobDocumentQuery = z.infer<typeof ZJobDocumentQuery>;

export const ZCreateJobDocument = z.object({
  positionId: z.string().uuid(),
  kind: z.enum(JOB_DOCUMENT_KINDS),
}).strict();
export type TCreateJobDocument = z.infer<typeof ZCreateJobDocument>;

export const ZSaveJobDocument = z.object({
  /** The version the edits were made on. */
  version: z.number().int().min(1),
  content: ZJobDocumentContent,
  note: z.string().trim().max(300).optional(),
  /** Compute with another year of master data from this version on (e.g. a new year's WKE); default: the document's year. */
  masterYear: ZYear.optional(),
}).strict();
export type TSaveJobDocument = z.infer<typeof ZSaveJobDocument>;

export const ZJobVersionParams = z.object({ id: z.string().uuid(), n: z.coerce.number().int().min(1).max(1_000_000) });
export const ZUnitParams = z.object({ unitId: z.string().uuid() });

const ZNullableNumber = z.number().nullable();

/** One row of the unit's ABK (form C/D): the position's ABK from its newest Anjab, or nulls without one. */
export const ZUnitAbkRow = z.object({
  positionId: z.string().uuid(),
  positionName: z.string(),
  positionKind: z.string(),
  documentId: z.string().uuid().nullable(),
  masterYear: ZNullableNumber,
  workload: ZNullableNumber,
  staffExact: ZNullableNumber,
  staffNeeded: ZNullableNumber,
  staffPresent: ZNullableNumber,
  difference: ZNullableNumber,
  ej: ZNullableNumber,
  pj: ZBand.nullable(),
});

export const ZUnitAbk = z.object({
  unitId: z.string().uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  rows: z.array(ZUnitAbkRow),
  /** Sums over the positions that have an Anjab. */
  totals: z.object({ workload: z.number(), staffExact: z.number(), staffNeeded: z.number().int(), staffPresent: z.number().int(), difference: z.number().int() }),
});

export const ZPetaPosition = z.object({
  positionId: z.string().uuid(),
  name: z.string(),
  kind: z.string(),
  /** From the newest Evjab; null without one or while it is incomplete. */
  evjabId: z.string().uuid().nullable(),
  /** The newest Evjab's validation status: the class is final only when 'divalidasi'. */
  evjabStatus: z.enum(JOB_DOCUMENT_STATUSES).nullable(),
  points: ZNullableNumber,
  grade: ZNullableNumber,
  /** From the newest Anjab; null without one. */
  staffNeeded: ZNullableNumber,
  staffPresent: ZNullableNumber,
});

/** The unit and its active sub-units, depth-first: each node names its parent, so the chart can draw the tree. */
export const ZPetaJabatan = z.object({
  unitId: z.string().uuid(),
  nodes: z.array(z.object({
    unitId: z.string().uuid(),
    parentId: z.string().uuid().nullable(),
    depth: z.number().int(),
    code: z.string(),
    name: z.string(),
    positions: z.array(ZPetaPosition),
  })),
});
