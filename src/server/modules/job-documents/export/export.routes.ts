import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../../../db/open.ts';
import { languageOf } from '../../../http/language.ts';
import { ZIdParams } from '../../../http/paging.ts';
import { requireActor } from '../../../policy/guard.ts';
import type { JobDocumentsService } from '../job-documents.service.ts';
import { ZUnitParams } from '../job-documents.schema.ts';
import { createJobExportService, JOB_EXPORT_FORMATS, type JobExportFormat } from './export.service.ts';

const NAMES: Record<JobExportFormat, string> = { pdf: 'PDF (A4, fonts embedded)', docx: 'Word document (editable tables)', xlsx: 'spreadsheet (numbers as numbers)' };

function send(reply: FastifyReply, file: { body: Buffer; contentType: string; fileName: string; version?: number }) {
  reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, no-store');
  if (file.version !== undefined) reply.header('x-job-document-version', String(file.version));
  return reply.send(file.body);
}

/**
 * `GET /api/job-documents/:id/export.pdf|docx|xlsx`: the latest version of an Anjab (with its ABK), Evjab or SKJ;
 * `GET /api/job-documents/units/:unitId/abk/export.pdf|docx|xlsx`: the unit's ABK (form D).
 */
export function jobExportRoutes(app: FastifyInstance, deps: { database: Database; jobDocuments: JobDocumentsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const exports = createJobExportService(deps);
  for (const format of JOB_EXPORT_FORMATS) {
    r.get(`/api/job-documents/:id/export.${format}`, {
      schema: {
        tags: ['job-documents'],
        summary: `The job document's latest version as a ${NAMES[format]}: Anjab with the per-task ABK table, Evjab with factors, points and class, SKJ with competencies and requirements`,
        description: 'Same read rule as GET /api/job-documents/:id (another unit\'s document answers 404). `version` exports that saved version instead of the latest '
          + '(e.g. the one a facilitation request submitted; 404 JOB_DOCUMENT_VERSION_UNKNOWN if it does not exist). The header x-job-document-version names the version exported.',
        params: ZIdParams,
        querystring: z.object({ version: z.coerce.number().int().min(1).max(1_000_000).optional() }),
      },
    }, async (request, reply) => send(reply, await exports.document(requireActor(request), request.params.id, format, languageOf(request), request.query.version)));

    r.get(`/api/job-documents/units/:unitId/abk/export.${format}`, {
      schema: {
        tags: ['job-documents'],
        summary: `A unit's ABK summary (form D: No, Nama Jabatan, Jumlah Beban Kerja, Perhitungan, Kebutuhan, Pegawai yang Ada, +/-, Kurang, Lebih, EJ, PJ) as a ${NAMES[format]}`,
        description: 'Same access as GET /api/job-documents/units/:unitId/abk: the bureau every unit, a pemrakarsa/pimpinan their own (403 otherwise); 404 for an unknown unit.',
        params: ZUnitParams,
      },
    }, async (request, reply) => send(reply, await exports.unitAbk(requireActor(request), request.params.unitId, format)));
  }
}
