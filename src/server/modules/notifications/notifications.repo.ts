import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { notifications, userRoles, users } from '../../db/schema.ts';
import type { Role } from '../../../domain/access/roles.ts';

export interface Recipient {
  id: string;
  email: string;
}

const recipient = { id: users.id, email: users.email };

/** Active users holding `role`, optionally only in `unitId`. */
export async function activeUsersWithRole(db: Db | Tx, role: Role, unitId?: string): Promise<Recipient[]> {
  return db
    .selectDistinct(recipient)
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, role)))
    .where(and(eq(users.active, true), unitId ? eq(users.unitId, unitId) : undefined));
}

export async function activeUsersOfUnit(db: Db | Tx, unitId: string): Promise<Recipient[]> {
  return db.select(recipient).from(users).where(and(eq(users.active, true), eq(users.unitId, unitId)));
}

export async function activeUsersById(db: Db | Tx, ids: readonly string[]): Promise<Recipient[]> {
  if (ids.length === 0) return [];
  return db.select(recipient).from(users).where(and(eq(users.active, true), inArray(users.id, [...ids])));
}

export async function insertNotifications(tx: Db | Tx, rows: (typeof notifications.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(notifications).values(rows);
}

export async function listNotifications(db: Db, recipientId: string, f: { unreadOnly?: boolean; limit: number; offset: number }) {
  const where = and(eq(notifications.recipientId, recipientId), f.unreadOnly ? isNull(notifications.readAt) : undefined);
  const [items, [{ total }], [{ unread }]] = await Promise.all([
    db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(f.limit).offset(f.offset),
    db.select({ total: count() }).from(notifications).where(where),
    db.select({ unread: count() }).from(notifications).where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt))),
  ]);
  return { items, total, unread };
}

/** Marks the recipient's notifications read (one, or all when `id` is omitted); answers how many changed. */
export async function markRead(db: Db, recipientId: string, now: Date, id?: string): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.recipientId, recipientId), isNull(notifications.readAt), id ? eq(notifications.id, id) : undefined))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function notificationExists(db: Db, recipientId: string, id: string): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`1` }).from(notifications).where(and(eq(notifications.id, id), eq(notifications.recipientId, recipientId)));
  return Boolean(row);
}
