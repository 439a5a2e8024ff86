import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requireActor } from '../../../policy/guard.ts';
import { ZIdParams } from '../../../http/paging.ts';
import type { SopsService } from '../sops.service.ts';
import type { Database } from '../../../db/open.ts';
import { ZSopExportQuery } from './export.schema.ts';
import { createSopExportService, type SopExportFormat } from './export.service.ts';

/** `GET /api/sops/:id/export.pdf` and `.docx`: one version of the SOP as a document to download. */
export function sopExportRoutes(app: FastifyInstance, deps: { database: Database; sops: SopsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const exports = createSopExportService(deps);
  const formats: Array<{ format: SopExportFormat; summary: string }> = [
    { format: 'pdf', summary: 'The SOP as a PDF (identity page and flowchart pages, landscape A4 or F4); same read rule as GET /api/sops/:id' },
    { format: 'docx', summary: 'The SOP as a Word document (editable tables, the flowchart as pictures on its rows); same read rule as GET /api/sops/:id' },
  ];
  for (const { format, summary } of formats) {
    r.get(`/api/sops/:id/export.${format}`, {
      schema: { tags: ['sops'], summary, params: ZIdParams, querystring: ZSopExportQuery },
    }, async (request, reply) => {
      const file = await exports.render(requireActor(request), request.params.id, request.query, format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'private, no-store')
        .header('x-sop-version', String(file.version))
        .send(file.body);
    });
  }
}
