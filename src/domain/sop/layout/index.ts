import type { PageSettings, SopContent } from '../model.ts';
import { buildGrid } from './columns.ts';
import { layoutFlowchart } from './flowchart.ts';
import { footerLine, layoutIdentity } from './identity.ts';
import type { LayoutOptions, LayoutWarning, SopLayout } from './types.ts';

export type * from './types.ts';
export type { Point, Rect } from './geometry.ts';
export { offPageLabel } from './labels.ts';
export { measure, wrap, lineHeight } from './text.ts';
export { formatDate } from './identity.ts';
export { toSvg } from './svg.ts';
export { MIN_FONT_SIZE } from './columns.ts';

/**
 * The drawing of an SOP: identity page(s) then flowchart pages, every position in points. Pure and deterministic:
 * the same content, settings and options give the same drawing.
 */
export function layoutSop(content: SopContent, settings: PageSettings, opts: LayoutOptions = {}): SopLayout {
  const warnings: LayoutWarning[] = [];
  const identity = layoutIdentity(content.identity, settings, opts, 1);
  const grid = buildGrid(content.actors, settings, warnings);
  const pages = layoutFlowchart(content, settings, grid, identity.length + 1, warnings);
  const last = identity.length + pages.length;
  for (const page of identity) page.texts.push(footerLine(page.frame, page.number, last));
  return { identity, pages, warnings };
}
