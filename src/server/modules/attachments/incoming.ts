import path from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../../http/errors.ts';
import type { MessageKey } from '../../http/messages.ts';
import { FileTooLargeError, type Scanner, type Storage } from '../../storage/storage.ts';

/** One file part of a multipart upload, as @fastify/multipart hands it over. */
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
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  csv: 'text/csv',
  zip: 'application/zip',
};

export interface UploadRules {
  /** Allowed extensions, lower case. */
  types: readonly string[];
  maxMb: number;
}

export interface StoredUpload {
  storageKey: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
}

export const fileError = (status: number, code: string, key: MessageKey, params: Record<string, string | number> = {}, field = 'file') =>
  new AppError(status, code, key, params, [{ path: field, messageKey: key, params }]);

/**
 * Streams one uploaded file to storage under `storageKey`: the type is checked from the name first, the size while
 * streaming, then emptiness and the virus-scan hook. A refused file leaves nothing stored. `field` names the form
 * field the errors point at.
 */
export async function storeIncoming(
  { storage, scan }: { storage: Storage; scan: Scanner },
  incoming: IncomingFile,
  storageKey: string,
  rules: UploadRules,
  field = 'file',
): Promise<StoredUpload> {
  const fileName = path.basename(incoming.filename.replace(/\\/g, '/')).slice(0, 200);
  const ext = path.extname(fileName).slice(1).toLowerCase();
  if (!rules.types.includes(ext)) {
    incoming.file.resume();
    throw fileError(400, 'ATTACHMENT_TYPE', 'attachment_type', { types: rules.types.join(', ') }, field);
  }
  let stored;
  try {
    stored = await storage.put(storageKey, incoming.file, { maxBytes: rules.maxMb * 1024 * 1024 });
  } catch (err) {
    if (err instanceof FileTooLargeError) throw fileError(413, 'ATTACHMENT_TOO_LARGE', 'attachment_too_large', { maxMb: rules.maxMb }, field);
    throw err;
  }
  try {
    if (stored.size === 0) throw fileError(400, 'ATTACHMENT_EMPTY', 'attachment_empty', {}, field);
    const verdict = await scan({ key: storageKey, fileName, size: stored.size, sha256: stored.sha256, open: () => storage.get(storageKey) });
    if (verdict !== 'ok') throw fileError(422, 'ATTACHMENT_INFECTED', 'attachment_infected', {}, field);
  } catch (err) {
    await storage.delete(storageKey);
    throw err;
  }
  return { storageKey, fileName, contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream', size: stored.size, sha256: stored.sha256 };
}
