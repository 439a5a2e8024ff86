import { and, asc, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/open.ts';
import { registrySearchWords, requests, sopRegistry, sopVersions, users } from '../../db/schema.ts';
import { lastSubmission } from '../requests/request-sop.repo.ts';
import { searchPlan as textSearchPlan } from '../../db/text-search.ts';
import type { RegistryStatus } from './registry.schema.ts';

const ratifier = alias(users, 'ratifier_user');
const statusUser = alias(users, 'status_user');
const successor = alias(sopRegistry, 'successor');

const columns = {
  id: sopRegistry.id,
  sopId: sopRegistry.sopId,
  sopVersion: sopRegistry.sopVersion,
  unitId: sopRegistry.unitId,
  unitLabel: sopRegistry.unitLabel,
  title: sopRegistry.title,
  number: sopRegistry.number,
  effectiveOn: sopRegistry.effectiveOn,
  ratifierPosition: sopRegistry.ratifierPosition,
  ratifierName: sopRegistry.ratifierName,
  ratifierNip: sopRegistry.ratifierNip,
  ratifiedAt: sopRegistry.ratifiedAt,
  ratifiedById: sopRegistry.ratifiedBy,
  ratifiedByName: ratifier.name,
  requestId: sopRegistry.requestId,
  code: sopRegistry.code,
  pdfKey: sopRegistry.pdfKey,
  pdfSha256: sopRegistry.pdfSha256,
  pdfSize: sopRegistry.pdfSize,
  status: sopRegistry.status,
  statusReason: sopRegistry.statusReason,
  statusById: sopRegistry.statusBy,
  statusByName: statusUser.name,
  statusAt: sopRegistry.statusAt,
  supersededById: sopRegistry.supersededBy,
  supersededByNumber: successor.number,
  supersededByVersion: successor.sopVersion,
};

export interface EntryRow {
  id: string;
  sopId: string;
  sopVersion: number;
  unitId: string;
  unitLabel: string;
  title: string;
  number: string;
  effectiveOn: string;
  ratifierPosition: string;
  ratifierName: string;
  ratifierNip: string;
  ratifiedAt: Date;
  ratifiedById: string;
  ratifiedByName: string;
  requestId: string | null;
  code: string;
  pdfKey: string;
  pdfSha256: string;
  pdfSize: number;
  status: RegistryStatus;
  statusReason: string | null;
  statusById: string | null;
  statusByName: string | null;
  statusAt: Date | null;
  supersededById: string | null;
  supersededByNumber: string | null;
  supersededByVersion: number | null;
}

const entries = (db: Db | Tx) =>
  db.select(columns).from(sopRegistry)
    .innerJoin(ratifier, eq(ratifier.id, sopRegistry.ratifiedBy))
    .leftJoin(statusUser, eq(statusUser.id, sopRegistry.statusBy))
    .leftJoin(successor, eq(successor.id, sopRegistry.supersededBy));

const one = async (db: Db | Tx, where: SQL | undefined): Promise<EntryRow | undefined> => {
  const [row] = await entries(db).where(where).orderBy(desc(sopRegistry.ratifiedAt), desc(sopRegistry.id)).limit(1);
  return row as EntryRow | undefined;
};

export const getEntry = (db: Db | Tx, id: string) => one(db, eq(sopRegistry.id, id));
export const getEntryByCode = (db: Db | Tx, code: string) => one(db, eq(sopRegistry.code, code));
export const getEntryByNumber = (db: Db | Tx, number: string) => one(db, sql`lower(${sopRegistry.number}) = lower(${number})`);
export const getEntryBySha = (db: Db | Tx, sha256: string) => one(db, eq(sopRegistry.pdfSha256, sha256));
export const effectiveEntryOf = (db: Db | Tx, sopId: string) => one(db, and(eq(sopRegistry.sopId, sopId), eq(sopRegistry.status, 'effective')));
export const entryOfVersion = (db: Db | Tx, sopId: string, version: number) => one(db, and(eq(sopRegistry.sopId, sopId), eq(sopRegistry.sopVersion, version)));

/** Every ratified version of an SOP, newest first. */
export async function entriesOfSop(db: Db | Tx, sopId: string): Promise<EntryRow[]> {
  return (await entries(db).where(eq(sopRegistry.sopId, sopId)).orderBy(desc(sopRegistry.ratifiedAt), desc(sopRegistry.sopVersion))) as EntryRow[];
}

/** The current entry of each SOP: its effective one, else its latest. */
export async function currentEntries(db: Db | Tx, sopIds: string[]): Promise<Map<string, EntryRow>> {
  const out = new Map<string, EntryRow>();
  if (sopIds.length === 0) return out;
  const rows = (await entries(db).where(inArray(sopRegistry.sopId, sopIds)).orderBy(desc(sopRegistry.ratifiedAt))) as EntryRow[];
  for (const r of rows) {
    const seen = out.get(r.sopId);
    if (!seen || (seen.status !== 'effective' && r.status === 'effective')) out.set(r.sopId, r);
  }
  return out;
}

export async function numberTaken(db: Db | Tx, number: string): Promise<boolean> {
  const rows = await db.select({ id: sopRegistry.id }).from(sopRegistry).where(sql`lower(${sopRegistry.number}) = lower(${number})`).limit(1);
  return rows.length > 0;
}

export async function insertEntry(tx: Tx, values: typeof sopRegistry.$inferInsert): Promise<string> {
  const [row] = await tx.insert(sopRegistry).values(values).returning({ id: sopRegistry.id });
  return row.id;
}

/** Marks the effective entry `id` superseded (by `by`, or linked afterwards); false when it is no longer effective. */
export async function supersede(tx: Tx, id: string, by: string | null, actorId: string, now: Date): Promise<boolean> {
  const rows = await tx.update(sopRegistry)
    .set({ status: 'superseded', supersededBy: by, statusBy: actorId, statusAt: now })
    .where(and(eq(sopRegistry.id, id), eq(sopRegistry.status, 'effective')))
    .returning({ id: sopRegistry.id });
  return rows.length === 1;
}

/** Revokes the effective entry `id`; false when it is not effective (any more). */
export async function revoke(tx: Tx, id: string, reason: string, actorId: string, now: Date): Promise<boolean> {
  const rows = await tx.update(sopRegistry)
    .set({ status: 'revoked', statusReason: reason, statusBy: actorId, statusAt: now })
    .where(and(eq(sopRegistry.id, id), eq(sopRegistry.status, 'effective')))
    .returning({ id: sopRegistry.id });
  return rows.length === 1;
}

/** The SOP ids of entries in effect whose ratified content names `sopId` among its related SOPs. */
export async function sopsNaming(db: Db | Tx, sopId: string): Promise<string[]> {
  const rows = await db.select({ sopId: sopRegistry.sopId }).from(sopRegistry)
    .innerJoin(sopVersions, and(eq(sopVersions.sopId, sopRegistry.sopId), eq(sopVersions.number, sopRegistry.sopVersion)))
    .where(and(
      eq(sopRegistry.status, 'effective'),
      sql`${sopVersions.content} -> 'identity' -> 'related' @> ${JSON.stringify([{ sopId }])}::jsonb`,
    ));
  return [...new Set(rows.map((r) => r.sopId))].filter((id) => id !== sopId);
}

// ---------------------------------------------------------------- public search (as the monitoring table's, see monitoring.repo.ts)

/** Over the registry's title, number and unit, typo-tolerant through registry_search_words (db/text-search.ts). */
const searchPlan = (db: Db, q: string) =>
  textSearchPlan(db, q, { vector: sopRegistry.searchVector, text: sopRegistry.searchText, words: registrySearchWords });

const listColumns = {
  id: sopRegistry.id,
  sopId: sopRegistry.sopId,
  version: sopRegistry.sopVersion,
  number: sopRegistry.number,
  title: sopRegistry.title,
  unitId: sopRegistry.unitId,
  unitLabel: sopRegistry.unitLabel,
  effectiveOn: sopRegistry.effectiveOn,
  status: sopRegistry.status,
};

export async function listPublic(db: Db, f: { q?: string; unitId?: string; year?: number; status: RegistryStatus; limit: number; offset: number }) {
  const plan = f.q ? await searchPlan(db, f.q) : undefined;
  const where = and(
    eq(sopRegistry.status, f.status),
    f.unitId ? eq(sopRegistry.unitId, f.unitId) : undefined,
    f.year ? sql`left(${sopRegistry.effectiveOn}, 4) = ${String(f.year)}` : undefined,
    plan?.match,
  );
  const order = [...(plan ? [sql`${plan.rank} desc`] : []), desc(sopRegistry.effectiveOn), asc(sopRegistry.title), asc(sopRegistry.id)];
  const [items, [{ total }]] = await Promise.all([
    db.select(listColumns).from(sopRegistry).where(where).orderBy(...order).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(sopRegistry).where(where),
  ]);
  return { items: items as Array<Omit<typeof items[number], 'status'> & { status: RegistryStatus }>, total };
}

/** The units and years the registry holds, for the filters. */
export async function publicOptions(db: Db) {
  const units = await db.selectDistinctOn([sopRegistry.unitId], { id: sopRegistry.unitId, label: sopRegistry.unitLabel })
    .from(sopRegistry).orderBy(sopRegistry.unitId, desc(sopRegistry.ratifiedAt));
  const years = await db.selectDistinct({ year: sql<number>`left(${sopRegistry.effectiveOn}, 4)::int` }).from(sopRegistry).where(isNotNull(sopRegistry.effectiveOn));
  return {
    units: units.sort((a, b) => a.label.localeCompare(b.label, 'id')),
    years: years.map((y) => y.year).sort((a, b) => b - a),
  };
}

/** Records which entry superseded `id` (the new entry is written after the old one stops being in effect). */
export async function linkSuccessor(tx: Tx, id: string, by: string): Promise<void> {
  await tx.update(sopRegistry).set({ supersededBy: by }).where(eq(sopRegistry.id, id));
}

export async function requestExists(db: Db | Tx, id: string): Promise<boolean> {
  const rows = await db.select({ id: requests.id }).from(requests).where(eq(requests.id, id)).limit(1);
  return rows.length > 0;
}

export const entryOfRequest = (db: Db | Tx, requestId: string) => one(db, eq(sopRegistry.requestId, requestId));

/** What ratifying a completed request needs: its state, number, completion time and the SOP version last submitted with it. */
export async function requestForRatification(db: Db | Tx, id: string) {
  const [row] = await db.select({ state: requests.state, documentNumber: requests.documentNumber, completedAt: requests.completedAt }).from(requests).where(eq(requests.id, id));
  if (!row) return undefined;
  const last = await lastSubmission(db, id);
  return { ...row, submittedSopId: last?.sopId ?? null, submittedSopVersion: last?.sopVersion ?? null };
}
