import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/open.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Actor } from '../../policy/policy.ts';
import type { Scanner, Storage } from '../../storage/storage.ts';
import { storeIncoming, type StoredUpload, type UploadRules } from '../attachments/incoming.ts';
import { getCommentFile, type CommentFileRow } from './comment-files.repo.ts';
import { readableRequest } from './request-access.ts';
import type { RequestRow } from './requests.repo.ts';
import { COMMENT_MAX_LENGTH, type TComment, type TCommentFile } from './requests.schema.ts';
import type { RequestsService } from './requests.service.ts';

export const COMMENT_FILE_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods', 'png', 'jpg', 'jpeg'] as const;
export const MAX_COMMENT_FILES = 5;
/** For a service that has no attachments of its own to take the limit from. */
const DEFAULT_COMMENT_FILE_MB = 10;

/** A note's files may be as large as the largest attachment the request's service allows. */
export function commentFileRules(row: Pick<RequestRow, 'requiredAttachments'>): UploadRules {
  return { types: COMMENT_FILE_TYPES, maxMb: Math.max(0, ...row.requiredAttachments.map((a) => a.maxMb)) || DEFAULT_COMMENT_FILE_MB };
}

export function presentCommentFile(f: CommentFileRow): TCommentFile {
  return { id: f.id, fileName: f.fileName, contentType: f.contentType, size: f.size };
}

export function filesByComment(rows: CommentFileRow[]): Map<string, TCommentFile[]> {
  const out = new Map<string, TCommentFile[]>();
  for (const f of rows) out.set(f.commentId, [...(out.get(f.commentId) ?? []), presentCommentFile(f)]);
  return out;
}

/** The parts of a multipart form, as @fastify/multipart hands them over one after the other. */
export type FormPart =
  | { type: 'field'; fieldname: string; value: unknown; valueTruncated: boolean }
  | { type: 'file'; fieldname: string; filename: string; mimetype: string; file: Readable };

/** Limits for the form parser: one file more than allowed, so that the extra one is seen and refused by name. */
export const COMMENT_FORM_LIMITS = { files: MAX_COMMENT_FILES + 1, fields: 5, parts: MAX_COMMENT_FILES + 6 };

const invalid = (path: string, messageKey: 'required' | 'field_text_max' | 'field_unknown', params: Record<string, number> = {}) =>
  new AppError(400, 'VALIDATION', 'validation', {}, [{ path, messageKey, params }]);

/**
 * Notes in the discussion with files attached (multipart/form-data: the text in `body`, up to five `file` parts).
 * Each file is checked and streamed to storage as it arrives, with the same checks as a document upload; the note
 * and its files are then written in one transaction. Anything refused, at any step, removes the stored files:
 * nothing of the note remains.
 */
export function createCommentFilesService({ database, storage, scan, requests }: {
  database: Database;
  storage: Storage;
  scan: Scanner;
  requests: Pick<RequestsService, 'mayComment' | 'comment'>;
}) {
  const { db } = database;

  async function discard(files: StoredUpload[]) {
    await Promise.all(files.map((f) => storage.delete(f.storageKey)));
  }

  async function receive(requestId: string, rules: UploadRules, parts: AsyncIterable<FormPart>): Promise<{ body: string; files: StoredUpload[] }> {
    const files: StoredUpload[] = [];
    let body: string | undefined;
    let truncated = false;
    try {
      for await (const part of parts) {
        if (part.type === 'field') {
          if (part.fieldname !== 'body') throw invalid(part.fieldname, 'field_unknown');
          body = String(part.value);
          truncated = part.valueTruncated;
          continue;
        }
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw invalid(part.fieldname, 'field_unknown');
        }
        if (files.length === MAX_COMMENT_FILES) {
          part.file.resume();
          throw new AppError(400, 'COMMENT_TOO_MANY_FILES', 'comment_too_many_files', { max: MAX_COMMENT_FILES }, [
            { path: 'file', messageKey: 'comment_too_many_files', params: { max: MAX_COMMENT_FILES } },
          ]);
        }
        files.push(await storeIncoming({ storage, scan }, part, `requests/${requestId}/comments/${randomUUID()}`, rules, `file.${files.length}`));
      }
      const text = (body ?? '').trim();
      if (!text) throw invalid('body', 'required');
      if (truncated || text.length > COMMENT_MAX_LENGTH) throw invalid('body', 'field_text_max', { max: COMMENT_MAX_LENGTH });
      return { body: text, files };
    } catch (err) {
      await discard(files);
      throw err;
    }
  }

  return {
    async post(actor: Actor, requestId: string, parts: AsyncIterable<FormPart>, ip?: string): Promise<TComment> {
      // Checked before a byte is stored, and again inside the note's transaction.
      const row = await requests.mayComment(actor, requestId);
      const form = await receive(requestId, commentFileRules(row), parts);
      try {
        return await requests.comment(actor, requestId, form.body, ip, form.files);
      } catch (err) {
        await discard(form.files);
        throw err;
      }
    },

    /** A file of a note, for whoever may read the request's discussion. */
    async open(actor: Actor, requestId: string, fileId: string) {
      await readableRequest(db, actor, requestId);
      const file = await getCommentFile(db, requestId, fileId);
      if (!file) throw notFound();
      return { file, stream: await storage.get(file.storageKey) };
    },
  };
}

export type CommentFilesService = ReturnType<typeof createCommentFilesService>;
