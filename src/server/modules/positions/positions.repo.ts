import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { positions, units } from '../../db/schema.ts';
import { likePattern } from '../../http/paging.ts';

const columns = {
  id: positions.id,
  unitId: positions.unitId,
  unitName: units.name,
  unitCode: units.code,
  name: positions.name,
  kind: positions.kind,
  active: positions.active,
  version: positions.version,
};

export type PositionRow = { id: string; unitId: string; unitName: string; unitCode: string; name: string; kind: string; active: boolean; version: number };

export async function listPositions(db: Db, f: { q?: string; unitId?: string; includeInactive?: boolean; limit: number; offset: number }) {
  const where = and(
    f.includeInactive ? undefined : eq(positions.active, true),
    f.unitId ? eq(positions.unitId, f.unitId) : undefined,
    f.q ? or(ilike(positions.name, likePattern(f.q)), ilike(units.name, likePattern(f.q)), ilike(units.code, likePattern(f.q))) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    db.select(columns).from(positions).innerJoin(units, eq(units.id, positions.unitId)).where(where)
      .orderBy(asc(units.code), asc(positions.name)).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(positions).innerJoin(units, eq(units.id, positions.unitId)).where(where),
  ]);
  return { items, total };
}

export async function getPosition(db: Db | Tx, id: string): Promise<PositionRow | undefined> {
  const [row] = await db.select(columns).from(positions).innerJoin(units, eq(units.id, positions.unitId)).where(eq(positions.id, id));
  return row;
}

export async function insertPosition(tx: Db | Tx, values: typeof positions.$inferInsert): Promise<string> {
  const [row] = await tx.insert(positions).values(values).returning({ id: positions.id });
  return row.id;
}

/** Applies the change only if the row is still at `version`; returns false when someone else got there first. */
export async function updatePosition(tx: Db | Tx, id: string, version: number, values: Partial<typeof positions.$inferInsert>): Promise<boolean> {
  const rows = await tx
    .update(positions)
    .set({ ...values, version: sql`${positions.version} + 1`, updatedAt: new Date() })
    .where(and(eq(positions.id, id), eq(positions.version, version)))
    .returning({ id: positions.id });
  return rows.length === 1;
}
