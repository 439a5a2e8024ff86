import {
  AlignmentType, BorderStyle, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun,
  WidthType, ShadingType,
} from 'docx';
import { PAPER_POINTS } from '../../../../domain/sop/model.ts';
import { FONT_FAMILY } from '../../sops/export/fonts.ts';
import { cellText } from '../../../documents/report-pdf.ts';
import type { Cell, Column, Report } from './report.ts';

/**
 * A report as a Word document: headings, paragraphs and editable tables (header rows repeated on every page) in
 * DejaVu Sans (the font is named, not embedded: the file stays small and Word substitutes where it is missing).
 */

const tw = (pt: number) => Math.round(pt * 20);
const half = (pt: number) => Math.round(pt * 2);
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const MARGIN = 40;

function paras(text: string, size: number, opts: { bold?: boolean; align?: 'left' | 'center' | 'right' } = {}): Paragraph[] {
  const align = opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return text.split('\n').map((line) => new Paragraph({ alignment: align, children: [new TextRun({ text: line, size: half(size), bold: opts.bold ?? false })] }));
}

function cell(text: string, width: number, opts: { bold?: boolean; align?: 'left' | 'center' | 'right'; shade?: boolean } = {}) {
  return new TableCell({
    width: { size: tw(width), type: WidthType.DXA },
    margins: { top: tw(2), bottom: tw(2), left: tw(3), right: tw(3) },
    ...(opts.shade ? { shading: { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } } : {}),
    children: paras(text, 8, opts),
  });
}

function table(columns: Column[], rows: Cell[][], total: Cell[] | undefined, contentWidth: number): Table {
  const sum = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / sum) * contentWidth);
  const header = new TableRow({ tableHeader: true, children: columns.map((c, i) => cell(c.label, widths[i], { bold: true, align: 'center', shade: true })) });
  const body = rows.map((row) => new TableRow({
    cantSplit: true,
    children: row.map((v, i) => cell(cellText(v, columns[i]), widths[i], { align: typeof v === 'number' ? 'right' : 'left' })),
  }));
  const foot = total ? [new TableRow({ children: total.map((v, i) => cell(cellText(v, columns[i]), widths[i], { bold: true, align: typeof v === 'number' ? 'right' : 'left' })) })] : [];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: tw(contentWidth), type: WidthType.DXA },
    columnWidths: widths.map(tw),
    borders: BORDERS,
    rows: [header, ...body, ...foot],
  });
}

export function renderReportDocx(report: Report): Promise<Buffer> {
  const paper = PAPER_POINTS.A4;
  const short = Math.min(paper.width, paper.height);
  const long = Math.max(paper.width, paper.height);
  const pageWidth = report.landscape ? long : short;
  const contentWidth = pageWidth - 2 * MARGIN;
  const children: Array<Paragraph | Table> = [
    ...paras(report.title, 12, { bold: true, align: 'center' }),
    ...report.subtitle.flatMap((s) => paras(s, 9, { align: 'center' })),
    new Paragraph({ children: [] }),
  ];
  for (const block of report.blocks) {
    switch (block.type) {
      case 'heading':
        children.push(new Paragraph({ spacing: { before: tw(8), after: tw(3) }, keepNext: true, children: [new TextRun({ text: block.text, bold: true, size: half(10.5) })] }));
        break;
      case 'text':
        children.push(...paras(block.text, 9));
        break;
      case 'fields': {
        const labelW = contentWidth * 0.32;
        children.push(new Table({
          layout: TableLayoutType.FIXED,
          width: { size: tw(contentWidth), type: WidthType.DXA },
          columnWidths: [tw(labelW), tw(10), tw(contentWidth - labelW - 10)],
          borders: NO_BORDERS,
          rows: block.rows.map(([label, value]) => new TableRow({
            children: [cell(label, labelW, { bold: true }), cell(':', 10), cell(cellText(value), contentWidth - labelW - 10)],
          })),
        }));
        break;
      }
      case 'table':
        children.push(table(block.columns, block.rows, block.total, contentWidth));
        children.push(new Paragraph({ children: [] }));
        break;
    }
  }
  const doc = new Document({
    creator: 'Manorta',
    lastModifiedBy: 'Manorta',
    title: report.title,
    subject: report.fileBase,
    styles: { default: { document: { run: { font: FONT_FAMILY, size: half(9), language: { value: 'id-ID' } } } } },
    sections: [{
      properties: {
        page: {
          size: report.landscape
            ? { width: tw(short), height: tw(long), orientation: PageOrientation.LANDSCAPE }
            : { width: tw(short), height: tw(long), orientation: PageOrientation.PORTRAIT },
          margin: { top: tw(MARGIN), right: tw(MARGIN), bottom: tw(MARGIN), left: tw(MARGIN), header: tw(12), footer: tw(12) },
        },
      },
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ size: half(7.5), children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] })] })],
        }),
      },
      children,
    }],
  });
  return Packer.toBuffer(doc) as Promise<Buffer>;
}
