import { describe, expect, it } from 'vitest';
import {
  counterScope,
  formatNumber,
  parseTemplate,
  romanMonth,
  type NumberTemplate,
  type NumberValues,
} from './template.ts';
import { ZNumberTemplate } from './template.schema.ts';

const values: NumberValues = { seq: 7, year: 2026, month: 8, kodeUnit: 'ROREN', kodeJenis: 'BA', kodeKlasifikasi: 'OT.01' };

function parsed(source: string): NumberTemplate {
  const result = parseTemplate(source);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.template;
}

describe('number templates', () => {
  it.each([
    ['{seq:3}/SOP/{kodeUnit}/{tahun}', '007/SOP/ROREN/2026'],
    ['SOP-{kodeUnit}-{seq:3}/{tahun}', 'SOP-ROREN-007/2026'],
    ['{kodeJenis}-{seq:3}/{kodeUnit}/{kodeKlasifikasi}/{bulanRomawi}/{tahun}', 'BA-007/ROREN/OT.01/VIII/2026'],
    ['{seq}/{bulan}/{tahun}', '7/08/2026'],
    ['No. {seq:5}', 'No. 00007'],
  ])('%s → %s', (template, number) => {
    expect(formatNumber(template, values)).toEqual({ ok: true, number });
    expect(formatNumber(parsed(template), values)).toEqual({ ok: true, number });
  });

  it('pads without cutting a longer sequence', () => {
    expect(formatNumber('{seq:3}', { ...values, seq: 1 })).toEqual({ ok: true, number: '001' });
    expect(formatNumber('{seq:3}', { ...values, seq: 1234 })).toEqual({ ok: true, number: '1234' });
    expect(formatNumber('{seq:10}', { ...values, seq: 42 })).toEqual({ ok: true, number: '0000000042' });
  });

  it('writes every month in roman numerals', () => {
    const months = Array.from({ length: 12 }, (_, i) => romanMonth(i + 1));
    expect(months).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    expect(formatNumber('{seq}/{bulanRomawi}/{bulan}', { ...values, month: 12 })).toEqual({ ok: true, number: '7/XII/12' });
    expect(() => romanMonth(13)).toThrow(RangeError);
    expect(() => romanMonth(0)).toThrow(RangeError);
  });

  it('names an unknown token, where it is, and what was probably meant', () => {
    expect(parseTemplate('{seq}/{KodeUnit}/{nomor}')).toEqual({
      ok: false,
      errors: [
        { code: 'unknown_token', index: 6, token: 'KodeUnit', suggestion: 'kodeUnit' },
        { code: 'unknown_token', index: 17, token: 'nomor' },
      ],
    });
  });

  it.each([
    ['SOP/{kodeUnit}/{tahun}', [{ code: 'missing_seq' }]],
    ['{seq}/{seq:3}', [{ code: 'duplicate_seq', index: 6 }]],
    ['{seq:0}', [{ code: 'invalid_padding', index: 0, token: 'seq:0' }, { code: 'missing_seq' }]],
    ['{seq:11}', [{ code: 'invalid_padding', index: 0, token: 'seq:11' }, { code: 'missing_seq' }]],
    ['{seq:x}', [{ code: 'invalid_padding', index: 0, token: 'seq:x' }, { code: 'missing_seq' }]],
    ['{seq}/{tahun:2}', [{ code: 'unexpected_argument', index: 6, token: 'tahun:2' }]],
    ['{seq}/{tahun', [{ code: 'unclosed_brace', index: 6 }]],
    ['{seq}/tahun}', [{ code: 'unopened_brace', index: 11 }]],
    ['{}{seq}', [{ code: 'unknown_token', index: 0, token: '' }]],
    ['   ', [{ code: 'empty' }]],
    [`{seq}${'x'.repeat(200)}`, [{ code: 'too_long' }]],
  ])('refuses %s', (template, errors) => {
    expect(parseTemplate(template)).toEqual({ ok: false, errors });
  });

  it('keeps literal text as written', () => {
    expect(parsed('A {seq} B').parts).toEqual([{ text: 'A ' }, { token: 'seq' }, { text: ' B' }]);
  });

  it('reports values the template needs but did not get', () => {
    expect(formatNumber('{seq}/{kodeKlasifikasi}/{kodeSifat}', { ...values, kodeKlasifikasi: ' ' })).toEqual({
      ok: false,
      errors: [
        { code: 'missing_value', token: 'kodeKlasifikasi' },
        { code: 'missing_value', token: 'kodeSifat' },
      ],
    });
    expect(formatNumber('{seq}/{bulan}/{bulanRomawi}', { ...values, seq: 0, month: 13 })).toEqual({
      ok: false,
      errors: [
        { code: 'invalid_value', token: 'seq' },
        { code: 'invalid_value', token: 'bulan' },
        { code: 'invalid_value', token: 'bulanRomawi' },
      ],
    });
    expect(formatNumber('{nomor}', values)).toMatchObject({ ok: false, errors: [{ code: 'unknown_token' }, { code: 'missing_seq' }] });
  });

  it('validates request bodies with message codes', () => {
    expect(ZNumberTemplate.safeParse('{seq:3}/SOP/{tahun}').success).toBe(true);
    const result = ZNumberTemplate.safeParse('SOP/{unit}');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['template_unknown_token', 'template_missing_seq']);
  });
});

describe('counter scope', () => {
  it('counts per kind, unit and year', () => {
    const t = parsed('{seq:3}/SOP/{kodeUnit}/{tahun}');
    expect(counterScope('SOP', 'unit-1', 2026, t)).toEqual({
      kind: 'SOP',
      unitId: 'unit-1',
      year: 2026,
      key: '["SOP","unit-1",2026]',
    });
    expect(counterScope('SOP', 'unit-2', 2026, t).key).not.toBe(counterScope('SOP', 'unit-1', 2026, t).key);
    expect(counterScope('SOP', 'unit-1', 2027, t).key).not.toBe(counterScope('SOP', 'unit-1', 2026, t).key);
    expect(counterScope('PEDOMAN', 'unit-1', 2026, t).key).not.toBe(counterScope('SOP', 'unit-1', 2026, t).key);
  });

  it('shares a counter across what the template does not print', () => {
    expect(counterScope('SOP', 'unit-1', 2026, parsed('{seq:3}/SOP/{tahun}'))).toMatchObject({ unitId: null, year: 2026 });
    expect(counterScope('SOP', 'unit-1', 2026, parsed('SOP-{kodeUnit}-{seq}'))).toMatchObject({ unitId: 'unit-1', year: null });
  });

  it('refuses an incomplete scope', () => {
    const t = parsed('{seq}');
    expect(() => counterScope('', 'unit-1', 2026, t)).toThrow(RangeError);
    expect(() => counterScope('SOP', 'unit-1', 2026.5, t)).toThrow(RangeError);
  });
});
