import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { requestDocuments, requests, users } from '../../db/schema.ts';

const columns = {
  id: requestDocuments.id,
  requestId: requestDocuments.requestId,
  key: requestDocuments.key,
  version: requestDocuments.version,
  fileName: requestDocuments.fileName,
  contentType: requestDocuments.contentType,
  size: requestDocuments.size,
  sha256: requestDocuments.sha256,
  storageKey: requestDocuments.storageKey,
  revisi: requestDocuments.revisi,
  uploadedById: requestDocuments.uploadedBy,
  uploadedByName: users.name,
  at: requestDocuments.at,
};
export type DocumentRow = {
  id: string;
  requestId: string;
  key: string;
  version: number;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  revisi: number;
  uploadedById: string;
  uploadedByName: string;
  at: Date;
};

const base = (db: Db | Tx) => db.select(columns).from(requestDocuments).innerJoin(users, eq(users.id, requestDocuments.uploadedBy));

/** Every version, oldest first. */
export async function listDocuments(db: Db | Tx, requestId: string): Promise<DocumentRow[]> {
  return base(db).where(eq(requestDocuments.requestId, requestId)).orderBy(asc(requestDocuments.at), asc(requestDocuments.key), asc(requestDocuments.version));
}

/** The newest version of each document. */
export async function latestDocuments(db: Db | Tx, requestId: string): Promise<DocumentRow[]> {
  const all = await base(db).where(eq(requestDocuments.requestId, requestId)).orderBy(asc(requestDocuments.key), desc(requestDocuments.version));
  return all.filter((d, i) => i === 0 || all[i - 1].key !== d.key);
}

export async function getDocument(db: Db | Tx, requestId: string, id: string): Promise<DocumentRow | undefined> {
  const [row] = await base(db).where(and(eq(requestDocuments.requestId, requestId), eq(requestDocuments.id, id)));
  return row;
}

export async function nextDocumentVersion(tx: Tx, requestId: string, key: string): Promise<number> {
  const [row] = await tx
    .select({ v: sql<number>`coalesce(max(${requestDocuments.version}), 0)::int + 1` })
    .from(requestDocuments)
    .where(and(eq(requestDocuments.requestId, requestId), eq(requestDocuments.key, key)));
  return row.v;
}

export async function insertDocument(tx: Tx, values: typeof requestDocuments.$inferInsert): Promise<string> {
  const [row] = await tx.insert(requestDocuments).values(values).returning({ id: requestDocuments.id });
  return row.id;
}

/**
 * The first new document of a revision round raises the request's Revisi number and date; later ones in the same
 * round keep them. Answers the Revisi number the document belongs to.
 */
export async function raiseRevisiOnce(tx: Tx, requestId: string, now: Date): Promise<number> {
  const raised = await tx
    .update(requests)
    .set({ revisi: sql`${requests.revisi} + 1`, tglRevisi: now, revisionOpen: false, updatedAt: now })
    .where(and(eq(requests.id, requestId), eq(requests.revisionOpen, true)))
    .returning({ revisi: requests.revisi });
  if (raised.length) return raised[0].revisi;
  const [row] = await tx.select({ revisi: requests.revisi }).from(requests).where(eq(requests.id, requestId));
  return row.revisi;
}
