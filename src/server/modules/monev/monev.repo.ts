import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { monevAssessments, monevCriteria, monevReminders, monevRoundUnits, monevRounds, sopRegistry, units, users } from '../../db/schema.ts';

export type RoundRow = typeof monevRounds.$inferSelect;
export type CriterionRow = typeof monevCriteria.$inferSelect;

/** The criteria in their order; `activeOnly` for what a round asks now. */
export async function listCriteria(db: Db | Tx, activeOnly = false): Promise<CriterionRow[]> {
  return db.select().from(monevCriteria).where(activeOnly ? eq(monevCriteria.active, true) : undefined).orderBy(asc(monevCriteria.ordinal));
}

/** Active units with the number of SOP versions in effect they own. */
export async function unitsWithEffectiveSops(db: Db | Tx) {
  return db
    .select({
      id: units.id,
      code: units.code,
      name: units.name,
      effectiveSops: sql<number>`(select count(*)::int from sop_registry sr where sr.unit_id = "units"."id" and sr.status = 'effective')`,
    })
    .from(units)
    .where(eq(units.active, true))
    .orderBy(asc(units.code));
}

export async function effectiveEntriesOfUnits(tx: Db | Tx, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return tx
    .select({ id: sopRegistry.id, unitId: sopRegistry.unitId })
    .from(sopRegistry)
    .where(and(inArray(sopRegistry.unitId, unitIds), eq(sopRegistry.status, 'effective')))
    .orderBy(asc(sopRegistry.number));
}

export async function insertRound(tx: Tx, values: typeof monevRounds.$inferInsert): Promise<string> {
  const [row] = await tx.insert(monevRounds).values(values).returning({ id: monevRounds.id });
  return row.id;
}

export async function insertRoundUnits(tx: Tx, rows: (typeof monevRoundUnits.$inferInsert)[]) {
  if (rows.length) await tx.insert(monevRoundUnits).values(rows);
}

export async function insertAssessments(tx: Tx, rows: (typeof monevAssessments.$inferInsert)[]) {
  if (rows.length) await tx.insert(monevAssessments).values(rows);
}

