import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';

/** A stored upload on its way back to a signed-in reader: as a download under its own name, never cached by others. */
export function sendStoredFile(reply: FastifyReply, file: { contentType: string; fileName: string; sha256: string }, stream: Readable) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-sha256', file.sha256)
    .header('cache-control', 'private, no-store')
    .send(stream);
}
