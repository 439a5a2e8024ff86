import { and, asc, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import {
  organisation, sops, sopAcknowledgements, sopCarryingUnits, sopRegistry, sopReviewDecisions, sopReviewReminders, sopReviews, units, users,
} from '../../db/schema.ts';
import { DEFAULT_REVIEW_MONTHS, type ReviewReminderKind } from '../../../domain/sop/review.ts';

/** The review period of the organisation, in months. */
export async function reviewMonths(db: Db | Tx): Promise<number> {
  const [row] = await db.select({ months: organisation.sopReviewMonths }).from(organisation).where(eq(organisation.id, 1));
  return row?.months ?? DEFAULT_REVIEW_MONTHS;
}

const reviewColumns = {
  registryId: sopRegistry.id,
  sopId: sopRegistry.sopId,
  sopVersion: sopRegistry.sopVersion,
  title: sopRegistry.title,
  number: sopRegistry.number,
  unitId: sopRegistry.unitId,
  unitLabel: sopRegistry.unitLabel,
  effectiveOn: sopRegistry.effectiveOn,
  status: sopRegistry.status,
  dueOn: sopReviews.dueOn,
  newVersionStartedAt: sopReviews.newVersionStartedAt,
  newVersionNumber: sopReviews.newVersionNumber,
  version: sopReviews.version,
};
export type ReviewRow = {
  registryId: string; sopId: string; sopVersion: number; title: string; number: string; unitId: string; unitLabel: string; effectiveOn: string;
  status: string; dueOn: string; newVersionStartedAt: Date | null; newVersionNumber: number | null; version: number;
};

const reviews = (db: Db | Tx) => db.select(reviewColumns).from(sopReviews).innerJoin(sopRegistry, eq(sopRegistry.id, sopReviews.registryId));

export async function getReview(db: Db | Tx, registryId: string): Promise<ReviewRow | undefined> {
  const [row] = await reviews(db).where(eq(sopReviews.registryId, registryId));
  return row;
}

/** Reviews of the versions in effect, soonest due first; of one unit when given. */
export async function listReviews(db: Db | Tx, f: { unitId?: string }): Promise<ReviewRow[]> {
  return reviews(db)
    .where(and(eq(sopRegistry.status, 'effective'), f.unitId ? eq(sopReviews.unitId, f.unitId) : undefined))
    .orderBy(asc(sopReviews.dueOn), asc(sopRegistry.title), asc(sopRegistry.id));
}

export async function insertReview(tx: Tx, values: typeof sopReviews.$inferInsert): Promise<void> {
  await tx.insert(sopReviews).values(values).onConflictDoNothing();
}

/** Moves the due date if the review is still at `version`; false when someone else decided first. */
export async function moveDue(tx: Tx, registryId: string, version: number, dueOn: string): Promise<boolean> {
  const rows = await tx.update(sopReviews).set({ dueOn, version: sql`${sopReviews.version} + 1` })
    .where(and(eq(sopReviews.registryId, registryId), eq(sopReviews.version, version), isNull(sopReviews.newVersionStartedAt)))
    .returning({ id: sopReviews.registryId });
  return rows.length === 1;
}

export async function markNewVersion(tx: Tx, registryId: string, number: number, at: Date): Promise<boolean> {
  const rows = await tx.update(sopReviews).set({ newVersionStartedAt: at, newVersionNumber: number, version: sql`${sopReviews.version} + 1` })
    .where(and(eq(sopReviews.registryId, registryId), isNull(sopReviews.newVersionStartedAt)))
    .returning({ id: sopReviews.registryId });
  return rows.length === 1;
}

export async function insertDecision(tx: Tx, values: typeof sopReviewDecisions.$inferInsert): Promise<void> {
  await tx.insert(sopReviewDecisions).values(values);
}

export async function decisionsOf(db: Db | Tx, registryIds: string[]) {
  if (registryIds.length === 0) return [];
  return db.select({
    registryId: sopReviewDecisions.registryId,
    outcome: sopReviewDecisions.outcome,
    note: sopReviewDecisions.note,
    dueOnBefore: sopReviewDecisions.dueOnBefore,
    dueOnAfter: sopReviewDecisions.dueOnAfter,
    sopVersion: sopReviewDecisions.sopVersion,
    decidedById: sopReviewDecisions.decidedBy,
    decidedByName: users.name,
    decidedAt: sopReviewDecisions.decidedAt,
  }).from(sopReviewDecisions).innerJoin(users, eq(users.id, sopReviewDecisions.decidedBy))
    .where(inArray(sopReviewDecisions.registryId, registryIds))
    .orderBy(desc(sopReviewDecisions.decidedAt), desc(sopReviewDecisions.id));
}

// ---------------------------------------------------------------- reminders

/** Open reviews (version in effect, no new version started) with the reminder kinds already sent for their current due date. */
export async function openReviewsWithReminders(db: Db | Tx) {
  // A version whose SOP is being redrafted (a new version started anywhere) is not reminded.
  const rows = await reviews(db).innerJoin(sops, eq(sops.id, sopReviews.sopId))
    .where(and(eq(sopRegistry.status, 'effective'), isNull(sopReviews.newVersionStartedAt), ne(sops.status, 'draf')));
  if (rows.length === 0) return [];
  const sent = await db.select().from(sopReviewReminders).where(inArray(sopReviewReminders.registryId, rows.map((r) => r.registryId)));
  return rows.map((r) => ({ ...r, sent: sent.filter((s) => s.registryId === r.registryId && s.dueOn === r.dueOn).map((s) => s.kind as ReviewReminderKind) }));
}

/** Records a reminder as sent; false when it already was (another instance, or an earlier run). */
export async function claimReminder(tx: Tx, registryId: string, dueOn: string, kind: ReviewReminderKind, at: Date): Promise<boolean> {
  const rows = await tx.insert(sopReviewReminders).values({ registryId, dueOn, kind, sentAt: at }).onConflictDoNothing().returning({ id: sopReviewReminders.registryId });
  return rows.length === 1;
}

// ---------------------------------------------------------------- carrying units and acknowledgements

export async function carryingUnits(db: Db | Tx, registryId: string) {
  return db.select({ id: units.id, code: units.code, name: units.name })
    .from(sopCarryingUnits).innerJoin(units, eq(units.id, sopCarryingUnits.unitId))
    .where(eq(sopCarryingUnits.registryId, registryId)).orderBy(asc(units.code));
}

export async function addCarryingUnits(tx: Tx, registryId: string, unitIds: string[], by: string | null, at: Date): Promise<void> {
  if (unitIds.length === 0) return;
  await tx.insert(sopCarryingUnits).values(unitIds.map((unitId) => ({ registryId, unitId, addedBy: by, addedAt: at }))).onConflictDoNothing();
}

export async function removeCarryingUnits(tx: Tx, registryId: string, unitIds: string[]): Promise<void> {
  if (unitIds.length === 0) return;
  await tx.delete(sopCarryingUnits).where(and(eq(sopCarryingUnits.registryId, registryId), inArray(sopCarryingUnits.unitId, unitIds)));
}

export async function isCarryingUnit(db: Db | Tx, registryId: string, unitId: string): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`1` }).from(sopCarryingUnits).where(and(eq(sopCarryingUnits.registryId, registryId), eq(sopCarryingUnits.unitId, unitId)));
  return Boolean(row);
}

