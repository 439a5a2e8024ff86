import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import {
  jobClasses, jobCompetencies, jobCompetencyLevels, jobEjBands, jobFactorLevels, jobFactors, jobMasterYears, jobReferenceItems, jobRequiredLevels,
} from '../../db/schema.ts';
import { JENJANG, REFERENCE_LISTS, type Jenjang, type ReferenceList } from '../../../domain/jabatan/reference.ts';
import { toJobMasterData, type FactorSet, type JobMasterData, type RoundingMode } from '../../../domain/jabatan/master.ts';
import type { TJobMaster } from './job-master.schema.ts';

type YearRow = typeof jobMasterYears.$inferSelect;
export type MasterRows = Omit<TJobMaster, 'years' | 'actions'>;

export async function listYears(db: Db | Tx): Promise<number[]> {
  const rows = await db.select({ year: jobMasterYears.year }).from(jobMasterYears).orderBy(desc(jobMasterYears.year));
  return rows.map((r) => r.year);
}

/** The latest year of validity not after `year`; null when there is none. */
export async function latestYearUpTo(db: Db | Tx, year: number): Promise<number | null> {
  const [row] = await db.select({ year: jobMasterYears.year }).from(jobMasterYears).where(lte(jobMasterYears.year, year))
    .orderBy(desc(jobMasterYears.year)).limit(1);
  return row?.year ?? null;
}

export async function getYear(db: Db | Tx, year: number, opts: { lock?: boolean } = {}): Promise<YearRow | undefined> {
  const query = db.select().from(jobMasterYears).where(eq(jobMasterYears.year, year));
  const [row] = opts.lock ? await query.for('update') : await query;
  return row;
}

