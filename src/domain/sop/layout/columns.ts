import type { PageSettings, SopActor } from '../model.ts';
import { PAPER_POINTS } from '../model.ts';
import type { Rect } from './geometry.ts';
import { baselineOffset, lineHeight, measure, wrap } from './text.ts';
import type { Align, Cell, Column, LayoutWarning, TextLine } from './types.ts';

export const MAX_FONT_SIZE = 9;
export const MIN_FONT_SIZE = 7.5;
export const CELL_PADDING = 3;
const MAX_ACTOR_NAME_LINES = 4;

/** The table's fixed columns, in order, with their share of the width the actors leave. */
const LEFT_COLUMNS = [
  { key: 'no', title: 'No', share: 0.05, min: ['No', '999'] },
  { key: 'description', title: 'Uraian Kegiatan', share: 0.38, min: [] as string[] },
] as const;
const RIGHT_COLUMNS = [
  { key: 'requirements', title: 'Kelengkapan', share: 0.17, min: ['Kelengkapan'] },
  { key: 'time', title: 'Waktu', share: 0.1, min: ['Waktu', 'minggu'] },
  { key: 'output', title: 'Output', share: 0.15, min: ['Output'] },
  { key: 'notes', title: 'Keterangan', share: 0.15, min: ['Keterangan'] },
] as const;

/** Everything on the flowchart pages that depends only on the actors and the paper, the same on every page. */
export interface Grid {
  size: { width: number; height: number };
  frame: Rect;
  fontSize: number;
  lineHeight: number;
  columns: Column[];
  /** Index in `columns` of each actor, by actor id. */
  actorColumn: Map<string, Column>;
  actorColumns: Column[];
  loops: Column;
  header: Cell[];
  headerRect: Rect;
  /** Where the rows may go. */
  bodyTop: number;
  bodyBottom: number;
  symbolW: number;
  symbolH: number;
  offpageW: number;
  offpageH: number;
}

/** One font size for the whole document: 9 pt up to 6 actors, down to 7.5 pt at 15 and more. */
export function fontSizeFor(actorCount: number): number {
  const size = MAX_FONT_SIZE - Math.max(0, actorCount - 6) * ((MAX_FONT_SIZE - MIN_FONT_SIZE) / 9);
  return Math.round(Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size)) * 100) / 100;
}

/** Lines of a cell, placed: top-aligned, left or centred. */
export function placeLines(lines: string[], box: Rect, size: number, bold: boolean, align: Align): TextLine[] {
  const lh = lineHeight(size);
  const top = box.y + CELL_PADDING;
  return lines.map((text, i) => {
    const width = measure(text, size, bold);
    const x = align === 'center' ? box.x + (box.w - width) / 2 : box.x + CELL_PADDING;
    return { text, x: round(x), y: round(top + i * lh + baselineOffset(size)), size, bold };
  });
}

/** Lines vertically centred in the box (header cells). */
function placeCentered(lines: string[], box: Rect, size: number, bold: boolean): TextLine[] {
  const lh = lineHeight(size);
  const top = box.y + (box.h - lines.length * lh) / 2;
  return lines.map((text, i) => ({
    text,
    x: round(box.x + (box.w - measure(text, size, bold)) / 2),
    y: round(top + i * lh + baselineOffset(size)),
    size,
    bold,
  }));
}

export function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * An actor's name in at most four lines of the column: wrapped, and if still too long, its words shortened
 * ("Kepala Bagian Organisasi" → "Kep. Bag. Org."), at last cut with an ellipsis.
 */
export function actorNameLines(name: string, width: number, size: number): { lines: string[]; abbreviated: boolean } {
  const words = name.split(/\s+/).filter((w) => w !== '');
  // Fits: at most four lines, and no word cut in two.
  const fits = (ws: string[]) => ws.every((w) => measure(w, size) <= width) && wrap(ws.join(' '), width, size).length <= MAX_ACTOR_NAME_LINES;
  if (fits(words)) return { lines: wrap(name, width, size), abbreviated: false };
  for (let keep = 6; keep >= 2; keep--) {
    const short = words.map((w) => (w.length > keep + 1 ? `${w.slice(0, keep)}.` : w));
    if (fits(short)) return { lines: wrap(short.join(' '), width, size), abbreviated: true };
  }
  const lines = wrap(words.map((w) => (w.length > 3 ? `${w.slice(0, 2)}.` : w)).join(' '), width, size).slice(0, MAX_ACTOR_NAME_LINES);
  const last = lines[MAX_ACTOR_NAME_LINES - 1];
  let cut = last;
  while (cut.length > 1 && measure(`${cut}…`, size) > width) cut = cut.slice(0, -1);
  lines[MAX_ACTOR_NAME_LINES - 1] = `${cut}…`;
  return { lines, abbreviated: true };
}

