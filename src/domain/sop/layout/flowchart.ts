import type { PageSettings, SopContent, SopSymbol } from '../model.ts';
import { CELL_PADDING, placeLines, round, type Grid } from './columns.ts';
import { LABEL_CLEARANCE, placeExitLabel, type LabelScene } from './exit-labels.ts';
import { segmentsOf, type Point } from './geometry.ts';
import { offPageLabel } from './labels.ts';
import { ARROW_LENGTH } from './svg.ts';
import { lineHeight, textBox, wrap } from './text.ts';
import type { Align, Cell, Connector, FlowPage, LayoutWarning, Row, Shape, TextLine } from './types.ts';

/** Least distance between two parallel connector runs, and between a run and a symbol's row band. */
const TRACK_GAP = 2.6;
/** Free space above and below a symbol in a row of minimum height. */
const SYMBOL_MARGIN = 6;
/** Between the two levels of off-page connectors in a crowded strip. */
const LEVEL_GAP = 2;
/** Least straight run between a track and the top of the symbol below it, so that the arrowhead sits on a line. */
const ARROW_RUN = ARROW_LENGTH + 0.5;

/**
 * Horizontal runs between two symbol rows never lie on the row border between them: they take the gap below the
 * upper symbol first (from its middle outwards), then the gap above the lower symbol, each kept TRACK_GAP clear.
 */
function tracksBelow(gap: number): number {
  return Math.max(0, Math.floor(gap / TRACK_GAP + 1e-6) - 1);
}
function tracksAbove(gap: number): number {
  return Math.max(0, Math.floor((gap - ARROW_RUN) / TRACK_GAP + 1e-6) - 1);
}

interface StepInfo {
  index: number;
  id: string;
  kind: SopSymbol;
  /** Indexes of its actors' columns, left to right. */
  cols: number[];
  cells: Array<{ key: string; lines: string[]; align: Align }>;
  baseH: number;
}

interface Link {
  from: number;
  to: number;
  exit: 'next' | 'yes' | 'no';
}

type XS = { k: 'x'; x: number } | { k: 'g'; g: number; lane: number } | { k: 'l'; lane: number };
type YS =
  | { k: 'top' | 'bot' | 'mid'; r: number }
  | { k: 'trk'; b: number; pool: 0 | 1; idx: number }
  /** Top or bottom of an off-page connector (they may sit on two levels of their strip). */
  | { k: 'pt' | 'pb'; p: number };
interface SP {
  x: XS;
  y: YS;
}

interface Interval {
  lo: number;
  hi: number;
  key: number;
}

/** Runs that must not overlap, each kept on its own line: the vertical lanes of a gutter, the tracks of a band. */
class LaneSet {
  lanes: Interval[][] = [];
  constructor(readonly capacity: number) {}

  static free(lane: Interval[], lo: number, hi: number, key: number): boolean {
    for (const iv of lane) if (iv.key !== key && iv.lo <= hi && lo <= iv.hi) return false;
    return true;
  }

  /** The lowest lane free over [lo, hi] for `key`, taken; -1 when all `capacity` lanes are busy there. */
  take(lo: number, hi: number, key: number, force = false): number {
    for (let i = 0; i < this.lanes.length; i++) {
      if (LaneSet.free(this.lanes[i], lo, hi, key)) {
        this.lanes[i].push({ lo, hi, key });
        return i;
      }
    }
    if (this.lanes.length >= this.capacity && !force) return -1;
    this.lanes.push([{ lo, hi, key }]);
    return this.lanes.length - 1;
  }
}

/** A row of a page: a step, or the strip of off-page connectors above the first step or below the last. */
interface PRow {
  kind: 'step' | 'top' | 'bottom';
  step: number;
}

interface Pentagon {
  direction: 'in' | 'out';
  /** Step the link goes to (the label's identity). */
  target: number;
  col: number;
  row: number;
  /** Centre x, and level in the strip (0 or 1: staggered when a column holds more than fit side by side). */
  x: number;
  line: number;
  w: number;
}

interface Route {
  pts: SP[];
  from: number;
  to: number;
  exit: 'next' | 'yes' | 'no';
  labelAt?: 'bottom' | 'left' | 'right';
  /** Index in the page's pentagons when the route starts or ends at one. */
  pentagon?: number;
}

interface Draft {
  rows: PRow[];
  routes: Route[];
  pentagons: Pentagon[];
  joins: Array<{ row: number; fromX: number; toX: number; step: number }>;
  /** Extra height per row so that every band holds its tracks. */
  heights: number[];
  /** Height kept free under a row's symbol, above the tracks of the band below it. */
  labelRoom: number[];
  symTop: number[];
  symHeight: number[];
  total: number;
  gutters: LaneSet[];
  loops: LaneSet;
  tracks: Map<string, LaneSet>;
}

