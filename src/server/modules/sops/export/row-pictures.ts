import { renderAsync } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import type { FlowPage, SopLayout } from '../../../../domain/sop/layout/index.ts';
import { toSvg } from '../../../../domain/sop/layout/index.ts';
import { textBox } from '../../../../domain/sop/layout/text.ts';
import { FONT_FAMILY, FONT_FILES } from './fonts.ts';
import { arrowHead } from './paint.ts';

/** One step row's slice of the flowchart, as a picture to lay on that row of a Word table or a spreadsheet. */
export interface RowPicture {
  stepId: string;
  /** The displayed step number (1-based place in the list). */
  number: number;
  /** The layout page the row is on (1-based, counting the identity pages, as `FlowPage.number`). */
  page: number;
  /**
   * PNG, `scale` pixels per point (2 by default), transparent where nothing is drawn (the symbols are filled white),
   * so that the borders of the table cell it is laid on stay visible.
   */
  png: Buffer;
  /** The picture's size in points: draw it at exactly this size so that the lines of consecutive rows meet. */
  widthPt: number;
  heightPt: number;
  widthPx: number;
  heightPx: number;
  /** Top-left corner of the picture on its layout page, in points. */
  x: number;
  y: number;
  /**
   * Height (points) the picture covers above and below the row itself: the strip of off-page connectors above a
   * page's first row and below its last row is folded into that row's picture (`heightPt` = stripAbove + the row's
   * height + stripBelow); 0 for the other rows.
   */
  stripAbove: number;
  stripBelow: number;
  /** The layout columns the picture spans, left to right: `loops` (the loop-back lanes) then every `actor:<id>`. */
  columns: string[];
}

export interface RowPictureOptions {
  /** Pixels per point (default 2). */
  scale?: number;
}

const isPictureColumn = (key: string) => key === 'loops' || key.startsWith('actor:');

/** The picture columns' span on a flowchart page: the loop-back lanes and every actor column. */
export function pictureArea(page: FlowPage): { x: number; w: number; columns: string[] } {
  const columns = page.columns.filter((c) => isPictureColumn(c.key));
  const first = columns[0];
  const last = columns[columns.length - 1];
  return { x: first.x, w: round(last.x + last.w - first.x), columns: columns.map((c) => c.key) };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** How far a stroke or an arrowhead may reach past an element's own box. */
const REACH = 5;

const overlaps = (lo: number, hi: number, from: number, to: number) => lo < to + REACH && hi > from - REACH;

/**
 * The page drawn by `toSvg` with only what can show in the band `area` × [top, top + h]: the picture columns' cells
 * (so the actor column borders show), the symbols, off-page connectors, lines and texts (exit labels, off-page
 * letters) that reach into it, so that each band parses and paints little. The table header and the strips' boxes
 * are left out: the pictures sit in table rows that have their own borders.
 */
function pictureSvgBody(page: FlowPage, area: { x: number; w: number }, top: number, h: number): string {
  const [left, right, bottom] = [area.x, area.x + area.w, top + h];
  const inBand = (x0: number, x1: number, y0: number, y1: number) => overlaps(x0, x1, left, right) && overlaps(y0, y1, top, bottom);
  const connectors = page.connectors.filter((c) => {
    const xs = c.points.map((p) => p.x);
    const ys = c.points.map((p) => p.y);
    return inBand(Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys));
  });
  const slim: FlowPage = {
    ...page,
    header: [],
    strips: [],
    rows: page.rows
      .filter((r) => overlaps(r.y, r.y + r.height, top, bottom))
      .map((r) => ({ ...r, cells: r.cells.filter((c) => isPictureColumn(c.key)) })),
    shapes: page.shapes.filter((s) => inBand(s.x, s.x + s.w, s.y, s.y + s.h)),
    connectors,
    texts: page.texts.filter((t) => {
      const b = textBox(t);
      return inBand(b.x, b.x + b.w, b.y, b.y + b.h);
    }),
  };
  // resvg 2.6 panics on a marker whose line leaves the cropped view: the arrowheads are drawn as the triangles the
  // marker would paint (paint.ts arrowHead), in the same place.
  const svg = toSvg(slim).replaceAll(' marker-end="url(#a)"', '');
  const heads = connectors.filter((c) => c.kind === 'flow').flatMap((c) => {
    const head = arrowHead(c.points);
    return head ? [`<polygon points="${head.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}"/>`] : [];
  });
  const end = svg.indexOf('<text');
  const at = end >= 0 ? end : svg.lastIndexOf('</svg>');
  return `${svg.slice(svg.indexOf('\n'), at)}${heads.join('\n')}\n${svg.slice(at)}`;
}

