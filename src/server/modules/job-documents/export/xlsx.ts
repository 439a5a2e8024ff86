import ExcelJS from 'exceljs';
import type { Report } from './report.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

const numFmt = (decimals: number) => (decimals === 0 ? '#,##0' : `#,##0.${'0'.repeat(decimals)}`);

/**
 * A report as one worksheet (exceljs): the title lines, then each block in turn; table numbers are numbers with a
 * number format (the spreadsheet shows them in the reader's locale), no formulas. Dates fixed, so the workbook's
 * properties do not change between exports.
 */
export async function renderReportXlsx(report: Report): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Manorta';
  wb.created = new Date(report.savedAt);
  wb.modified = wb.created;
  wb.title = report.title;
  const ws = wb.addWorksheet(report.sheet, { pageSetup: { paperSize: 9, orientation: report.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const widest = Math.max(2, ...report.blocks.map((b) => (b.type === 'table' ? b.columns.length : b.type === 'fields' ? 2 : 1)));
  ws.columns = Array.from({ length: widest }, (_, i) => ({ width: i === 0 ? 8 : i === 1 ? 40 : 18 }));
  const title = ws.addRow([report.title]);
  title.font = { bold: true, size: 13 };
  for (const s of report.subtitle) ws.addRow([s]);
  ws.addRow([]);
  for (const block of report.blocks) {
    switch (block.type) {
      case 'heading':
        ws.addRow([block.text]).font = { bold: true, size: 11 };
        break;
      case 'text':
        ws.addRow([block.text]).alignment = { wrapText: false, vertical: 'top' };
        break;
      case 'fields':
        for (const [label, value] of block.rows) {
          const row = ws.addRow([label, value]);
          row.getCell(1).font = { bold: true };
          row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
        }
        break;
      case 'table': {
        const head = ws.addRow(block.columns.map((c) => c.label));
        head.font = { bold: true };
        head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
        head.eachCell((c) => { c.fill = HEADER_FILL; c.border = THIN; });
        const all = [...block.rows, ...(block.total ? [block.total] : [])];
        all.forEach((values, k) => {
          const row = ws.addRow(values.map((v) => (v === null ? null : v)));
          if (block.total && k === all.length - 1) row.font = { bold: true };
          values.forEach((v, i) => {
            const c = row.getCell(i + 1);
            c.border = THIN;
            c.alignment = { wrapText: true, vertical: 'top' };
            if (typeof v === 'number') c.numFmt = numFmt(Number.isInteger(v) && !block.columns[i]?.decimals ? 0 : block.columns[i]?.decimals ?? 2);
          });
        });
        ws.addRow([]);
        break;
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
