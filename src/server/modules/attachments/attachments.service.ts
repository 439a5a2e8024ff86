import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Database } from '../../db/open.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import type { MessageKey } from '../../http/messages.ts';
import { can, type Actor } from '../../policy/policy.ts';
import { FileTooLargeError, type Scanner, type Storage } from '../../storage/storage.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { readableRequest } from '../requests/request-access.ts';
import { presentDocument } from '../requests/requests.service.ts';
import type { RequestRow } from '../requests/requests.repo.ts';
import * as repo from './attachments.repo.ts';

export interface IncomingFile {
  filename: string;
  mimetype: string;
  file: Readable;
}

/** What the browser is told a stored file is: from its checked extension, never from what the uploader claimed. */
const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  csv: 'text/csv',
  zip: 'application/zip',
};

const extensionOf = (name: string) => path.extname(name).slice(1).toLowerCase();
const fileError = (status: number, code: string, key: MessageKey, params: Record<string, string | number> = {}) =>
  new AppError(status, code, key, params, [{ path: 'file', messageKey: key, params }]);

function refuseUpload(actor: Actor, row: RequestRow): never {
  const mayInOtherState = ['draf', 'perlu_revisi'].some((state) => can(actor, 'request.upload', { unitId: row.unitId, state }));
  throw mayInOtherState ? new AppError(409, 'ACTION_REFUSED', 'refusal_wrong_state', {}, [], { refusal: 'wrong_state' }) : forbidden();
}

/**
 * Document versions of a request. The file is streamed to storage before any transaction opens (type checked
 * first, size while streaming, then the virus-scan hook); a failure at any step deletes it and writes no row.
 */
export function createAttachmentsService({ database, storage, scan, clock }: { database: Database; storage: Storage; scan: Scanner; clock: () => Date }) {
  const { db } = database;

  return {
    async upload(actor: Actor, requestId: string, key: string, next: () => Promise<IncomingFile | undefined>, ip?: string) {
      const row = await readableRequest(db, actor, requestId);
      if (!can(actor, 'request.upload', { unitId: row.unitId, state: row.state })) refuseUpload(actor, row);
      const spec = row.requiredAttachments.find((a) => a.key === key);
      if (!spec) throw new AppError(400, 'ATTACHMENT_KEY_UNKNOWN', 'attachment_key_unknown', { key }, [{ path: 'params.key', messageKey: 'attachment_key_unknown', params: { key } }]);
      const incoming = await next();
      if (!incoming) throw fileError(400, 'ATTACHMENT_FILE_MISSING', 'attachment_file_missing');
      const fileName = path.basename(incoming.filename.replace(/\\/g, '/')).slice(0, 200);
      const ext = extensionOf(fileName);
      if (!spec.types.includes(ext)) {
        incoming.file.resume();
        throw fileError(400, 'ATTACHMENT_TYPE', 'attachment_type', { types: spec.types.join(', ') });
      }

      const storageKey = `requests/${requestId}/${randomUUID()}`;
      let stored;
      try {
        stored = await storage.put(storageKey, incoming.file, { maxBytes: spec.maxMb * 1024 * 1024 });
      } catch (err) {
        if (err instanceof FileTooLargeError) throw fileError(413, 'ATTACHMENT_TOO_LARGE', 'attachment_too_large', { maxMb: spec.maxMb });
        throw err;
      }
      try {
        if (stored.size === 0) throw fileError(400, 'ATTACHMENT_EMPTY', 'attachment_empty');
        const verdict = await scan({ key: storageKey, fileName, size: stored.size, sha256: stored.sha256, open: () => storage.get(storageKey) });
        if (verdict !== 'ok') throw fileError(422, 'ATTACHMENT_INFECTED', 'attachment_infected');
        const id = await db.transaction(async (tx) => {
          const locked = await readableRequest(tx, actor, requestId, { lock: true });
          if (!can(actor, 'request.upload', { unitId: locked.unitId, state: locked.state })) refuseUpload(actor, locked);
          const now = clock();
          const version = await repo.nextDocumentVersion(tx, requestId, key);
          const revisi = await repo.raiseRevisiOnce(tx, requestId, now);
          const docId = await repo.insertDocument(tx, {
            requestId, key, version, fileName, contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream',
            size: stored.size, sha256: stored.sha256, storageKey, revisi, uploadedBy: actor.id, at: now,
          });
          await recordAudit(tx, { actorId: actor.id, action: 'request.upload', entity: 'request', entityId: requestId, data: { documentId: docId, key, version, fileName, size: stored.size, sha256: stored.sha256, revisi }, ip });
          return docId;
        });
        const doc = await repo.getDocument(db, requestId, id);
        return presentDocument(doc!, row.requiredAttachments);
      } catch (err) {
        await storage.delete(storageKey);
        throw err;
      }
    },

    async list(actor: Actor, requestId: string) {
      const row = await readableRequest(db, actor, requestId);
      const docs = await repo.listDocuments(db, requestId);
      return { items: docs.map((d) => presentDocument(d, row.requiredAttachments)) };
    },

    /** The file of one version, for those who may read the request. */
    async open(actor: Actor, requestId: string, documentId: string) {
      await readableRequest(db, actor, requestId);
      const doc = await repo.getDocument(db, requestId, documentId);
      if (!doc) throw notFound();
      return { document: doc, stream: await storage.get(doc.storageKey) };
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
