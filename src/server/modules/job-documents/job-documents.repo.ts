import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { jobDocumentVersions, jobDocuments, positions, units, users } from '../../db/schema.ts';
import type { JobDocumentContent } from '../../../domain/jabatan/model.ts';

const headColumns = {
  id: jobDocuments.id,
  positionId: jobDocuments.positionId,
  positionName: positions.name,
  positionKind: positions.kind,
  unitId: positions.unitId,
  unitCode: units.code,
  unitName: units.name,
  kind: jobDocuments.kind,
  status: jobDocuments.status,
  masterYear: jobDocuments.masterYear,
  currentVersion: jobDocuments.currentVersion,
  updatedById: jobDocuments.updatedBy,
  updatedByName: users.name,
  updatedAt: jobDocuments.updatedAt,
  createdAt: jobDocuments.createdAt,
};

export interface JobDocumentRow {
  id: string;
  positionId: string;
  positionName: string;
  positionKind: string;
  unitId: string;
  unitCode: string;
  unitName: string;
  kind: string;
  status: string;
  masterYear: number;
  currentVersion: number;
  updatedById: string;
  updatedByName: string;
  updatedAt: Date;
  createdAt: Date;
}

export interface JobVersionRow {
  number: number;
  content: JobDocumentContent;
  masterYear: number;
  note: string;
  savedById: string;
  savedByName: string;
  savedAt: Date;
}

/** The document's unit is its position's unit, read through the position (a moved position takes its documents along). */
const heads = (db: Db | Tx) => db.select(headColumns).from(jobDocuments)
  .innerJoin(positions, eq(positions.id, jobDocuments.positionId))
  .innerJoin(units, eq(units.id, positions.unitId))
  .innerJoin(users, eq(users.id, jobDocuments.updatedBy));

export async function getDocument(db: Db | Tx, id: string): Promise<JobDocumentRow | undefined> {
  const [row] = await heads(db).where(eq(jobDocuments.id, id));
  return row;
}

export async function listDocuments(db: Db, f: { unitId?: string; positionId?: string; kind?: string; limit: number; offset: number }) {
  const where = and(
    f.unitId ? eq(positions.unitId, f.unitId) : undefined,
    f.positionId ? eq(jobDocuments.positionId, f.positionId) : undefined,
    f.kind ? eq(jobDocuments.kind, f.kind) : undefined,
  );
  const [items, [{ total }]] = await Promise.all([
    heads(db).where(where).orderBy(desc(jobDocuments.updatedAt), desc(jobDocuments.id)).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(jobDocuments).innerJoin(positions, eq(positions.id, jobDocuments.positionId)).where(where),
  ]);
  return { items, total };
}

export async function findOpenDraft(db: Db | Tx, positionId: string, kind: string): Promise<string | undefined> {
  const [row] = await db.select({ id: jobDocuments.id }).from(jobDocuments)
    .where(and(eq(jobDocuments.positionId, positionId), eq(jobDocuments.kind, kind), ne(jobDocuments.status, 'divalidasi')));
  return row?.id;
}

export async function insertDocument(tx: Db | Tx, values: typeof jobDocuments.$inferInsert): Promise<string> {
  const [row] = await tx.insert(jobDocuments).values(values).returning({ id: jobDocuments.id });
  return row.id;
}

/** Moves the document to the next version, only if it is still at `from`; false when someone saved first. */
export async function advanceDocument(tx: Db | Tx, id: string, from: number, values: Partial<typeof jobDocuments.$inferInsert>): Promise<boolean> {
  const rows = await tx.update(jobDocuments)
    .set({ ...values, currentVersion: from + 1, version: sql`${jobDocuments.version} + 1` })
    .where(and(eq(jobDocuments.id, id), eq(jobDocuments.currentVersion, from)))
    .returning({ id: jobDocuments.id });
  return rows.length === 1;
}

export async function insertVersion(tx: Db | Tx, values: typeof jobDocumentVersions.$inferInsert): Promise<void> {
  await tx.insert(jobDocumentVersions).values(values);
}

