import PDFDocument from 'pdfkit';
import type { Cell, FlowPage, IdentityPage, LayoutOptions, Shape, SopLayout, TextLine } from '../../../../domain/sop/layout/index.ts';
import { layoutSop } from '../../../../domain/sop/layout/index.ts';
import { PAPER_POINTS, type PageSettings, type PaperSize, type SopContent } from '../../../../domain/sop/model.ts';
import { fontBytes } from './fonts.ts';
import { arrowHead } from './paint.ts';

/** What the documents say about themselves besides the drawing. */
export interface RenderOptions extends LayoutOptions {
  /**
   * When the version was saved: the PDF's creation and modification dates, and so its file ID, come from it, so one
   * version always gives the same bytes. Default 2000-01-01T00:00:00Z (still deterministic).
   */
  savedAt?: Date;
  /** Paints extra marks on every page after the drawing (the registry's QR code and verification code). */
  decorate?: PageDecorator;
}

/** Called once per page, after the page is painted; `index` counts from 0. */
export type PageDecorator = (doc: PDFKit.PDFDocument, page: { width: number; height: number; index: number; count: number }) => void;

export const DEFAULT_SAVED_AT = new Date('2000-01-01T00:00:00Z');

// The strokes of svg.ts's style sheet: cells .5, symbols .8 (white fill), connectors .7.
const CELL_STROKE = 0.5;
const SHAPE_STROKE = 0.8;
const LINE_STROKE = 0.7;
/** The layout measures text without kerning or ligatures: set it the same way. */
const NO_SHAPING = { kern: false, liga: false, clig: false, calt: false };

type Doc = PDFKit.PDFDocument;

function newDocument(info: { title?: string; subject?: string; savedAt: Date }): Doc {
  const doc = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    compress: true,
    pdfVersion: '1.7',
    lang: 'id-ID',
    displayTitle: info.title !== undefined,
    info: {
      ...(info.title !== undefined ? { Title: info.title } : {}),
      ...(info.subject !== undefined ? { Subject: info.subject } : {}),
      Creator: 'Manorta',
      Producer: 'Manorta',
      CreationDate: info.savedAt,
      ModDate: info.savedAt,
    },
  });
  return doc;
}

/** The document's bytes once it is ended. */
function collect(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

function strokeCells(doc: Doc, cells: Cell[]) {
  if (cells.length === 0) return;
  doc.lineWidth(CELL_STROKE);
  for (const c of cells) doc.rect(c.x, c.y, c.w, c.h);
  doc.stroke('#000000');
}

function paintShape(doc: Doc, s: Shape) {
  const { x, y, w, h } = s;
  switch (s.kind) {
    case 'terminator':
      doc.roundedRect(x, y, w, h, h / 2);
      break;
    case 'process':
      doc.rect(x, y, w, h);
      break;
    case 'decision':
      doc.polygon([x + w / 2, y], [x + w, y + h / 2], [x + w / 2, y + h], [x, y + h / 2]);
      break;
    case 'offpage':
      doc.polygon([x, y], [x + w, y], [x + w, y + h * 0.6], [x + w / 2, y + h], [x, y + h * 0.6]);
      break;
  }
  doc.lineWidth(SHAPE_STROKE).fillAndStroke('#ffffff', '#000000');
}

function paintTexts(doc: Doc, texts: TextLine[]) {
  doc.fillColor('#000000');
  for (const t of texts) {
    if (t.text === '') continue;
    doc.font(t.bold ? 'bold' : 'regular').fontSize(t.size);
    // The layout gives the left end of the baseline.
    doc.text(t.text, t.x, t.y, { lineBreak: false, baseline: 'alphabetic', features: NO_SHAPING as never });
  }
}

/** One flowchart page, in the order svg.ts paints it: cells, symbols, lines with their arrowheads, texts. */
function paintFlowPage(doc: Doc, page: FlowPage) {
  strokeCells(doc, [...page.header, ...page.strips, ...page.rows.flatMap((r) => r.cells)]);
  for (const s of page.shapes) paintShape(doc, s);
  doc.lineWidth(LINE_STROKE);
  for (const c of page.connectors) {
    if (c.points.length < 2) continue;
    doc.moveTo(c.points[0].x, c.points[0].y);
    for (const p of c.points.slice(1)) doc.lineTo(p.x, p.y);
    doc.stroke('#000000');
  }
  for (const c of page.connectors) {
    if (c.kind !== 'flow') continue;
    const head = arrowHead(c.points);
    if (head) doc.polygon(...head.map((p) => [p.x, p.y])).fill('#000000');
  }
  paintTexts(doc, page.texts);
}

function paintIdentityPage(doc: Doc, page: IdentityPage) {
  strokeCells(doc, page.cells);
  if (page.logo) {
    doc.lineWidth(CELL_STROKE).dash(2, { space: 2 }).rect(page.logo.x, page.logo.y, page.logo.w, page.logo.h).stroke('#000000');
    doc.undash();
  }
  paintTexts(doc, page.texts);
}

/**
 * Paints a finished layout as a PDF: every page at its paper size, vector cells, symbols and connectors with
 * arrowheads, selectable text in DejaVu Sans regular and bold (embedded, subset). The footer "Halaman n dari N"
 * is part of the layout's texts.
 */
export function paintSopPdf(layout: SopLayout, meta: { title?: string; subject?: string; savedAt?: Date; decorate?: PageDecorator } = {}): Promise<Buffer> {
  const doc = newDocument({ title: meta.title, subject: meta.subject, savedAt: meta.savedAt ?? DEFAULT_SAVED_AT });
  const fonts = fontBytes();
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const pages = [...layout.identity, ...layout.pages];
  pages.forEach((page, index) => {
    doc.addPage({ size: [page.size.width, page.size.height], margin: 0 });
    if ('header' in page) paintFlowPage(doc, page);
    else paintIdentityPage(doc, page);
    meta.decorate?.(doc, { width: page.size.width, height: page.size.height, index, count: pages.length });
  });
  return collect(doc);
}

/** The SOP as a PDF document, pure of the database: the same content, settings and options give the same bytes. */
export function renderSopPdf(content: SopContent, settings: PageSettings, opts: RenderOptions = {}): Promise<Buffer> {
  const { savedAt, decorate, ...layoutOpts } = opts;
  const layout = layoutSop(content, settings, layoutOpts);
  const id = content.identity;
  return paintSopPdf(layout, {
    title: id.title || 'SOP',
    ...(id.number ? { subject: `Standar Operasional Prosedur ${id.number}` } : {}),
    ...(savedAt ? { savedAt } : {}),
    ...(decorate ? { decorate } : {}),
  });
}

/** `n` blank landscape pages of `paper` written by the same library and settings (the benchmark's baseline). */
export function blankPdfPages(n: number, paper: PaperSize): Promise<Buffer> {
  const doc = newDocument({ savedAt: DEFAULT_SAVED_AT });
  const size = PAPER_POINTS[paper];
  for (let i = 0; i < n; i++) doc.addPage({ size: [size.width, size.height], margin: 0 });
  return collect(doc);
}
