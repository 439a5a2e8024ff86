import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../policy/guard.ts';
import { AppError } from '../../http/errors.ts';
import { ZIdParams } from '../../http/paging.ts';
import { ZDocument } from '../requests/requests.schema.ts';
import type { AttachmentsService } from './attachments.service.ts';
import { sendStoredFile } from '../../http/files.ts';

const ZKeyParams = ZIdParams.extend({ key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/) });
const ZDocumentParams = ZIdParams.extend({ documentId: z.string().uuid() });

export function attachmentsRoutes(app: FastifyInstance, { attachments }: { attachments: AttachmentsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['attachments'];

  r.post('/api/requests/:id/documents/:key', {
    schema: {
      tags,
      summary: "Upload a document (one file in the multipart field 'file') for one of the service's attachments; a new version while answering a revision raises the Revisi",
      consumes: ['multipart/form-data'],
      params: ZKeyParams,
      response: { 201: ZDocument },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    if (!request.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'not_multipart');
    const doc = await attachments.upload(actor, request.params.id, request.params.key, () => request.file(), request.ip);
    return reply.status(201).send(doc);
  });

  r.get('/api/requests/:id/documents', {
    schema: { tags, summary: 'Every version of every document of a request, oldest first', params: ZIdParams, response: { 200: z.object({ items: z.array(ZDocument) }) } },
  }, async (request) => attachments.list(requireActor(request), request.params.id));

  r.get('/api/requests/:id/documents/:documentId/content', {
    schema: { tags, summary: 'Download one document version', params: ZDocumentParams },
  }, async (request, reply) => {
    const { document, stream } = await attachments.open(requireActor(request), request.params.id, request.params.documentId);
    return sendStoredFile(reply, document, stream);
  });
}
