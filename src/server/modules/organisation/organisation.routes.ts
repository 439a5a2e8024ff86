import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy/guard.ts';
import type { OrganisationService } from './organisation.service.ts';
import { ZOrganisation, ZUpdateOrganisation } from './organisation.schema.ts';

export function organisationRoutes(app: FastifyInstance, { organisation }: { organisation: OrganisationService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisation'];

  r.get('/api/organisation', {
    schema: { tags, summary: "The installation's organisation: name, short name, bureau, address (public)", response: { 200: ZOrganisation } },
  }, async (request) => organisation.get(request.actor));

  r.patch('/api/organisation', {
    schema: { tags, summary: 'Edit the organisation (administrator); send the version you read', body: ZUpdateOrganisation, response: { 200: ZOrganisation } },
  }, async (request) => organisation.update(authorize(request, 'organisation.update')!, request.body, request.ip));
}
