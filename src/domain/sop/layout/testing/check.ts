import type { PageSettings, SopContent } from '../../model.ts';
import { CELL_PADDING, MIN_FONT_SIZE } from '../columns.ts';
import { EPS, rectInside, rectsOverlap, segmentCrossesRect, segmentsOf, sharedLength, type Point, type Rect, type Segment } from '../geometry.ts';
import { offPageLabel } from '../labels.ts';
import { shapeMeetsRect } from '../exit-labels.ts';
import { ARROW_LENGTH } from '../svg.ts';
import { lineHeight, measure, textBox } from '../text.ts';
import type { FlowPage, Shape, SopLayout } from '../types.ts';

/** The links of an SOP as the layout must draw them. */
export function sopLinks(content: SopContent): Array<{ from: string; to: string; exit: 'next' | 'yes' | 'no' }> {
  const out: Array<{ from: string; to: string; exit: 'next' | 'yes' | 'no' }> = [];
  content.steps.forEach((s, i) => {
    if (s.symbol === 'decision') {
      if (s.yes) out.push({ from: s.id, to: s.yes, exit: 'yes' });
      if (s.no) out.push({ from: s.id, to: s.no, exit: 'no' });
    } else if (s.next === undefined) {
      if (i + 1 < content.steps.length) out.push({ from: s.id, to: content.steps[i + 1].id, exit: 'next' });
    } else if (s.next !== null) {
      out.push({ from: s.id, to: s.next, exit: 'next' });
    }
  });
  return out;
}

const onBorder = (p: Point, r: Rect) =>
  (Math.abs(p.x - r.x) < 0.02 || Math.abs(p.x - r.x - r.w) < 0.02) && p.y >= r.y - 0.02 && p.y <= r.y + r.h + 0.02
    ? true
    : (Math.abs(p.y - r.y) < 0.02 || Math.abs(p.y - r.y - r.h) < 0.02) && p.x >= r.x - 0.02 && p.x <= r.x + r.w + 0.02;

/**
 * Every rule of the quality bar the layout promises, checked on a finished drawing; returns the violations
 * (empty when the drawing is right), each naming the page and what is wrong.
 */
