import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy/guard.ts';
import type { OutboxService } from './outbox.service.ts';
import { ZOutboxList, ZOutboxMessage, ZOutboxParams, ZOutboxQuery } from './outbox.schema.ts';

export function outboxRoutes(app: FastifyInstance, { outbox }: { outbox: OutboxService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['outbox'];

  r.get('/api/outbox', {
    schema: { tags, summary: 'The e-mail outbox, newest first: pending, sent and failed messages (administrator)', querystring: ZOutboxQuery, response: { 200: ZOutboxList } },
  }, async (request) => outbox.list(authorize(request, 'outbox.read')!, request.query));

  r.post('/api/outbox/:id/retry', {
    schema: { tags, summary: 'Send a message again after its tries ran out (administrator)', params: ZOutboxParams, response: { 200: ZOutboxMessage } },
  }, async (request) => outbox.retry(authorize(request, 'outbox.retry')!, request.params.id, request.ip));
}
