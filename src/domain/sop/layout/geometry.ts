export interface Point {
  x: number;
  y: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Segment {
  a: Point;
  b: Point;
}

/** Below this many points two coordinates count as equal. */
export const EPS = 1e-6;

/** The segments of a polyline, zero-length ones left out. */
export function segmentsOf(points: readonly Point[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (Math.abs(a.x - b.x) > EPS || Math.abs(a.y - b.y) > EPS) out.push({ a, b });
  }
  return out;
}

/**
 * Whether segment `s` runs through the inside of `r` (shrunk by `inset`): touching the border, as a connector
 * ending on a symbol's edge does, is not passing through.
 */
export function segmentCrossesRect(s: Segment, r: Rect, inset = 0.01): boolean {
  const x0 = r.x + inset;
  const x1 = r.x + r.w - inset;
  const y0 = r.y + inset;
  const y1 = r.y + r.h - inset;
  if (x1 <= x0 || y1 <= y0) return false;
  // Liang–Barsky clipping against the open rectangle.
  let t0 = 0;
  let t1 = 1;
  const dx = s.b.x - s.a.x;
  const dy = s.b.y - s.a.y;
  const edges: Array<[number, number]> = [
    [-dx, s.a.x - x0],
    [dx, x1 - s.a.x],
    [-dy, s.a.y - y0],
    [dy, y1 - s.a.y],
  ];
  for (const [p, q] of edges) {
    if (Math.abs(p) < EPS) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t1 - t0 > EPS;
}

/** Length of the stretch two axis-parallel segments share when they lie on one line (0 when they don't). */
export function sharedLength(s: Segment, t: Segment): number {
  const sHorizontal = Math.abs(s.a.y - s.b.y) < EPS;
  const tHorizontal = Math.abs(t.a.y - t.b.y) < EPS;
  const sVertical = Math.abs(s.a.x - s.b.x) < EPS;
  const tVertical = Math.abs(t.a.x - t.b.x) < EPS;
  if (sHorizontal && tHorizontal && Math.abs(s.a.y - t.a.y) < EPS) {
    return overlap(s.a.x, s.b.x, t.a.x, t.b.x);
  }
  if (sVertical && tVertical && Math.abs(s.a.x - t.a.x) < EPS) {
    return overlap(s.a.y, s.b.y, t.a.y, t.b.y);
  }
  return 0;
}

function overlap(a1: number, a2: number, b1: number, b2: number): number {
  const lo = Math.max(Math.min(a1, a2), Math.min(b1, b2));
  const hi = Math.min(Math.max(a1, a2), Math.max(b1, b2));
  return Math.max(0, hi - lo);
}

export function rectsOverlap(r: Rect, s: Rect): boolean {
  return r.x < s.x + s.w - EPS && s.x < r.x + r.w - EPS && r.y < s.y + s.h - EPS && s.y < r.y + r.h - EPS;
}

/** Whether `inner` lies within `outer` (borders may touch). */
export function rectInside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - EPS &&
    inner.y >= outer.y - EPS &&
    inner.x + inner.w <= outer.x + outer.w + EPS &&
    inner.y + inner.h <= outer.y + outer.h + EPS
  );
}
