import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { organisation } from '../../db/schema.ts';

export type OrganisationRow = { name: string; shortName: string; bureauName: string; address: string; sopReviewMonths: number; version: number };

const columns = {
  name: organisation.name,
  shortName: organisation.shortName,
  bureauName: organisation.bureauName,
  address: organisation.address,
  sopReviewMonths: organisation.sopReviewMonths,
  version: organisation.version,
};

export async function getOrganisation(db: Db | Tx): Promise<OrganisationRow | undefined> {
  const [row] = await db.select(columns).from(organisation).where(eq(organisation.id, 1));
  return row;
}

export async function insertOrganisationIfAbsent(db: Db | Tx, values: { name: string; shortName: string; bureauName: string }): Promise<void> {
  await db.insert(organisation).values({ id: 1, ...values }).onConflictDoNothing();
}

/** Applies the change only if the row is still at `version`; returns false when someone else got there first. */
export async function updateOrganisation(tx: Db | Tx, version: number, values: Partial<Omit<OrganisationRow, 'version'>>): Promise<boolean> {
  const rows = await tx
    .update(organisation)
    .set({ ...values, version: sql`${organisation.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organisation.id, 1), eq(organisation.version, version)))
    .returning({ id: organisation.id });
  return rows.length === 1;
}
