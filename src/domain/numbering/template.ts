/**
 * Document-number templates (regulations.md §1.9, §6.3: no national format, so each ministry sets its own), e.g.
 * `{seq:3}/SOP/{kodeUnit}/{bulanRomawi}/{tahun}` → `007/SOP/ROREN/VIII/2026`.
 */
export const TEMPLATE_TOKENS = [
  'seq',
  'kodeUnit',
  'kodeJenis',
  'kodeKlasifikasi',
  'kodeSifat',
  'bulan',
  'bulanRomawi',
  'tahun',
] as const;
export type TemplateToken = (typeof TEMPLATE_TOKENS)[number];

export const MAX_TEMPLATE_LENGTH = 200;
export const MAX_SEQ_PADDING = 10;

export type TemplatePart = { text: string } | { token: TemplateToken; pad?: number };

export interface NumberTemplate {
  source: string;
  parts: readonly TemplatePart[];
}

export type TemplateErrorCode =
  | 'empty'
  | 'too_long'
  | 'unknown_token'
  | 'unexpected_argument'
  | 'invalid_padding'
  | 'missing_seq'
  | 'duplicate_seq'
  | 'unclosed_brace'
  | 'unopened_brace';

export interface TemplateError {
  code: TemplateErrorCode;
  /** Where in the template, counting from 0. */
  index?: number;
  /** The text between the braces. */
  token?: string;
  /** A known token the unknown one probably meant (differs only in letter case). */
  suggestion?: TemplateToken;
}

export type TemplateResult = { ok: true; template: NumberTemplate } | { ok: false; errors: TemplateError[] };

const PIECE = /\{([^{}]*)\}|[{}]/g;

function isToken(name: string): name is TemplateToken {
  return (TEMPLATE_TOKENS as readonly string[]).includes(name);
}

function readToken(body: string, index: number): TemplatePart | TemplateError {
  const [name, ...rest] = body.split(':');
  const arg = rest.length > 0 ? rest.join(':') : undefined;
  if (!isToken(name)) {
    const suggestion = TEMPLATE_TOKENS.find((t) => t.toLowerCase() === name.trim().toLowerCase());
    return { code: 'unknown_token', index, token: body, ...(suggestion && { suggestion }) };
  }
  if (arg === undefined) return { token: name };
  if (name !== 'seq') return { code: 'unexpected_argument', index, token: body };
  const pad = /^\d{1,2}$/.test(arg) ? Number(arg) : NaN;
  if (!(pad >= 1 && pad <= MAX_SEQ_PADDING)) return { code: 'invalid_padding', index, token: body };
  return { token: 'seq', pad };
}

export function parseTemplate(source: string): TemplateResult {
  if (source.trim() === '') return { ok: false, errors: [{ code: 'empty' }] };
  if (source.length > MAX_TEMPLATE_LENGTH) return { ok: false, errors: [{ code: 'too_long' }] };
  const parts: TemplatePart[] = [];
  const errors: TemplateError[] = [];
  let seqCount = 0;
  let last = 0;
  for (const m of source.matchAll(PIECE)) {
    if (m.index > last) parts.push({ text: source.slice(last, m.index) });
    last = m.index + m[0].length;
    if (m[1] === undefined) {
      errors.push({ code: m[0] === '{' ? 'unclosed_brace' : 'unopened_brace', index: m.index });
      continue;
    }
    const part = readToken(m[1], m.index);
    if ('code' in part) {
      errors.push(part);
      continue;
    }
    if ('token' in part && part.token === 'seq') {
      seqCount++;
      if (seqCount === 2) errors.push({ code: 'duplicate_seq', index: m.index });
    }
    parts.push(part);
  }
  if (last < source.length) parts.push({ text: source.slice(last) });
  if (seqCount === 0) errors.push({ code: 'missing_seq' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template: { source, parts } };
}

export interface NumberValues {
  /** The counter's next value, from the database. */
  seq: number;
  /** Year and month (1–12) of the numbering date on the WIB calendar. */
  year: number;
  month: number;
  kodeUnit?: string;
  kodeJenis?: string;
  kodeKlasifikasi?: string;
  kodeSifat?: string;
}

export type FormatError = TemplateError | { code: 'missing_value' | 'invalid_value'; token: TemplateToken };
export type FormatResult = { ok: true; number: string } | { ok: false; errors: FormatError[] };

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export function romanMonth(month: number): string {
  const roman = ROMAN_MONTHS[month - 1];
  if (!Number.isInteger(month) || roman === undefined) throw new RangeError(`month must be 1–12: ${month}`);
  return roman;
}

function tokenValue(token: TemplateToken, pad: number | undefined, v: NumberValues): string | FormatError {
  switch (token) {
    case 'seq':
      if (!Number.isSafeInteger(v.seq) || v.seq < 1) return { code: 'invalid_value', token };
      return String(v.seq).padStart(pad ?? 0, '0');
    case 'tahun':
      if (!Number.isInteger(v.year) || v.year < 1000 || v.year > 9999) return { code: 'invalid_value', token };
      return String(v.year);
    case 'bulan':
    case 'bulanRomawi':
      if (!Number.isInteger(v.month) || v.month < 1 || v.month > 12) return { code: 'invalid_value', token };
      return token === 'bulan' ? String(v.month).padStart(2, '0') : romanMonth(v.month);
    default: {
      const code = v[token]?.trim();
      return code ? code : { code: 'missing_value', token };
    }
  }
}

export function formatNumber(template: NumberTemplate | string, values: NumberValues): FormatResult {
  let parsed: NumberTemplate;
  if (typeof template === 'string') {
    const result = parseTemplate(template);
    if (!result.ok) return result;
    parsed = result.template;
  } else parsed = template;
  const errors: FormatError[] = [];
  let number = '';
  for (const part of parsed.parts) {
    const piece = 'text' in part ? part.text : tokenValue(part.token, part.pad, values);
    if (typeof piece === 'string') number += piece;
    else if (!errors.some((e) => 'token' in e && e.token === piece.token)) errors.push(piece);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, number };
}

export function usesToken(template: NumberTemplate, token: TemplateToken): boolean {
  return template.parts.some((p) => 'token' in p && p.token === token);
}

export interface CounterScope {
  kind: string;
  /** Null when the template has no {kodeUnit}: one counter for all units. */
  unitId: string | null;
  /** Null when the template has no {tahun}: the counter never restarts. */
  year: number | null;
  /** One string per counter, for a unique key or an advisory lock. */
  key: string;
}

/**
 * Which counter a number comes from: one per kind, unit and year. A unit or year the template does not print is
 * left out of the scope, or two units (or two years) would count separately and print the same number.
 */
export function counterScope(kind: string, unitId: string, year: number, template: NumberTemplate): CounterScope {
  if (kind.trim() === '' || unitId.trim() === '') throw new RangeError('counter scope needs a kind and a unit');
  if (!Number.isInteger(year)) throw new RangeError(`year must be a whole number: ${year}`);
  const scope = {
    kind,
    unitId: usesToken(template, 'kodeUnit') ? unitId : null,
    year: usesToken(template, 'tahun') ? year : null,
  };
  return { ...scope, key: JSON.stringify([scope.kind, scope.unitId, scope.year]) };
}
