import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy/guard.ts';
import { ZVersion } from '../../http/paging.ts';
import type { CatalogueService } from './catalogue.service.ts';
import { ZCodeParams, ZCreateService, ZService, ZServiceList, ZServiceListQuery, ZUpdateService } from './catalogue.schema.ts';

export function catalogueRoutes(app: FastifyInstance, { catalogue }: { catalogue: CatalogueService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['catalogue'];

  r.get('/api/services', {
    schema: { tags, summary: 'The service catalogue by channel (public); includeInactive for administrators', querystring: ZServiceListQuery, response: { 200: ZServiceList } },
  }, async (request) => catalogue.list(authorize(request, 'service.read'), request.query));

  r.get('/api/services/:code', { schema: { tags, summary: 'One service by its code (public)', params: ZCodeParams, response: { 200: ZService } } }, async (request) =>
    catalogue.get(authorize(request, 'service.read'), request.params.code));

  r.post('/api/services', {
    schema: { tags, summary: 'Add a service (administrator)', body: ZCreateService, response: { 201: ZService } },
  }, async (request, reply) => reply.status(201).send(await catalogue.create(authorize(request, 'service.create')!, request.body, request.ip)));

  r.patch('/api/services/:code', {
    schema: { tags, summary: 'Edit a service, any field but its code (administrator); send the version you read', params: ZCodeParams, body: ZUpdateService, response: { 200: ZService } },
  }, async (request) => catalogue.update(authorize(request, 'service.update')!, request.params.code, request.body, request.ip));

  r.post('/api/services/:code/deactivate', {
    schema: { tags, summary: 'Withdraw a service from the catalogue (administrator); services are never deleted', params: ZCodeParams, body: ZVersion, response: { 200: ZService } },
  }, async (request) => catalogue.setActive(authorize(request, 'service.deactivate')!, request.params.code, request.body.version, false, request.ip));

  r.post('/api/services/:code/activate', {
    schema: { tags, summary: 'Return a service to the catalogue (administrator)', params: ZCodeParams, body: ZVersion, response: { 200: ZService } },
  }, async (request) => catalogue.setActive(authorize(request, 'service.deactivate')!, request.params.code, request.body.version, true, request.ip));
}
