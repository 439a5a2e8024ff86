import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../policy/guard.ts';
import { MONEV_EXPORT_FORMATS, type MonevExportFormat } from './monev-reports.export.ts';
import type { MonevReportsService } from './monev-reports.service.ts';
import { ZReportOptions, ZRoundReport, ZRoundReportParams, ZSopReport, ZSopReportParams, ZUnitReport, ZUnitReportParams } from './monev-reports.schema.ts';

const NAMES: Record<MonevExportFormat, string> = {
  xlsx: "workbook: sheets 'Monitoring Pelaksanaan SOP AP' (Table 7) and 'Evaluasi Penerapan SOP AP' (criteria Ya/Tidak and summary)",
  pdf: 'PDF (A4 landscape, fonts embedded)',
};
const READ_RULE = "The bureau reads every unit's; a unit's users only their own unit's (another unit's answers 404). 400 for an id that is not a UUID.";

function send(reply: FastifyReply, file: { body: Buffer; contentType: string; fileName: string }) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/** Reports of monitoring and evaluation (`/api/monev-reports`): per round, per unit across rounds, per SOP over time. */
export function monevReportsRoutes(app: FastifyInstance, { monevReports }: { monevReports: MonevReportsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['monev-reports'];

  r.get('/api/monev-reports/options', {
    schema: { tags, summary: 'What the caller may report on: rounds (newest first), units that took part, SOPs that were assessed', response: { 200: ZReportOptions } },
  }, async (request) => monevReports.options(requireActor(request)));

  r.get('/api/monev-reports/rounds/:id', {
    schema: { tags, summary: "A round's report: each unit's Table 7 rows, criteria answers, progress and totals", description: READ_RULE, params: ZRoundReportParams, response: { 200: ZRoundReport } },
  }, async (request) => monevReports.round(requireActor(request), request.params.id));

  r.get('/api/monev-reports/units/:unitId', {
    schema: { tags, summary: "A unit's report across rounds (oldest first): results and trend per round, each SOP per round", description: READ_RULE, params: ZUnitReportParams, response: { 200: ZUnitReport } },
  }, async (request) => monevReports.unit(requireActor(request), request.params.unitId));

  r.get('/api/monev-reports/sops/:sopId', {
    schema: { tags, summary: "An SOP's report over time: each round's assessment of whichever version was in effect, with the trend", description: READ_RULE, params: ZSopReportParams, response: { 200: ZSopReport } },
  }, async (request) => monevReports.sop(requireActor(request), request.params.sopId));

  for (const format of MONEV_EXPORT_FORMATS) {
    r.get(`/api/monev-reports/rounds/:id/export.${format}`, {
      schema: { tags, summary: `A round's report as a ${NAMES[format]}`, description: READ_RULE, params: ZRoundReportParams },
    }, async (request, reply) => send(reply, await monevReports.exportRound(requireActor(request), request.params.id, format)));
    r.get(`/api/monev-reports/units/:unitId/export.${format}`, {
      schema: { tags, summary: `A unit's report across rounds as a ${NAMES[format]}, with a trend`, description: READ_RULE, params: ZUnitReportParams },
    }, async (request, reply) => send(reply, await monevReports.exportUnit(requireActor(request), request.params.unitId, format)));
    r.get(`/api/monev-reports/sops/:sopId/export.${format}`, {
      schema: { tags, summary: `An SOP's report over time as a ${NAMES[format]}, with a trend`, description: READ_RULE, params: ZSopReportParams },
    }, async (request, reply) => send(reply, await monevReports.exportSop(requireActor(request), request.params.sopId, format)));
  }
}
