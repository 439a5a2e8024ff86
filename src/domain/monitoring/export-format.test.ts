import { describe, expect, it } from 'vitest';
import { compactDate, csvField, csvLine, dayMonthYear, spreadsheetDate, UTF8_BOM } from './export-format.ts';

describe('export formats', () => {
  it('writes the WIB date', () => {
    // 17:30 UTC on 31 December is already 1 January in Jakarta
    const late = new Date('2026-12-31T17:30:00Z');
    expect(dayMonthYear(late)).toBe('01-01-2027');
    expect(compactDate(late)).toBe('20270101');
    expect(spreadsheetDate(late).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(dayMonthYear(new Date('2026-08-17T02:00:00Z'))).toBe('17-08-2026');
  });

  it('quotes CSV fields as RFC 4180 says', () => {
    expect(csvField('Pedoman Arsip')).toBe('Pedoman Arsip');
    expect(csvField('Arsip, Edisi 2')).toBe('"Arsip, Edisi 2"');
    expect(csvField('Pedoman "Arsip"')).toBe('"Pedoman ""Arsip"""');
    expect(csvField('baris\nbaru')).toBe('"baris\nbaru"');
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvLine(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
    expect(UTF8_BOM).toBe('\uFEFF');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+62 812')).toBe("'+62 812");
    expect(csvField('-')).toBe("'-");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