export function checkLayout(content: SopContent, settings: PageSettings, layout: SopLayout): string[] {
  const problems: string[] = [];
  const fail = (page: number, what: string) => {
    if (problems.length < 50) problems.push(`page ${page}: ${what}`);
  };

  // Texts: never below the minimum size, on every page.
  for (const p of [...layout.identity, ...layout.pages]) {
    for (const t of p.texts) if (t.size < MIN_FONT_SIZE - EPS) fail(p.number, `text "${t.text}" at ${t.size} pt`);
    for (const t of p.texts) if (t.x < p.frame.x - EPS || t.x + measure(t.text, t.size, t.bold) > p.frame.x + p.frame.w + 0.05) fail(p.number, `text "${t.text}" leaves the frame`);
  }

  // Pages: every step once, in order; rows stacked at their real heights; no page over its room or its count.
  const seen: string[] = [];
  for (const page of layout.pages) {
    const body = [...page.rows.map((r) => ({ y: r.y, h: r.height })), ...page.strips.map((s) => ({ y: s.y, h: s.h }))].sort((a, b) => a.y - b.y);
    let y = page.headerRect.y + page.headerRect.h;
    for (const b of body) {
      if (Math.abs(b.y - y) > 0.02) fail(page.number, `row at ${b.y} does not follow the one above (${y})`);
      y = b.y + b.h;
    }
    if (y > page.frame.y + page.frame.h + EPS) fail(page.number, `rows end at ${y}, below the frame`);
    if (page.rows.length > settings.maxStepsPerPage) fail(page.number, `${page.rows.length} steps`);
    for (const row of page.rows) {
      seen.push(row.stepId);
      for (const c of row.cells) {
        const need = c.lines.length * lineHeight(page.fontSize) + 2 * CELL_PADDING;
        if (need > row.height + 0.02) fail(page.number, `step ${row.number}: ${c.key} needs ${need} pt, row has ${row.height}`);
        for (const l of c.lines) if (measure(l.text, l.size, l.bold) > c.w - 2 * CELL_PADDING + 0.02) fail(page.number, `step ${row.number}: line wider than ${c.key}`);
      }
    }
    checkPage(page, fail);
  }
  const ids = content.steps.map((s) => s.id);
  if (seen.join(' ') !== ids.join(' ')) problems.push('steps are not each drawn once, in order');

  // Off-page connectors: labels in reading order, one "in" per label, paired with its "out".
  const order: string[] = [];
  const inCount = new Map<string, number>();
  const pageOfStep = new Map<string, number>();
  for (const page of layout.pages) for (const r of page.rows) pageOfStep.set(r.stepId, page.number);
  for (const page of layout.pages) {
    const pentagons = page.shapes.filter((s) => s.kind === 'offpage').sort((a, b) => a.y - b.y || a.x - b.x);
    const perPage = new Set<string>();
    for (const s of pentagons) {
      if (!order.includes(s.label)) order.push(s.label);
      const k = `${s.label}:${s.direction}`;
      if (perPage.has(k)) fail(page.number, `off-page ${k} twice`);
      perPage.add(k);
      if (s.direction === 'in') {
        inCount.set(s.label, (inCount.get(s.label) ?? 0) + 1);
        if (pageOfStep.get(s.stepId) !== page.number) fail(page.number, `off-page ${s.label} in, but its step is elsewhere`);
      }
    }
  }
  order.forEach((label, i) => {
    if (label !== offPageLabel(i)) problems.push(`off-page labels out of reading order: ${order.slice(0, i + 1).join(',')}`);
    if (inCount.get(label) !== 1) problems.push(`off-page ${label}: ${inCount.get(label) ?? 0} incoming connectors`);
  });

  // Every link drawn: on its page, or to an "out" connector and on from the "in" connector with the same label.
  const stepPage = (id: string) => layout.pages.find((p) => p.rows.some((r) => r.stepId === id));
  for (const link of sopLinks(content)) {
    const from = stepPage(link.from);
    const to = stepPage(link.to);
    if (!from || !to) continue;
    const direct = from.connectors.find((c) => c.kind === 'flow' && c.from === link.from && c.to === link.to && c.exit === link.exit);
    if (!direct) {
      problems.push(`link ${link.from}→${link.to} (${link.exit}) not drawn`);
      continue;
    }
    const startShapes = from.shapes.filter((s) => s.stepId === link.from && s.kind !== 'offpage');
    if (!startShapes.some((s) => onBorder(direct.points[0], s))) problems.push(`link ${link.from}→${link.to} does not start on its symbol`);
    if (link.exit !== 'next' && direct.label !== (link.exit === 'yes' ? 'Ya' : 'Tidak')) problems.push(`link ${link.from}→${link.to} lacks its ${link.exit} label`);
    const end = direct.points[direct.points.length - 1];
    if (direct.offpage === undefined) {
      if (from !== to) problems.push(`link ${link.from}→${link.to} crosses pages without off-page connectors`);
      const targets = from.shapes.filter((s) => s.stepId === link.to && s.kind !== 'offpage');
      if (!targets.some((s) => onBorder(end, s))) problems.push(`link ${link.from}→${link.to} does not end on its target`);
      continue;
    }
    const out = from.shapes.find((s) => s.kind === 'offpage' && s.direction === 'out' && s.label === direct.offpage);
    if (!out || !onBorder(end, out)) problems.push(`link ${link.from}→${link.to} does not end on off-page ${direct.offpage}`);
    const resume = to.connectors.find((c) => c.offpage === direct.offpage && c.to === link.to);
    const inShape = to.shapes.find((s) => s.kind === 'offpage' && s.direction === 'in' && s.label === direct.offpage);
    if (!resume || !inShape || !onBorder(resume.points[0], inShape)) problems.push(`link ${link.from}→${link.to}: no resuming off-page ${direct.offpage} on page ${to.number}`);
    else if (!to.shapes.some((s) => s.stepId === link.to && s.kind !== 'offpage' && onBorder(resume.points[resume.points.length - 1], s))) problems.push(`link ${link.from}→${link.to} does not resume into its target`);
  }
  return problems;
}

function checkPage(page: FlowPage, fail: (page: number, what: string) => void): void {
  const columnOf = new Map(page.columns.filter((c) => c.actorId !== undefined).map((c) => [c.actorId!, c]));
  const shapes = page.shapes;
  const rowOf = new Map(page.rows.map((r) => [r.stepId, r]));
  for (const s of shapes) {
    const col = columnOf.get(s.actorId);
    if (!col || s.x < col.x - EPS || s.x + s.w > col.x + col.w + EPS) fail(page.number, `${describe(s)} leaves its actor's column`);
    if (!rectInside(s, page.frame)) fail(page.number, `${describe(s)} leaves the frame`);
    if (s.y < page.headerRect.y + page.headerRect.h - EPS) fail(page.number, `${describe(s)} in the header`);
    if (s.kind !== 'offpage') {
      const row = rowOf.get(s.stepId)!;
      if (s.y < row.y - EPS || s.y + s.h > row.y + row.height + EPS) fail(page.number, `${describe(s)} leaves its row`);
    }
  }
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) if (rectsOverlap(shapes[i], shapes[j])) fail(page.number, `${describe(shapes[i])} overlaps ${describe(shapes[j])}`);
  }
  const segs: Array<{ s: Segment; c: number; to: string }> = [];
  page.connectors.forEach((c, ci) => {
    const list = segmentsOf(c.points);
    if (list.length === 0) fail(page.number, `connector ${c.from}→${c.to} is empty`);
    for (const s of list) {
      if (Math.abs(s.a.x - s.b.x) > EPS && Math.abs(s.a.y - s.b.y) > EPS) fail(page.number, `connector ${c.from}→${c.to} not orthogonal`);
      if (segmentCrossesRect(s, page.headerRect, 0.01) || Math.min(s.a.y, s.b.y) < page.headerRect.y + page.headerRect.h - EPS) fail(page.number, `connector ${c.from}→${c.to} enters the header`);
      if (!rectInside({ x: Math.min(s.a.x, s.b.x), y: Math.min(s.a.y, s.b.y), w: Math.abs(s.a.x - s.b.x), h: Math.abs(s.a.y - s.b.y) }, page.frame)) fail(page.number, `connector ${c.from}→${c.to} leaves the frame`);
      for (const sh of shapes) if (segmentCrossesRect(s, sh)) fail(page.number, `connector ${c.from}→${c.to} (${c.exit}) passes through ${describe(sh)}`);
      segs.push({ s, c: ci, to: c.kind === 'join' ? `join:${c.from}` : c.to });
    }
    if (c.kind === 'flow' && list.length > 0) {
      const last = list[list.length - 1];
      const run = Math.abs(last.a.x - last.b.x) + Math.abs(last.a.y - last.b.y);
      if (run < ARROW_LENGTH - 0.01) fail(page.number, `connector ${c.from}→${c.to}: last run ${run} pt, shorter than its arrowhead`);
      const down = Math.abs(last.a.x - last.b.x) < EPS && last.b.y > last.a.y;
      const sideways = Math.abs(last.a.y - last.b.y) < EPS;
      if (!down && !sideways) fail(page.number, `connector ${c.from}→${c.to} enters its target upwards`);
    }
  });
  checkGridLines(page, fail);
  checkExitLabels(page, fail);
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const a = segs[i];
      const b = segs[j];
      if (a.c === b.c || a.to === b.to) continue;
      if (sharedLength(a.s, b.s) > 0.01) fail(page.number, `connectors to ${a.to} and to ${b.to} share a run at ${JSON.stringify(a.s)}`);
    }
  }
}

