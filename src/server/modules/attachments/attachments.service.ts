import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/open.ts';
import { AppError, forbidden, notFound } from '../../http/errors.ts';
import { can, type Actor } from '../../policy/policy.ts';
import type { Scanner, Storage } from '../../storage/storage.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { readableRequest } from '../requests/request-access.ts';
import { presentDocument } from '../requests/requests.service.ts';
import type { RequestRow } from '../requests/requests.repo.ts';
import * as repo from './attachments.repo.ts';
import { fileError, storeIncoming, type IncomingFile } from './incoming.ts';

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

      const storageKey = `requests/${requestId}/${randomUUID()}`;
      const stored = await storeIncoming({ storage, scan }, incoming, storageKey, spec);
      try {
        const id = await db.transaction(async (tx) => {
          const locked = await readableRequest(tx, actor, requestId, { lock: true });
          if (!can(actor, 'request.upload', { unitId: locked.unitId, state: locked.state })) refuseUpload(actor, locked);
          const now = clock();
          const version = await repo.nextDocumentVersion(tx, requestId, key);
          const revisi = await repo.raiseRevisiOnce(tx, requestId, now);
          const docId = await repo.insertDocument(tx, {
            requestId, key, version, fileName: stored.fileName, contentType: stored.contentType,
            size: stored.size, sha256: stored.sha256, storageKey, revisi, uploadedBy: actor.id, at: now,
          });
          await recordAudit(tx, { actorId: actor.id, action: 'request.upload', entity: 'request', entityId: requestId, data: { documentId: docId, key, version, fileName: stored.fileName, size: stored.size, sha256: stored.sha256, revisi }, ip });
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
