import { describe, expect, it } from 'vitest';
import { safeNext } from './next.ts';

describe('safeNext', () => {
  it('accepts paths of this portal only', () => {
    expect(safeNext('/layanan/SOP')).toBe('/layanan/SOP');
    expect(safeNext('/admin/pengguna?page=2')).toBe('/admin/pengguna?page=2');
    expect(safeNext('https://example.com/')).toBe('/beranda');
    expect(safeNext('//example.com/')).toBe('/beranda');
    expect(safeNext('/\\example.com')).toBe('/beranda');
    expect(safeNext(undefined)).toBe('/beranda');
  });
});