export async function activeUnitIds(db: Db | Tx, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.select({ id: units.id }).from(units).where(and(inArray(units.id, ids), eq(units.active, true)));
  return rows.map((r) => r.id);
}

export interface AskedUser { id: string; name: string; email: string; unitId: string }

/** The active users of the units given: the people asked to read a version. */
export async function usersOfUnits(db: Db | Tx, unitIds: string[]): Promise<AskedUser[]> {
  if (unitIds.length === 0) return [];
  return db.select({ id: users.id, name: users.name, email: users.email, unitId: sql<string>`${users.unitId}` })
    .from(users).where(and(eq(users.active, true), inArray(users.unitId, unitIds))).orderBy(asc(users.name), asc(users.id));
}

export async function acknowledgementsOf(db: Db | Tx, registryId: string) {
  return db.select({ userId: sopAcknowledgements.userId, unitId: sopAcknowledgements.unitId, acknowledgedAt: sopAcknowledgements.acknowledgedAt, name: users.name })
    .from(sopAcknowledgements).innerJoin(users, eq(users.id, sopAcknowledgements.userId))
    .where(eq(sopAcknowledgements.registryId, registryId));
}

export async function acknowledgementOf(db: Db | Tx, registryId: string, userId: string) {
  const [row] = await db.select().from(sopAcknowledgements).where(and(eq(sopAcknowledgements.registryId, registryId), eq(sopAcknowledgements.userId, userId)));
  return row;
}

