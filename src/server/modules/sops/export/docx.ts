import {
  AlignmentType, BorderStyle, Document, Footer, HeightRule, HorizontalPositionRelativeFrom, ImageRun, LineRuleType, Packer, PageBreak,
  PageNumber, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, TextWrappingType, VerticalAlignTable,
  VerticalPositionRelativeFrom, WidthType,
  type ParagraphChild,
} from 'docx';
import type { Cell, Column, FlowPage, SopLayout } from '../../../../domain/sop/layout/index.ts';
import { formatDate, layoutSop, lineHeight, measure } from '../../../../domain/sop/layout/index.ts';
import { CELL_PADDING } from '../../../../domain/sop/layout/columns.ts';
import { PAPER_POINTS, type PageSettings, type SopContent, type SopStep } from '../../../../domain/sop/model.ts';
import { FONT_FAMILY, fontBytes } from './fonts.ts';
import type { RenderOptions } from './pdf.ts';
import { rowPictures, type RowPicture } from './row-pictures.ts';

/** Points to twentieths of a point (twips), the unit of Word's lengths. */
const tw = (pt: number) => Math.round(pt * 20);
/** docx sizes pictures in pixels of 96 per inch. */
const px = (pt: number) => (pt * 96) / 72;
/** Font sizes in half-points. */
const half = (pt: number) => Math.round(pt * 2);

/** The identity page's text size (as in the layout). */
const IDENTITY_SIZE = 9;
const LOGO_ROOM = 54 + 12;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const PADDING = { top: tw(CELL_PADDING), bottom: tw(CELL_PADDING), left: tw(CELL_PADDING), right: tw(CELL_PADDING) };
/**
 * Text cells of the flowchart table: a point less at the sides than the layout's padding, so that a line the layout
 * just fitted never wraps in Word (whose cell borders take their width from the cell).
 */
const TEXT_PADDING = { top: 0, bottom: 0, left: tw(CELL_PADDING - 1), right: tw(CELL_PADDING - 1) };
const NO_PADDING = { top: 0, bottom: 0, left: 0, right: 0 };

export interface DocxOptions extends RenderOptions {
  /** Embed DejaVu Sans in the file so that Word sets the text as the layout measured it (default true; ~1 MB). */
  embedFonts?: boolean;
}

interface TextStyle {
  size: number;
  bold?: boolean;
  align?: 'left' | 'center';
  indent?: number;
}

/** Paragraphs of a text: one per line of the text (explicit line breaks kept), lines spaced as the layout spaces them. */
function paras(text: string, s: TextStyle): Paragraph[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return lines.map((line) => para(line, s));
}

function para(text: string, s: TextStyle, extra: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: s.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: extra.before ?? 0, after: extra.after ?? 0, line: tw(lineHeight(s.size)), lineRule: LineRuleType.EXACT },
    ...(s.indent ? { indent: { left: tw(s.indent), hanging: tw(s.indent) } } : {}),
    run: { size: half(s.size), bold: s.bold ?? false },
    children: text === '' ? [] : [new TextRun({ text, size: half(s.size), bold: s.bold ?? false })],
  });
}

/** A numbered list with a hanging indent, as the identity page draws it; "-" when empty. */
function list(items: string[], size: number): Paragraph[] {
  const clean = items.map((s) => s.trim()).filter((s) => s !== '');
  if (clean.length === 0) return [para('-', { size })];
  const indent = measure(`${clean.length}. `, size);
  return clean.map((item, i) => new Paragraph({
    spacing: { before: 0, after: 0, line: tw(lineHeight(size)), lineRule: LineRuleType.EXACT },
    indent: { left: tw(indent), hanging: tw(indent) },
    tabStops: [{ type: 'left', position: tw(indent) }],
    children: [new TextRun({ text: `${i + 1}.\t${item}`, size: half(size) })],
  }));
}

function cell(children: Paragraph[], opts: { span?: number; rowSpan?: number; width?: number; middle?: boolean; margins?: typeof PADDING } = {}): TableCell {
  return new TableCell({
    children: children.length > 0 ? children : [para('', { size: IDENTITY_SIZE })],
    margins: opts.margins ?? PADDING,
    verticalAlign: opts.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    ...(opts.span && opts.span > 1 ? { columnSpan: opts.span } : {}),
    ...(opts.rowSpan && opts.rowSpan > 1 ? { rowSpan: opts.rowSpan } : {}),
    ...(opts.width !== undefined ? { width: { size: opts.width, type: WidthType.DXA } } : {}),
  });
}

/** Whole twips that add up to the whole: each column's right edge is rounded, not its width. */
function gridOf(widths: number[]): number[] {
  const out: number[] = [];
  let acc = 0;
  let done = 0;
  for (const w of widths) {
    acc += w;
    const edge = tw(acc);
    out.push(edge - done);
    done = edge;
  }
  return out;
}

