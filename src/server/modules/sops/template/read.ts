import type ExcelJS from 'exceljs';
import type { $ZodIssue } from 'zod/v4/core';
import type { SopActor, SopContent, SopRelated, SopStep, SopSymbol } from '../../../../domain/sop/model.ts';
import { SOP_LIMITS, ZSopContent } from '../../../../domain/sop/schema.ts';
import type { MessageKey } from '../../../http/messages.ts';
import {
  ACTOR_COLUMNS, ACTOR_FIRST_ROW, ACTOR_SEPARATOR, FORMAT_NAME, FORMAT_VERSION, IDENTITY_COLUMNS, IDENTITY_FIELDS, IDENTITY_LISTS,
  LIST_FIRST_ROW, LIST_LAST_ROW, META_CELLS, SHEETS, STEP_COLUMNS, STEP_FIRST_ROW, cellRef, colNumber, isEndWord, stepCol, symbolOf, timeUnitOf,
  type IdentityFieldKey, type IdentityListKey, type StepColumnKey,
} from './template-layout.ts';

/** One reason the workbook cannot be imported, at one cell ("Langkah!D7"); phrased per language by the service. */
export interface ImportProblem {
  cell: string;
  key: MessageKey;
  params?: Record<string, string | number>;
  /** A schema check of the assembled content (a text too long…), phrased like the API's field errors. */
  issue?: $ZodIssue;
}

export type ReadResult = { ok: true; content: SopContent } | { ok: false; problems: ImportProblem[] };

// ---------------------------------------------------------------- cell values

type Value =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; n: number }
  | { kind: 'date'; date: Date }
  | { kind: 'other'; text: string };

function valueOf(cell: ExcelJS.Cell): Value {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', n: v } : { kind: 'other', text: String(v) };
  if (typeof v === 'string') return v.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: v };
  if (typeof v === 'boolean') return { kind: 'other', text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return { kind: 'date', date: v };
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; error?: string; result?: unknown };
    if (Array.isArray(o.richText)) {
      const text = o.richText.map((r) => r.text ?? '').join('');
      return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text };
    }
    if (typeof o.text === 'string') return o.text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: o.text };
    if (typeof o.error === 'string') return { kind: 'other', text: o.error };
  }
  return { kind: 'other', text: String(v) };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A cell as text: trimmed, Windows line ends made plain; numbers as written, dates as YYYY-MM-DD. */
function textOf(v: Value): string {
  switch (v.kind) {
    case 'empty': return '';
    case 'text': return v.text.replace(/\r\n?/g, '\n').trim();
    case 'number': return String(v.n);
    case 'date': return Number.isNaN(v.date.getTime()) ? '' : isoDate(v.date);
    case 'other': return v.text.trim();
  }
}

const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];

function ymd(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? isoDate(date) : null;
}

/** A calendar day from a date cell, a day number, or text: 05-01-2026, 05/01/2026, 2026-01-05, 5 Januari 2026. */
function dateOf(v: Value): string | null | 'bad' {
  switch (v.kind) {
    case 'empty': return null;
    case 'date': return Number.isNaN(v.date.getTime()) ? 'bad' : ymd(v.date.getUTCFullYear(), v.date.getUTCMonth() + 1, v.date.getUTCDate()) ?? 'bad';
    case 'number': {
      // a day number of the 1900 date system without a date format
      if (!Number.isInteger(v.n) || v.n < 1 || v.n > 73050) return 'bad';
      return isoDate(new Date(Date.UTC(1899, 11, 30) + v.n * 86_400_000));
    }
    default: {
      const s = textOf(v).toLowerCase();
      let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
      if (m) return ymd(+m[1], +m[2], +m[3]) ?? 'bad';
      m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
      if (m) return ymd(+m[3], +m[2], +m[1]) ?? 'bad';
      m = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/.exec(s);
      if (m && MONTHS.includes(m[2])) return ymd(+m[3], MONTHS.indexOf(m[2]) + 1, +m[1]) ?? 'bad';
      return 'bad';
    }
  }
}

