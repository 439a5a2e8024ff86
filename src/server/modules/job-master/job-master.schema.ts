import { z } from 'zod';
import { FACTOR_SETS, ROUNDING_MODES, WORK_PERIODS } from '../../../domain/jabatan/master.ts';
import { JENJANG, REFERENCE_LISTS } from '../../../domain/jabatan/reference.ts';

/** Where a row's numbers come from, and whether they are confirmed (regulations.md §0: [U] means unconfirmed). */
const ZProvenance = z.object({
  source: z.string().trim().min(1).max(1000),
  unconfirmed: z.boolean(),
});

export const ZYear = z.coerce.number().int().min(2000).max(2100);
export const ZYearParams = z.object({ year: ZYear });
export const ZYearQuery = z.object({ year: ZYear.optional() });
export const ZFactorSetParams = ZYearParams.extend({ set: z.enum(FACTOR_SETS) });

const ZMinutes = z.object({
  hari: z.number().int().positive().max(1_000_000),
  minggu: z.number().int().positive().max(1_000_000),
  bulan: z.number().int().positive().max(1_000_000),
  tahun: z.number().int().positive().max(10_000_000),
}).strict();

export const ZWorkingTime = ZProvenance.extend({ minutes: ZMinutes });
export const ZRounding = ZProvenance.extend({ mode: z.enum(ROUNDING_MODES) });
export const ZEjBandRow = ZProvenance.extend({
  code: z.string().trim().min(1).max(5),
  label: z.string().trim().min(1).max(100),
  min: z.number().min(0).max(100),
  minInclusive: z.boolean(),
});
export const ZFactorLevelRow = z.object({
  level: z.number().int().min(1).max(20),
  points: z.number().int().min(0).max(10_000),
  description: z.string().trim().min(1).max(4000),
  /** The description is a "Tingkat 1-1" stand-in until the regulation's text is loaded. */
  placeholder: z.boolean(),
}).strict();
export const ZFactorRow = ZProvenance.extend({
  code: z.string().regex(/^[0-9]{1,2}[A-Z]?$/, { message: 'job_factor_code_invalid' }),
  name: z.string().trim().min(1).max(200),
  levels: z.array(ZFactorLevelRow).min(1).max(20),
});
export const ZClassRow = ZProvenance.extend({
  grade: z.number().int().min(1).max(30),
  minPoints: z.number().int().min(0).max(100_000),
});
export const ZCompetencyRow = ZProvenance.extend({
  code: z.string().regex(/^[A-Z]{1,3}\.[0-9]{1,3}$/, { message: 'job_competency_code_invalid' }),
  kind: z.enum(['manajerial', 'sosial_kultural']),
  name: z.string().trim().min(1).max(200),
  levels: z.array(z.object({ level: z.number().int().min(1).max(5), description: z.string().trim().min(1).max(4000) }).strict()).length(5),
});

/** One item of an Anjab pick list (bakat kerja, temperamen, …): the Anjab stores its code. */
export const ZReferenceItemRow = ZProvenance.extend({
  code: z.string().trim().min(1).max(20),
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000),
});
export const ZReferenceListParams = ZYearParams.extend({ list: z.enum(REFERENCE_LISTS) });

/** The required level of a dictionary competency at a jenjang (regulations.md §4.3, [U]). */
export const ZRequiredLevelRow = ZProvenance.extend({
  jenjang: z.enum(JENJANG),
  code: z.string().regex(/^[A-Z]{1,3}\.[0-9]{1,3}$/, { message: 'job_competency_code_invalid' }),
  level: z.number().int().min(1).max(5),
});

const ZReferences = z.object({
  bakat_kerja: z.array(ZReferenceItemRow),
  temperamen: z.array(ZReferenceItemRow),
  minat: z.array(ZReferenceItemRow),
  upaya_fisik: z.array(ZReferenceItemRow),
  fungsi_data: z.array(ZReferenceItemRow),
  fungsi_orang: z.array(ZReferenceItemRow),
  fungsi_benda: z.array(ZReferenceItemRow),
});

/** The master data of one year, every row with its source and [U] flag. */
export const ZJobMaster = z.object({
  year: z.number().int(),
  /** Raised by every change to the year; an edit sends it back (409 when someone changed the year since). */
  version: z.number().int(),
  /** Every year of validity there is, newest first. */
  years: z.array(z.number().int()),
  workingTime: ZWorkingTime,
  rounding: ZRounding,
  ejBands: z.array(ZEjBandRow),
  factors: z.object({ fungsional_pelaksana: z.array(ZFactorRow), struktural: z.array(ZFactorRow) }),
  /** By grade, each with the lowest total that reaches it and the highest (null: "ke atas"). */
  classes: z.array(ZClassRow.extend({ maxPoints: z.number().int().nullable() })),
  competencies: z.array(ZCompetencyRow),
  /** The Anjab's pick lists, each in its order. */
  references: ZReferences,
  /** Required competency levels by jenjang; empty until the bureau loads the official table. */
  requiredLevels: z.array(ZRequiredLevelRow),
  actions: z.array(z.string()),
});
export type TJobMaster = z.infer<typeof ZJobMaster>;

const ZEdit = z.object({ version: z.number().int().min(1) });

