import { describe, expect, it } from 'vitest';
import { wibParts, wibTime } from './wib.ts';

describe('WIB dates and times', () => {
  it('shifts an instant to UTC+7, across midnight too', () => {
    expect(wibParts('2026-11-27T17:30:00Z')).toEqual({ date: '2026-11-28', time: '00:30' });
    expect(wibParts('2026-11-28T02:15:00.000Z')).toEqual({ date: '2026-11-28', time: '09:15' });
    expect(wibParts('nonsense')).toBeNull();
  });

  it('writes the time with a dot in Indonesian and a colon in English', () => {
    expect(wibTime('2026-11-28T02:15:00Z', 'id')).toBe('09.15 WIB');
    expect(wibTime('2026-11-28T02:15:00Z', 'en')).toBe('09:15 WIB');
    expect(wibTime('', 'id')).toBe('');
  });
});