/** A number from a number cell or text such as "2,5" (the Indonesian decimal comma). */
function numberOf(v: Value): number | null {
  if (v.kind === 'number') return v.n;
  const s = textOf(v).replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(s)) return null;
  return Number(s.replace(',', '.'));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---------------------------------------------------------------- the checks before reading

/** Why the workbook is not the template this portal reads, or null when it is. */
export function templateMismatch(wb: ExcelJS.Workbook): { key: MessageKey; params: Record<string, string | number> } | null {
  for (const name of [SHEETS.identity, SHEETS.actors, SHEETS.steps, SHEETS.meta]) {
    if (!wb.getWorksheet(name)) return { key: 'sop_import_not_template', params: { sheet: name } };
  }
  const meta = wb.getWorksheet(SHEETS.meta)!;
  if (textOf(valueOf(meta.getCell(META_CELLS.name))) !== FORMAT_NAME) return { key: 'sop_import_not_template', params: { sheet: SHEETS.meta } };
  const version = textOf(valueOf(meta.getCell(META_CELLS.version)));
  if (version !== String(FORMAT_VERSION)) return { key: 'sop_import_template_version', params: { version, expected: FORMAT_VERSION } };
  return null;
}

// ---------------------------------------------------------------- reading

/**
 * Reads a filled template (already through `inspectXlsx` of guard.ts and `templateMismatch`) into SOP content for `unitId`,
 * or every problem found, each at its cell. Ids are made from the places: actors a1, a2, … in the order of the
 * Pelaksana sheet, steps s1, s2, … in the order of the Langkah sheet, so an exported SOP with such ids comes back
 * equal.
 */
