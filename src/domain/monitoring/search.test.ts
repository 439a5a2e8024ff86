import { describe, expect, it } from 'vitest';
import { correctableWords, correctedQuery, hasSearchText, literalTerms } from './search.ts';

describe('search terms', () => {
  it('knows whether there is anything to search for', () => {
    expect(hasSearchText(' // - ')).toBe(false);
    expect(hasSearchText('sop')).toBe(true);
    expect(hasSearchText('2026')).toBe(true);
    expect(hasSearchText('pengaduan é')).toBe(true);
  });

  it('corrects letter words of 3 to 40 characters, each once, lower-case', () => {
    expect(correctableWords('Prosedr PROSEDR di 001/SOP pengaduan-masyarakat')).toEqual(['prosedr', 'sop', 'pengaduan', 'masyarakat']);
    expect(correctableWords(`${'a'.repeat(41)} ab abc`)).toEqual(['abc']);
    expect(correctableWords('satu dua tiga empat lima enam tujuh delapan sembilan')).toHaveLength(8);
  });

  it('replaces the corrected words in the query and keeps the rest', () => {
    expect(correctedQuery('Penyusnan SOP "Anggran"', new Map([['penyusnan', 'penyusunan'], ['anggran', 'anggaran']]))).toBe('penyusunan sop "anggaran"');
    expect(correctedQuery('prosedur', new Map([['prosedur', 'prosedur']]))).toBeNull();
    expect(correctedQuery('prosedur', new Map())).toBeNull();
  });

  it('looks up a query with digits literally, term by term', () => {
    expect(literalTerms('prosedur layanan')).toEqual([]);
    expect(literalTerms(' 001/SOP   2026 ')).toEqual(['001/sop', '2026']);
    expect(literalTerms('001/SOP 001/sop')).toEqual(['001/sop']);
  });
});
