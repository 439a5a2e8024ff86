import type { PageSettings, SopIdentity } from '../model.ts';
import { PAPER_POINTS } from '../model.ts';
import { CELL_PADDING, placeLines, round } from './columns.ts';
import type { Rect } from './geometry.ts';
import { lineHeight, measure, wrap } from './text.ts';
import type { Cell, IdentityPage, LayoutOptions, TextLine } from './types.ts';

const SIZE = 9;
const LOGO = 54;
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2024-03-07" → "7 Maret 2024"; null → "-". */
export function formatDate(iso: string | null): string {
  if (!iso) return '-';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** A numbered list wrapped with a hanging indent ("1. …" then the continuation under the text). */
function listLines(items: string[], width: number): Array<{ text: string; indent: number }> {
  const clean = items.map((s) => s.trim()).filter((s) => s !== '');
  if (clean.length === 0) return [{ text: '-', indent: 0 }];
  const out: Array<{ text: string; indent: number }> = [];
  const numberW = measure(`${clean.length}. `, SIZE);
  clean.forEach((item, i) => {
    const lines = wrap(item, width - numberW, SIZE);
    lines.forEach((text, n) => out.push(n === 0 ? { text: `${i + 1}. ${text}`, indent: 0 } : { text, indent: numberW }));
  });
  return out;
}

interface Half {
  title: string;
  lines: Array<{ text: string; indent: number }>;
}

export function layoutIdentity(identity: SopIdentity, settings: PageSettings, opts: LayoutOptions, firstPageNumber: number): IdentityPage[] {
  const size = PAPER_POINTS[settings.paper];
  const { top, right, bottom, left } = settings.margins;
  const frame: Rect = { x: left, y: top, w: round(size.width - left - right), h: round(size.height - top - bottom) };
  const lh = lineHeight(SIZE);
  const footerH = lh + 4;
  const bottomY = frame.y + frame.h - footerH;

  const leftW = frame.w * 0.4;
  const labelW = frame.w * 0.2;
  const valueW = frame.w - leftW - labelW;
  const xLabel = frame.x + leftW;
  const xValue = xLabel + labelW;
  const inner = (w: number) => w - 2 * CELL_PADDING;

  const r = identity.ratifiedBy;
  const fields: Array<{ key: string; label: string; value: string[]; bold?: boolean; minLines?: number }> = [
    { key: 'number', label: 'Nomor SOP', value: [identity.number || '-'] },
    { key: 'madeOn', label: 'Tanggal Pembuatan', value: [formatDate(identity.madeOn)] },
    { key: 'revisedOn', label: 'Tanggal Revisi', value: [formatDate(identity.revisedOn)] },
    { key: 'effectiveOn', label: 'Tanggal Efektif', value: [formatDate(identity.effectiveOn)] },
    { key: 'ratifiedBy', label: 'Disahkan oleh', value: [r.position || '-', '', '', r.name || '-', r.nip ? `NIP. ${r.nip}` : ''], minLines: 5 },
    { key: 'title', label: 'Nama SOP', value: [identity.title || '-'], bold: true },
  ];

  const cells: Cell[] = [];
  const texts: TextLine[] = [];
  const addCell = (key: string, box: Rect, lines: string[], bold: boolean, align: 'left' | 'center') => {
    const b = { x: round(box.x), y: round(box.y), w: round(box.w), h: round(box.h) };
    const placed = placeLines(lines, b, SIZE, bold, align);
    cells.push({ key, ...b, align, lines: placed });
    texts.push(...placed);
  };

  let y = frame.y;
  for (const f of fields) {
    const labelLines = wrap(f.label, inner(labelW), SIZE, true);
    const valueLines = f.value.flatMap((v) => (v === '' ? [''] : wrap(v, inner(valueW), SIZE, f.bold ?? false)));
    const h = Math.max(labelLines.length, valueLines.length, f.minLines ?? 1) * lh + 2 * CELL_PADDING;
    addCell(`label:${f.key}`, { x: xLabel, y, w: labelW, h }, labelLines, true, 'left');
    addCell(`value:${f.key}`, { x: xValue, y, w: valueW, h }, valueLines, f.bold ?? false, 'left');
    y += h;
  }
  const unitLines = (opts.unitNames ?? []).flatMap((n) => wrap(n.toUpperCase(), inner(leftW), SIZE, true));
  const withLogo = opts.logo ?? true;
  const logo: Rect | null = withLogo ? { x: round(frame.x + (leftW - LOGO) / 2), y: round(frame.y + 8), w: LOGO, h: LOGO } : null;
  const unitTop = frame.y + (withLogo ? LOGO + 12 : 0);
  const blockH = Math.max(y - frame.y, unitTop - frame.y + unitLines.length * lh + 2 * CELL_PADDING);
  if (blockH > y - frame.y) {
    const last = cells.slice(-2);
    for (const c of last) c.h = round(c.h + blockH - (y - frame.y));
    y = frame.y + blockH;
  }
  addCell('unit', { x: frame.x, y: frame.y, w: leftW, h: blockH }, [], true, 'center');
  const unitCell = cells[cells.length - 1];
  unitCell.lines = placeLines(unitLines, { x: frame.x, y: unitTop, w: leftW, h: blockH }, SIZE, true, 'center');
  texts.push(...unitCell.lines);

  const halfW = frame.w / 2;
  const pairs: Array<[Half, Half]> = [
    [
      { title: 'DASAR HUKUM:', lines: listLines(identity.legalBasis, inner(halfW)) },
      { title: 'KUALIFIKASI PELAKSANA:', lines: listLines(identity.qualifications, inner(halfW)) },
    ],
    [
      { title: 'KETERKAITAN:', lines: listLines(identity.related.map((s) => s.title), inner(halfW)) },
      { title: 'PERALATAN/PERLENGKAPAN:', lines: listLines(identity.equipment, inner(halfW)) },
    ],
    [
      { title: 'PERINGATAN:', lines: wrap(identity.warnings.trim() || '-', inner(halfW), SIZE).map((text) => ({ text, indent: 0 })) },
      { title: 'PENCATATAN DAN PENDATAAN:', lines: listLines(identity.records, inner(halfW)) },
    ],
  ];

  const pages: IdentityPage[] = [];
  let page = { cells, texts, logo };
  const flush = () => {
    pages.push({ size, number: firstPageNumber + pages.length, frame, logo: page.logo, cells: page.cells, texts: page.texts });
  };
  const placePair = (pair: [Half, Half], continued: boolean, index: number) => {
    const sides = pair.map((h) => [{ text: continued ? `${h.title.slice(0, -1)} (lanjutan):` : h.title, indent: 0, bold: true }, ...h.lines.map((l) => ({ ...l, bold: false }))]);
    const n = Math.max(sides[0].length, sides[1].length);
    const h = n * lh + 2 * CELL_PADDING;
    sides.forEach((lines, s) => {
      const box = { x: round(frame.x + s * halfW), y: round(y), w: round(halfW), h: round(h) };
      const placed = lines.map((l, i) => {
        const [line] = placeLines([l.text], { ...box, y: box.y + i * lh }, SIZE, l.bold, 'left');
        return { ...line, x: round(line.x + l.indent) };
      });
      page.cells.push({ key: `pair:${index}:${s}`, ...box, align: 'left', lines: placed });
      page.texts.push(...placed);
    });
    y += h;
  };
  pairs.forEach((pair, index) => {
    let rest: [Half, Half] = pair;
    let continued = false;
    for (;;) {
      const fit = Math.floor((bottomY - y - 2 * CELL_PADDING) / lh) - 1;
      const need = Math.max(rest[0].lines.length, rest[1].lines.length);
      if (need <= fit) {
        placePair(rest, continued, index);
        return;
      }
      if (fit >= 2) {
        placePair([{ ...rest[0], lines: rest[0].lines.slice(0, fit) }, { ...rest[1], lines: rest[1].lines.slice(0, fit) }], continued, index);
        rest = [{ ...rest[0], lines: rest[0].lines.slice(fit) }, { ...rest[1], lines: rest[1].lines.slice(fit) }];
        continued = true;
      }
      flush();
      page = { cells: [], texts: [], logo: null };
      y = frame.y;
    }
  });
  flush();
  return pages;
}

/** The "Halaman n dari N" line of a page, once the number of pages is known. */
export function footerLine(frame: Rect, number: number, last: number): TextLine {
  const lh = lineHeight(SIZE);
  return placeLines([`Halaman ${number} dari ${last}`], { x: frame.x, y: frame.y + frame.h - lh - 3, w: frame.w, h: lh + 2 }, SIZE, false, 'center')[0];
}
