import { isApiError } from '../../api/client.ts';

export interface ImportProblem {
  sheet: string;
  /** "Langkah!C3", or empty when the problem is the whole file. */
  cell: string;
  message: string;
}

/**
 * Every problem of a refused import (SOP_IMPORT_INVALID), by sheet and cell: the body's `problems` when present, else
 * the error's fields (paths "Sheet!A1"). Empty for any other failure.
 */
export function importProblems(error: unknown): ImportProblem[] {
  if (!isApiError(error)) return [];
  const body = error.body as { problems?: unknown } | undefined;
  if (Array.isArray(body?.problems)) {
    return body.problems
      .filter((p): p is { sheet?: unknown; cell?: unknown; message: string } => typeof p?.message === 'string')
      .map((p) => ({ sheet: typeof p.sheet === 'string' ? p.sheet : '', cell: typeof p.cell === 'string' ? p.cell : '', message: p.message }));
  }
  return error.fields.map((f) => {
    const bang = f.path.indexOf('!');
    return { sheet: bang > 0 ? f.path.slice(0, bang) : '', cell: bang > 0 ? f.path : '', message: f.message };
  });
}

/** Only the workbook the template is: .xlsx, by name (browsers report spreadsheet types unevenly). */
export const isXlsxName = (name: string) => /\.xlsx$/i.test(name.trim());

/** "Langkah!C3" → "C3": the sheet has its own column. */
export const cellName = (cell: string) => (cell.includes('!') ? cell.slice(cell.indexOf('!') + 1) : cell);
