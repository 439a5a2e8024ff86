/**
 * An SOP in the national format (PermenPANRB 35/2012; shared/domain/regulations.md §1.4–1.5): the identity page and
 * the flowchart matrix. Plain types, free of zod (the schemas are in schema.ts), so the web app's editor and preview
 * can use them without loading a validator.
 */

/** The symbols a step is drawn with; arrows are the links, off-page connectors are placed by the layout. */
export const SOP_SYMBOLS = ['terminator', 'process', 'decision'] as const;
export type SopSymbol = (typeof SOP_SYMBOLS)[number];

export const TIME_UNITS = ['menit', 'jam', 'hari', 'minggu', 'bulan', 'tahun'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** *Pelaksana*: a column of the flowchart, from the position catalogue or typed freely. */
export interface SopActor {
  /** Stable within the SOP (a client-made id, e.g. "a1"); steps refer to it. */
  id: string;
  name: string;
  positionId?: string | null;
}

export interface SopStep {
  /** Stable within the SOP (e.g. "s1"); links refer to it, the displayed number is the step's place in the list. */
  id: string;
  description: string;
  /** One actor, or several when the step is carried out together (drawn in each actor's column, joined). */
  actorIds: string[];
  symbol: SopSymbol;
  /** *Mutu baku*. */
  requirements: string;
  time: { value: number; unit: TimeUnit } | null;
  output: string;
  notes: string;
  /**
   * Where the flow goes after a terminator or a process: a step id, may be an earlier one (a loop-back). Absent:
   * the next step in the list; null: the flow ends here (a terminator that ends the procedure).
   */
  next?: string | null;
  /** A decision's exits (step ids). */
  yes?: string | null;
  no?: string | null;
}

export interface SopRatifier {
  position: string;
  name: string;
  nip: string;
}

/** A related SOP: one in the registry (by id), or an external one by its name/number. */
export interface SopRelated {
  sopId?: string | null;
  title: string;
}

export interface SopIdentity {
  unitId: string;
  number: string;
  title: string;
  /** ISO dates (YYYY-MM-DD). */
  madeOn: string | null;
  revisedOn: string | null;
  effectiveOn: string | null;
  ratifiedBy: SopRatifier;
  legalBasis: string[];
  qualifications: string[];
  related: SopRelated[];
  equipment: string[];
  warnings: string;
  records: string[];
}

export interface SopContent {
  identity: SopIdentity;
  actors: SopActor[];
  steps: SopStep[];
}

export const PAPER_SIZES = ['A4', 'F4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Page settings of every output; always landscape. Lengths in PDF points (1/72 inch). */
export interface PageSettings {
  paper: PaperSize;
  margins: { top: number; right: number; bottom: number; left: number };
  /** At most this many steps on a page; the real row heights may put fewer. */
  maxStepsPerPage: number;
}

export const DEFAULT_PAGE_SETTINGS: PageSettings = {
  paper: 'A4',
  margins: { top: 36, right: 36, bottom: 36, left: 36 },
  maxStepsPerPage: 12,
};

/** Landscape page sizes in points: A4 297×210 mm, F4 (folio) 330×215 mm. */
export const PAPER_POINTS: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 841.89, height: 595.28 },
  F4: { width: 935.43, height: 609.45 },
};
