import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { monevAssessments, monevRoundUnits, monevRounds, sopRegistry, sops, units } from '../../db/schema.ts';
import type { MonevAssessment } from '../../../domain/monev/monev.ts';
import type { ReportRound, ReportRow } from '../../../domain/monev/report.ts';

/**
 * Reads for the monev reports. Writes nothing: the rounds and assessments belong to modules/monev (its repo answers
 * a round's units and rows; the reads across rounds are here).
 */

type Reader = Db | Tx;

export const reportRoundOf = (r: typeof monevRounds.$inferSelect): ReportRound => ({
  id: r.id,
  title: r.title,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  deadline: r.deadline,
  status: r.status as ReportRound['status'],
});

const rowColumns = {
  a: monevAssessments,
  sopId: sopRegistry.sopId,
  sopVersion: sopRegistry.sopVersion,
  title: sopRegistry.title,
  number: sopRegistry.number,
};

export const reportRowOf = (x: { a: typeof monevAssessments.$inferSelect; sopId: string; sopVersion: number; title: string; number: string }): ReportRow => ({
  id: x.a.id,
  roundId: x.a.roundId,
  unitId: x.a.unitId,
  registryId: x.a.registryId,
  sopId: x.sopId,
  sopVersion: x.sopVersion,
  title: x.title,
  number: x.number,
  revisionRequestId: x.a.revisionRequestId,
  assessment: x.a.assessment as MonevAssessment | null,
  notes: x.a.notes,
  action: x.a.action,
  assessorName: x.a.assessorName,
  assessorPosition: x.a.assessorPosition,
  methods: x.a.methods,
  criteria: x.a.criteria,
});

/** Assessment rows (with the registry entry assessed) matching `where`. */
export async function rowsWhere(db: Reader, where: SQL | undefined): Promise<ReportRow[]> {
  const rows = await db.select(rowColumns).from(monevAssessments).innerJoin(sopRegistry, eq(sopRegistry.id, monevAssessments.registryId)).where(where).orderBy(asc(sopRegistry.number));
  return rows.map(reportRowOf);
}

export const rowsOfUnit = (db: Reader, unitId: string) => rowsWhere(db, eq(monevAssessments.unitId, unitId));
export const rowsOfSop = (db: Reader, sopId: string) => rowsWhere(db, eq(sopRegistry.sopId, sopId));

export async function getUnit(db: Reader, id: string) {
  const [row] = await db.select({ id: units.id, code: units.code, name: units.name }).from(units).where(eq(units.id, id));
  return row;
}

/** An SOP with its owning unit. */
export async function getSop(db: Reader, id: string) {
  const [row] = await db
    .select({ id: sops.id, title: sops.title, number: sops.number, unitId: sops.unitId, unitCode: units.code, unitName: units.name })
    .from(sops)
    .innerJoin(units, eq(units.id, sops.unitId))
    .where(eq(sops.id, id));
  return row;
}

/** The rounds a unit took part in, with its submission. */
export async function roundsOfUnit(db: Reader, unitId: string) {
  return db
    .select({ round: monevRounds, submittedAt: monevRoundUnits.submittedAt })
    .from(monevRoundUnits)
    .innerJoin(monevRounds, eq(monevRounds.id, monevRoundUnits.roundId))
    .where(eq(monevRoundUnits.unitId, unitId))
    .orderBy(asc(monevRounds.periodStart), asc(monevRounds.id));
}

export async function roundsById(db: Reader, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(monevRounds).where(inArray(monevRounds.id, ids));
}

/** For the pickers: rounds (newest first), units that took part in a round, SOPs assessed in a round; of one unit, or all. */
export async function options(db: Reader, unitId?: string) {
  const [rounds, unitRows, sopRows] = await Promise.all([
    db
      .select()
      .from(monevRounds)
      .where(unitId ? sql`exists (select 1 from ${monevRoundUnits} ru where ru.round_id = "monev_rounds"."id" and ru.unit_id = ${unitId})` : undefined)
      .orderBy(sql`${monevRounds.periodStart} desc`, sql`${monevRounds.openedAt} desc`),
    db
      .select({ id: units.id, code: units.code, name: units.name })
      .from(units)
      .where(and(sql`exists (select 1 from ${monevRoundUnits} ru where ru.unit_id = "units"."id")`, unitId ? eq(units.id, unitId) : undefined))
      .orderBy(asc(units.code)),
    db
      .select({ id: sops.id, title: sops.title, number: sops.number, unitId: sops.unitId, unitCode: units.code })
      .from(sops)
      .innerJoin(units, eq(units.id, sops.unitId))
      .where(and(
        sql`exists (select 1 from ${monevAssessments} ma join ${sopRegistry} sr on sr.id = ma.registry_id where sr.sop_id = "sops"."id")`,
        unitId ? eq(sops.unitId, unitId) : undefined,
      ))
      .orderBy(asc(units.code), asc(sops.number), asc(sops.title)),
  ]);
  return { rounds, units: unitRows, sops: sopRows };
}
