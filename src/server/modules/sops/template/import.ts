import path from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError, forbidden, localiseIssue } from '../../../http/errors.ts';
import type { Language } from '../../../http/language.ts';
import { t } from '../../../http/messages.ts';
import { can, type Actor } from '../../../policy/policy.ts';
import type { SopsService } from '../sops.service.ts';
import type { TSop } from '../sops.schema.ts';
import { IMPORT_LIMITS, importRefusal, inspectXlsx } from './guard.ts';
import { readSopWorkbook, templateMismatch } from './read.ts';

/** The parts of the multipart form, as @fastify/multipart hands them over one after the other. */
export type ImportPart =
  | { type: 'field'; fieldname: string; value: unknown }
  | { type: 'file'; fieldname: string; filename: string; file: Readable };

/** For the form parser: one file more than allowed is seen and refused by us; fileSize one byte over our own limit. */
export const IMPORT_FORM_LIMITS = { files: 2, fields: 5, parts: 8, fileSize: IMPORT_LIMITS.uploadBytes + 1 };

const FIELDS = ['unitId', 'sopId', 'version'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The note of the version an import makes. */
export const IMPORT_NOTE = 'Diimpor dari spreadsheet';

const invalid = (fieldPath: string, messageKey: 'required' | 'field_id' | 'field_whole_number' | 'field_unknown') =>
  new AppError(400, 'VALIDATION', 'validation', {}, [{ path: fieldPath, messageKey }]);

interface ImportForm {
  unitId?: string;
  sopId?: string;
  version?: number;
  fileName: string;
  bytes: Buffer;
}

/** Reads the whole form; the file is counted while it streams in and refused past the limit (413). */
async function receive(parts: AsyncIterable<ImportPart>): Promise<ImportForm> {
  const fields: Partial<Record<(typeof FIELDS)[number], string>> = {};
  let file: { fileName: string; bytes: Buffer } | null = null;
  for await (const part of parts) {
    if (part.type === 'field') {
      if (!(FIELDS as readonly string[]).includes(part.fieldname)) throw invalid(part.fieldname, 'field_unknown');
      fields[part.fieldname as (typeof FIELDS)[number]] = String(part.value ?? '').trim();
      continue;
    }
    if (part.fieldname !== 'file' || file) {
      part.file.resume();
      throw importRefusal(400, 'SOP_IMPORT_ONE_FILE', 'sop_import_one_file');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of part.file as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > IMPORT_LIMITS.uploadBytes) {
        part.file.resume();
        throw importRefusal(413, 'SOP_IMPORT_TOO_LARGE', 'sop_import_too_large', { maxMb: IMPORT_LIMITS.uploadBytes / 1024 / 1024 });
      }
      chunks.push(chunk);
    }
    file = { fileName: path.basename(part.filename.replace(/\\/g, '/')), bytes: Buffer.concat(chunks) };
  }
  if (!file || file.bytes.length === 0) throw importRefusal(400, 'SOP_IMPORT_FILE_MISSING', 'sop_import_file_missing');
  const id = (name: 'unitId' | 'sopId') => {
    const v = fields[name];
    if (v === undefined || v === '') return undefined;
    if (!UUID.test(v)) throw invalid(name, 'field_id');
    return v.toLowerCase();
  };
  const form: ImportForm = { ...file, unitId: id('unitId'), sopId: id('sopId') };
  if (fields.version !== undefined && fields.version !== '') {
    const n = Number(fields.version);
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000) throw invalid('version', 'field_whole_number');
    form.version = n;
  }
  if (form.sopId && form.version === undefined) throw invalid('version', 'required');
  if (!form.sopId && !form.unitId) throw invalid('unitId', 'required');
  return form;
}

/**
 * `POST /api/sops/import`: a filled template becomes an SOP draft (a new one, or a new version of `sopId` made on
 * `version`) through the sops service's own create and save, so versions, audit and authorization are the same as
 * in the editor; or the workbook is refused as a whole, nothing written, with every problem by cell.
 *
 * Order: the form (size counted while streaming) → may the caller write there (403/404 before the file is looked
 * at) → the zip and its parts (guard.ts) → the template marker → the cells → one create or save.
 */
export function createSopImport({ sops }: { sops: SopsService }) {
  async function target(actor: Actor, form: ImportForm, lang: Language): Promise<{ unitId: string; sop?: TSop }> {
    if (!form.sopId) {
      if (!can(actor, 'sop.create', { unitId: form.unitId! })) throw forbidden();
      return { unitId: form.unitId! };
    }
    const sop = await sops.get(actor, form.sopId, lang);
    if (form.unitId && form.unitId !== sop.unitId) {
      throw new AppError(400, 'SOP_IMPORT_UNIT_MISMATCH', 'sop_import_unit_mismatch', {}, [{ path: 'unitId', messageKey: 'sop_import_unit_mismatch' }]);
    }
    if (!sop.actions.includes('edit') && !can(actor, 'sop.update', { unitId: sop.unitId, state: 'draf' })) throw forbidden();
    return { unitId: sop.unitId, sop };
  }

  return {
    async importXlsx(actor: Actor, parts: AsyncIterable<ImportPart>, lang: Language, ip?: string): Promise<{ created: boolean; sop: TSop }> {
      const form = await receive(parts);
      const { unitId } = await target(actor, form, lang);

      if (path.extname(form.fileName).toLowerCase() !== '.xlsx') throw importRefusal(400, 'SOP_IMPORT_NOT_XLSX', 'sop_import_not_xlsx');
      await inspectXlsx(form.bytes);
      const wb = new ExcelJS.Workbook();
      try {
        await wb.xlsx.load(form.bytes as unknown as ExcelJS.Buffer);
      } catch {
        throw importRefusal(400, 'SOP_IMPORT_NOT_XLSX', 'sop_import_not_xlsx');
      }
      const mismatch = templateMismatch(wb);
      if (mismatch) throw importRefusal(400, mismatch.key === 'sop_import_template_version' ? 'SOP_IMPORT_TEMPLATE_VERSION' : 'SOP_IMPORT_NOT_TEMPLATE', mismatch.key, mismatch.params);

      const result = readSopWorkbook(wb, unitId);
      if (!result.ok) {
        const problems = result.problems.map((p) => ({
          sheet: p.cell.split('!')[0],
          cell: p.cell,
          code: p.issue ? 'schema' : p.key.replace(/^sop_import_/, ''),
          message: p.issue ? localiseIssue(p.issue, lang) : t(lang, p.key, p.params),
        }));
        throw new AppError(400, 'SOP_IMPORT_INVALID', 'sop_import_invalid', { count: problems.length },
          problems.map((p) => ({ path: p.cell, messageKey: 'sop_import_cell' as const, params: { message: p.message } })),
          { problems });
      }

      if (form.sopId) {
        const sop = await sops.save(actor, form.sopId, { version: form.version!, content: result.content, note: IMPORT_NOTE }, lang, ip);
        return { created: false, sop };
      }
      const title = result.content.identity.title;
      const sop = await sops.create(actor, { unitId, title }, lang, ip, { content: result.content, note: IMPORT_NOTE, source: 'xlsx' });
      return { created: true, sop };
    },
  };
}

export type SopImport = ReturnType<typeof createSopImport>;
