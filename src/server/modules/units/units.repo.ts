import { aliasedTable, and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { units, users, userRoles } from '../../db/schema.ts';
import { likePattern } from '../../http/paging.ts';

const parent = aliasedTable(units, 'parent');

const unitColumns = {
  id: units.id,
  parentId: units.parentId,
  parentName: parent.name,
  code: units.code,
  name: units.name,
  kind: units.kind,
  active: units.active,
  version: units.version,
};

export async function listUnits(db: Db, f: { q?: string; includeInactive?: boolean; parentId?: string; limit: number; offset: number }) {
  const where = and(
    f.includeInactive ? undefined : eq(units.active, true),
    f.parentId ? eq(units.parentId, f.parentId) : undefined,
    f.q ? or(ilike(units.name, likePattern(f.q)), ilike(units.code, likePattern(f.q))) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    db.select(unitColumns).from(units).leftJoin(parent, eq(parent.id, units.parentId)).where(where)
      .orderBy(asc(units.code)).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(units).where(where),
  ]);
  return { items, total };
}

export type UnitRow = { id: string; parentId: string | null; parentName: string | null; code: string; name: string; kind: string; active: boolean; version: number };

export async function getUnit(db: Db | Tx, id: string): Promise<UnitRow | undefined> {
  const [row] = await db.select(unitColumns).from(units).leftJoin(parent, eq(parent.id, units.parentId)).where(eq(units.id, id));
  return row;
}

export async function findUnitIdByCode(db: Db | Tx, code: string) {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(sql`lower(${units.code})`, code.toLowerCase()));
  return row?.id;
}

export async function parentMap(db: Db | Tx): Promise<Map<string, string | null>> {
  const rows = await db.select({ id: units.id, parentId: units.parentId }).from(units);
  return new Map(rows.map((r) => [r.id, r.parentId]));
}

export async function insertUnit(tx: Db | Tx, values: typeof units.$inferInsert) {
  const [row] = await tx.insert(units).values(values).returning({ id: units.id });
  return row.id;
}

/** Applies the change only if the row is still at `version`; returns false when someone else got there first. */
export async function updateUnit(tx: Db | Tx, id: string, version: number, values: Partial<typeof units.$inferInsert>) {
  const rows = await tx
    .update(units)
    .set({ ...values, version: sql`${units.version} + 1`, updatedAt: new Date() })
    .where(and(eq(units.id, id), eq(units.version, version)))
    .returning({ id: units.id });
  return rows.length === 1;
}

export async function countActiveChildren(db: Db | Tx, id: string) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(units).where(and(eq(units.parentId, id), eq(units.active, true)));
  return row.n;
}

export async function countActiveUsers(db: Db | Tx, unitId: string) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(and(eq(users.unitId, unitId), eq(users.active, true)));
  return row.n;
}

export async function listMembers(db: Db, unitId: string) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      active: users.active,
      roles: sql<string[]>`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
    })
    .from(users)
    .where(eq(users.unitId, unitId))
    .orderBy(asc(users.name));
}