export function readSopWorkbook(wb: ExcelJS.Workbook, unitId: string): ReadResult {
  const problems: ImportProblem[] = [];
  const problem = (cell: string, key: MessageKey, params?: Record<string, string | number>) => problems.push({ cell, key, ...(params ? { params } : {}) });

  // Identitas
  const idWs = wb.getWorksheet(SHEETS.identity)!;
  const idCell = (key: IdentityFieldKey) => {
    const f = IDENTITY_FIELDS.find((x) => x.key === key)!;
    const address = `${IDENTITY_COLUMNS.value}${f.row}`;
    return { ref: cellRef(SHEETS.identity, IDENTITY_COLUMNS.value, f.row), v: valueOf(idWs.getCell(address)), field: f };
  };
  const text = (key: IdentityFieldKey) => {
    const { ref, v, field } = idCell(key);
    const s = textOf(v);
    if (field.required && s === '') problem(ref, 'required');
    return s;
  };
  const date = (key: IdentityFieldKey) => {
    const { ref, v } = idCell(key);
    const d = dateOf(v);
    if (d === 'bad') {
      problem(ref, 'sop_import_bad_date', { value: textOf(v) });
      return null;
    }
    return d;
  };
  const nip = (() => {
    const { ref, v } = idCell('ratifiedBy.nip');
    if (v.kind === 'number') {
      problem(ref, 'sop_import_nip_number');
      return '';
    }
    const s = textOf(v).replace(/\s/g, '');
    if (s !== '' && !/^\d{18}$/.test(s)) problem(ref, 'nip_invalid');
    return s;
  })();

  const listRows: Partial<Record<IdentityListKey, number[]>> = {};
  const list = (key: IdentityListKey) => {
    const l = IDENTITY_LISTS.find((x) => x.key === key)!;
    const items: { row: number; text: string }[] = [];
    for (let r = LIST_FIRST_ROW; r <= Math.max(idWs.rowCount, LIST_FIRST_ROW); r++) {
      const s = textOf(valueOf(idWs.getCell(`${l.col}${r}`)));
      if (s === '') continue;
      if (r > LIST_LAST_ROW) {
        problem(cellRef(SHEETS.identity, l.col, r), 'sop_import_too_many', { max: SOP_LIMITS.listItems });
        break;
      }
      items.push({ row: r, text: s });
    }
    return items;
  };
  const relatedTitles = list('related');
  const relatedIds = new Map(list('relatedId').map((i) => [i.row, i.text]));
  const related: SopRelated[] = [];
  const relatedRows: number[] = [];
  for (const t of relatedTitles) {
    const id = relatedIds.get(t.row);
    relatedIds.delete(t.row);
    if (id !== undefined && !UUID.test(id)) problem(cellRef(SHEETS.identity, 'D', t.row), 'sop_import_related_id');
    related.push(id !== undefined ? { sopId: id.toLowerCase(), title: t.text } : { title: t.text });
    relatedRows.push(t.row);
  }
  for (const row of relatedIds.keys()) problem(cellRef(SHEETS.identity, 'C', row), 'sop_import_related_title_missing');
  listRows.related = relatedRows;
  const plain = (key: Exclude<IdentityListKey, 'related' | 'relatedId'>) => {
    const items = list(key);
    listRows[key] = items.map((i) => i.row);
    return items.map((i) => i.text);
  };

  const identity: SopContent['identity'] = {
    unitId,
    number: text('number'),
    title: text('title'),
    madeOn: date('madeOn'),
    revisedOn: date('revisedOn'),
    effectiveOn: date('effectiveOn'),
    ratifiedBy: { position: text('ratifiedBy.position'), name: text('ratifiedBy.name'), nip },
    legalBasis: plain('legalBasis'),
    qualifications: plain('qualifications'),
    related,
    equipment: plain('equipment'),
    warnings: text('warnings'),
    records: plain('records'),
  };

  // Pelaksana
  const acWs = wb.getWorksheet(SHEETS.actors)!;
  const actors: SopActor[] = [];
  const actorRows: number[] = [];
  const actorByName = new Map<string, SopActor>();
  for (let r = ACTOR_FIRST_ROW; r <= acWs.rowCount; r++) {
    const name = textOf(valueOf(acWs.getCell(`${ACTOR_COLUMNS.name.col}${r}`)));
    const posRef = cellRef(SHEETS.actors, ACTOR_COLUMNS.positionId.col, r);
    const positionId = textOf(valueOf(acWs.getCell(`${ACTOR_COLUMNS.positionId.col}${r}`)));
    const ref = cellRef(SHEETS.actors, ACTOR_COLUMNS.name.col, r);
    if (name === '') {
      if (positionId !== '') problem(ref, 'required');
      continue;
    }
    if (actors.length === SOP_LIMITS.actors) {
      problem(ref, 'sop_import_too_many', { max: SOP_LIMITS.actors });
      break;
    }
    const folded = name.toLocaleLowerCase('id');
    if (actorByName.has(folded)) {
      problem(ref, 'sop_import_duplicate_actor', { name });
      continue;
    }
    if (positionId !== '' && !UUID.test(positionId)) problem(posRef, 'sop_import_position_id');
    const actor: SopActor = { id: `a${actors.length + 1}`, name, ...(positionId !== '' ? { positionId: positionId.toLowerCase() } : {}) };
    actors.push(actor);
    actorRows.push(r);
    actorByName.set(folded, actor);
  }

  // Langkah
  const stWs = wb.getWorksheet(SHEETS.steps)!;
  const contentCols = STEP_COLUMNS.filter((c) => c.key !== 'no');
  const rows: number[] = [];
  for (let r = STEP_FIRST_ROW; r <= stWs.rowCount; r++) {
    if (contentCols.some((c) => valueOf(stWs.getCell(`${c.col}${r}`)).kind !== 'empty')) {
      if (rows.length === SOP_LIMITS.steps) {
        problem(cellRef(SHEETS.steps, stepCol('description'), r), 'sop_import_too_many', { max: SOP_LIMITS.steps });
        break;
      }
      rows.push(r);
    }
  }
  const at = (key: StepColumnKey, r: number) => ({ ref: cellRef(SHEETS.steps, stepCol(key), r), v: valueOf(stWs.getCell(`${stepCol(key)}${r}`)) });
  /** A step number in a link cell → the step's id. */
  const target = (key: StepColumnKey, r: number, allowEnd: boolean): string | null | undefined | 'bad' => {
    const { ref, v } = at(key, r);
    if (v.kind === 'empty') return undefined;
    if (allowEnd && v.kind !== 'number' && isEndWord(textOf(v))) return null;
    const n = numberOf(v);
    if (n === null || !Number.isInteger(n)) {
      problem(ref, 'sop_import_target_not_number', { value: textOf(v) });
      return 'bad';
    }
    if (n < 1 || n > rows.length) {
      problem(ref, 'sop_import_target_unknown', { value: n });
      return 'bad';
    }
    return `s${n}`;
  };
  const steps: SopStep[] = rows.map((r, i) => {
    const no = at('no', r);
    const n = numberOf(no.v);
    if (no.v.kind === 'empty') problem(no.ref, 'required');
    else if (n !== i + 1) problem(no.ref, 'sop_import_step_number', { expected: i + 1, value: textOf(no.v) });

    const actorCell = at('actors', r);
    const actorIds: string[] = [];
    for (const name of textOf(actorCell.v).split(ACTOR_SEPARATOR).map((s) => s.trim()).filter(Boolean)) {
      const actor = actorByName.get(name.toLocaleLowerCase('id'));
      if (!actor) problem(actorCell.ref, 'sop_import_unknown_actor', { name });
      else if (actorIds.includes(actor.id)) problem(actorCell.ref, 'sop_import_duplicate_actor', { name });
      else actorIds.push(actor.id);
    }

    const sym = at('symbol', r);
    let symbol: SopSymbol = 'process';
    if (sym.v.kind === 'empty') problem(sym.ref, 'required');
    else {
      const s = symbolOf(textOf(sym.v));
      if (!s) problem(sym.ref, 'sop_import_unknown_symbol', { value: textOf(sym.v) });
      else symbol = s;
    }

    const links: Pick<SopStep, 'next' | 'yes' | 'no'> = {};
    const nextCell = at('next', r);
    if (symbol === 'decision') {
      if (nextCell.v.kind !== 'empty') problem(nextCell.ref, 'sop_import_next_on_decision');
      for (const [key, exit, label] of [['yes', 'yes', 'Ya'], ['no_', 'no', 'Tidak']] as const) {
        const t = target(key, r, false);
        if (t === undefined) problem(at(key, r).ref, 'sop_import_decision_exit_missing', { exit: label });
        else if (t !== 'bad' && t !== null) links[exit] = t;
      }
    } else {
      for (const key of ['yes', 'no_'] as const) {
        if (at(key, r).v.kind !== 'empty') problem(at(key, r).ref, 'sop_import_link_not_decision');
      }
      const t = target('next', r, true);
      if (t !== undefined && t !== 'bad') links.next = t;
    }

    const timeCell = at('time', r);
    const unitCell = at('unit', r);
    let time: SopStep['time'] = null;
    const value = timeCell.v.kind === 'empty' ? null : numberOf(timeCell.v);
    const unit = unitCell.v.kind === 'empty' ? null : timeUnitOf(textOf(unitCell.v));
    if (timeCell.v.kind !== 'empty' && value === null) problem(timeCell.ref, 'sop_import_not_number', { value: textOf(timeCell.v) });
    else if (value !== null && value <= 0) problem(timeCell.ref, 'sop_time_positive');
    if (unitCell.v.kind !== 'empty' && unit === null) problem(unitCell.ref, 'sop_import_unknown_time_unit', { value: textOf(unitCell.v) });
    if (timeCell.v.kind !== 'empty' && unitCell.v.kind === 'empty') problem(unitCell.ref, 'sop_import_time_unit_missing');
    if (timeCell.v.kind === 'empty' && unitCell.v.kind !== 'empty') problem(timeCell.ref, 'sop_import_time_value_missing');
    if (value !== null && value > 0 && unit) time = { value, unit };

    return {
      id: `s${i + 1}`,
      description: textOf(at('description', r).v),
      actorIds,
      symbol,
      requirements: textOf(at('requirements', r).v),
      time,
      output: textOf(at('output', r).v),
      notes: textOf(at('notes', r).v),
      ...links,
    };
  });

  if (problems.length) return { ok: false, problems: inReadingOrder(problems) };

  const content: SopContent = { identity, actors, steps };
  const parsed = ZSopContent.safeParse(content, { reportInput: true });
  if (parsed.success) return { ok: true, content };
  return {
    ok: false,
    problems: inReadingOrder(parsed.error.issues.map((issue) => ({
      cell: cellOfPath(issue.path as (string | number)[], { stepRows: rows, actorRows, listRows }),
      key: 'validation',
      issue: issue as $ZodIssue,
    }))),
  };
}

