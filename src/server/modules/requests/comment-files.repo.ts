import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/open.ts';
import { requestCommentFiles } from '../../db/schema.ts';

export interface CommentFileRow {
  id: string;
  commentId: string;
  requestId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

const columns = {
  id: requestCommentFiles.id,
  commentId: requestCommentFiles.commentId,
  requestId: requestCommentFiles.requestId,
  fileName: requestCommentFiles.fileName,
  contentType: requestCommentFiles.contentType,
  size: requestCommentFiles.size,
  sha256: requestCommentFiles.sha256,
  storageKey: requestCommentFiles.storageKey,
};

export async function insertCommentFiles(tx: Tx, rows: (typeof requestCommentFiles.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(requestCommentFiles).values(rows);
}

/** The files of a request's notes (of one note, given `commentId`), by name within each note. */
export async function listCommentFiles(db: Db | Tx, requestId: string, commentId?: string): Promise<CommentFileRow[]> {
  return db
    .select(columns)
    .from(requestCommentFiles)
    .where(and(eq(requestCommentFiles.requestId, requestId), commentId ? eq(requestCommentFiles.commentId, commentId) : undefined))
    .orderBy(asc(requestCommentFiles.at), asc(requestCommentFiles.fileName), asc(requestCommentFiles.id));
}

export async function getCommentFile(db: Db | Tx, requestId: string, fileId: string): Promise<CommentFileRow | undefined> {
  const [row] = await db.select(columns).from(requestCommentFiles).where(and(eq(requestCommentFiles.requestId, requestId), eq(requestCommentFiles.id, fileId)));
  return row;
}