/**
 * Cuts every flowchart page of `layout` into one PNG per step row: the row's band across the loop-back lanes and
 * the actor columns (`pictureArea`), painted exactly as `toSvg` paints the page (DejaVu Sans loaded from the
 * bundled files, never the system's fonts), so that pictures stacked row on row give back the flowchart with its
 * symbols and connectors unbroken. A page's off-page connector strips are folded into its first and last row's
 * picture (see `RowPicture.stripAbove`). Keyed by step id, in page and row order; pure of the database.
 *
 * Each page is rasterised once and its pixels cut at the rows' boundaries (rounded to whole pixels from the page's
 * top, so consecutive pictures share no pixel and leave none out): rendering the page once per row cost a page
 * render and a font load per row.
 *
 * Used by the Word export (docx.ts) and the spreadsheet export.
 */
export async function rowPictures(layout: SopLayout, opts: RowPictureOptions = {}): Promise<Map<string, RowPicture>> {
  const scale = opts.scale ?? 2;
  const pages = layout.pages.filter((page) => page.rows.length > 0);
  const cut: RowPicture[][] = [];
  // A few pages at a time, rasterised on libuv's thread pool: the event loop stays free for other requests, and
  // the pixels of at most RENDER_BATCH pages are held at once.
  for (let i = 0; i < pages.length; i += RENDER_BATCH) {
    cut.push(...(await Promise.all(pages.slice(i, i + RENDER_BATCH).map((page) => pagePictures(page, scale)))));
  }
  return new Map(cut.flat().map((p) => [p.stepId, p]));
}

const RENDER_BATCH = 4;

async function pagePictures(page: FlowPage, scale: number): Promise<RowPicture[]> {
  const area = pictureArea(page);
  const top = page.strips.find((s) => s.key === 'strip:top');
  const bottom = page.strips.find((s) => s.key === 'strip:bottom');
  const bands = page.rows.map((row, i) => {
    const stripAbove = i === 0 && top ? round(row.y - top.y) : 0;
    const stripBelow = i === page.rows.length - 1 && bottom ? round(bottom.y + bottom.h - (row.y + row.height)) : 0;
    return { row, stripAbove, stripBelow, y: round(row.y - stripAbove), h: round(row.height + stripAbove + stripBelow) };
  });
  const y0 = bands[0].y;
  const last = bands[bands.length - 1];
  const height = round(last.y + last.h - y0);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${area.w}" height="${height}" viewBox="${area.x} ${y0} ${area.w} ${height}">${pictureSvgBody(page, area, y0, height)}`;
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    logLevel: 'off',
  });
  const pixels = image.pixels;
  const widthPx = image.width;
  const toPx = (yPt: number) => Math.min(image.height, Math.round((yPt - y0) * scale));
  return bands.map((band) => {
    const from = toPx(band.y);
    const to = toPx(band.y + band.h);
    const slice = new PNG({ width: widthPx, height: to - from });
    pixels.copy(slice.data, 0, from * widthPx * 4, to * widthPx * 4);
    return {
      stepId: band.row.stepId,
      number: band.row.number,
      page: page.number,
      // No per-line filter search: line art deflates well without it, at a fifth of the time.
      png: PNG.sync.write(slice, { filterType: 0 }),
      widthPt: area.w,
      heightPt: band.h,
      widthPx,
      heightPx: to - from,
      x: area.x,
      y: band.y,
      stripAbove: band.stripAbove,
      stripBelow: band.stripBelow,
      columns: area.columns,
    };
  });
}