const SHEET_ORDER: string[] = [SHEETS.identity, SHEETS.actors, SHEETS.steps];

/** Problems as a person reads the workbook: sheet by sheet, row by row, left to right (stable for one cell). */
function inReadingOrder(problems: ImportProblem[]): ImportProblem[] {
  const key = (p: ImportProblem) => {
    const [sheet, address] = p.cell.split('!');
    const m = /^([A-Z]+)(\d+)$/.exec(address ?? '');
    return [SHEET_ORDER.indexOf(sheet), m ? Number(m[2]) : 0, m ? colNumber(m[1]) : 0];
  };
  return problems
    .map((p, i) => ({ p, i, k: key(p) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.p);
}

const IDENTITY_PATHS: Record<string, IdentityFieldKey> = {
  number: 'number', title: 'title', madeOn: 'madeOn', revisedOn: 'revisedOn', effectiveOn: 'effectiveOn', warnings: 'warnings',
  'ratifiedBy.position': 'ratifiedBy.position', 'ratifiedBy.name': 'ratifiedBy.name', 'ratifiedBy.nip': 'ratifiedBy.nip',
};
const STEP_PATHS: Record<string, StepColumnKey> = {
  id: 'no', description: 'description', actorIds: 'actors', symbol: 'symbol', requirements: 'requirements', time: 'time',
  output: 'output', notes: 'notes', next: 'next', yes: 'yes', no: 'no_',
};

/** The cell a schema issue of the assembled content points at. */
function cellOfPath(
  path: (string | number)[],
  where: { stepRows: number[]; actorRows: number[]; listRows: Partial<Record<IdentityListKey, number[]>> },
): string {
  const [head, a, b, c] = path;
  if (head === 'steps' && typeof a === 'number') {
    const row = where.stepRows[a] ?? STEP_FIRST_ROW;
    const key = b === 'time' && c === 'unit' ? 'unit' : STEP_PATHS[String(b)] ?? 'no';
    return cellRef(SHEETS.steps, stepCol(key), row);
  }
  if (head === 'actors' && typeof a === 'number') {
    const row = where.actorRows[a] ?? ACTOR_FIRST_ROW;
    return cellRef(SHEETS.actors, b === 'positionId' ? ACTOR_COLUMNS.positionId.col : ACTOR_COLUMNS.name.col, row);
  }
  if (head === 'identity') {
    const list = IDENTITY_LISTS.find((l) => l.key === a);
    if (list) {
      const col = a === 'related' && c === 'sopId' ? 'D' : list.col;
      const row = typeof b === 'number' ? where.listRows[list.key]?.[b] ?? LIST_FIRST_ROW : LIST_FIRST_ROW;
      return cellRef(SHEETS.identity, col, row);
    }
    const field = IDENTITY_FIELDS.find((f) => f.key === IDENTITY_PATHS[[a, b].filter((x) => x !== undefined).join('.')]);
    if (field) return cellRef(SHEETS.identity, IDENTITY_COLUMNS.value, field.row);
  }
  return `${SHEETS.steps}!A1`;
}
