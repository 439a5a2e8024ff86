import type { Database } from '../../../db/open.ts';
import type { Language } from '../../../http/language.ts';
import type { Actor } from '../../../policy/policy.ts';
import type { AnjabContent, EvjabContent, SkjContent } from '../../../../domain/jabatan/model.ts';
import * as masterRepo from '../../job-master/job-master.repo.ts';
import { unitNamesOf } from '../../sops/export/export.service.ts';
import type { JobDocumentsService } from '../job-documents.service.ts';
import { renderReportDocx } from './docx.ts';
import { renderReportPdf } from '../../../documents/report-pdf.ts';
import { anjabReport, evjabReport, skjReport, unitAbkReport, type Report } from './report.ts';
import { renderReportXlsx, XLSX_CONTENT_TYPE } from './xlsx.ts';

export const JOB_EXPORT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type JobExportFormat = (typeof JOB_EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<JobExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: XLSX_CONTENT_TYPE,
};

/** A unit summary has no save time of its own: a fixed date keeps its PDF the same for the same figures. */
const UNIT_SUMMARY_DATE = new Date('2000-01-01T00:00:00Z');

export function renderReport(report: Report, format: JobExportFormat): Promise<Buffer> {
  return format === 'pdf' ? renderReportPdf(report) : format === 'docx' ? renderReportDocx(report) : renderReportXlsx(report);
}

/**
 * Exports of the job documents (Anjab with its ABK, Evjab, SKJ) and of a unit's ABK (form D). Reads go through the
 * job-documents service, so the read rule is the one of `GET /api/job-documents/:id`; rendering touches no database.
 */
export function createJobExportService({ database, jobDocuments }: { database: Database; jobDocuments: JobDocumentsService }) {
  const { db } = database;
  const file = async (report: Report, format: JobExportFormat, version?: number) => ({
    body: await renderReport(report, format),
    contentType: CONTENT_TYPES[format],
    fileName: `${report.fileBase}.${format}`,
    version,
  });
  /** The class of the position from its newest Evjab, read with the caller's rights (null without one). */
  async function gradeOf(actor: Actor, positionId: string, lang: Language): Promise<number | null> {
    const { items } = await jobDocuments.list(actor, { positionId, kind: 'evjab', page: 1, pageSize: 1 });
    if (items.length === 0) return null;
    return (await jobDocuments.get(actor, items[0].id, lang)).evaluation?.grade ?? null;
  }
  return {
    /** The latest version, or version `n` (e.g. the one a facilitation request submitted). */
    async document(actor: Actor | null, id: string, format: JobExportFormat, lang: Language, n?: number) {
      const latest = await jobDocuments.get(actor, id, lang);
      const doc = n === undefined || n === latest.version ? latest : await jobDocuments.version(actor, id, n, lang).then((v) => ({
        ...latest, version: v.number, masterYear: v.masterYear, note: v.note, savedAt: v.savedAt, content: v.content, abk: v.abk, evaluation: v.evaluation, skj: v.skj,
      }));
      const unitNames = await unitNamesOf(db, doc.unitId);
      const master = await masterRepo.loadMaster(db, doc.masterYear);
      if (!master) throw new Error(`master data ${doc.masterYear} missing`);
      const c = doc.content;
      const report = c.kind === 'anjab' ? anjabReport(doc, c as AnjabContent, unitNames, master, actor ? await gradeOf(actor, doc.positionId, lang) : null)
        : c.kind === 'evjab' ? evjabReport(doc, c as EvjabContent, unitNames, master)
          : skjReport(doc, c as SkjContent, unitNames);
      return file(report, format, doc.version);
    },
    async unitAbk(actor: Actor, unitId: string, format: JobExportFormat) {
      const abk = await jobDocuments.unitAbk(actor, unitId);
      const unitNames = await unitNamesOf(db, unitId);
      return file(unitAbkReport(abk, unitNames, UNIT_SUMMARY_DATE), format);
    },
  };
}