const versionColumns = {
  number: jobDocumentVersions.number,
  content: jobDocumentVersions.content,
  masterYear: jobDocumentVersions.masterYear,
  note: jobDocumentVersions.note,
  savedById: jobDocumentVersions.savedBy,
  savedByName: users.name,
  savedAt: jobDocumentVersions.savedAt,
};

export async function getVersion(db: Db | Tx, documentId: string, number: number): Promise<JobVersionRow | undefined> {
  const [row] = await db.select(versionColumns).from(jobDocumentVersions).innerJoin(users, eq(users.id, jobDocumentVersions.savedBy))
    .where(and(eq(jobDocumentVersions.documentId, documentId), eq(jobDocumentVersions.number, number)));
  return row;
}

export async function listVersions(db: Db, documentId: string, f: { limit: number; offset: number }) {
  const { content: _content, ...columns } = versionColumns;
  const [items, [{ total }]] = await Promise.all([
    db.select(columns).from(jobDocumentVersions).innerJoin(users, eq(users.id, jobDocumentVersions.savedBy))
      .where(eq(jobDocumentVersions.documentId, documentId)).orderBy(desc(jobDocumentVersions.number)).limit(f.limit).offset(f.offset),
    db.select({ total: sql<number>`count(*)::int` }).from(jobDocumentVersions).where(eq(jobDocumentVersions.documentId, documentId)),
  ]);
  return { items, total };
}

export interface PositionInfo {
  id: string;
  name: string;
  kind: string;
  active: boolean;
  unitId: string;
  unitName: string;
}

export async function getPosition(db: Db | Tx, id: string): Promise<PositionInfo | undefined> {
  const [row] = await db.select({ id: positions.id, name: positions.name, kind: positions.kind, active: positions.active, unitId: positions.unitId, unitName: units.name })
    .from(positions).innerJoin(units, eq(units.id, positions.unitId)).where(eq(positions.id, id));
  return row;
}

export interface UnitNode {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  active: boolean;
}

export async function allUnits(db: Db): Promise<UnitNode[]> {
  return db.select({ id: units.id, parentId: units.parentId, code: units.code, name: units.name, active: units.active }).from(units).orderBy(asc(units.code));
}

/** Active positions of these units: struktural first (the heads), then fungsional, pelaksana, by name. */
export async function positionsOfUnits(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return [];
  return db.select({ id: positions.id, unitId: positions.unitId, name: positions.name, kind: positions.kind }).from(positions)
    .where(and(inArray(positions.unitId, unitIds), eq(positions.active, true)))
    .orderBy(sql`case ${positions.kind} when 'struktural' then 0 when 'fungsional' then 1 else 2 end`, asc(positions.name));
}

/** The newest document of `kind` of each of these positions, with its latest content. */
export async function latestDocuments(db: Db, positionIds: string[], kind: string) {
  if (positionIds.length === 0) return new Map<string, { id: string; status: string; masterYear: number; content: JobDocumentContent }>();
  const rows = await db.select({
    id: jobDocuments.id,
    status: jobDocuments.status,
    positionId: jobDocuments.positionId,
    masterYear: jobDocumentVersions.masterYear,
    content: jobDocumentVersions.content,
  }).from(jobDocuments)
    .innerJoin(jobDocumentVersions, and(eq(jobDocumentVersions.documentId, jobDocuments.id), eq(jobDocumentVersions.number, jobDocuments.currentVersion)))
    .where(and(inArray(jobDocuments.positionId, positionIds), eq(jobDocuments.kind, kind)))
    .orderBy(desc(jobDocuments.updatedAt), desc(jobDocuments.id));
  const latest = new Map<string, { id: string; status: string; masterYear: number; content: JobDocumentContent }>();
  for (const r of rows) if (!latest.has(r.positionId)) latest.set(r.positionId, { id: r.id, status: r.status, masterYear: r.masterYear, content: r.content });
  return latest;
}
