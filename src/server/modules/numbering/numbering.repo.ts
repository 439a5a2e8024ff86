import { asc, eq, and, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { numberingCounters, numberingTemplates } from '../../db/schema.ts';

export type TemplateRow = { id: string; kind: string; template: string; version: number };
const columns = { id: numberingTemplates.id, kind: numberingTemplates.kind, template: numberingTemplates.template, version: numberingTemplates.version };

export async function listTemplates(db: Db): Promise<TemplateRow[]> {
  return db.select(columns).from(numberingTemplates).orderBy(asc(numberingTemplates.kind));
}

export async function getTemplate(db: Db | Tx, id: string): Promise<TemplateRow | undefined> {
  const [row] = await db.select(columns).from(numberingTemplates).where(eq(numberingTemplates.id, id));
  return row;
}

export async function templateOfKind(db: Db | Tx, kind: string): Promise<TemplateRow | undefined> {
  const [row] = await db.select(columns).from(numberingTemplates).where(eq(sql`lower(${numberingTemplates.kind})`, kind.toLowerCase()));
  return row;
}

export async function countTemplates(db: Db | Tx): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(numberingTemplates);
  return row.n;
}

export async function insertTemplate(tx: Db | Tx, values: { kind: string; template: string }): Promise<string> {
  const [row] = await tx.insert(numberingTemplates).values(values).returning({ id: numberingTemplates.id });
  return row.id;
}

export async function updateTemplate(tx: Tx, id: string, version: number, template: string): Promise<boolean> {
  const rows = await tx
    .update(numberingTemplates)
    .set({ template, version: sql`${numberingTemplates.version} + 1`, updatedAt: new Date() })
    .where(and(eq(numberingTemplates.id, id), eq(numberingTemplates.version, version)))
    .returning({ id: numberingTemplates.id });
  return rows.length === 1;
}

/**
 * The counter's next value. The upsert takes the row lock until the caller's transaction ends, so concurrent
 * callers on any instance queue on it: no two get the same value, and a rolled-back caller leaves no gap.
 */
export async function nextCounterValue(tx: Tx, key: string): Promise<number> {
  const [row] = await tx
    .insert(numberingCounters)
    .values({ key, value: 1 })
    .onConflictDoUpdate({ target: numberingCounters.key, set: { value: sql`${numberingCounters.value} + 1` } })
    .returning({ value: numberingCounters.value });
  return row.value;
}
