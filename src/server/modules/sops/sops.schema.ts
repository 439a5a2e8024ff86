import { z } from 'zod';
import { PROBLEM_CODES } from '../../../domain/sop/checker.ts';
import { ZSopContent } from '../../../domain/sop/schema.ts';
import { STEP_FIELDS } from '../../../domain/sop/diff.ts';
import { ZPageQuery } from '../../http/paging.ts';

/** draf: being written; berlaku: ratified, no draft open (registry); dicabut: its ratified version was revoked. */
export const SOP_STATUSES = ['draf', 'berlaku', 'dicabut'] as const;

const ZUserRef = z.object({ id: z.string().uuid(), name: z.string() });

export const ZSopProblem = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.enum(PROBLEM_CODES),
  path: z.string(),
  stepId: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type TSopProblem = z.infer<typeof ZSopProblem>;

export const ZMainPath = z.object({
  stepIds: z.array(z.string()),
  minutes: z.number(),
  breakdown: z.object({ hari: z.number().int(), jam: z.number().int(), menit: z.number().int() }),
  untimedStepIds: z.array(z.string()),
  complete: z.boolean(),
});

export const ZSopSummary = z.object({
  id: z.string().uuid(),
  unitId: z.string().uuid(),
  unitCode: z.string(),
  unitName: z.string(),
  title: z.string(),
  number: z.string(),
  status: z.enum(SOP_STATUSES),
  /** The latest content version; a save must send it back. */
  version: z.number().int(),
  errorCount: z.number().int(),
  warningCount: z.number().int(),
  updatedBy: ZUserRef,
  updatedAt: z.string(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type TSopSummary = z.infer<typeof ZSopSummary>;

/** One version's content with the checker's verdict and the main path's time. */
const ZChecked = z.object({
  content: ZSopContent,
  problems: z.array(ZSopProblem),
  mainPath: ZMainPath,
});

export const ZSop = ZSopSummary.extend({ note: z.string(), savedAt: z.string() }).merge(ZChecked);
export type TSop = z.infer<typeof ZSop>;

export const ZSopVersionSummary = z.object({ number: z.number().int(), note: z.string(), savedBy: ZUserRef, savedAt: z.string() });
export const ZSopVersion = ZSopVersionSummary.extend({ sopId: z.string().uuid() }).merge(ZChecked);

export const ZSopQuery = ZPageQuery.extend({ unitId: z.string().uuid().optional() });
export type TSopQuery = z.infer<typeof ZSopQuery>;

export const ZCreateSop = z.object({
  unitId: z.string().uuid(),
  title: z.string().trim().min(1).max(300),
});
export type TCreateSop = z.infer<typeof ZCreateSop>;

export const ZSaveSopContent = z.object({
  /** The version the edits were made on. */
  version: z.number().int().min(1),
  content: ZSopContent,
  note: z.string().trim().max(300).optional(),
});
export type TSaveSopContent = z.infer<typeof ZSaveSopContent>;

export const ZCheckSop = z.object({ content: ZSopContent });

export const ZSopVersionParams = z.object({ id: z.string().uuid(), n: z.coerce.number().int().min(1).max(1_000_000) });
export const ZDiffQuery = z.object({
  from: z.coerce.number().int().min(1).max(1_000_000),
  to: z.coerce.number().int().min(1).max(1_000_000),
});

const ZIndexed = z.object({ id: z.string(), index: z.number().int() });
const ZMoved = z.object({ id: z.string(), fromIndex: z.number().int(), toIndex: z.number().int() });
export const ZSopDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  steps: z.object({
    added: z.array(ZIndexed),
    removed: z.array(ZIndexed),
    changed: z.array(ZMoved.extend({ fields: z.array(z.enum(STEP_FIELDS)) })),
    moved: z.array(ZMoved),
  }),
  actors: z.object({ added: z.array(z.string()), removed: z.array(z.string()), renamed: z.array(z.string()) }),
  identity: z.array(z.string()),
});

export const ZCheckResult = ZChecked.omit({ content: true });
