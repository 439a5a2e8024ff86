import { describe, expect, it } from 'vitest';
import { FONT_METRICS } from './font-metrics.ts';
import { baselineOffset, lineHeight, measure, wrap } from './text.ts';

describe('font metrics (DejaVu Sans 2.37.3)', () => {
  it('has the font units and known advance widths', () => {
    expect(FONT_METRICS.unitsPerEm).toBe(2048);
    expect(FONT_METRICS.ascent).toBe(1901);
    expect(FONT_METRICS.descent).toBe(-483);
    // 'A' 1401, 'm' 1995, space 651 (regular); 'A' 1585 in bold.
    expect(measure('A', 2048)).toBe(1401);
    expect(measure('m', 2048)).toBe(1995);
    expect(measure(' ', 2048)).toBe(651);
    expect(measure('A', 2048, true)).toBe(1585);
    expect(measure('é', 2048)).toBe(1260);
    expect(measure('’', 2048)).toBe(651);
  });

  it('measures a string as the sum of its advances, scaled to the size', () => {
    expect(measure('Ab', 10)).toBeCloseTo(((1401 + 1300) * 10) / 2048, 6);
    expect(measure('', 10)).toBe(0);
  });

  it('gives characters outside the tables the average width', () => {
    expect(measure('中', 2048)).toBe(FONT_METRICS.regular.average);
    expect(measure('😀', 2048, true)).toBe(FONT_METRICS.bold.average);
  });

  it('has a line height and baseline inside it', () => {
    expect(lineHeight(10)).toBe(12);
    expect(baselineOffset(10)).toBeGreaterThan(8);
    expect(baselineOffset(10)).toBeLessThan(12);
  });
});

describe('wrap', () => {
  it('breaks at spaces so that every line fits', () => {
    const text = 'Menerima berkas permohonan dari unit kerja dan memeriksa kelengkapannya';
    const lines = wrap(text, 100, 9);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) expect(measure(l, 9)).toBeLessThanOrEqual(100);
  });

  it('cuts a word longer than the width without a hyphen', () => {
    const lines = wrap('a Pertanggungjawabannya b', 30, 9);
    expect(lines.join('')).toBe('aPertanggungjawabannyab');
    expect(lines.some((l) => l.includes('-'))).toBe(false);
    for (const l of lines) expect(measure(l, 9)).toBeLessThanOrEqual(30);
  });

  it('keeps explicit line breaks, collapses spaces, and gives no line for empty text', () => {
    expect(wrap('satu\ndua  tiga', 500, 9)).toEqual(['satu', 'dua tiga']);
    expect(wrap('', 100, 9)).toEqual([]);
    expect(wrap('   ', 100, 9)).toEqual([]);
  });
});
