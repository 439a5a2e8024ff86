import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy/guard.ts';
import { languageOf } from '../../http/language.ts';
import { ZIdParams } from '../../http/paging.ts';
import type { MonitoringService } from './monitoring.service.ts';
import { ZExportQuery, ZMonitoringOptions, ZMonitoringPage, ZMonitoringQuery, ZPublicTimeline } from './monitoring.schema.ts';

export function monitoringRoutes(app: FastifyInstance, { monitoring }: { monitoring: MonitoringService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['monitoring'];

  r.get('/api/monitoring', {
    schema: {
      tags,
      summary: 'Tabel Layanan Fasilitasi Ketatalaksanaan: submitted requests, public columns (no sign-in needed); search, filters, sort, paging',
      querystring: ZMonitoringQuery,
      response: { 200: ZMonitoringPage },
    },
  }, async (request) => {
    authorize(request, 'monitoring.read');
    return monitoring.list(request.actor, request.query);
  });

  r.get('/api/monitoring/options', {
    schema: { tags, summary: "The table's filter choices: services, units with requests, years, states, stages", response: { 200: ZMonitoringOptions } },
  }, async (request) => {
    authorize(request, 'monitoring.read');
    return monitoring.options();
  });

  r.get('/api/monitoring/export', {
    schema: {
      tags,
      summary: 'The current view (same filters and sort, no paging, at most 100,000 rows) as an XLSX or CSV download, headers in the caller\'s language',
      querystring: ZExportQuery,
    },
  }, async (request, reply) => {
    authorize(request, 'monitoring.export');
    const file = await monitoring.export(request.query, languageOf(request), (err) => request.log.error({ err }, 'monitoring export failed'));
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store')
      .send(file.body);
  });

  r.get('/api/monitoring/:id/timeline', {
    schema: { tags, summary: "A row's public history: the moves only, without reasons, people, notes or documents", params: ZIdParams, response: { 200: ZPublicTimeline } },
  }, async (request) => {
    authorize(request, 'monitoring.read');
    return monitoring.timeline(request.actor, request.params.id);
  });
}
