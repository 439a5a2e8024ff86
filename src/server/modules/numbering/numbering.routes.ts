import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy/guard.ts';
import { ZIdParams } from '../../http/paging.ts';
import type { NumberingService } from './numbering.service.ts';
import { ZCreateNumberingTemplate, ZNumberingTemplate, ZNumberingTemplateList, ZUpdateNumberingTemplate } from './numbering.schema.ts';

export function numberingRoutes(app: FastifyInstance, { numbering }: { numbering: NumberingService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['numbering'];

  r.get('/api/numbering-templates', {
    schema: { tags, summary: 'Document-number templates per document kind (administrator)', response: { 200: ZNumberingTemplateList } },
  }, async (request) => numbering.list(authorize(request, 'numbering.read')!));

  r.post('/api/numbering-templates', {
    schema: { tags, summary: 'Add a template for a document kind, e.g. {seq:3}/SOP/{kodeUnit}/{bulanRomawi}/{tahun} (administrator)', body: ZCreateNumberingTemplate, response: { 201: ZNumberingTemplate } },
  }, async (request, reply) => reply.status(201).send(await numbering.create(authorize(request, 'numbering.create')!, request.body, request.ip)));

  r.patch('/api/numbering-templates/:id', {
    schema: { tags, summary: 'Change a template (administrator); send the version you read', params: ZIdParams, body: ZUpdateNumberingTemplate, response: { 200: ZNumberingTemplate } },
  }, async (request) => numbering.update(authorize(request, 'numbering.update')!, request.params.id, request.body, request.ip));
}
