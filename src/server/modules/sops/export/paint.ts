import type { Point } from '../../../../domain/sop/layout/index.ts';
import { ARROW_LENGTH } from '../../../../domain/sop/layout/svg.ts';

/**
 * The arrowhead `toSvg` puts at the end of a flow connector (its marker: a filled triangle ARROW_LENGTH long and as
 * wide, tip on the last point, pointing along the last segment), as three points: one side, the tip, the other side.
 */
export function arrowHead(points: Point[]): [Point, Point, Point] | null {
  if (points.length < 2) return null;
  const tip = points[points.length - 1];
  let i = points.length - 2;
  while (i > 0 && points[i].x === tip.x && points[i].y === tip.y) i--;
  const from = points[i];
  const len = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (len === 0) return null;
  const d = { x: (tip.x - from.x) / len, y: (tip.y - from.y) / len };
  const n = { x: -d.y, y: d.x };
  const back = { x: tip.x - d.x * ARROW_LENGTH, y: tip.y - d.y * ARROW_LENGTH };
  const half = ARROW_LENGTH / 2;
  return [{ x: back.x - n.x * half, y: back.y - n.y * half }, tip, { x: back.x + n.x * half, y: back.y + n.y * half }];
}

/** A file name of safe characters from the SOP's number and title ("001-SOP-2026 Penyusunan Laporan.pdf"). */
export function exportFileName(number: string, title: string, ext: string): string {
  const clean = (s: string) =>
    s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[/\\]+/g, '-').replace(/[^A-Za-z0-9 ._()-]+/g, ' ').replace(/\s+/g, ' ').trim();
  const base = [clean(number), clean(title)].filter((s) => s !== '').join(' ').replace(/^[.\s-]+/, '').slice(0, 120).trim();
  return `${base || 'SOP'}.${ext}`;
}
