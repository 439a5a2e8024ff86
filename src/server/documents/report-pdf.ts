import PDFDocument from 'pdfkit';
import { PAPER_POINTS } from '../../domain/sop/model.ts';
import { fontBytes } from '../modules/sops/export/fonts.ts';
import { formatNumber, type Cell, type Column, type Report } from './report.ts';

/**
 * A report as a PDF on A4 (pdfkit): DejaVu Sans regular and bold embedded (the SOP export's fonts), tables with
 * their header repeated on every page, "Halaman n dari N" at the foot. The dates, and so the file ID, come from
 * `report.savedAt`: the same content always gives the same bytes. Used by the job documents' and the monev reports' exports.
 */

const MARGIN = 40;
const SIZE = { title: 12, sub: 9, heading: 10.5, text: 9, cell: 8 };
const PAD = 3;

type Doc = PDFKit.PDFDocument;

export function cellText(value: Cell, column?: Column): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value, Number.isInteger(value) && !column?.decimals ? 0 : column?.decimals ?? 2);
  return value;
}

export function renderReportPdf(report: Report): Promise<Buffer> {
  const paper = PAPER_POINTS.A4;
  const short = Math.min(paper.width, paper.height);
  const long = Math.max(paper.width, paper.height);
  const page = report.landscape ? { width: long, height: short } : { width: short, height: long };
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    pdfVersion: '1.7',
    lang: 'id-ID',
    displayTitle: true,
    bufferPages: true,
    info: { Title: report.title, Subject: report.fileBase, Creator: 'Manorta', Producer: 'Manorta', CreationDate: report.savedAt, ModDate: report.savedAt },
  });
  const fonts = fontBytes();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const contentWidth = page.width - 2 * MARGIN;
  const bottom = page.height - MARGIN - 14;
  let y = MARGIN;
  const newPage = () => {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    y = MARGIN;
  };
  const ensure = (h: number) => {
    if (y + h > bottom) newPage();
  };
  const write = (text: string, opts: { size: number; bold?: boolean; align?: 'left' | 'center'; x?: number; width?: number }) => {
    doc.font(opts.bold ? 'bold' : 'regular').fontSize(opts.size);
    const w = opts.width ?? contentWidth;
    const h = doc.heightOfString(text || ' ', { width: w });
    ensure(h);
    doc.fillColor('#000000').text(text, opts.x ?? MARGIN, y, { width: w, align: opts.align ?? 'left' });
    y += h;
  };

  newPage();
  write(report.title, { size: SIZE.title, bold: true, align: 'center' });
  y += 2;
  for (const line of report.subtitle) write(line, { size: SIZE.sub, align: 'center' });
  y += 10;

  for (const block of report.blocks) {
    switch (block.type) {
      case 'heading':
        ensure(40);
        y += 6;
        write(block.text, { size: SIZE.heading, bold: true });
        y += 3;
        break;
      case 'text':
        write(block.text, { size: SIZE.text });
        y += 4;
        break;
      case 'fields': {
        const labelW = contentWidth * 0.32;
        for (const [label, value] of block.rows) {
          doc.font('regular').fontSize(SIZE.text);
          const text = cellText(value);
          const h = Math.max(doc.heightOfString(label, { width: labelW - 8 }), doc.heightOfString(text || ' ', { width: contentWidth - labelW - 10 }));
          ensure(h + 2);
          doc.font('bold').text(label, MARGIN, y, { width: labelW - 8 });
          doc.font('regular').text(':', MARGIN + labelW - 6, y, { width: 6 });
          doc.text(text, MARGIN + labelW + 2, y, { width: contentWidth - labelW - 2 });
          y += h + 2;
        }
        y += 4;
        break;
      }
      case 'table':
        paintTable(block.columns, block.rows, block.total);
        y += 6;
        break;
    }
  }

  function rowHeight(cells: string[], widths: number[], bold: boolean) {
    doc.font(bold ? 'bold' : 'regular').fontSize(SIZE.cell);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: widths[i] - 2 * PAD }))) + 2 * PAD;
  }
  function paintRow(cells: string[], widths: number[], h: number, bold: boolean, numeric: boolean[]) {
    let x = MARGIN;
    doc.lineWidth(0.5);
    cells.forEach((c, i) => {
      if (bold) doc.rect(x, y, widths[i], h).fillAndStroke('#eeeeee', '#000000');
      else doc.rect(x, y, widths[i], h).stroke('#000000');
      doc.fillColor('#000000').font(bold ? 'bold' : 'regular').fontSize(SIZE.cell)
        .text(c, x + PAD, y + PAD, { width: widths[i] - 2 * PAD, align: bold ? 'center' : numeric[i] ? 'right' : 'left' });
      x += widths[i];
    });
    y += h;
  }
  function paintTable(columns: Column[], rows: Cell[][], total?: Cell[]) {
    const sum = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / sum) * contentWidth);
    const header = columns.map((c) => c.label);
    const headerH = rowHeight(header, widths, true);
    const body = [...rows, ...(total ? [total] : [])];
    ensure(headerH + 20);
    paintRow(header, widths, headerH, true, []);
    body.forEach((row, k) => {
      const cells = row.map((v, i) => cellText(v, columns[i]));
      const isTotal = total !== undefined && k === body.length - 1;
      const h = rowHeight(cells, widths, isTotal);
      if (y + h > bottom) {
        newPage();
        paintRow(header, widths, headerH, true, []);
      }
      if (isTotal) {
        let x = MARGIN;
        doc.lineWidth(0.5);
        cells.forEach((c, i) => {
          doc.rect(x, y, widths[i], h).stroke('#000000');
          doc.font('bold').fontSize(SIZE.cell).text(c, x + PAD, y + PAD, { width: widths[i] - 2 * PAD, align: typeof row[i] === 'number' ? 'right' : 'left' });
          x += widths[i];
        });
        y += h;
      } else paintRow(cells, widths, h, false, row.map((v) => typeof v === 'number'));
    });
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font('regular').fontSize(7.5).fillColor('#000000')
      .text(`Halaman ${i + 1} dari ${range.count}`, MARGIN, page.height - MARGIN + 4, { width: contentWidth, align: 'right', lineBreak: false });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