export interface FlowLayout {
  pages: FlowPage[];
}

function timeText(time: SopContent['steps'][number]['time']): string {
  if (!time) return '';
  return `${String(time.value).replace('.', ',')} ${time.unit}`;
}

export function layoutFlowchart(
  content: SopContent,
  settings: PageSettings,
  grid: Grid,
  firstPageNumber: number,
  warnings: LayoutWarning[],
): FlowPage[] {
  const fs = grid.fontSize;
  const lh = lineHeight(fs);
  const colIndex = new Map<string, number>();
  grid.actorColumns.forEach((c, i) => colIndex.set(c.actorId!, i));
  const width = (key: string) => grid.columns.find((c) => c.key === key)!.w - 2 * CELL_PADDING;
  const minRowH = grid.symbolH + 2 * SYMBOL_MARGIN;
  const exitLabelRoom = textBox({ text: 'Tidak', x: 0, y: 0, size: fs, bold: false }).h + 2 * LABEL_CLEARANCE;

  const steps: StepInfo[] = content.steps.map((s, index) => {
    const cols: number[] = [];
    for (const a of s.actorIds) {
      const c = colIndex.get(a);
      if (c === undefined) warnings.push({ code: 'unknown-actor', stepId: s.id, actorId: a });
      else if (!cols.includes(c)) cols.push(c);
    }
    cols.sort((a, b) => a - b);
    if (s.actorIds.length === 0) warnings.push({ code: 'no-actor', stepId: s.id });
    const cells = [
      { key: 'no', lines: [String(index + 1)], align: 'center' as const },
      { key: 'description', lines: wrap(s.description, width('description'), fs), align: 'left' as const },
      { key: 'requirements', lines: wrap(s.requirements, width('requirements'), fs), align: 'left' as const },
      { key: 'time', lines: wrap(timeText(s.time), width('time'), fs), align: 'center' as const },
      { key: 'output', lines: wrap(s.output, width('output'), fs), align: 'left' as const },
      { key: 'notes', lines: wrap(s.notes, width('notes'), fs), align: 'left' as const },
    ];
    const textH = Math.max(...cells.map((c) => c.lines.length)) * lh + 2 * CELL_PADDING;
    return { index, id: s.id, kind: s.symbol, cols, cells, baseH: round(Math.max(minRowH, textH)) };
  });

  const byId = new Map(content.steps.map((s, i) => [s.id, i]));
  const links: Link[] = [];
  const linkTo = (from: number, id: string | null | undefined, exit: Link['exit']) => {
    if (id === null || id === undefined) {
      if (exit !== 'next') warnings.push({ code: 'missing-exit', stepId: steps[from].id, detail: exit });
      return;
    }
    const to = byId.get(id);
    if (to === undefined) warnings.push({ code: 'unknown-target', stepId: steps[from].id, detail: id });
    else if (steps[from].cols.length > 0 && steps[to].cols.length > 0) links.push({ from, to, exit });
  };
  content.steps.forEach((s, i) => {
    if (s.symbol === 'decision') {
      linkTo(i, s.yes, 'yes');
      linkTo(i, s.no, 'no');
    } else if (s.next === undefined) {
      if (i + 1 < content.steps.length) linkTo(i, content.steps[i + 1].id, 'next');
    } else {
      linkTo(i, s.next, 'next');
    }
  });
  const outLinks: Link[][] = steps.map(() => []);
  const inLinks: Link[][] = steps.map(() => []);
  for (const l of links) {
    outLinks[l.from].push(l);
    inLinks[l.to].push(l);
  }

  const avail = grid.bodyBottom - grid.bodyTop;
  const stripH = grid.offpageH + 2 * SYMBOL_MARGIN;
  const strips = (start: number, end: number) => {
    let top = false;
    let bottom = false;
    for (let k = start; k <= end; k++) {
      if (inLinks[k].some((l) => l.from < start || l.from > end)) top = true;
      if (outLinks[k].some((l) => l.to < start || l.to > end)) bottom = true;
    }
    return (top ? stripH : 0) + (bottom ? stripH : 0);
  };
  const baseHeight = (start: number, end: number) => {
    let h = strips(start, end);
    for (let k = start; k <= end; k++) h += steps[k].baseH;
    return h;
  };

  const drafts: Draft[] = [];
  let start = 0;
  while (start < steps.length) {
    let end = start;
    while (end + 1 < steps.length && end + 1 - start < settings.maxStepsPerPage && baseHeight(start, end + 1) <= avail) end++;
    if (end + 1 < steps.length) end = keepDecisionsWhole(start, end);
    let draft = routePage(start, end);
    while (draft.total > avail + 1e-6 && end > start) {
      end--;
      draft = routePage(start, end);
    }
    if (draft.total > avail + 1e-6) warnings.push({ code: 'row-too-tall', stepId: steps[start].id });
    drafts.push(draft);
    start = end + 1;
  }

  /** Moves the break before a decision whose forward exits would land on the next page, if they fit on one. */
  function keepDecisionsWhole(start: number, end: number): number {
    const half = Math.ceil((end - start + 1) / 2);
    for (let d = start + half; d <= end; d++) {
      if (steps[d].kind !== 'decision') continue;
      const far = Math.max(d, ...outLinks[d].filter((l) => l.to > end).map((l) => l.to));
      if (far === d || far - d + 1 > settings.maxStepsPerPage) continue;
      if (baseHeight(d, far) <= avail) return d - 1;
    }
    return end;
  }

  function routePage(start: number, end: number): Draft {
    const rows: PRow[] = [];
    const onPage = (k: number) => k >= start && k <= end;
    const pageIn = new Map<number, Link[]>();
    const pageOut: Link[] = [];
    for (let k = start; k <= end; k++) {
      for (const l of inLinks[k]) if (!onPage(l.from)) pageIn.set(k, [...(pageIn.get(k) ?? []), l]);
      for (const l of outLinks[k]) if (!onPage(l.to)) pageOut.push(l);
    }
    if (pageIn.size > 0) rows.push({ kind: 'top', step: -1 });
    const rowOf = new Map<number, number>();
    for (let k = start; k <= end; k++) {
      rowOf.set(k, rows.length);
      rows.push({ kind: 'step', step: k });
    }
    if (pageOut.length > 0) rows.push({ kind: 'bottom', step: -1 });
    const lastRow = rows.length - 1;

    const actors = grid.actorColumns;
    const center = (c: number) => actors[c].x + actors[c].w / 2;
    const half = grid.symbolW / 2;
    const gutterRange = (g: number): [number, number] => {
      const c = g >> 1;
      return g % 2 === 0 ? [actors[c].x, center(c) - half] : [center(c) + half, actors[c].x + actors[c].w];
    };
    const gutters = actors.flatMap((_, c) =>
      [0, 1].map((side) => {
        const [lo, hi] = gutterRange(2 * c + side);
        return new LaneSet(Math.max(1, Math.floor((hi - lo - 1.6) / 1.4)));
      }),
    );
    const loops = new LaneSet(Math.max(1, Math.floor((grid.loops.w - 2) / 1.4)));
    const vlanes = new Map<string, Interval[]>();
    const tracks = new Map<string, LaneSet>();
    const routes: Route[] = [];
    const pentagons: Pentagon[] = [];
    const joins: Draft['joins'] = [];

    // Symbols present per column and row, for straight runs down a column's centre.
    const occupied = actors.map(() => new Set<number>());
    for (let k = start; k <= end; k++) for (const c of steps[k].cols) occupied[c].add(rowOf.get(k)!);
    const columnClear = (c: number, r1: number, r2: number) => {
      for (let r = r1; r <= r2; r++) if (occupied[c].has(r)) return false;
      return true;
    };
    const vkey = (x: number) => x.toFixed(3);
    const vfree = (x: number, lo: number, hi: number, key: number) => LaneSet.free(vlanes.get(vkey(x)) ?? [], lo, hi, key);
    const vtake = (x: number, lo: number, hi: number, key: number) => {
      const k = vkey(x);
      if (!vlanes.has(k)) vlanes.set(k, []);
      vlanes.get(k)!.push({ lo, hi, key });
    };
    const xRange = (x: XS): [number, number] => {
      if (x.k === 'x') return [x.x, x.x];
      if (x.k === 'g') return gutterRange(x.g);
      return [grid.loops.x, grid.loops.x + grid.loops.w];
    };
    const track = (b: number, pool: 0 | 1, a: XS, z: XS, key: number): YS => {
      const id = `${b}:${pool}`;
      if (!tracks.has(id)) tracks.set(id, new LaneSet(Infinity));
      const [a0, a1] = xRange(a);
      const [z0, z1] = xRange(z);
      return { k: 'trk', b, pool, idx: tracks.get(id)!.take(Math.min(a0, z0), Math.max(a1, z1), key) };
    };
    const band = (b: number) => 2 * b + 2;

    // Ports: which side of which symbol each link leaves and enters.
    const usedPorts = new Set<string>();
    const portKey = (k: number, c: number, side: string) => `${k}:${c}:${side}`;
    for (let k = start; k <= end; k++) {
      const cols = steps[k].cols;
      for (let i = 0; i + 1 < cols.length; i++) {
        usedPorts.add(portKey(k, cols[i], 'right'));
        usedPorts.add(portKey(k, cols[i + 1], 'left'));
        joins.push({ row: rowOf.get(k)!, fromX: center(cols[i]) + half, toX: center(cols[i + 1]) - half, step: k });
      }
    }
    const isLoop = (l: Link) => onPage(l.from) && onPage(l.to) && l.to <= l.from;
    for (const l of links) if (isLoop(l)) usedPorts.add(portKey(l.to, steps[l.to].cols[0], 'left'));
    const nearest = (cols: number[], x: number) =>
      cols.reduce((best, c) => (Math.abs(center(c) - x) < Math.abs(center(best) - x) - 1e-9 ? c : best), cols[0]);
    const hintX = (l: Link) => (isLoop(l) ? grid.loops.x : center(nearest(steps[l.to].cols, center(steps[l.from].cols[0]))));

    type Port = { col: number; side: 'bottom' | 'left' | 'right' };
    const exitPort = new Map<Link, Port>();
    for (let k = start; k <= end; k++) {
      const outs = outLinks[k];
      const cols = steps[k].cols;
      if (outs.length === 0) continue;
      if (steps[k].kind !== 'decision') {
        for (const l of outs) {
          if (isLoop(l)) {
            const side = usedPorts.has(portKey(k, cols[0], 'left')) ? 'bottom' : 'left';
            exitPort.set(l, { col: cols[0], side });
          } else {
            exitPort.set(l, { col: nearest(cols, hintX(l)), side: 'bottom' });
          }
        }
        continue;
      }
      const taken = new Set<string>();
      for (const l of outs) {
        const target = hintX(l);
        let best: Port | null = null;
        let bestCost = Infinity;
        for (const c of cols) {
          for (const side of ['bottom', 'left', 'right'] as const) {
            const pk = portKey(k, c, side);
            if (taken.has(pk) || (side !== 'bottom' && usedPorts.has(pk))) continue;
            if (isLoop(l) && side === 'left' && c !== cols[0]) continue;
            const dx = target - center(c);
            const cw = actors[c].w;
            let cost: number;
            if (side === 'bottom') cost = Math.abs(dx) / cw + (isLoop(l) ? 1.5 : 0);
            else if (side === 'left') cost = isLoop(l) ? 0.2 : dx < -1e-6 ? 0.6 + Math.abs(dx) / cw / 4 : 3;
            else cost = isLoop(l) ? 50 : dx > 1e-6 ? 0.6 + Math.abs(dx) / cw / 4 : 3;
            if (cost < bestCost - 1e-9) {
              bestCost = cost;
              best = { col: c, side };
            }
          }
        }
        if (best === null) best = { col: cols[0], side: 'bottom' };
        taken.add(portKey(k, best.col, best.side));
        exitPort.set(l, best);
      }
    }

    // Off-page connectors: one per target at the top (in its column), one per target at the bottom (in the first
    // source's column); spread across the column when several share it.
    const outPentagon = new Map<number, number>();
    for (const l of pageOut) {
      if (!outPentagon.has(l.to)) {
        outPentagon.set(l.to, pentagons.length);
        pentagons.push({ direction: 'out', target: l.to, col: exitPort.get(l)!.col, row: lastRow, x: 0, line: 0, w: grid.offpageW });
      }
    }
    const inPentagon = new Map<number, number>();
    for (const [k] of [...pageIn.entries()].sort((a, b) => a[0] - b[0])) {
      inPentagon.set(k, pentagons.length);
      pentagons.push({ direction: 'in', target: k, col: steps[k].cols[0], row: 0, x: 0, line: 0, w: grid.offpageW });
    }
    for (const dir of ['in', 'out'] as const) {
      const perCol = new Map<number, Pentagon[]>();
      for (const p of pentagons) if (p.direction === dir) perCol.set(p.col, [...(perCol.get(p.col) ?? []), p]);
      for (const [c, list] of perCol) {
        const n = list.length;
        const room = actors[c].w - 2;
        const pw = grid.offpageW;
        if (n * pw + (n - 1) * 1.5 <= room) {
          const spanW = n === 1 ? 0 : Math.min(room - pw, (n - 1) * (pw + 1.5));
          list.forEach((p, i) => (p.x = round(center(c) - spanW / 2 + (n === 1 ? 0 : (i * spanW) / (n - 1)))));
          continue;
        }
        // Two levels, alternating, so that each one's line passes between the others.
        const w = Math.min(pw, (room - (n - 1) * 0.8) / ((n - 1) / 2 + 1));
        const step = (room - w) / (n - 1);
        list.forEach((p, i) => {
          p.w = round(w);
          p.x = round(actors[c].x + 1 + w / 2 + i * step);
          p.line = i % 2;
        });
      }
    }

    interface End {
      r: number;
      x: number;
      col: number;
      pentagon?: number;
    }

    const routeForward = (src: End, port: Port['side'], dst: End, key: number): SP[] => {
      const i = src.r;
      const j = dst.r;
      const srcY: YS = src.pentagon === undefined ? { k: 'bot', r: i } : { k: 'pb', p: src.pentagon };
      const dstY: YS = dst.pentagon === undefined ? { k: 'top', r: j } : { k: 'pt', p: dst.pentagon };
      const pts: SP[] = [];
      if (port === 'bottom' && Math.abs(src.x - dst.x) < 1e-6 && columnClear(dst.col, i + 1, j - 1) && vfree(dst.x, 2 * i + 1.1, 2 * j + 0.9, key)) {
        vtake(dst.x, 2 * i + 1.1, 2 * j + 0.9, key);
        return [
          { x: { k: 'x', x: src.x }, y: srcY },
          { x: { k: 'x', x: dst.x }, y: dstY },
        ];
      }
      // Straight down the target's column when nothing is in the way; from the band's lower tracks when the
      // upper ones would run over another exit of the same symbol row.
      let pool: 0 | 1 | null = null;
      if (j === i + 1 || columnClear(dst.col, i + 1, j - 1)) {
        if (vfree(dst.x, band(i) - 0.25, 2 * j + 0.9, key)) pool = 0;
        else if (vfree(dst.x, band(i) + 0.25, 2 * j + 0.9, key)) pool = 1;
      }
      const level = band(i) + (pool === 1 ? 0.25 : -0.25);
      let cur: XS;
      if (port === 'bottom') {
        vtake(src.x, 2 * i + 1.1, level, key);
        cur = { k: 'x', x: src.x };
        pts.push({ x: cur, y: srcY });
      } else {
        const g = 2 * src.col + (port === 'left' ? 0 : 1);
        const lane = gutters[g].take(2 * i + 1, level, key, true);
        const edge = port === 'left' ? src.x - half : src.x + half;
        cur = { k: 'g', g, lane };
        pts.push({ x: { k: 'x', x: edge }, y: { k: 'mid', r: i } }, { x: cur, y: { k: 'mid', r: i } });
      }
      if (pool !== null) {
        const y = track(i, pool, cur, { k: 'x', x: dst.x }, key);
        vtake(dst.x, level, 2 * j + 0.9, key);
        pts.push({ x: cur, y }, { x: { k: 'x', x: dst.x }, y }, { x: { k: 'x', x: dst.x }, y: dstY });
        return pts;
      }
      const lo = band(i) - 0.25;
      const hi = band(j - 1) + 0.25;
      const [c0] = xRange(cur);
      const order = gutters
        .map((_, g) => {
          const [a, b] = gutterRange(g);
          const gx = (a + b) / 2;
          return { g, cost: Math.abs(gx - dst.x) + 0.5 * Math.abs(gx - c0) };
        })
        .sort((a, b) => a.cost - b.cost || a.g - b.g);
      let via: XS | null = null;
      for (const { g } of order) {
        const lane = gutters[g].take(lo, hi, key);
        if (lane >= 0) {
          via = { k: 'g', g, lane };
          break;
        }
      }
      if (via === null) via = { k: 'l', lane: loops.take(lo, hi, key, true) };
      const y1 = track(i, 0, cur, via, key);
      const y2 = track(j - 1, 1, via, { k: 'x', x: dst.x }, key);
      vtake(dst.x, band(j - 1) + 0.25, 2 * j + 0.9, key);
      pts.push(
        { x: cur, y: y1 },
        { x: via, y: y1 },
        { x: via, y: y2 },
        { x: { k: 'x', x: dst.x }, y: y2 },
        { x: { k: 'x', x: dst.x }, y: dstY },
      );
      return pts;
    };

    const routeLoop = (src: End, port: Port['side'], dst: End, key: number): SP[] => {
      const i = src.r;
      const t = dst.r;
      const targetEdge: XS = { k: 'x', x: dst.x - half };
      if (port === 'left') {
        const lane: XS = { k: 'l', lane: loops.take(2 * t + 1, 2 * i + 1, key, true) };
        return [
          { x: { k: 'x', x: src.x - half }, y: { k: 'mid', r: i } },
          { x: lane, y: { k: 'mid', r: i } },
          { x: lane, y: { k: 'mid', r: t } },
          { x: targetEdge, y: { k: 'mid', r: t } },
        ];
      }
      vtake(src.x, 2 * i + 1.1, band(i) - 0.25, key);
      const lane: XS = { k: 'l', lane: loops.take(2 * t + 1, band(i) - 0.25, key, true) };
      const y = track(i, 0, { k: 'x', x: src.x }, lane, key);
      return [
        { x: { k: 'x', x: src.x }, y: { k: 'bot', r: i } },
        { x: { k: 'x', x: src.x }, y },
        { x: lane, y },
        { x: lane, y: { k: 'mid', r: t } },
        { x: targetEdge, y: { k: 'mid', r: t } },
      ];
    };

    // Every stub leaving a symbol's bottom is known before any line is routed, so no line is laid over one.
    for (const [l, port] of exitPort) {
      if (port.side === 'bottom' && onPage(l.from)) vtake(center(port.col), 2 * rowOf.get(l.from)! + 1.1, band(rowOf.get(l.from)!) - 0.25, l.to);
    }
    for (const p of pentagons) if (p.direction === 'in') vtake(p.x, 1.1, band(0) - 0.25, p.target);

    // Short runs first so they get the straight paths; loop-backs last, shortest innermost.
    const pageLinks = links.filter((l) => onPage(l.from) || onPage(l.to));
    const span = (l: Link) => {
      if (!onPage(l.from)) return rowOf.get(l.to)!;
      if (!onPage(l.to)) return lastRow - rowOf.get(l.from)!;
      return Math.abs(rowOf.get(l.to)! - rowOf.get(l.from)!);
    };
    const ordered = pageLinks
      .map((l, n) => ({ l, n, loop: isLoop(l), s: span(l) }))
      .sort((a, b) => Number(a.loop) - Number(b.loop) || a.s - b.s || a.n - b.n);
    const inDone = new Set<number>();
    for (const { l } of ordered) {
      if (!onPage(l.from)) {
        if (inDone.has(l.to)) continue;
        inDone.add(l.to);
        const p = inPentagon.get(l.to)!;
        const c = pentagons[p].col;
        const pts = routeForward({ r: 0, x: pentagons[p].x, col: c, pentagon: p }, 'bottom', { r: rowOf.get(l.to)!, x: center(c), col: c }, l.to);
        routes.push({ pts, from: l.from, to: l.to, exit: l.exit, pentagon: p });
        continue;
      }
      const port = exitPort.get(l)!;
      const src: End = { r: rowOf.get(l.from)!, x: center(port.col), col: port.col };
      const labelAt = steps[l.from].kind === 'decision' ? port.side : undefined;
      if (!onPage(l.to)) {
        const p = outPentagon.get(l.to)!;
        const pts = routeForward(src, port.side, { r: lastRow, x: pentagons[p].x, col: pentagons[p].col, pentagon: p }, l.to);
        routes.push({ pts, from: l.from, to: l.to, exit: l.exit, labelAt, pentagon: p });
      } else if (isLoop(l)) {
        const c = steps[l.to].cols[0];
        const pts = routeLoop(src, port.side, { r: rowOf.get(l.to)!, x: center(c), col: c }, l.to);
        routes.push({ pts, from: l.from, to: l.to, exit: l.exit, labelAt });
      } else {
        const c = nearest(steps[l.to].cols, src.x);
        const pts = routeForward(src, port.side, { r: rowOf.get(l.to)!, x: center(c), col: c }, l.to);
        routes.push({ pts, from: l.from, to: l.to, exit: l.exit, labelAt });
      }
    }

    // Heights: each row its text height, grown where the band below it must hold more tracks.
    const symHeight = rows.map((r, n) => {
      if (r.kind === 'step') return grid.symbolH;
      const levels = 1 + Math.max(0, ...pentagons.filter((p) => p.row === n).map((p) => p.line));
      return levels * grid.offpageH + (levels - 1) * LEVEL_GAP;
    });
    const rowBase = rows.map((r, n) => (r.kind === 'step' ? steps[r.step].baseH : symHeight[n] + 2 * SYMBOL_MARGIN));
    const symOffset = rows.map((r, n) => (rowBase[n] - symHeight[n]) / 2);
    // Below a decision that has an exit at the bottom, room for its label before the first track.
    const labelRoom = rows.map((r) =>
      r.kind === 'step' && steps[r.step].kind === 'decision' && outLinks[r.step].some((l) => exitPort.get(l)?.side === 'bottom') ? exitLabelRoom : 0,
    );
    const heights = [...rowBase];
    for (let b = 0; b < rows.length; b++) {
      const n = (tracks.get(`${b}:0`)?.lanes.length ?? 0) + (tracks.get(`${b}:1`)?.lanes.length ?? 0);
      const below = rowBase[b] - symOffset[b] - symHeight[b] - labelRoom[b];
      const above = b + 1 < rows.length ? tracksAbove(symOffset[b + 1]) : 0;
      if (n > tracksBelow(below) + above) heights[b] += (n - above + 1) * TRACK_GAP - below;
      else if (below < 0) heights[b] -= below;
    }
    const symTop: number[] = [];
    let y = 0;
    for (let n = 0; n < rows.length; n++) {
      symTop.push(y + symOffset[n]);
      y += heights[n];
    }
    return { rows, routes, pentagons, joins, heights, labelRoom, symTop, symHeight, total: y, gutters, loops, tracks };
  }

  // Off-page labels in reading order: page by page, top to bottom, left to right, by first appearance.
  const labelOf = new Map<number, string>();
  for (const d of drafts) {
    const order = d.pentagons
      .map((p, n) => ({ p, n }))
      .sort((a, b) => a.p.row - b.p.row || a.p.line - b.p.line || a.p.x - b.p.x || a.n - b.n);
    for (const { p } of order) if (!labelOf.has(p.target)) labelOf.set(p.target, offPageLabel(labelOf.size));
  }

  const total = drafts.length;
  return drafts.map((d, n) => paint(d, firstPageNumber + n, firstPageNumber + total - 1));

  function paint(d: Draft, number: number, last: number): FlowPage {
    const actors = grid.actorColumns;
    const center = (c: number) => actors[c].x + actors[c].w / 2;
    const half = grid.symbolW / 2;
    const top = grid.bodyTop;
    const rowTop: number[] = [];
    let acc = top;
    for (const h of d.heights) {
      rowTop.push(acc);
      acc += h;
    }
    const symTopAbs = (r: number) => top + d.symTop[r];
    const symH = (r: number) => d.symHeight[r];
    const pentagonTop = (p: number) => symTopAbs(d.pentagons[p].row) + d.pentagons[p].line * (grid.offpageH + LEVEL_GAP);
    const gutterRange = (g: number): [number, number] => {
      const c = g >> 1;
      return g % 2 === 0 ? [actors[c].x + 0.8, center(c) - half - 0.8] : [center(c) + half + 0.8, actors[c].x + actors[c].w - 0.8];
    };
    const resolveX = (x: XS): number => {
      if (x.k === 'x') return x.x;
      if (x.k === 'g') {
        const [lo, hi] = gutterRange(x.g);
        const count = d.gutters[x.g].lanes.length;
        // Lanes fill a gutter from the symbol outwards.
        const idx = x.g % 2 === 0 ? count - 1 - x.lane : x.lane;
        return lo + ((idx + 1) * (hi - lo)) / (count + 1);
      }
      const lo = grid.loops.x + 0.8;
      const hi = grid.loops.x + grid.loops.w - 0.8;
      return hi - ((x.lane + 1) * (hi - lo)) / (d.loops.lanes.length + 1);
    };
    const resolveY = (y: YS): number => {
      switch (y.k) {
        case 'pt':
          return pentagonTop(y.p);
        case 'pb':
          return pentagonTop(y.p) + grid.offpageH;
        case 'top':
        case 'bot':
        case 'mid':
          return symTopAbs(y.r) + (y.k === 'top' ? 0 : y.k === 'bot' ? symH(y.r) : symH(y.r) / 2);
      }
      const up = d.tracks.get(`${y.b}:0`)?.lanes.length ?? 0;
      const down = d.tracks.get(`${y.b}:1`)?.lanes.length ?? 0;
      const lo = symTopAbs(y.b) + symH(y.b) + d.labelRoom[y.b];
      const border = rowTop[y.b + 1];
      const hi = symTopAbs(y.b + 1) - ARROW_RUN;
      const idx = y.pool === 0 ? y.idx : up + y.idx;
      const nBelow = Math.min(up + down, tracksBelow(border - lo));
      if (idx < nBelow) return lo + ((idx + 1) * (border - lo)) / (nBelow + 1);
      return border + ((idx - nBelow + 1) * (hi - border)) / (up + down - nBelow + 1);
    };

    const texts: TextLine[] = [...grid.header.flatMap((c) => c.lines)];
    const rows: Row[] = [];
    const stripsCells: Cell[] = [];
    const bodyColumns = grid.columns;
    const shapes: Shape[] = [];
    d.rows.forEach((r, n) => {
      const y = rowTop[n];
      const h = d.heights[n];
      if (r.kind !== 'step') {
        const first = bodyColumns[0];
        const lastCol = bodyColumns[bodyColumns.length - 1];
        stripsCells.push({ key: `strip:${r.kind}`, x: first.x, y: round(y), w: round(lastCol.x + lastCol.w - first.x), h: round(h), align: 'left', lines: [] });
        return;
      }
      const s = steps[r.step];
      const cells: Cell[] = bodyColumns.map((col) => {
        const box = { x: col.x, y: round(y), w: col.w, h: round(h) };
        const info = s.cells.find((c) => c.key === col.key);
        const lines = info ? placeLines(info.lines, box, fs, false, info.align) : [];
        texts.push(...lines);
        return { key: col.key, ...box, align: info?.align ?? 'left', lines };
      });
      rows.push({ stepId: s.id, number: s.index + 1, y: round(y), height: round(h), cells });
      for (const c of s.cols) {
        shapes.push({
          kind: s.kind,
          label: '',
          stepId: s.id,
          actorId: actors[c].actorId!,
          x: round(center(c) - half),
          y: round(symTopAbs(n)),
          w: grid.symbolW,
          h: grid.symbolH,
        });
      }
    });
    for (const [index, p] of d.pentagons.entries()) {
      const label = labelOf.get(p.target)!;
      const shape: Shape = {
        kind: 'offpage',
        label,
        stepId: steps[p.target].id,
        actorId: actors[p.col].actorId!,
        x: round(p.x - p.w / 2),
        y: round(pentagonTop(index)),
        w: p.w,
        h: grid.offpageH,
        direction: p.direction,
      };
      shapes.push(shape);
      const lines = placeLines([label], { x: shape.x, y: shape.y - CELL_PADDING + 0.5, w: shape.w, h: shape.h }, fs, true, 'center');
      texts.push(...lines);
    }

    const connectors: Connector[] = [];
    for (const j of d.joins) {
      const yy = round(symTopAbs(j.row) + grid.symbolH / 2);
      connectors.push({
        points: [{ x: round(j.fromX), y: yy }, { x: round(j.toX), y: yy }],
        kind: 'join',
        from: steps[j.step].id,
        to: steps[j.step].id,
        exit: 'join',
      });
    }
    for (const r of d.routes) {
      const points = simplify(r.pts.map((p) => ({ x: round(resolveX(p.x)), y: round(resolveY(p.y)) })));
      const c: Connector = { points, kind: 'flow', from: steps[r.from].id, to: steps[r.to].id, exit: r.exit };
      if (r.pentagon !== undefined) c.offpage = labelOf.get(d.pentagons[r.pentagon].target)!;
      if (r.labelAt !== undefined && r.exit !== 'next') c.label = r.exit === 'yes' ? 'Ya' : 'Tidak';
      connectors.push(c);
    }

    // Exit labels last, once every line is drawn, so that each finds a place clear of all of them.
    const table = { x: bodyColumns[0].x, right: bodyColumns[bodyColumns.length - 1].x + bodyColumns[bodyColumns.length - 1].w };
    const scene: LabelScene = {
      frame: grid.frame,
      segments: connectors.flatMap((c) => segmentsOf(c.points)),
      shapes,
      boxes: texts.map(textBox),
      grid: [
        ...[...rowTop, acc].map((y) => ({ a: { x: table.x, y }, b: { x: table.right, y } })),
        ...bodyColumns.flatMap((c) => [c.x, c.x + c.w]).map((x) => ({ a: { x, y: top }, b: { x, y: acc } })),
      ],
    };
    for (const c of connectors) {
      if (c.label === undefined) continue;
      const line = placeExitLabel(c.label, fs, c.points, scene);
      line.x = round(line.x);
      line.y = round(line.y);
      c.labelAt = { x: line.x, y: line.y };
      texts.push(line);
      scene.boxes.push(textBox(line));
    }

    const footer = `Halaman ${number} dari ${last}`;
    const footerLines = placeLines([footer], { x: grid.frame.x, y: grid.bodyBottom + 1, w: grid.frame.w, h: lh + 2 }, fs, false, 'center');
    texts.push(...footerLines);
    return {
      size: grid.size,
      number,
      frame: grid.frame,
      columns: grid.columns,
      header: grid.header,
      headerRect: grid.headerRect,
      rows,
      strips: stripsCells,
      shapes,
      connectors,
      texts,
      fontSize: fs,
    };
  }
}

/** Drops repeated points and merges collinear runs. */
function simplify(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last.x - p.x) < 1e-6 && Math.abs(last.y - p.y) < 1e-6) continue;
    if (out.length >= 2) {
      const a = out[out.length - 2];
      const b = out[out.length - 1];
      const collinear = (Math.abs(a.x - b.x) < 1e-6 && Math.abs(b.x - p.x) < 1e-6) || (Math.abs(a.y - b.y) < 1e-6 && Math.abs(b.y - p.y) < 1e-6);
      if (collinear) out[out.length - 1] = p;
      else out.push(p);
    } else {
      out.push(p);
    }
  }
  return out;
}
