import { describe, expect, it } from 'vitest';
import { previewNumber } from './preview.ts';

const NOW = new Date(2026, 7, 15);

describe('numbering template preview', () => {
  it('fills a sample number as the server would', () => {
    expect(previewNumber('{seq:3}/SOP/{kodeUnit}/{bulanRomawi}/{tahun}', 'SOP', NOW)).toEqual({ ok: true, number: '007/SOP/ROREN/VIII/2026' });
    expect(previewNumber('{kodeJenis}-{seq:2}/{tahun}', 'ABK', NOW)).toEqual({ ok: true, number: 'ABK-07/2026' });
  });

  it('names each problem once', () => {
    expect(previewNumber('SOP/{unit}/{tahun}', 'SOP', NOW)).toEqual({ ok: false, codes: ['unknown_token', 'missing_seq'] });
    expect(previewNumber('', 'SOP', NOW)).toEqual({ ok: false, codes: ['empty'] });
    expect(previewNumber('{seq}/{kodeSifat}', 'SOP', NOW)).toEqual({ ok: false, codes: ['token_unavailable'] });
  });
});
