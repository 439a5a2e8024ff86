import { and, asc, eq, exists, ilike, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { units, userRoles, users } from '../../db/schema.ts';
import { likePattern } from '../../http/paging.ts';
import type { Role } from '../../../domain/access/roles.ts';

const columns = {
  id: users.id,
  email: users.email,
  name: users.name,
  nip: users.nip,
  unitId: users.unitId,
  unitName: units.name,
  unitCode: units.code,
  roles: sql<Role[]>`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  version: users.version,
};

export type UserRow = {
  id: string;
  email: string;
  name: string;
  nip: string | null;
  unitId: string;
  unitName: string;
  unitCode: string;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
  version: number;
};

export async function listUsers(db: Db, f: { q?: string; unitId?: string; role?: Role; includeInactive?: boolean; limit: number; offset: number }) {
  const where = and(
    f.includeInactive ? undefined : eq(users.active, true),
    f.unitId ? eq(users.unitId, f.unitId) : undefined,
    f.role ? exists(db.select({ one: sql`1` }).from(userRoles).where(and(eq(userRoles.userId, users.id), eq(userRoles.role, f.role)))) : undefined,
    f.q ? or(ilike(users.name, likePattern(f.q)), ilike(users.email, likePattern(f.q)), ilike(users.nip, likePattern(f.q))) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    db.select(columns).from(users).innerJoin(units, eq(units.id, users.unitId)).where(where)
      .orderBy(asc(users.name), asc(users.email)).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(users).where(where),
  ]);
  return { items, total };
}

export async function getUser(db: Db | Tx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select(columns).from(users).innerJoin(units, eq(units.id, users.unitId)).where(eq(users.id, id));
  return row;
}

export async function countUsers(db: Db | Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row.n;
}

export async function findUserIdByEmail(db: Db | Tx, email: string): Promise<string | undefined> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row?.id;
}

export async function insertUser(tx: Db | Tx, values: typeof users.$inferInsert, roles: readonly Role[]): Promise<string> {
  const [row] = await tx.insert(users).values(values).returning({ id: users.id });
  await tx.insert(userRoles).values(roles.map((role) => ({ userId: row.id, role })));
  return row.id;
}

export async function replaceRoles(tx: Db | Tx, userId: string, roles: readonly Role[]): Promise<void> {
  await tx.delete(userRoles).where(eq(userRoles.userId, userId));
  await tx.insert(userRoles).values(roles.map((role) => ({ userId, role })));
}

/** Applies the change only if the row is still at `version`; returns false when someone else got there first. */
export async function updateUser(tx: Db | Tx, id: string, version: number, values: Partial<typeof users.$inferInsert>): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ ...values, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return rows.length === 1;
}
