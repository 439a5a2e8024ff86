import { formatNumber, parseTemplate, type TemplateErrorCode } from '../../../domain/numbering/template.ts';

export type PreviewResult = { ok: true; number: string } | { ok: false; codes: (TemplateErrorCode | 'token_unavailable')[] };

/** What a template gives for a sample: the 7th document of unit ROREN, this month; or why it cannot be used. */
export function previewNumber(source: string, kind: string, now: Date): PreviewResult {
  const parsed = parseTemplate(source);
  if (!parsed.ok) return { ok: false, codes: [...new Set(parsed.errors.map((e) => e.code))] };
  if (parsed.template.parts.some((p) => 'token' in p && (p.token === 'kodeKlasifikasi' || p.token === 'kodeSifat'))) return { ok: false, codes: ['token_unavailable'] };
  const result = formatNumber(parsed.template, { seq: 7, year: now.getFullYear(), month: now.getMonth() + 1, kodeUnit: 'ROREN', kodeJenis: kind || 'SOP' });
  return result.ok ? { ok: true, number: result.number } : { ok: false, codes: [] };
}
