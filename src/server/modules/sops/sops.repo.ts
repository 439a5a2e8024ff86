import { and, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { sopVersions, sops, units, users } from '../../db/schema.ts';
import type { SopContent } from '../../../domain/sop/model.ts';
import { likePattern } from '../../http/paging.ts';

const summaryColumns = {
  id: sops.id,
  unitId: sops.unitId,
  unitCode: units.code,
  unitName: units.name,
  title: sops.title,
  number: sops.number,
  status: sops.status,
  currentVersion: sops.currentVersion,
  errorCount: sops.errorCount,
  warningCount: sops.warningCount,
  updatedById: sops.updatedBy,
  updatedByName: users.name,
  updatedAt: sops.updatedAt,
  createdAt: sops.createdAt,
};

export interface SopRow {
  id: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  title: string;
  number: string;
  status: string;
  currentVersion: number;
  errorCount: number;
  warningCount: number;
  updatedById: string;
  updatedByName: string;
  updatedAt: Date;
  createdAt: Date;
}

export interface SopVersionRow {
  number: number;
  content: SopContent;
  note: string;
  savedById: string;
  savedByName: string;
  savedAt: Date;
}

const summaries = (db: Db | Tx) =>
  db.select(summaryColumns).from(sops).innerJoin(units, eq(units.id, sops.unitId)).innerJoin(users, eq(users.id, sops.updatedBy));

export async function listSops(db: Db, f: { unitId?: string; q?: string; limit: number; offset: number }): Promise<{ items: SopRow[]; total: number }> {
  const where = and(
    f.unitId ? eq(sops.unitId, f.unitId) : undefined,
    f.q ? or(ilike(sops.title, likePattern(f.q)), ilike(sops.number, likePattern(f.q))) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    summaries(db).where(where).orderBy(desc(sops.updatedAt), desc(sops.id)).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(sops).where(where),
  ]);
  return { items, total };
}

export async function getSop(db: Db | Tx, id: string): Promise<SopRow | undefined> {
  const [row] = await summaries(db).where(eq(sops.id, id));
  return row;
}

export async function insertSop(tx: Db | Tx, values: typeof sops.$inferInsert): Promise<string> {
  const [row] = await tx.insert(sops).values(values).returning({ id: sops.id });
  return row.id;
}

/** Moves the SOP to the next content version, only if it is still at `from`; false when someone saved first. */
export async function advanceSop(tx: Db | Tx, id: string, from: number, values: Partial<typeof sops.$inferInsert>): Promise<boolean> {
  const rows = await tx
    .update(sops)
    .set({ ...values, currentVersion: from + 1, version: sql`${sops.version} + 1` })
    .where(and(eq(sops.id, id), eq(sops.currentVersion, from)))
    .returning({ id: sops.id });
  return rows.length === 1;
}

export async function insertSopVersion(tx: Db | Tx, values: typeof sopVersions.$inferInsert): Promise<void> {
  await tx.insert(sopVersions).values(values);
}

const versionColumns = {
  number: sopVersions.number,
  content: sopVersions.content,
  note: sopVersions.note,
  savedById: sopVersions.savedBy,
  savedByName: users.name,
  savedAt: sopVersions.savedAt,
};

export async function getSopVersion(db: Db | Tx, sopId: string, number: number): Promise<SopVersionRow | undefined> {
  const [row] = await db.select(versionColumns).from(sopVersions).innerJoin(users, eq(users.id, sopVersions.savedBy))
    .where(and(eq(sopVersions.sopId, sopId), eq(sopVersions.number, number)));
  return row;
}

export async function listSopVersions(db: Db, sopId: string, f: { limit: number; offset: number }): Promise<{ items: Omit<SopVersionRow, 'content'>[]; total: number }> {
  const { content: _content, ...columns } = versionColumns;
  const [items, [{ total }]] = await Promise.all([
    db.select(columns).from(sopVersions).innerJoin(users, eq(users.id, sopVersions.savedBy)).where(eq(sopVersions.sopId, sopId))
      .orderBy(desc(sopVersions.number)).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(sopVersions).where(eq(sopVersions.sopId, sopId)),
  ]);
  return { items, total };
}

/** Which of these ids are SOPs in the registry. */
export async function existingSopIds(db: Db | Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.select({ id: sops.id }).from(sops).where(inArray(sops.id, ids));
  return new Set(rows.map((r) => r.id));
}

/** The SOP's status as the registry sets it (berlaku on ratification, dicabut on revocation, draf for a new version). */
export async function setSopStatus(tx: Db | Tx, id: string, status: string, values: { updatedBy: string; updatedAt: Date }): Promise<void> {
  await tx.update(sops).set({ status, ...values, version: sql`${sops.version} + 1` }).where(eq(sops.id, id));
}

/** Reads the SOP's head under a row lock (PostgreSQL), so that registry changes to one SOP happen one at a time. */
export async function lockSop(tx: Tx, id: string): Promise<{ status: string; currentVersion: number } | undefined> {
  const [row] = await tx.select({ status: sops.status, currentVersion: sops.currentVersion }).from(sops).where(eq(sops.id, id)).for('update');
  return row;
}
