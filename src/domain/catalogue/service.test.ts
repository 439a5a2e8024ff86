import { describe, expect, it } from 'vitest';
import { duplicateKeys, totalStandardDays, ZFormField, ZStandardDays } from './service.ts';

describe('catalogue rules', () => {
  it('finds duplicate form keys', () => {
    expect(duplicateKeys([{ key: 'a' }, { key: 'b' }, { key: 'a' }])).toEqual(['a']);
    expect(duplicateKeys([{ key: 'a' }])).toEqual([]);
  });
  it('needs exactly six stage targets', () => {
    expect(ZStandardDays.safeParse([1, 2, 3, 4, 5, 6]).success).toBe(true);
    expect(ZStandardDays.safeParse([1, 2, 3]).success).toBe(false);
    expect(totalStandardDays([3, 5, 5, 5, 10, 3])).toBe(31);
    expect(totalStandardDays([3, Number.NaN, 5, 5, 10, 3])).toBe(26);
  });
  it('refuses a choice field without options', () => {
    expect(ZFormField.safeParse({ key: 'jenis', label: 'Jenis', type: 'select', required: true }).success).toBe(false);
    expect(ZFormField.safeParse({ key: 'jenis', label: 'Jenis', type: 'select', required: true, options: ['A'] }).success).toBe(true);
  });
});
