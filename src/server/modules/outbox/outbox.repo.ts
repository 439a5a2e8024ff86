import { and, desc, eq, gte, ilike, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { mailOutbox } from '../../db/schema.ts';
import { likePattern } from '../../http/paging.ts';
import { MAX_ATTEMPTS } from '../../mail/mailer.ts';
import type { OutboxStatus } from './outbox.schema.ts';

export type OutboxRow = typeof mailOutbox.$inferSelect;

export const statusOf = (row: Pick<OutboxRow, 'sentAt' | 'attempts'>): OutboxStatus =>
  row.sentAt ? 'sent' : row.attempts >= MAX_ATTEMPTS ? 'failed' : 'pending';

const byStatus: Record<OutboxStatus, SQL> = {
  sent: isNotNull(mailOutbox.sentAt),
  pending: and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, MAX_ATTEMPTS))!,
  failed: and(isNull(mailOutbox.sentAt), gte(mailOutbox.attempts, MAX_ATTEMPTS))!,
};

export async function listOutbox(db: Db, f: { status?: OutboxStatus; q?: string; limit: number; offset: number }): Promise<{ items: OutboxRow[]; total: number }> {
  const where = and(
    f.status ? byStatus[f.status] : undefined,
    f.q ? or(ilike(mailOutbox.to, likePattern(f.q)), ilike(mailOutbox.subject, likePattern(f.q))) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    db.select().from(mailOutbox).where(where).orderBy(desc(mailOutbox.id)).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(mailOutbox).where(where),
  ]);
  return { items, total };
}

export async function getOutboxMessage(db: Db | Tx, id: number): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}

/** Gives a message that gave up its tries a fresh set; the next flush sends it. */
export async function resetAttempts(tx: Tx, id: number): Promise<void> {
  await tx.update(mailOutbox).set({ attempts: 0, lastError: null }).where(and(eq(mailOutbox.id, id), isNull(mailOutbox.sentAt)));
}
