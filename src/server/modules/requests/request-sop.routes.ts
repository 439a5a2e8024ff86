import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../policy/guard.ts';
import { ZIdParams } from '../../http/paging.ts';
import type { RequestSopService } from './request-sop.service.ts';
import { ZLinkSop, ZRequestSop } from './request-sop.schema.ts';

export function requestSopRoutes(app: FastifyInstance, { requestSop }: { requestSop: RequestSopService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['requests'];

  r.get('/api/requests/:id/sop', {
    schema: {
      tags,
      summary: 'The SOP linked to a request of an SOP service: its latest version and checker counts, and the version submitted at each submission',
      params: ZIdParams,
      response: { 200: ZRequestSop },
    },
  }, async (request) => requestSop.get(requireActor(request), request.params.id));

  r.put('/api/requests/:id/sop', {
    schema: {
      tags,
      summary: "Link or change the request's SOP (an SOP of the request's unit; its pemrakarsa or pimpinan, or an administrator; while a draft or in revision)",
      params: ZIdParams,
      body: ZLinkSop,
      response: { 200: ZRequestSop },
    },
  }, async (request) => requestSop.link(requireActor(request), request.params.id, request.body.sopId, request.ip));
}