export async function getRound(db: Db | Tx, id: string, opts: { lock?: boolean } = {}): Promise<RoundRow | undefined> {
  const q = db.select().from(monevRounds).where(eq(monevRounds.id, id));
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

/** Changes a round if it is still at `version`; answers whether it did. */
export async function updateRound(tx: Tx, id: string, version: number, values: Partial<typeof monevRounds.$inferInsert>): Promise<boolean> {
  const rows = await tx
    .update(monevRounds)
    .set({ ...values, version: sql`${monevRounds.version} + 1` })
    .where(and(eq(monevRounds.id, id), eq(monevRounds.version, version)))
    .returning({ id: monevRounds.id });
  return rows.length > 0;
}

/** Rounds, newest first: all of them, or those that include `unitId`. */
export async function listRounds(db: Db, f: { unitId?: string; status?: string }) {
  return db
    .select({
      round: monevRounds,
      units: sql<number>`(select count(*)::int from ${monevRoundUnits} ru where ru.round_id = "monev_rounds"."id")`,
      submitted: sql<number>`(select count(*)::int from ${monevRoundUnits} ru where ru.round_id = "monev_rounds"."id" and ru.submitted_at is not null)`,
      unitSubmittedAt: f.unitId
        ? sql<Date | string | null>`(select ru.submitted_at from ${monevRoundUnits} ru where ru.round_id = "monev_rounds"."id" and ru.unit_id = ${f.unitId})`
        : sql<string | null>`null`,
    })
    .from(monevRounds)
    .where(and(
      f.status ? eq(monevRounds.status, f.status) : undefined,
      f.unitId ? sql`exists (select 1 from ${monevRoundUnits} ru where ru.round_id = "monev_rounds"."id" and ru.unit_id = ${f.unitId})` : undefined,
    ))
    .orderBy(desc(monevRounds.openedAt), desc(monevRounds.id));
}

/** The units of a round with their submission and latest reminder. */
export async function roundUnits(db: Db | Tx, roundId: string, unitId?: string) {
  return db
    .select({
      unitId: monevRoundUnits.unitId,
      code: units.code,
      name: units.name,
      submittedAt: monevRoundUnits.submittedAt,
      submittedById: monevRoundUnits.submittedBy,
      submittedByName: users.name,
      lastReminderAt: sql<Date | null>`(select max(r.sent_at) from ${monevReminders} r where r.round_id = "monev_round_units"."round_id" and r.unit_id = "monev_round_units"."unit_id")`,
      lastReminderKind: sql<string | null>`(select r.kind from ${monevReminders} r where r.round_id = "monev_round_units"."round_id" and r.unit_id = "monev_round_units"."unit_id" order by r.sent_at desc limit 1)`,
    })
    .from(monevRoundUnits)
    .innerJoin(units, eq(units.id, monevRoundUnits.unitId))
    .leftJoin(users, eq(users.id, monevRoundUnits.submittedBy))
    .where(and(eq(monevRoundUnits.roundId, roundId), unitId ? eq(monevRoundUnits.unitId, unitId) : undefined))
    .orderBy(asc(units.code));
}

export async function getRoundUnit(db: Db | Tx, roundId: string, unitId: string, opts: { lock?: boolean } = {}) {
  const q = db.select().from(monevRoundUnits).where(and(eq(monevRoundUnits.roundId, roundId), eq(monevRoundUnits.unitId, unitId)));
  const [row] = opts.lock ? await q.for('update') : await q;
  return row;
}

export async function setSubmitted(tx: Tx, roundId: string, unitId: string, at: Date | null, by: string | null) {
  await tx.update(monevRoundUnits).set({ submittedAt: at, submittedBy: by }).where(and(eq(monevRoundUnits.roundId, roundId), eq(monevRoundUnits.unitId, unitId)));
}

const assessmentColumns = {
  a: monevAssessments,
  sopId: sopRegistry.sopId,
  sopVersion: sopRegistry.sopVersion,
  title: sopRegistry.title,
  number: sopRegistry.number,
  registryStatus: sopRegistry.status,
};
export type AssessmentRow = { a: typeof monevAssessments.$inferSelect; sopId: string; sopVersion: number; title: string; number: string; registryStatus: string };

/** The Table 7 rows of a round (of one unit, or all), in SOP number order. */
export async function listAssessments(db: Db | Tx, roundId: string, unitId?: string): Promise<AssessmentRow[]> {
  return db
    .select(assessmentColumns)
    .from(monevAssessments)
    .innerJoin(sopRegistry, eq(sopRegistry.id, monevAssessments.registryId))
    .where(and(eq(monevAssessments.roundId, roundId), unitId ? eq(monevAssessments.unitId, unitId) : undefined))
    .orderBy(asc(sopRegistry.number));
}

export async function getAssessment(db: Db | Tx, id: string, opts: { lock?: boolean } = {}): Promise<AssessmentRow | undefined> {
  const q = db.select(assessmentColumns).from(monevAssessments).innerJoin(sopRegistry, eq(sopRegistry.id, monevAssessments.registryId)).where(eq(monevAssessments.id, id));
  const [row] = opts.lock ? await q.for('update', { of: monevAssessments }) : await q;
  return row;
}

export async function updateAssessment(tx: Tx, id: string, values: Partial<typeof monevAssessments.$inferInsert>) {
  await tx.update(monevAssessments).set(values).where(eq(monevAssessments.id, id));
}

/** Records a reminder; false when one of that kind already went to the unit that day. */
export async function insertReminder(tx: Tx, values: typeof monevReminders.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(monevReminders).values(values).onConflictDoNothing().returning({ kind: monevReminders.kind });
  return rows.length > 0;
}

export async function setReminderRecipients(tx: Tx, r: { roundId: string; unitId: string; kind: string; sentOn: string }, recipients: number) {
  await tx
    .update(monevReminders)
    .set({ recipients })
    .where(and(eq(monevReminders.roundId, r.roundId), eq(monevReminders.unitId, r.unitId), eq(monevReminders.kind, r.kind), eq(monevReminders.sentOn, r.sentOn)));
}

/** Units of open rounds that have not submitted, for the scheduled reminders. */
export async function openUnsubmitted(db: Db | Tx) {
  return db
    .select({ roundId: monevRounds.id, title: monevRounds.title, deadline: monevRounds.deadline, reminderDays: monevRounds.reminderDays, unitId: monevRoundUnits.unitId })
    .from(monevRoundUnits)
    .innerJoin(monevRounds, eq(monevRounds.id, monevRoundUnits.roundId))
    .where(and(eq(monevRounds.status, 'open'), isNull(monevRoundUnits.submittedAt)));
}
