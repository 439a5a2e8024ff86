import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { auditLog } from '../../db/schema.ts';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  data?: Record<string, unknown>;
  ip?: string | null;
}

/** Append-only: entries are inserted, never updated or deleted. */
export async function recordAudit(tx: Db | Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({ ...entry, data: entry.data ?? {}, ip: entry.ip ?? null });
}

export async function listAudit(db: Db, filter: { entity?: string; entityId?: string; limit: number; offset: number }) {
  const where = and(
    filter.entity ? eq(auditLog.entity, filter.entity) : undefined,
    filter.entityId ? eq(auditLog.entityId, filter.entityId) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.id)).limit(filter.limit).offset(filter.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(auditLog).where(where),
  ]);
  return { items, total };
}
