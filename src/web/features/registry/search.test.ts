import { describe, expect, it } from 'vitest';
import { hasFilters, parseRegistrySearch, withFilters } from './search.ts';

const UNIT = '3f2b8a52-1c6e-4b8f-9a0d-2e4c6b8a0d11';

describe('the Daftar SOP view in the URL', () => {
  it('keeps valid values, drops anything else, and leaves the default status out', () => {
    expect(parseRegistrySearch({ q: '  laporan  ', unitId: UNIT, year: '2026', status: 'superseded', page: '3', extra: 'x' }))
      .toEqual({ q: 'laporan', unitId: UNIT, year: 2026, status: 'superseded', page: 3 });
    expect(parseRegistrySearch({ q: 2026, year: 2026 })).toEqual({ q: '2026', year: 2026 });
    expect(parseRegistrySearch({ q: '   ', unitId: 'not-a-uuid', year: '20x6', status: 'effective', page: '1' })).toEqual({});
    expect(parseRegistrySearch({ status: 'draf', page: '0' })).toEqual({});
  });

  it('a new search or filter starts at the first page; hasFilters tells an empty view from a filtered one', () => {
    expect(withFilters({ q: 'arsip', page: 4 }, { year: 2025 })).toEqual({ q: 'arsip', year: 2025 });
    expect(withFilters({ q: 'arsip', year: 2025 }, { q: undefined })).toEqual({ year: 2025 });
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ page: 2 })).toBe(false);
    expect(hasFilters({ status: 'revoked' })).toBe(true);
  });
});
