import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../policy/guard.ts';
import { ZIdParams, ZVersion, pageOf } from '../../http/paging.ts';
import type { UnitsService } from './units.service.ts';
import { ZCreateUnit, ZUnit, ZUnitMember, ZUnitQuery, ZUpdateUnit } from './units.schema.ts';

export function unitsRoutes(app: FastifyInstance, { units }: { units: UnitsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['units'];

  r.get('/api/units', {
    schema: { tags, summary: 'Units of the organisation (public); search by name or code', querystring: ZUnitQuery, response: { 200: pageOf(ZUnit) } },
  }, async (request) => {
    const actor = authorize(request, 'unit.read');
    const q = request.query;
    return units.list(actor, { ...q, includeInactive: q.includeInactive && actor !== null });
  });

  r.get('/api/units/:id', { schema: { tags, params: ZIdParams, response: { 200: ZUnit } } }, async (request) =>
    units.get(authorize(request, 'unit.read'), request.params.id));

  r.post('/api/units', { schema: { tags, summary: 'Create a unit (administrator)', body: ZCreateUnit, response: { 201: ZUnit } } }, async (request, reply) => {
    const actor = authorize(request, 'unit.create')!;
    return reply.status(201).send(await units.create(actor, request.body, request.ip));
  });

  r.patch('/api/units/:id', {
    schema: { tags, summary: 'Edit or move a unit (administrator); send the version you read', params: ZIdParams, body: ZUpdateUnit, response: { 200: ZUnit } },
  }, async (request) => units.update(authorize(request, 'unit.update')!, request.params.id, request.body, request.ip));

  r.post('/api/units/:id/deactivate', {
    schema: { tags, summary: 'Deactivate a unit (administrator); units are never deleted', params: ZIdParams, body: ZVersion, response: { 200: ZUnit } },
  }, async (request) => units.setActive(authorize(request, 'unit.deactivate')!, request.params.id, request.body.version, false, request.ip));

  r.post('/api/units/:id/activate', {
    schema: { tags, summary: 'Reactivate a unit (administrator)', params: ZIdParams, body: ZVersion, response: { 200: ZUnit } },
  }, async (request) => units.setActive(authorize(request, 'unit.deactivate')!, request.params.id, request.body.version, true, request.ip));

  r.get('/api/units/:id/users', {
    schema: { tags, summary: "The unit's users: administrators, and the head of that unit", params: ZIdParams, response: { 200: z.array(ZUnitMember) } },
  }, async (request) => {
    authorize(request, 'unit.listUsers', { unitId: request.params.id });
    return units.members(request.params.id);
  });
}
