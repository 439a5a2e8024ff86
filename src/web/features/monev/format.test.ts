import { describe, expect, it } from 'vitest';
import { groupMissing, half, parseReminderDays, percentText } from './format.ts';

describe('monev page helpers', () => {
  it('reads reminder days from free text, largest first, refusing anything but whole numbers 0–90', () => {
    expect(parseReminderDays('7, 1')).toEqual([7, 1]);
    expect(parseReminderDays('1 7 7')).toEqual([7, 1]);
    expect(parseReminderDays('')).toEqual([]);
    expect(parseReminderDays('7, x')).toBeNull();
    expect(parseReminderDays('91')).toBeNull();
    expect(parseReminderDays('1,2,3,4,5,6')).toBeNull();
  });

  it('groups missing fields and counts unanswered criteria', () => {
    expect(groupMissing(['notes', 'criteria.K1', 'methods', 'criteria.K7'])).toEqual({ fields: ['notes', 'methods'], criteria: 2 });
  });

  it('formats the percentage and the half-year', () => {
    expect(percentText(67)).toBe('67%');
    expect(percentText(null)).toBe('-');
    expect(half('2026-01-01')).toBe('I');
    expect(half('2026-07-01')).toBe('II');
  });
});