/** Distance within which a connector run counts as lying on a table line. */
const ON_LINE = 0.5;

/** No connector run lies along a row border (rows, strips, header) or a column border, where it would vanish. */
function checkGridLines(page: FlowPage, fail: (page: number, what: string) => void): void {
  const first = page.columns[0];
  const lastCol = page.columns[page.columns.length - 1];
  const left = first.x;
  const right = lastCol.x + lastCol.w;
  const bands = [...page.rows.map((r) => ({ y: r.y, h: r.height })), ...page.strips.map((s) => ({ y: s.y, h: s.h }))];
  const rowLines = [...new Set([page.headerRect.y + page.headerRect.h, ...bands.flatMap((b) => [b.y, b.y + b.h])])];
  const bodyTop = page.headerRect.y + page.headerRect.h;
  const bodyBottom = Math.max(bodyTop, ...bands.map((b) => b.y + b.h));
  const columnLines = [...new Set(page.columns.flatMap((c) => [c.x, c.x + c.w]))];
  const along = (a1: number, a2: number, b1: number, b2: number) => Math.min(Math.max(a1, a2), b2) - Math.max(Math.min(a1, a2), b1);
  for (const c of page.connectors) {
    for (const s of segmentsOf(c.points)) {
      if (Math.abs(s.a.y - s.b.y) < EPS) {
        for (const y of rowLines) {
          if (Math.abs(s.a.y - y) < ON_LINE && along(s.a.x, s.b.x, left, right) > 0.01) fail(page.number, `connector ${c.from}→${c.to} runs along the row border at y=${y}`);
        }
      } else if (Math.abs(s.a.x - s.b.x) < EPS) {
        for (const x of columnLines) {
          if (Math.abs(s.a.x - x) < ON_LINE && along(s.a.y, s.b.y, bodyTop, bodyBottom) > 0.01) fail(page.number, `connector ${c.from}→${c.to} runs along the column border at x=${x}`);
        }
      }
    }
  }
}

/** "Ya"/"Tidak" are written beside their line: over no line, symbol or other text. */
function checkExitLabels(page: FlowPage, fail: (page: number, what: string) => void): void {
  const segments = page.connectors.flatMap((c) => segmentsOf(c.points));
  const boxes = page.texts.map((t) => ({ t, box: textBox(t) }));
  for (const c of page.connectors) {
    if (c.label === undefined) continue;
    const line = c.labelAt && page.texts.find((t) => t.text === c.label && Math.abs(t.x - c.labelAt!.x) < 0.01 && Math.abs(t.y - c.labelAt!.y) < 0.01);
    if (!line) {
      fail(page.number, `label ${c.label} of ${c.from}→${c.to} is not written`);
      continue;
    }
    const box = textBox(line);
    const what = `label ${c.label} of ${c.from}→${c.to}`;
    for (const s of segments) if (segmentCrossesRect(s, box, -0.3)) fail(page.number, `${what} lies over a connector at ${JSON.stringify(s)}`);
    for (const sh of page.shapes) if (shapeMeetsRect(sh, box, 0.3)) fail(page.number, `${what} lies over ${describe(sh)}`);
    for (const o of boxes) if (o.t !== line && rectsOverlap(o.box, box)) fail(page.number, `${what} lies over the text "${o.t.text}"`);
  }
}

function describe(s: Shape): string {
  return s.kind === 'offpage' ? `off-page ${s.label} (${s.direction})` : `${s.kind} of ${s.stepId} (${s.actorId})`;
}
