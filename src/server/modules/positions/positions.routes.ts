import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy/guard.ts';
import { ZIdParams, ZVersion, pageOf } from '../../http/paging.ts';
import type { PositionsService } from './positions.service.ts';
import { ZCreatePosition, ZPosition, ZPositionQuery, ZUpdatePosition } from './positions.schema.ts';

export function positionsRoutes(app: FastifyInstance, { positions }: { positions: PositionsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['positions'];

  r.get('/api/positions', {
    schema: { tags, summary: 'Positions (jabatan), searchable by name or unit (signed in)', querystring: ZPositionQuery, response: { 200: pageOf(ZPosition) } },
  }, async (request) => positions.list(authorize(request, 'position.read'), request.query));

  r.get('/api/positions/:id', { schema: { tags, params: ZIdParams, response: { 200: ZPosition } } }, async (request) =>
    positions.get(authorize(request, 'position.read'), request.params.id));

  r.post('/api/positions', {
    schema: { tags, summary: 'Create a position in a unit (administrator)', body: ZCreatePosition, response: { 201: ZPosition } },
  }, async (request, reply) => reply.status(201).send(await positions.create(authorize(request, 'position.create')!, request.body, request.ip)));

  r.patch('/api/positions/:id', {
    schema: { tags, summary: 'Edit or move a position (administrator); send the version you read', params: ZIdParams, body: ZUpdatePosition, response: { 200: ZPosition } },
  }, async (request) => positions.update(authorize(request, 'position.update')!, request.params.id, request.body, request.ip));

  r.post('/api/positions/:id/deactivate', {
    schema: { tags, summary: 'Deactivate a position (administrator); positions are never deleted', params: ZIdParams, body: ZVersion, response: { 200: ZPosition } },
  }, async (request) => positions.setActive(authorize(request, 'position.deactivate')!, request.params.id, request.body.version, false, request.ip));

  r.post('/api/positions/:id/activate', {
    schema: { tags, summary: 'Reactivate a position (administrator)', params: ZIdParams, body: ZVersion, response: { 200: ZPosition } },
  }, async (request) => positions.setActive(authorize(request, 'position.deactivate')!, request.params.id, request.body.version, true, request.ip));
}