/** Every table of one year, in the API's shape. */
export async function loadMaster(db: Db | Tx, year: number): Promise<MasterRows | null> {
  const head = await getYear(db, year);
  if (!head) return null;
  // One query after another: `db` may be a transaction, whose single connection takes one query at a time.
  const bands = await db.select().from(jobEjBands).where(eq(jobEjBands.year, year)).orderBy(desc(jobEjBands.min));
  const factors = await db.select().from(jobFactors).where(eq(jobFactors.year, year)).orderBy(asc(jobFactors.sortOrder));
  const levels = await db.select().from(jobFactorLevels).where(eq(jobFactorLevels.year, year)).orderBy(asc(jobFactorLevels.level));
  const classes = await db.select().from(jobClasses).where(eq(jobClasses.year, year)).orderBy(asc(jobClasses.grade));
  const competencies = await db.select().from(jobCompetencies).where(eq(jobCompetencies.year, year)).orderBy(asc(jobCompetencies.sortOrder));
  const competencyLevels = await db.select().from(jobCompetencyLevels).where(eq(jobCompetencyLevels.year, year)).orderBy(asc(jobCompetencyLevels.level));
  const referenceRows = await db.select().from(jobReferenceItems).where(eq(jobReferenceItems.year, year)).orderBy(asc(jobReferenceItems.sortOrder));
  const requiredRows = await db.select().from(jobRequiredLevels).where(eq(jobRequiredLevels.year, year));
  const factorsOf = (set: FactorSet) => factors.filter((f) => f.factorSet === set).map((f) => ({
    code: f.code,
    name: f.name,
    source: f.source,
    unconfirmed: f.unconfirmed,
    levels: levels.filter((l) => l.factorSet === set && l.code === f.code)
      .map((l) => ({ level: l.level, points: l.points, description: l.description, placeholder: l.placeholder })),
  }));
  return {
    year,
    version: head.version,
    workingTime: {
      minutes: { hari: head.wkeHari, minggu: head.wkeMinggu, bulan: head.wkeBulan, tahun: head.wkeTahun },
      source: head.wkeSource,
      unconfirmed: head.wkeUnconfirmed,
    },
    rounding: { mode: head.rounding as RoundingMode, source: head.roundingSource, unconfirmed: head.roundingUnconfirmed },
    ejBands: bands.map((b) => ({ code: b.code, label: b.label, min: b.min, minInclusive: b.minInclusive, source: b.source, unconfirmed: b.unconfirmed })),
    factors: { fungsional_pelaksana: factorsOf('fungsional_pelaksana'), struktural: factorsOf('struktural') },
    classes: classes.map((c, i) => ({
      grade: c.grade,
      minPoints: c.minPoints,
      maxPoints: i + 1 < classes.length ? classes[i + 1].minPoints - 1 : null,
      source: c.source,
      unconfirmed: c.unconfirmed,
    })),
    competencies: competencies.map((c) => ({
      code: c.code,
      kind: c.kind as 'manajerial' | 'sosial_kultural',
      name: c.name,
      source: c.source,
      unconfirmed: c.unconfirmed,
      levels: competencyLevels.filter((l) => l.code === c.code).map((l) => ({ level: l.level, description: l.description })),
    })),
    references: Object.fromEntries(REFERENCE_LISTS.map((list) => [list, referenceRows.filter((r) => r.list === list)
      .map((r) => ({ code: r.code, name: r.name, description: r.description, source: r.source, unconfirmed: r.unconfirmed }))])) as MasterRows['references'],
    requiredLevels: requiredRows
      .map((r) => ({ jenjang: r.jenjang as Jenjang, code: r.code, level: r.level, source: r.source, unconfirmed: r.unconfirmed }))
      .sort((a, b) => JENJANG.indexOf(a.jenjang) - JENJANG.indexOf(b.jenjang) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
}

export async function replaceReferences(tx: Tx, year: number, list: ReferenceList, items: MasterRows['references'][ReferenceList]) {
  await tx.delete(jobReferenceItems).where(and(eq(jobReferenceItems.year, year), eq(jobReferenceItems.list, list)));
  if (items.length) await tx.insert(jobReferenceItems).values(items.map((x, i) => ({ year, list, sortOrder: i + 1, ...x })));
}

export async function replaceRequiredLevels(tx: Tx, year: number, levels: MasterRows['requiredLevels']) {
  await tx.delete(jobRequiredLevels).where(eq(jobRequiredLevels.year, year));
  if (levels.length) await tx.insert(jobRequiredLevels).values(levels.map((x) => ({ year, ...x })));
}

/** The computations' view of a year's rows (src/domain/jabatan/master.ts). */
export const toDomain = (m: MasterRows): JobMasterData => toJobMasterData(m);

/** Raises the year's version if it is still `from`; false when someone changed the year first. */
export async function bumpYear(tx: Tx, year: number, from: number, values: Partial<typeof jobMasterYears.$inferInsert> = {}): Promise<boolean> {
  const rows = await tx.update(jobMasterYears).set({ ...values, version: sql`${jobMasterYears.version} + 1` })
    .where(and(eq(jobMasterYears.year, year), eq(jobMasterYears.version, from))).returning({ year: jobMasterYears.year });
  return rows.length === 1;
}

export async function replaceBands(tx: Tx, year: number, bands: MasterRows['ejBands']) {
  await tx.delete(jobEjBands).where(eq(jobEjBands.year, year));
  await tx.insert(jobEjBands).values(bands.map((b) => ({ year, ...b })));
}

export async function replaceFactors(tx: Tx, year: number, set: FactorSet, factors: MasterRows['factors']['struktural']) {
  await tx.delete(jobFactorLevels).where(and(eq(jobFactorLevels.year, year), eq(jobFactorLevels.factorSet, set)));
  await tx.delete(jobFactors).where(and(eq(jobFactors.year, year), eq(jobFactors.factorSet, set)));
  await tx.insert(jobFactors).values(factors.map((f, i) => ({ year, factorSet: set, code: f.code, name: f.name, sortOrder: i + 1, source: f.source, unconfirmed: f.unconfirmed })));
  await tx.insert(jobFactorLevels).values(factors.flatMap((f) => f.levels.map((l) => ({ year, factorSet: set, code: f.code, ...l }))));
}

export async function replaceClasses(tx: Tx, year: number, classes: Array<{ grade: number; minPoints: number; source: string; unconfirmed: boolean }>) {
  await tx.delete(jobClasses).where(eq(jobClasses.year, year));
  await tx.insert(jobClasses).values(classes.map((c) => ({ year, grade: c.grade, minPoints: c.minPoints, source: c.source, unconfirmed: c.unconfirmed })));
}

export async function replaceCompetencies(tx: Tx, year: number, competencies: MasterRows['competencies']) {
  await tx.delete(jobCompetencyLevels).where(eq(jobCompetencyLevels.year, year));
  await tx.delete(jobCompetencies).where(eq(jobCompetencies.year, year));
  await tx.insert(jobCompetencies).values(competencies.map((c, i) => ({ year, code: c.code, kind: c.kind, name: c.name, sortOrder: i + 1, source: c.source, unconfirmed: c.unconfirmed })));
  await tx.insert(jobCompetencyLevels).values(competencies.flatMap((c) => c.levels.map((l) => ({ year, code: c.code, ...l }))));
}

/** A new year with a copy of every row of `from`. */
export async function copyYear(tx: Tx, m: MasterRows, to: number) {
  await tx.insert(jobMasterYears).values({
    year: to,
    wkeHari: m.workingTime.minutes.hari,
    wkeMinggu: m.workingTime.minutes.minggu,
    wkeBulan: m.workingTime.minutes.bulan,
    wkeTahun: m.workingTime.minutes.tahun,
    wkeSource: m.workingTime.source,
    wkeUnconfirmed: m.workingTime.unconfirmed,
    rounding: m.rounding.mode,
    roundingSource: m.rounding.source,
    roundingUnconfirmed: m.rounding.unconfirmed,
  });
  if (m.ejBands.length) await replaceBands(tx, to, m.ejBands);
  for (const set of ['fungsional_pelaksana', 'struktural'] as const) if (m.factors[set].length) await replaceFactors(tx, to, set, m.factors[set]);
  if (m.classes.length) await replaceClasses(tx, to, m.classes);
  if (m.competencies.length) await replaceCompetencies(tx, to, m.competencies);
  for (const list of REFERENCE_LISTS) await replaceReferences(tx, to, list, m.references[list]);
  await replaceRequiredLevels(tx, to, m.requiredLevels);
}
