import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Database } from '../../db/open.ts';
import { notFound } from '../../http/errors.ts';
import type { Language } from '../../http/language.ts';
import { t, type MessageKey } from '../../http/messages.ts';
import { offsetOf } from '../../http/paging.ts';
import { can, type Actor } from '../../policy/policy.ts';
import { compactDate, csvLine, dayMonthYear, spreadsheetDate, UTF8_BOM } from '../../../domain/monitoring/export-format.ts';
import { statusLabel } from '../../../domain/monitoring/labels.ts';
import { STAGE_NUMBERS, type StageNumber } from '../../../domain/workflow/stages.ts';
import type { RequestState } from '../../../domain/workflow/states.ts';
import * as repo from './monitoring.repo.ts';
import { LISTED_STATES, type TExportQuery, type TMonitoringFilters, type TMonitoringQuery, type TMonitoringRow } from './monitoring.schema.ts';

/** The export holds the whole view, up to this many rows. */
export const EXPORT_CAP = 100_000;
/** Rows read from the database at a time while the export streams. */
const EXPORT_CHUNK = 1_000;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The export's columns: header key, width (characters), and whether it holds a date. */
const EXPORT_COLUMNS: { header: MessageKey; width: number; date?: true }[] = [
  { header: 'export_col_registration_no', width: 10 },
  { header: 'export_col_document_number', width: 30 },
  { header: 'export_col_revisi', width: 8 },
  { header: 'export_col_tgl_revisi', width: 13, date: true },
  { header: 'export_col_title', width: 60 },
  { header: 'export_col_service', width: 40 },
  { header: 'export_col_status', width: 45 },
  { header: 'export_col_completed_at', width: 17, date: true },
  { header: 'export_col_unit', width: 45 },
  { header: 'export_col_days_used', width: 14 },
  { header: 'export_col_target_days', width: 10 },
];

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Readable;
}

export function createMonitoringService({ database, clock }: { database: Database; clock: () => Date }) {
  const { db } = database;

  /** Signed-in units may open their own rows, the bureau every row; the public none. */
  const present = (actor: Actor | null, row: repo.MonitoringRow): TMonitoringRow => ({
    ...row,
    state: row.state as RequestState,
    tglRevisi: iso(row.tglRevisi),
    submittedAt: row.submittedAt.toISOString(),
    completedAt: iso(row.completedAt),
    canOpen: can(actor, 'request.read', { unitId: row.unitId, state: row.state }),
  });

  async function filterOf(q: TMonitoringFilters): Promise<repo.MonitoringFilter> {
    return {
      search: q.q ? await repo.searchPlan(db, q.q) : undefined,
      serviceCode: q.serviceCode,
      state: q.state,
      stage: q.stage,
      unitId: q.unitId,
      year: q.year,
      overdue: q.overdue,
    };
  }

  /** The rows of the view in table order, read a chunk at a time. */
  async function* exportRows(ids: readonly string[]) {
    for (let i = 0; i < ids.length; i += EXPORT_CHUNK) {
      const chunk = ids.slice(i, i + EXPORT_CHUNK);
      const byId = new Map((await repo.rowsByIds(db, chunk)).map((r) => [r.id, r]));
      for (const id of chunk) {
        const row = byId.get(id);
        if (row) yield row;
      }
    }
  }

  const cellsOf = (row: repo.MonitoringRow, lang: Language) => ({
    registrationNo: row.registrationNo,
    documentNumber: row.documentNumber,
    revisi: row.revisi,
    tglRevisi: row.tglRevisi,
    title: row.title,
    service: lang === 'en' ? row.serviceNameEn : row.serviceName,
    status: statusLabel(row.state as RequestState, row.stage as StageNumber | null, lang),
    completedAt: row.completedAt,
    unit: `${row.unitCode} ${row.unitName}`,
    daysUsed: row.daysUsed,
    targetDays: row.targetDays,
  });

  async function writeXlsx(out: PassThrough, rows: AsyncIterable<repo.MonitoringRow>, lang: Language) {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet(t(lang, 'export_sheet'), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: t(lang, c.header), width: c.width, ...(c.date ? { style: { numFmt: 'dd-mm-yyyy' } } : {}) }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for await (const row of rows) {
      const c = cellsOf(row, lang);
      const date = (d: Date | null) => (d ? spreadsheetDate(d) : null);
      sheet.addRow([c.registrationNo, c.documentNumber, c.revisi, date(c.tglRevisi), c.title, c.service, c.status, date(c.completedAt), c.unit, c.daysUsed, c.targetDays]).commit();
    }
    sheet.commit();
    await workbook.commit();
  }

  async function writeCsv(out: PassThrough, rows: AsyncIterable<repo.MonitoringRow>, lang: Language) {
    const write = async (text: string) => {
      if (!out.write(text)) await once(out, 'drain');
    };
    await write(UTF8_BOM + csvLine(EXPORT_COLUMNS.map((c) => t(lang, c.header))));
    for await (const row of rows) {
      const c = cellsOf(row, lang);
      const date = (d: Date | null) => (d ? dayMonthYear(d) : null);
      await write(csvLine([c.registrationNo, c.documentNumber, c.revisi, date(c.tglRevisi), c.title, c.service, c.status, date(c.completedAt), c.unit, c.daysUsed, c.targetDays]));
    }
    out.end();
  }

  return {
    async list(actor: Actor | null, q: TMonitoringQuery) {
      const { items, total, totalCapped } = await repo.listMonitoring(db, await filterOf(q), q, { limit: q.pageSize, offset: offsetOf(q) });
      return {
        items: items.map((r) => present(actor, r)),
        total,
        totalCapped,
        page: q.page,
        pageSize: q.pageSize,
        actions: can(actor, 'monitoring.export') ? ['export'] : [],
      };
    },

    async options() {
      const [services, units, years] = await Promise.all([repo.serviceOptions(db), repo.unitOptions(db), repo.yearOptions(db)]);
      return { services, units, years, states: [...LISTED_STATES], stages: [...STAGE_NUMBERS] };
    },

    /**
     * The current view (filters and order, no paging) as a spreadsheet in the caller's language. The rows are
     * chosen before the answer starts; the file is then written while it is sent.
     */
    async export(q: TExportQuery, lang: Language, log: (err: unknown) => void): Promise<ExportFile> {
      const ids = await repo.sortedIds(db, await filterOf(q), q, EXPORT_CAP);
      const out = new PassThrough();
      const rows = exportRows(ids);
      const written = q.format === 'xlsx' ? writeXlsx(out, rows, lang) : writeCsv(out, rows, lang);
      written.catch((err) => {
        log(err);
        out.destroy(err as Error);
      });
      return {
        fileName: `tabel-layanan-fasilitasi-${compactDate(clock())}.${q.format}`,
        contentType: q.format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
        body: out,
      };
    },

    async timeline(actor: Actor | null, id: string) {
      const row = await repo.getListed(db, id);
      if (!row) throw notFound();
      const moves = await repo.publicTransitions(db, id);
      return {
        request: present(actor, row),
        items: moves.map((m) => ({
          at: m.at.toISOString(),
          action: m.action,
          from: { state: m.fromState as RequestState, stage: m.fromStage },
          to: { state: m.toState as RequestState, stage: m.toStage },
        })),
      };
    },
  };
}

export type MonitoringService = ReturnType<typeof createMonitoringService>;