export function buildGrid(actors: SopActor[], settings: PageSettings, warnings: LayoutWarning[]): Grid {
  const size = PAPER_POINTS[settings.paper];
  const { top, right, bottom, left } = settings.margins;
  const frame: Rect = { x: left, y: top, w: size.width - left - right, h: size.height - top - bottom };
  const fontSize = fontSizeFor(actors.length);
  const lh = lineHeight(fontSize);
  const actorCount = Math.max(1, actors.length);

  const actorShare = Math.min(0.62, Math.max(0.3, 0.28 + 0.024 * actorCount));
  const actorArea = frame.w * actorShare;
  const loopsW = Math.min(18, Math.max(10, actorArea * 0.05));
  const actorW = (actorArea - loopsW) / actorCount;
  const rest = frame.w - actorArea;

  const fixed = [...LEFT_COLUMNS, ...RIGHT_COLUMNS];
  const widths = new Map<string, number>(fixed.map((c) => [c.key, rest * c.share]));
  for (const c of fixed) {
    const min = Math.max(0, ...c.min.map((t) => measure(t, fontSize, true))) + 2 * CELL_PADDING + 1;
    const w = widths.get(c.key)!;
    if (w < min) {
      widths.set(c.key, min);
      widths.set('description', widths.get('description')! - (min - w));
    }
  }

  const columns: Column[] = [];
  let x = frame.x;
  const push = (key: string, w: number, actorId?: string) => {
    const column: Column = actorId === undefined ? { key, x: round(x), w: round(w) } : { key, x: round(x), w: round(w), actorId };
    columns.push(column);
    x += w;
    return column;
  };
  for (const c of LEFT_COLUMNS) push(c.key, widths.get(c.key)!);
  const loops = push('loops', loopsW);
  const actorColumns = actors.map((a) => push(`actor:${a.id}`, actorW, a.id));
  if (actors.length === 0) push('actor:', actorW);
  for (const c of RIGHT_COLUMNS) push(c.key, widths.get(c.key)!);

  const symbolW = round(Math.min(64, Math.max(14, actorW * 0.6)));
  const symbolH = round(Math.min(22, Math.max(11, symbolW * 0.55)));
  const offpageW = round(Math.min(symbolW, Math.max(14, measure('WW', fontSize, true) + 4)));
  const offpageH = round(Math.max(12, fontSize + 5));

  // Header: two rows; "Pelaksana" and "Mutu Baku" span their sub-columns.
  const nameLines = actors.map((a) => {
    const { lines, abbreviated } = actorNameLines(a.name, actorW - 2 * 2, fontSize);
    if (abbreviated) warnings.push({ code: 'name-abbreviated', actorId: a.id, detail: a.name });
    return lines;
  });
  const subTitles = RIGHT_COLUMNS.slice(0, 3).map((c) => wrap(c.title, widths.get(c.key)! - 2 * CELL_PADDING, fontSize, true));
  const row1H = lh + 2 * CELL_PADDING;
  const row2Lines = Math.max(1, ...nameLines.map((l) => l.length), ...subTitles.map((l) => l.length));
  const row2H = row2Lines * lh + 2 * CELL_PADDING;
  const headerRect: Rect = { x: frame.x, y: frame.y, w: round(frame.w), h: round(row1H + row2H) };
  const y0 = frame.y;
  const y1 = round(frame.y + row1H);
  const full = round(row1H + row2H);
  const header: Cell[] = [];
  const cell = (key: string, box: Rect, lines: string[], bold: boolean, fullText?: string) => {
    const c: Cell = { key, ...box, align: 'center', lines: placeCentered(lines, box, fontSize, bold) };
    if (fullText !== undefined) c.fullText = fullText;
    header.push(c);
  };
  const col = (key: string) => columns.find((c) => c.key === key)!;
  const spanBox = (from: Column, to: Column, y: number, h: number): Rect => ({ x: from.x, y, w: round(to.x + to.w - from.x), h: round(h) });
  for (const c of LEFT_COLUMNS) {
    const k = col(c.key);
    cell(c.key, spanBox(k, k, y0, full), wrap(c.title, k.w - 2 * CELL_PADDING, fontSize, true), true);
  }
  const lastActor = columns[columns.indexOf(loops) + Math.max(1, actors.length)];
  cell('actors', spanBox(loops, lastActor, y0, row1H), ['Pelaksana'], true);
  cell('quality', spanBox(col('requirements'), col('output'), y0, row1H), ['Mutu Baku'], true);
  const notes = col('notes');
  cell('notes', spanBox(notes, notes, y0, full), wrap('Keterangan', notes.w - 2 * CELL_PADDING, fontSize, true), true);
  cell('loops', spanBox(loops, loops, y1, row2H), [], false);
  actors.forEach((a, i) => {
    const k = actorColumns[i];
    cell(k.key, spanBox(k, k, y1, row2H), nameLines[i], false, nameLines[i].join(' ') === a.name ? undefined : a.name);
  });
  if (actors.length === 0) cell('actor:', spanBox(lastActor, lastActor, y1, row2H), [], false);
  RIGHT_COLUMNS.slice(0, 3).forEach((c, i) => {
    const k = col(c.key);
    cell(c.key, spanBox(k, k, y1, row2H), subTitles[i], true);
  });

  const footerH = lh + 4;
  return {
    size,
    frame: { x: round(frame.x), y: round(frame.y), w: round(frame.w), h: round(frame.h) },
    fontSize,
    lineHeight: lh,
    columns,
    actorColumn: new Map(actors.map((a, i) => [a.id, actorColumns[i]])),
    actorColumns,
    loops,
    header,
    headerRect,
    bodyTop: round(frame.y + row1H + row2H),
    bodyBottom: round(frame.y + frame.h - footerH),
    symbolW,
    symbolH,
    offpageW,
    offpageH,
  };
}