function table(rows: TableRow[], grid: number[], margins: typeof PADDING = PADDING): Table {
  return new Table({
    rows,
    columnWidths: grid,
    width: { size: grid.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins,
  });
}

/** The identity page as one editable table: unit block, the six fields, then the three pairs of lists. */
function identityTable(content: SopContent, frameW: number, opts: RenderOptions): Table {
  const id = content.identity;
  const size = IDENTITY_SIZE;
  const grid = gridOf([frameW * 0.4, frameW * 0.1, frameW * 0.1, frameW * 0.4]);
  const r = id.ratifiedBy;
  const fields: Array<{ label: string; value: Paragraph[] }> = [
    { label: 'Nomor SOP', value: paras(id.number || '-', { size }) },
    { label: 'Tanggal Pembuatan', value: paras(formatDate(id.madeOn), { size }) },
    { label: 'Tanggal Revisi', value: paras(formatDate(id.revisedOn), { size }) },
    { label: 'Tanggal Efektif', value: paras(formatDate(id.effectiveOn), { size }) },
    {
      label: 'Disahkan oleh',
      value: [r.position || '-', '', '', r.name || '-', r.nip ? `NIP. ${r.nip}` : ''].map((t) => para(t, { size })),
    },
    { label: 'Nama SOP', value: paras(id.title || '-', { size, bold: true }) },
  ];
  const unitNames = (opts.unitNames ?? []).map((n, i) =>
    para(n.toUpperCase(), { size, bold: true, align: 'center' }, { before: i === 0 && (opts.logo ?? true) ? tw(LOGO_ROOM) : 0 }));
  const rows = fields.map((f, i) => new TableRow({
    children: [
      ...(i === 0 ? [cell(unitNames, { rowSpan: fields.length })] : []),
      cell(paras(f.label, { size, bold: true }), { span: 2 }),
      cell(f.value),
    ],
  }));
  const half = (title: string, body: Paragraph[]) => cell([para(title, { size, bold: true }), ...body], { span: 2 });
  const pairs: Array<[string, Paragraph[], string, Paragraph[]]> = [
    ['DASAR HUKUM:', list(id.legalBasis, size), 'KUALIFIKASI PELAKSANA:', list(id.qualifications, size)],
    ['KETERKAITAN:', list(id.related.map((s) => s.title), size), 'PERALATAN/PERLENGKAPAN:', list(id.equipment, size)],
    ['PERINGATAN:', paras(id.warnings.trim() || '-', { size }), 'PENCATATAN DAN PENDATAAN:', list(id.records, size)],
  ];
  for (const [t1, b1, t2, b2] of pairs) rows.push(new TableRow({ cantSplit: false, children: [half(t1, b1), half(t2, b2)] }));
  return table(rows, grid);
}

function timeText(time: SopStep['time']): string {
  return time ? `${String(time.value).replace('.', ',')} ${time.unit}` : '';
}

const isPictureColumn = (c: Column) => c.key === 'loops' || c.key.startsWith('actor:');

/** The flowchart matrix of one layout page: the two header rows (repeated on every Word page), then the step rows. */
function flowTable(page: FlowPage, steps: Map<string, SopStep>, pictures: Map<string, RowPicture>): Table {
  const fs = page.fontSize;
  const grid = gridOf(page.columns.map((c) => c.w));
  const header = (key: string) => page.header.find((c) => c.key === key);
  const headerText = (c: Cell | undefined) => c?.lines.map((l) => l.text).join(' ') ?? '';
  const hcell = (key: string, opts: { span?: number; rowSpan?: number; bold?: boolean } = {}) =>
    cell([para(headerText(header(key)), { size: fs, bold: opts.bold ?? true, align: 'center' })], { ...opts, middle: true, margins: TEXT_PADDING });
  const first = page.columns.findIndex(isPictureColumn);
  const pictureColumns = page.columns.filter(isPictureColumn);
  const actorsHeader = header('actors');
  const row1H = actorsHeader ? actorsHeader.h : page.headerRect.h / 2;
  const row2H = page.headerRect.h - row1H;

  const rows: TableRow[] = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      height: { value: tw(row1H), rule: HeightRule.ATLEAST },
      children: [
        hcell('no', { rowSpan: 2 }),
        hcell('description', { rowSpan: 2 }),
        hcell('actors', { span: pictureColumns.length }),
        hcell('quality', { span: 3 }),
        hcell('notes', { rowSpan: 2 }),
      ],
    }),
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      height: { value: tw(row2H), rule: HeightRule.ATLEAST },
      children: [
        ...pictureColumns.map((c) => hcell(c.key, { bold: false })),
        hcell('requirements'),
        hcell('time'),
        hcell('output'),
      ],
    }),
  ];

  for (const row of page.rows) {
    const step = steps.get(row.stepId);
    const picture = pictures.get(row.stepId);
    const above = picture?.stripAbove ?? 0;
    const text = (key: string): string => {
      if (key === 'no') return String(row.number);
      if (!step) return '';
      switch (key) {
        case 'description': return step.description;
        case 'requirements': return step.requirements;
        case 'time': return timeText(step.time);
        case 'output': return step.output;
        case 'notes': return step.notes;
        default: return '';
      }
    };
    const children: TableCell[] = [];
    page.columns.forEach((column, i) => {
      if (isPictureColumn(column)) {
        if (i !== first) return;
        // Floating in the cell at its top-left corner (no margins): an inline picture would make the row taller by the
        // line's descent and break the lines between rows; the row's height keeps the room (see below).
        const image: ParagraphChild[] = picture
          ? [new ImageRun({
              type: 'png',
              data: picture.png,
              transformation: { width: px(picture.widthPt), height: px(picture.heightPt) },
              floating: {
                horizontalPosition: { relative: HorizontalPositionRelativeFrom.COLUMN, offset: 0 },
                verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: 0 },
                layoutInCell: true,
                allowOverlap: true,
                lockAnchor: true,
                behindDocument: false,
                wrap: { type: TextWrappingType.NONE },
              },
              altText: { name: `Bagan alir kegiatan ${row.number}`, description: `Bagan alir kegiatan ${row.number}`, title: `Kegiatan ${row.number}` },
            })]
          : [];
        children.push(new TableCell({
          children: [new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 }, children: image })],
          columnSpan: pictureColumns.length,
          margins: NO_PADDING,
          verticalAlign: VerticalAlignTable.TOP,
        }));
        return;
      }
      const align = row.cells.find((c) => c.key === column.key)?.align ?? 'left';
      // The padding above and below is paragraph spacing: LibreOffice takes a cell's top and bottom margins from the
      // table, and the picture cells need none. The first row's text starts level with its symbol, below the strip
      // of off-page connectors its picture holds.
      const lines = text(column.key).replace(/\r\n?/g, '\n').split('\n');
      const body = lines.map((l, k) => para(l, { size: fs, align }, {
        before: k === 0 ? tw(above + CELL_PADDING) : 0,
        after: k === lines.length - 1 ? tw(CELL_PADDING) : 0,
      }));
      children.push(cell(body, { margins: TEXT_PADDING }));
    });
    rows.push(new TableRow({
      cantSplit: true,
      height: { value: tw(picture?.heightPt ?? row.height), rule: HeightRule.ATLEAST },
      children,
    }));
  }
  return table(rows, grid, TEXT_PADDING);
}