export async function insertAcknowledgement(tx: Tx, values: typeof sopAcknowledgements.$inferInsert): Promise<boolean> {
  const rows = await tx.insert(sopAcknowledgements).values(values).onConflictDoNothing().returning({ id: sopAcknowledgements.userId });
  return rows.length === 1;
}

/** Versions in effect that the user's unit carries out and the user has not acknowledged yet, newest first. */
export async function toRead(db: Db | Tx, userId: string, unitId: string) {
  return db.select({
    registryId: sopRegistry.id, sopId: sopRegistry.sopId, version: sopRegistry.sopVersion, title: sopRegistry.title, number: sopRegistry.number,
    unitLabel: sopRegistry.unitLabel, effectiveOn: sopRegistry.effectiveOn, ratifiedAt: sopRegistry.ratifiedAt,
  }).from(sopRegistry)
    .innerJoin(sopCarryingUnits, and(eq(sopCarryingUnits.registryId, sopRegistry.id), eq(sopCarryingUnits.unitId, unitId)))
    .leftJoin(sopAcknowledgements, and(eq(sopAcknowledgements.registryId, sopRegistry.id), eq(sopAcknowledgements.userId, userId)))
    .where(and(eq(sopRegistry.status, 'effective'), isNull(sopAcknowledgements.userId)))
    .orderBy(desc(sopRegistry.ratifiedAt), desc(sopRegistry.id));
}

/** Every version in effect with its carrying units and how many of their users have acknowledged it (the bureau's overview). */
export async function effectiveProgress(db: Db | Tx) {
  const { rows } = await db.execute<{ registry_id: string; sop_id: string; version: number; title: string; number: string; unit_label: string; effective_on: string; asked: number; acknowledged: number }>(sql`
    select r.id as registry_id, r.sop_id, r.sop_version as version, r.title, r.number, r.unit_label, r.effective_on,
      (select count(*) from ${users} u join ${sopCarryingUnits} c on c.unit_id = u.unit_id and c.registry_id = r.id where u.active)::int as asked,
      (select count(*) from ${users} u join ${sopCarryingUnits} c on c.unit_id = u.unit_id and c.registry_id = r.id
         join ${sopAcknowledgements} a on a.registry_id = r.id and a.user_id = u.id where u.active)::int as acknowledged
    from ${sopRegistry} r where r.status = 'effective' order by r.ratified_at desc, r.id`);
  return rows.map((r) => ({ registryId: r.registry_id, sopId: r.sop_id, version: Number(r.version), title: r.title, number: r.number, unitLabel: r.unit_label, effectiveOn: r.effective_on, asked: Number(r.asked), acknowledged: Number(r.acknowledged) }));
}

export async function unitLabels(db: Db | Tx, ids: string[]): Promise<Map<string, { code: string; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: units.id, code: units.code, name: units.name }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]));
}
