import { describe, expect, it } from 'vitest';
import { parseMonevReportSearch } from './search.ts';

describe('parseMonevReportSearch', () => {
  const id = '0b7f3c1e-6a8d-4f2b-9c3e-1d2a3b4c5d6e';
  it('keeps a known kind and a UUID', () => {
    expect(parseMonevReportSearch({ jenis: 'unit', id })).toEqual({ jenis: 'unit', id });
    expect(parseMonevReportSearch({ jenis: 'sop' })).toEqual({ jenis: 'sop' });
  });
  it('drops an unknown kind, a bad id, and an id without a kind', () => {
    expect(parseMonevReportSearch({ jenis: 'tahun', id })).toEqual({});
    expect(parseMonevReportSearch({ jenis: 'putaran', id: '1; drop' })).toEqual({ jenis: 'putaran' });
    expect(parseMonevReportSearch({ id })).toEqual({});
  });
});