/** An all but invisible paragraph that starts a new page (Word needs a paragraph between two tables anyway). */
function pageBreak(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 }, children: [new PageBreak()] });
}

/**
 * Paints a finished layout as a Word document: the identity page as an editable table, then each flowchart page as
 * an editable table (No, Uraian Kegiatan, Pelaksana, Mutu Baku: Kelengkapan/Waktu/Output, Keterangan) whose two
 * header rows repeat on every page, with the flowchart laid row by row as pictures (row-pictures.ts) in a cell
 * spanning the loop-back lanes and the actor columns. Page size, orientation and margins are the layout's.
 */
export async function paintSopDocx(layout: SopLayout, content: SopContent, settings: PageSettings, opts: DocxOptions = {}): Promise<Buffer> {
  const paper = PAPER_POINTS[settings.paper];
  const { top, right, bottom, left } = settings.margins;
  const frameW = paper.width - left - right;
  const steps = new Map(content.steps.map((s) => [s.id, s]));
  const pictures = await rowPictures(layout);
  const footerSize = layout.pages[0]?.fontSize ?? IDENTITY_SIZE;

  const children: Array<Paragraph | Table> = [identityTable(content, frameW, opts)];
  for (const page of layout.pages) children.push(pageBreak(), flowTable(page, steps, pictures));
  children.push(new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, run: { size: 2 } }));

  const fonts = fontBytes();
  const id = content.identity;
  const doc = new Document({
    creator: 'Manorta',
    lastModifiedBy: 'Manorta',
    title: id.title || 'SOP',
    ...(id.number ? { subject: `Standar Operasional Prosedur ${id.number}` } : {}),
    ...((opts.embedFonts ?? true) ? { fonts: [{ name: FONT_FAMILY, data: fonts.regular, bold: fonts.bold }] } : {}),
    styles: {
      default: {
        document: {
          run: { font: FONT_FAMILY, size: half(IDENTITY_SIZE), language: { value: 'id-ID' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          // docx swaps the two for a landscape page.
          size: { width: tw(paper.height), height: tw(paper.width), orientation: PageOrientation.LANDSCAPE },
          margin: { top: tw(top), right: tw(right), bottom: tw(bottom), left: tw(left), header: tw(12), footer: tw(12) },
        },
      },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ size: half(footerSize), children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES] })],
          })],
        }),
      },
      children,
    }],
  });
  return Packer.toBuffer(doc) as Promise<Buffer>;
}

/** The SOP as a Word document, pure of the database. */
export function renderSopDocx(content: SopContent, settings: PageSettings, opts: DocxOptions = {}): Promise<Buffer> {
  const { savedAt: _savedAt, embedFonts: _embed, ...layoutOpts } = opts;
  return paintSopDocx(layoutSop(content, settings, layoutOpts), content, settings, opts);
}
