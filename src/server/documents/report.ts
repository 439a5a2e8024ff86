/**
 * A report as title lines and blocks (headings, texts, label/value fields, tables), painted by the writers without
 * saying anything of their own: `report-pdf.ts` here (used by job documents and the monev reports), and the job
 * documents' Word and spreadsheet writers. Cells hold numbers as numbers: the PDF and Word writers format them the
 * Indonesian way, a spreadsheet keeps them numeric.
 */

export type Cell = string | number | null;

export interface Column {
  label: string;
  /** Relative width. */
  width: number;
  /** Decimals shown for numbers (default 0). */
  decimals?: number;
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; rows: Array<[string, Cell]> }
  | { type: 'table'; columns: Column[]; rows: Cell[][]; total?: Cell[] };

export interface Report {
  title: string;
  subtitle: string[];
  blocks: Block[];
  /** Orientation of the PDF and Word pages: wide tables read better across. */
  landscape: boolean;
  /** File name without extension. */
  fileBase: string;
  /** The PDF's dates: when the exported content was saved (so the same content gives the same bytes). */
  savedAt: Date;
  /** The spreadsheet's sheet name. */
  sheet: string;
}

/** Numbers the Indonesian way: `1.250,5`. */
export function formatNumber(value: number, decimals = 0): string {
  return new Intl.NumberFormat('id-ID', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}
