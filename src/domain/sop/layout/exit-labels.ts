import { segmentCrossesRect, segmentsOf, type Point, type Rect, type Segment } from './geometry.ts';
import { textBox } from './text.ts';
import type { Shape, TextLine } from './types.ts';

/** Space kept between a decision label and any line or symbol. */
export const LABEL_CLEARANCE = 1.2;
const CLEARANCE = LABEL_CLEARANCE;
/** Step, in points, of the slide along the exit's first run while looking for a free place. */
const SLIDE = 1;

/** Whether `r` meets symbol `s` grown by `clear` on every side: a decision is its diamond, the others their box. */
export function shapeMeetsRect(s: Shape, r: Rect, clear = 0): boolean {
  const hw = s.w / 2 + clear;
  const hh = s.h / 2 + clear;
  const cx = s.x + s.w / 2;
  const cy = s.y + s.h / 2;
  const dx = Math.max(0, r.x - cx, cx - (r.x + r.w));
  const dy = Math.max(0, r.y - cy, cy - (r.y + r.h));
  if (s.kind === 'decision') return dx / hw + dy / hh < 1;
  return dx < hw && dy < hh;
}

export function boxesMeet(a: Rect, b: Rect, clear = 0): boolean {
  return a.x < b.x + b.w + clear && b.x < a.x + a.w + clear && a.y < b.y + b.h + clear && b.y < a.y + a.h + clear;
}

/** What a label must keep clear of: hard obstacles always, grid lines when it can. */
export interface LabelScene {
  frame: Rect;
  segments: Segment[];
  shapes: Shape[];
  /** Texts and labels already on the page. */
  boxes: Rect[];
  /** The table's row and column border lines. */
  grid: Segment[];
}

/** How far along each run a label may slide, and along how many runs of its line it looks for room. */
const MAX_SLIDE = 40;
const MAX_RUNS = 4;

/**
 * Where a decision exit's label ("Ya"/"Tidak") goes: beside its own line, as near the decision as it can (along the
 * first run, then the next ones), clear of every line, symbol and text; off the table's grid lines when there is room.
 */
export function placeExitLabel(text: string, size: number, points: Point[], scene: LabelScene): TextLine {
  const probe = textBox({ text, x: 0, y: 0, size, bold: false });
  const { w, h } = probe;
  const { frame } = scene;
  const runs = segmentsOf(points).slice(0, MAX_RUNS);
  const runLength = (r: Segment) => Math.abs(r.b.x - r.a.x) + Math.abs(r.b.y - r.a.y);

  let fallback: Rect | null = null;
  let fallbackCost = Infinity;
  // Along the first run; past its end; stepped away from it (beyond the lines bundled beside it); the next runs.
  const passes = runs.map((run, i) => ({ run, i, from: 0, to: runLength(run), shifts: [0] }));
  if (passes.length > 0) {
    const shifts = Array.from({ length: Math.ceil(w / SLIDE) }, (_, k) => (k + 1) * SLIDE);
    passes.splice(1, 0, { ...passes[0], from: passes[0].to + SLIDE, to: passes[0].to + 2 * w + h }, { ...passes[0], to: Math.min(passes[0].to, 2 * h), shifts });
  }
  for (const { run, i, from, to, shifts } of passes) {
    const { a, b } = run;
    const vertical = Math.abs(a.x - b.x) < 1e-6;
    const length = Math.min(to, from + MAX_SLIDE);
    const dir = vertical ? Math.sign(b.y - a.y) : Math.sign(b.x - a.x);
    // The side the line turns to next is the one to try last.
    const next = runs[i + 1]?.b;
    const sides = vertical ? (next !== undefined && next.x > b.x ? [-1, 1] : [1, -1]) : next !== undefined && next.y < b.y ? [1, -1] : [-1, 1];
    const candidates: Rect[] = [];
    for (let t = from; t <= length + 1e-6; t += SLIDE) {
      for (const shift of shifts) {
        for (const side of sides) {
          const off = CLEARANCE + shift;
          if (vertical) {
            const y = dir > 0 ? a.y + CLEARANCE + t : a.y - CLEARANCE - t - h;
            candidates.push({ x: side > 0 ? a.x + off : a.x - off - w, y, w, h });
          } else {
            const x = dir > 0 ? a.x + CLEARANCE + t : a.x - CLEARANCE - t - w;
            candidates.push({ x, y: side > 0 ? a.y + off : a.y - off - h, w, h });
          }
        }
      }
    }
    if (candidates.length === 0) continue;
    // Only what lies near this pass's candidates is worth testing against each of them.
    const x0 = Math.min(...candidates.map((r) => r.x)) - CLEARANCE;
    const y0 = Math.min(...candidates.map((r) => r.y)) - CLEARANCE;
    const near = { x: x0, y: y0, w: Math.max(...candidates.map((r) => r.x + r.w)) + CLEARANCE - x0, h: Math.max(...candidates.map((r) => r.y + r.h)) + CLEARANCE - y0 };
    const segments = scene.segments.filter((s) => segmentCrossesRect(s, near, -0.01));
    const shapes = scene.shapes.filter((s) => boxesMeet(s, near));
    const boxes = scene.boxes.filter((o) => boxesMeet(o, near, 0.5));
    const grid = scene.grid.filter((s) => segmentCrossesRect(s, near, -0.01));
    const blocked = (r: Rect): number => {
      let n = 0;
      if (r.x < frame.x || r.y < frame.y || r.x + r.w > frame.x + frame.w || r.y + r.h > frame.y + frame.h) n += 100;
      for (const s of segments) if (segmentCrossesRect(s, r, -CLEARANCE + 0.01)) n++;
      for (const s of shapes) if (shapeMeetsRect(s, r, CLEARANCE - 0.01)) n++;
      for (const o of boxes) if (boxesMeet(o, r, 0.5)) n++;
      return n;
    };
    let firstOnGrid: Rect | null = null;
    for (const r of candidates) {
      const gridded = grid.some((s) => segmentCrossesRect(s, r, -0.5));
      if (gridded && firstOnGrid !== null) continue;
      const cost = blocked(r);
      if (cost === 0) {
        if (!gridded) return line(text, size, r, probe);
        firstOnGrid = r;
      } else if (cost < fallbackCost) {
        fallback = r;
        fallbackCost = cost;
      }
    }
    if (firstOnGrid) return line(text, size, firstOnGrid, probe);
  }
  return line(text, size, fallback ?? { x: points[0].x + CLEARANCE, y: points[0].y + CLEARANCE, w, h }, probe);
}

function line(text: string, size: number, r: Rect, probe: Rect): TextLine {
  return { text, x: r.x, y: r.y - probe.y, size, bold: false };
}