export const ZPutWorkingTime = ZEdit.merge(ZWorkingTime).strict().superRefine((v, ctx) => {
  const m = v.minutes;
  WORK_PERIODS.slice(1).forEach((period, i) => {
    const shorter = WORK_PERIODS[i];
    if (m[period] < m[shorter]) ctx.addIssue({ code: 'custom', path: ['minutes', period], message: 'job_wke_order' });
  });
});
export type TPutWorkingTime = z.infer<typeof ZPutWorkingTime>;

export const ZPutRounding = ZEdit.merge(ZRounding).strict();
export type TPutRounding = z.infer<typeof ZPutRounding>;

function unique<T>(list: T[], key: (x: T) => string, path: (i: number) => (string | number)[], message: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (seen.has(key(x))) ctx.addIssue({ code: 'custom', path: path(i), message });
    seen.add(key(x));
  });
}

/** Bands from the highest to the lowest, starting points strictly falling (no two bands over the same EJ), the last from 0. */
export const ZPutEjBands = ZEdit.extend({ bands: z.array(ZEjBandRow.strict()).min(1).max(10) }).strict().superRefine((v, ctx) => {
  unique(v.bands, (b) => b.code.toUpperCase(), (i) => ['bands', i, 'code'], 'job_duplicate_code', ctx);
  v.bands.forEach((b, i) => {
    if (i > 0 && b.min >= v.bands[i - 1].min) ctx.addIssue({ code: 'custom', path: ['bands', i, 'min'], message: 'job_bands_overlap' });
  });
  const last = v.bands[v.bands.length - 1];
  if (last.min !== 0 || !last.minInclusive) ctx.addIssue({ code: 'custom', path: ['bands', v.bands.length - 1, 'min'], message: 'job_bands_from_zero' });
});
export type TPutEjBands = z.infer<typeof ZPutEjBands>;

/** Levels numbered 1, 2, 3 … in order, each worth more points than the one below. */
export const ZPutFactors = ZEdit.extend({ factors: z.array(ZFactorRow.strict()).min(1).max(15) }).strict().superRefine((v, ctx) => {
  unique(v.factors, (f) => f.code, (i) => ['factors', i, 'code'], 'job_duplicate_code', ctx);
  v.factors.forEach((f, i) => f.levels.forEach((l, j) => {
    if (l.level !== j + 1) ctx.addIssue({ code: 'custom', path: ['factors', i, 'levels', j, 'level'], message: 'job_levels_numbered' });
    else if (j > 0 && l.points <= f.levels[j - 1].points) ctx.addIssue({ code: 'custom', path: ['factors', i, 'levels', j, 'points'], message: 'job_levels_ascending' });
  }));
});
export type TPutFactors = z.infer<typeof ZPutFactors>;

const ZPutClassRow = ZClassRow.extend({
  /** Accepted so that a row read can be sent back, and ignored: a class runs up to the next one's start. */
  maxPoints: z.number().int().nullable().optional(),
}).strict();
/** Classes 1, 2, 3 … without gaps, each starting above the one below: each class runs up to the next one's start. */
export const ZPutClasses = ZEdit.extend({ classes: z.array(ZPutClassRow).min(1).max(30) }).strict().superRefine((v, ctx) => {
  v.classes.forEach((c, i) => {
    if (c.grade !== i + 1) ctx.addIssue({ code: 'custom', path: ['classes', i, 'grade'], message: 'job_classes_contiguous' });
    else if (i > 0 && c.minPoints <= v.classes[i - 1].minPoints) ctx.addIssue({ code: 'custom', path: ['classes', i, 'minPoints'], message: 'job_classes_ascending' });
  });
});
export type TPutClasses = z.infer<typeof ZPutClasses>;

export const ZPutCompetencies = ZEdit.extend({ competencies: z.array(ZCompetencyRow.strict()).min(1).max(40) }).strict().superRefine((v, ctx) => {
  unique(v.competencies, (c) => c.code, (i) => ['competencies', i, 'code'], 'job_duplicate_code', ctx);
  v.competencies.forEach((c, i) => c.levels.forEach((l, j) => {
    if (l.level !== j + 1) ctx.addIssue({ code: 'custom', path: ['competencies', i, 'levels', j, 'level'], message: 'job_levels_numbered' });
  }));
});
export type TPutCompetencies = z.infer<typeof ZPutCompetencies>;

export const ZPutReferences = ZEdit.extend({ items: z.array(ZReferenceItemRow.strict()).max(100) }).strict().superRefine((v, ctx) => {
  unique(v.items, (x) => x.code, (i) => ['items', i, 'code'], 'job_duplicate_code', ctx);
});
export type TPutReferences = z.infer<typeof ZPutReferences>;

/** One row per jenjang and competency; the competency must be in the year's dictionary (checked by the service). */
export const ZPutRequiredLevels = ZEdit.extend({ levels: z.array(ZRequiredLevelRow.strict()).max(500) }).strict().superRefine((v, ctx) => {
  unique(v.levels, (x) => `${x.jenjang}/${x.code}`, (i) => ['levels', i, 'code'], 'job_duplicate_code', ctx);
});
export type TPutRequiredLevels = z.infer<typeof ZPutRequiredLevels>;
