import type { Point } from './geometry.ts';
import type { Cell, FlowPage, IdentityPage, Shape, TextLine } from './types.ts';

const n = (v: number) => String(Math.round(v * 100) / 100);

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function rect(c: { x: number; y: number; w: number; h: number }, attrs = ''): string {
  return `<rect x="${n(c.x)}" y="${n(c.y)}" width="${n(c.w)}" height="${n(c.h)}"${attrs}/>`;
}

function text(t: TextLine): string {
  return `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${n(t.size)}"${t.bold ? ' font-weight="bold"' : ''}>${esc(t.text)}</text>`;
}

function poly(points: Point[]): string {
  return points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
}

function shape(s: Shape): string {
  const { x, y, w, h } = s;
  switch (s.kind) {
    case 'terminator':
      return `<rect class="t" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="${n(h / 2)}"/>`;
    case 'process':
      return rect(s, ' class="p"');
    case 'decision':
      return `<polygon class="d" points="${poly([{ x: x + w / 2, y }, { x: x + w, y: y + h / 2 }, { x: x + w / 2, y: y + h }, { x, y: y + h / 2 }])}"/>`;
    case 'offpage':
      return `<polygon class="o" points="${poly([{ x, y }, { x: x + w, y }, { x: x + w, y: y + h * 0.6 }, { x: x + w / 2, y: y + h }, { x, y: y + h * 0.6 }])}"/>`;
  }
}

function cells(list: Cell[]): string[] {
  return list.map((c) => rect(c, ' class="c"'));
}

/** Length (and width) in points of the arrowhead every painter draws at the end of a flow connector. */
export const ARROW_LENGTH = 4;

const STYLE =
  '<style>.c{fill:none;stroke:#000;stroke-width:.5}.t,.p,.d,.o{fill:#fff;stroke:#000;stroke-width:.8}' +
  '.f{fill:none;stroke:#000;stroke-width:.7}.j{fill:none;stroke:#000;stroke-width:.7}' +
  'text{font-family:"DejaVu Sans",sans-serif;fill:#000}</style>' +
  `<defs><marker id="a" viewBox="0 0 6 6" refX="6" refY="3" markerUnits="userSpaceOnUse" markerWidth="${ARROW_LENGTH}" markerHeight="${ARROW_LENGTH}" orient="auto">` +
  '<path d="M0,0L6,3L0,6z"/></marker></defs>';

/** A page of the layout as a compact, stable SVG document (golden tests, the web preview). */
export function toSvg(page: FlowPage | IdentityPage): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(page.size.width)}" height="${n(page.size.height)}" viewBox="0 0 ${n(page.size.width)} ${n(page.size.height)}">`,
    STYLE,
  ];
  if ('header' in page) {
    out.push(...cells(page.header), ...cells(page.strips), ...page.rows.flatMap((r) => cells(r.cells)));
    out.push(...page.shapes.map(shape));
    for (const c of page.connectors) {
      out.push(`<polyline class="${c.kind === 'join' ? 'j' : 'f'}" points="${poly(c.points)}"${c.kind === 'flow' ? ' marker-end="url(#a)"' : ''}/>`);
    }
  } else {
    out.push(...cells(page.cells));
    if (page.logo) out.push(rect(page.logo, ' class="c" stroke-dasharray="2 2"'));
  }
  out.push(...page.texts.map(text), '</svg>');
  return out.join('\n');
}
