import type { Point, Rect } from './geometry.ts';

/**
 * The drawing of an SOP, painted as it is by every output (PDF, Word, spreadsheet, the web preview). Lengths in
 * points, origin at the top-left corner of the page, y downwards. Fonts: DejaVu Sans regular/bold.
 */
export interface TextLine {
  text: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

export type Align = 'left' | 'center';

/** A table cell: its box (stroked) and the lines inside it. */
export interface Cell {
  /** Which column: 'no', 'description', 'actor:<id>', 'loops', 'requirements', 'time', 'output', 'notes', or a header/identity name. */
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  align: Align;
  lines: TextLine[];
  /** The full text when the lines show an abbreviation (an actor name too long for its column). */
  fullText?: string;
}

export interface Column {
  key: string;
  x: number;
  w: number;
  /** For an actor column. */
  actorId?: string;
}

export interface Row {
  stepId: string;
  /** The displayed number (the step's place in the list, from 1). */
  number: number;
  y: number;
  height: number;
  cells: Cell[];
}

export type ShapeKind = 'terminator' | 'process' | 'decision' | 'offpage';

export interface Shape extends Rect {
  kind: ShapeKind;
  /** The off-page connector's letters; empty for the steps' symbols. */
  label: string;
  /** The step drawn; for an off-page connector, the step the link goes to. */
  stepId: string;
  actorId: string;
  /** Off-page connectors: 'out' at the bottom of the page the link leaves, 'in' at the top of the page it enters. */
  direction?: 'in' | 'out';
}

export interface Connector {
  /** Polyline, orthogonal; an arrowhead at the last point except for joins. */
  points: Point[];
  kind: 'flow' | 'join';
  /** Decision exits. */
  label?: 'Ya' | 'Tidak';
  /** Left end of the label's baseline: beside its own line, clear of every other line, symbol and text. */
  labelAt?: Point;
  /** Step ids; for a link through an off-page pair, the real ends of the link (on both pages). */
  from: string;
  to: string;
  /** 'yes' | 'no' for decision exits, 'next' otherwise, 'join' for the line joining a multi-actor step. */
  exit: 'next' | 'yes' | 'no' | 'join';
  /** The label of the off-page connector the line starts from (top of a page) or ends at (bottom of a page). */
  offpage?: string;
}

export interface FlowPage {
  size: { width: number; height: number };
  /** 1-based, counting the identity pages. */
  number: number;
  frame: Rect;
  columns: Column[];
  /** The table header (repeated on every page). */
  header: Cell[];
  headerRect: Rect;
  rows: Row[];
  /** Cells of the strips holding off-page connectors (above the first row, below the last), when present. */
  strips: Cell[];
  shapes: Shape[];
  connectors: Connector[];
  /** Every text of the page, already in the cells above included, for painters that only paint text. */
  texts: TextLine[];
  /** Font size of the body text: one for the whole document. */
  fontSize: number;
}

export interface IdentityPage {
  size: { width: number; height: number };
  number: number;
  frame: Rect;
  /** The logo's place (empty box when no logo is painted). */
  logo: Rect | null;
  cells: Cell[];
  texts: TextLine[];
}

export interface LayoutWarning {
  code:
    | 'unknown-actor'
    | 'no-actor'
    | 'unknown-target'
    | 'missing-exit'
    | 'row-too-tall'
    | 'name-abbreviated';
  stepId?: string;
  actorId?: string;
  detail?: string;
}

export interface LayoutOptions {
  /** The unit block of the identity page, from the top of the hierarchy down (ministry, deputy, bureau, section). */
  unitNames?: string[];
  /** Reserve the logo box on the identity page (default true). */
  logo?: boolean;
}

export interface SopLayout {
  /** Identity page(s): one, or more when the lists continue. */
  identity: IdentityPage[];
  /** Flowchart pages, numbered after the identity pages. */
  pages: FlowPage[];
  warnings: LayoutWarning[];
}
