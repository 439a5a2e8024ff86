import { describe, expect, it } from 'vitest';
import { formatBytes, formatWibDate, formatWibDateTime, wibDay } from './format.ts';

describe('WIB dates and times', () => {
  it('use the calendar of Jakarta whatever the browser\'s zone', () => {
    expect(wibDay('2026-11-28T16:59:00Z')).toBe('2026-11-28');
    expect(wibDay('2026-11-28T17:00:00Z')).toBe('2026-11-29');
    expect(formatWibDate('2026-11-28T17:30:00Z', 'id')).toBe('29 November 2026');
    expect(formatWibDate('2026-08-17T03:00:00Z', 'id', 'short')).toBe('17/08/2026');
  });

  it('write times with WIB, Indonesian with a dot', () => {
    expect(formatWibDateTime('2026-11-28T07:05:00Z', 'id')).toBe('28 November 2026, 14.05 WIB');
    expect(formatWibDateTime('2026-11-28T07:05:00Z', 'en')).toBe('28 November 2026, 14:05 WIB');
  });

  it('leave missing or broken values empty', () => {
    expect(formatWibDate(null, 'id')).toBe('');
    expect(formatWibDateTime('not a date', 'id')).toBe('');
    expect(wibDay('nope')).toBe('');
  });
});

describe('file sizes', () => {
  it('in the language\'s number format', () => {
    expect(formatBytes(845, 'id')).toBe('845 B');
    expect(formatBytes(12_800, 'id')).toBe('12,5 KB');
    expect(formatBytes(3.25 * 1024 * 1024, 'en')).toBe('3.3 MB');
    expect(formatBytes(150 * 1024 * 1024, 'id')).toBe('150 MB');
  });
});
