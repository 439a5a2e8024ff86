import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { jobDocuments, positions, requestJobDocumentEvents, requestJobDocuments, users } from '../../db/schema.ts';

export type RequestJobEventKind = 'attached' | 'detached' | 'submitted';

export interface AttachedJobDocumentRow {
  id: string;
  kind: string;
  positionId: string;
  positionName: string;
  positionKind: string;
  unitId: string;
  currentVersion: number;
  masterYear: number;
  updatedAt: Date;
  attachedAt: Date;
}

/** The documents the request carries now, in the order they were attached. */
export async function attachedDocuments(db: Db | Tx, requestId: string): Promise<AttachedJobDocumentRow[]> {
  return db.select({
    id: jobDocuments.id,
    kind: jobDocuments.kind,
    positionId: jobDocuments.positionId,
    positionName: positions.name,
    positionKind: positions.kind,
    unitId: positions.unitId,
    currentVersion: jobDocuments.currentVersion,
    masterYear: jobDocuments.masterYear,
    updatedAt: jobDocuments.updatedAt,
    attachedAt: requestJobDocuments.attachedAt,
  }).from(requestJobDocuments)
    .innerJoin(jobDocuments, eq(jobDocuments.id, requestJobDocuments.documentId))
    .innerJoin(positions, eq(positions.id, jobDocuments.positionId))
    .where(eq(requestJobDocuments.requestId, requestId))
    .orderBy(asc(requestJobDocuments.attachedAt), asc(positions.name));
}

export async function insertAttachment(tx: Tx, values: typeof requestJobDocuments.$inferInsert): Promise<void> {
  await tx.insert(requestJobDocuments).values(values);
}

export async function deleteAttachment(tx: Tx, requestId: string, documentId: string): Promise<boolean> {
  const rows = await tx.delete(requestJobDocuments)
    .where(and(eq(requestJobDocuments.requestId, requestId), eq(requestJobDocuments.documentId, documentId)))
    .returning({ id: requestJobDocuments.documentId });
  return rows.length === 1;
}

export async function insertEvents(tx: Tx, values: (typeof requestJobDocumentEvents.$inferInsert)[]): Promise<void> {
  if (values.length) await tx.insert(requestJobDocumentEvents).values(values);
}

export interface RequestJobEventRow {
  id: number;
  kind: RequestJobEventKind;
  documentId: string;
  documentKind: string;
  positionName: string;
  version: number;
  action: string | null;
  actorId: string;
  actorName: string;
  at: Date;
}

const events = (db: Db | Tx) => db.select({
  id: requestJobDocumentEvents.id,
  kind: requestJobDocumentEvents.kind,
  documentId: requestJobDocumentEvents.documentId,
  documentKind: jobDocuments.kind,
  positionName: positions.name,
  version: requestJobDocumentEvents.documentVersion,
  action: requestJobDocumentEvents.action,
  actorId: requestJobDocumentEvents.actorId,
  actorName: users.name,
  at: requestJobDocumentEvents.at,
}).from(requestJobDocumentEvents)
  .innerJoin(jobDocuments, eq(jobDocuments.id, requestJobDocumentEvents.documentId))
  .innerJoin(positions, eq(positions.id, jobDocuments.positionId))
  .innerJoin(users, eq(users.id, requestJobDocumentEvents.actorId));

/** Every event of the request, oldest first. */
export async function listEvents(db: Db | Tx, requestId: string): Promise<RequestJobEventRow[]> {
  const rows = await events(db).where(eq(requestJobDocumentEvents.requestId, requestId)).orderBy(asc(requestJobDocumentEvents.at), asc(requestJobDocumentEvents.id));
  return rows as RequestJobEventRow[];
}

/** The documents and versions the last submission carried (one submission writes its rows at one instant), if any. */
export async function lastSubmission(db: Db | Tx, requestId: string): Promise<RequestJobEventRow[] | undefined> {
  const [latest] = await db.select({ at: requestJobDocumentEvents.at }).from(requestJobDocumentEvents)
    .where(and(eq(requestJobDocumentEvents.requestId, requestId), eq(requestJobDocumentEvents.kind, 'submitted')))
    .orderBy(desc(requestJobDocumentEvents.at)).limit(1);
  if (!latest) return undefined;
  const rows = await events(db).where(and(
    eq(requestJobDocumentEvents.requestId, requestId), eq(requestJobDocumentEvents.kind, 'submitted'), eq(requestJobDocumentEvents.at, latest.at),
  )).orderBy(asc(requestJobDocumentEvents.id));
  return rows as RequestJobEventRow[];
}
