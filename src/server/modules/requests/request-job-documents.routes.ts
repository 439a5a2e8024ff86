import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { languageOf } from '../../http/language.ts';
import { ZIdParams } from '../../http/paging.ts';
import { requireActor } from '../../policy/guard.ts';
import type { RequestJobDocumentsService } from './request-job-documents.service.ts';
import { ZAttachJobDocument, ZJobDocumentLinkParams, ZRequestJobDocuments } from './request-job-documents.schema.ts';

const WHO = "the request's pemrakarsa or pimpinan, or an administrator, while a draft or in revision (409 otherwise; 403 for the bureau)";

export function requestJobDocumentsRoutes(app: FastifyInstance, { requestJobDocuments }: { requestJobDocuments: RequestJobDocumentsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['requests'];

  r.get('/api/requests/:id/job-documents', {
    schema: {
      tags,
      summary: 'The job documents (Anjab, Evjab, SKJ) a request of a job service carries: each with its latest version, what keeps it from submission, and the version each submission carried',
      description: 'Same read rule as GET /api/requests/:id (another unit\'s request answers 404). `kind` is the service\'s catalogue field `jobDocumentKind`.',
      params: ZIdParams,
      response: { 200: ZRequestJobDocuments },
    },
  }, async (request) => requestJobDocuments.get(requireActor(request), request.params.id, languageOf(request)));

  r.post('/api/requests/:id/job-documents', {
    schema: {
      tags,
      summary: `Attach a job document of the request's unit and of the service's kind (${WHO}); attaching it again changes nothing`,
      description: '400 REQUEST_JOB_SERVICE (the service attaches none), REQUEST_JOB_UNKNOWN, REQUEST_JOB_OTHER_UNIT, REQUEST_JOB_WRONG_KIND on `documentId`.',
      params: ZIdParams,
      body: ZAttachJobDocument,
      response: { 200: ZRequestJobDocuments },
    },
  }, async (request) => requestJobDocuments.attach(requireActor(request), request.params.id, request.body.documentId, languageOf(request), request.ip));

  r.delete('/api/requests/:id/job-documents/:documentId', {
    schema: {
      tags,
      summary: `Remove an attached job document (${WHO}); 404 REQUEST_JOB_NOT_ATTACHED when it is not attached`,
      params: ZJobDocumentLinkParams,
      response: { 200: ZRequestJobDocuments },
    },
  }, async (request) => requestJobDocuments.detach(requireActor(request), request.params.id, request.params.documentId, languageOf(request), request.ip));
}
