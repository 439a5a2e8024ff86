import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { passwordResetTokens, sessions, signInAttempts, units, userRoles, users } from '../../db/schema.ts';
import type { Role } from '../../../domain/access/roles.ts';

export async function findUserByEmail(db: Db, email: string) {
  const [row] = await db.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return row;
}

export async function rolesOf(db: Db | Tx, userId: string): Promise<Role[]> {
  const rows = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return rows.map((r) => r.role as Role).sort();
}

export async function sessionUser(db: Db, sessionId: string, now: Date) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      unitId: users.unitId,
      unitName: units.name,
      unitCode: units.code,
      mustChangePassword: users.mustChangePassword,
      roles: sql<Role[]>`coalesce((select array_agg(${userRoles.role} order by ${userRoles.role}) from ${userRoles} where ${userRoles.userId} = ${users.id}), '{}')`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(units, eq(units.id, users.unitId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, now), eq(users.active, true)));
  return row;
}

export async function insertSession(db: Db, s: typeof sessions.$inferInsert) {
  await db.insert(sessions).values(s);
}

export async function deleteSession(db: Db | Tx, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionsOfUser(db: Db | Tx, userId: string, exceptSessionId?: string) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), exceptSessionId ? sql`${sessions.id} <> ${exceptSessionId}` : undefined));
}

export async function recordSignInAttempt(db: Db, a: { email: string; ip: string; success: boolean; at: Date }) {
  await db.insert(signInAttempts).values(a);
}

/** Failed attempts since `since`, for the account and for the address. */
export async function countFailures(db: Db, email: string, ip: string, since: Date) {
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${signInAttempts.email} = ${email})::int`,
      byIp: sql<number>`count(*) filter (where ${signInAttempts.ip} = ${ip})::int`,
    })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.success, false), gt(signInAttempts.at, since), sql`(${signInAttempts.email} = ${email} or ${signInAttempts.ip} = ${ip})`));
  return row ?? { byEmail: 0, byIp: 0 };
}

export async function setPassword(db: Db | Tx, userId: string, passwordHash: string, mustChange: boolean) {
  await db
    .update(users)
    .set({ passwordHash, mustChangePassword: mustChange, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(eq(users.id, userId));
}

export async function insertResetToken(db: Db | Tx, t: typeof passwordResetTokens.$inferInsert) {
  await db.insert(passwordResetTokens).values(t);
}

/** Marks the token used and returns its user, only if it was unused and unexpired: a token works once. */
export async function consumeResetToken(tx: Tx, tokenId: string, now: Date) {
  const [row] = await tx
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.id, tokenId), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
    .returning({ userId: passwordResetTokens.userId });
  return row;
}
