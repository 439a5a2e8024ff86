import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_PAGE_SETTINGS, PAPER_SIZES } from '../../../../domain/sop/model.ts';
import { AppError } from '../../../http/errors.ts';
import { languageOf } from '../../../http/language.ts';
import { ZIdParams } from '../../../http/paging.ts';
import { requireActor } from '../../../policy/guard.ts';
import type { SopsService } from '../sops.service.ts';
import { ZSop } from '../sops.schema.ts';
import { IMPORT_FORM_LIMITS, createSopImport, type ImportPart } from './import.ts';
import { XLSX_CONTENT_TYPE, renderSopXlsx, templateXlsx } from './write.ts';

const ZExportXlsxQuery = z.object({
  version: z.coerce.number().int().min(1).max(1_000_000).optional(),
  paper: z.enum(PAPER_SIZES).default('A4'),
});

/** A file name from the SOP's number or title: letters, digits and dashes only. */
function fileNameOf(number: string, title: string, version: number): string {
  const base = (number || title || 'sop').normalize('NFKD').replace(/[^\w]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'sop';
  return `SOP-${base}-v${version}.xlsx`;
}

const attachment = (name: string) => `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * The SOP spreadsheet: the blank template, an SOP exported into it (with the flowchart as pictures), and the import
 * of a filled template as a draft (import.ts).
 */
export function sopTemplateRoutes(app: FastifyInstance, { sops }: { sops: SopsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['sops'];
  const importer = createSopImport({ sops });

  r.get('/api/sops/template.xlsx', {
    schema: { tags, summary: 'The blank SOP template (Indonesian): instructions, identity, actors and steps sheets' },
  }, async (request, reply) => {
    requireActor(request);
    return reply
      .type(XLSX_CONTENT_TYPE)
      .header('content-disposition', attachment('templat-sop-manorta.xlsx'))
      .header('cache-control', 'private, no-store')
      .send(await templateXlsx(DEFAULT_PAGE_SETTINGS));
  });

  r.get('/api/sops/:id/export.xlsx', {
    schema: {
      tags,
      summary: 'An SOP version (the latest by default) in the template, with a Diagram Alir sheet of the flowchart as pictures aligned with the step rows',
      params: ZIdParams,
      querystring: ZExportXlsxQuery,
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    const lang = languageOf(request);
    const sop = await sops.get(actor, request.params.id, lang);
    const n = request.query.version ?? sop.version;
    const content = n === sop.version ? sop.content : (await sops.version(actor, sop.id, n, lang)).content;
    const body = await renderSopXlsx(content, { ...DEFAULT_PAGE_SETTINGS, paper: request.query.paper }, { unitName: sop.unitName });
    return reply
      .type(XLSX_CONTENT_TYPE)
      .header('content-disposition', attachment(fileNameOf(content.identity.number, content.identity.title, n)))
      .header('cache-control', 'private, no-store')
      .send(body);
  });

  r.post('/api/sops/import', {
    schema: {
      tags,
      summary: "Import a filled template (multipart: 'file', 'unitId', or 'sopId' + 'version' for a new version of that draft); refused as a whole with every problem by cell",
      consumes: ['multipart/form-data'],
      response: { 200: ZSop, 201: ZSop },
    },
  }, async (request, reply) => {
    const actor = requireActor(request);
    if (!request.isMultipart()) throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE', 'not_multipart');
    const parts = request.parts({ limits: IMPORT_FORM_LIMITS }) as AsyncIterable<ImportPart>;
    const { created, sop } = await importer.importXlsx(actor, parts, languageOf(request), request.ip);
    return reply.status(created ? 201 : 200).send(sop);
  });
}
