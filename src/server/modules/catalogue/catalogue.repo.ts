import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { services } from '../../db/schema.ts';

const columns = {
  id: services.id,
  code: services.code,
  channel: services.channel,
  sortOrder: services.sortOrder,
  name: services.name,
  nameEn: services.nameEn,
  description: services.description,
  requirements: services.requirements,
  formFields: services.formFields,
  requiredAttachments: services.requiredAttachments,
  output: services.output,
  standardDays: services.standardDays,
  requiresEndorsement: services.requiresEndorsement,
  attachesSop: services.attachesSop,
  jobDocumentKind: services.jobDocumentKind,
  active: services.active,
  version: services.version,
};

export type ServiceRow = Omit<typeof services.$inferSelect, 'createdAt' | 'updatedAt'>;

const byCode = (code: string) => eq(sql`lower(${services.code})`, code.toLowerCase());

/** The main channel first, then the supporting one; within a channel by sortOrder. */
export async function listServices(db: Db, f: { includeInactive?: boolean }): Promise<ServiceRow[]> {
  return db
    .select(columns)
    .from(services)
    .where(f.includeInactive ? undefined : eq(services.active, true))
    .orderBy(sql`case ${services.channel} when 'utama' then 0 else 1 end`, asc(services.sortOrder), asc(services.code));
}

export async function getServiceByCode(db: Db | Tx, code: string): Promise<ServiceRow | undefined> {
  const [row] = await db.select(columns).from(services).where(byCode(code));
  return row;
}

export async function countServices(db: Db | Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(services);
  return row.n;
}

export async function insertService(tx: Db | Tx, values: typeof services.$inferInsert): Promise<string> {
  const [row] = await tx.insert(services).values(values).returning({ id: services.id });
  return row.id;
}

/** Applies the change only if the row is still at `version`; returns false when someone else got there first. */
export async function updateService(tx: Db | Tx, id: string, version: number, values: Partial<typeof services.$inferInsert>): Promise<boolean> {
  const rows = await tx
    .update(services)
    .set({ ...values, version: sql`${services.version} + 1`, updatedAt: new Date() })
    .where(and(eq(services.id, id), eq(services.version, version)))
    .returning({ id: services.id });
  return rows.length === 1;
}
