import { describe, expect, it } from 'vitest';
import { REQUEST_STATES } from '../../../domain/workflow/states.ts';
import { en } from '../../i18n/en.ts';
import { id } from '../../i18n/id.ts';
import { translate } from '../../i18n/index.tsx';
import { STATES, STATE_COLORS, stagePhrase, stateKey } from './labels.ts';

describe('state and stage labels', () => {
  it('cover every state of the workflow, once', () => {
    expect([...STATES].sort()).toEqual([...REQUEST_STATES].sort());
    for (const s of REQUEST_STATES) expect(STATE_COLORS[s]).toBeTruthy();
  });

  it('use the glossary words in both languages', () => {
    const words = REQUEST_STATES.map((s) => [id[stateKey(s)], en[stateKey(s)]]);
    expect(words).toEqual([
      ['Draf', 'Draft'],
      ['Diajukan', 'Submitted'],
      ['Perlu Revisi', 'Revision requested'],
      ['Ditunda', 'On hold'],
      ['Dibatalkan', 'Withdrawn'],
      ['Ditolak', 'Rejected'],
      ['Selesai', 'Completed'],
    ]);
    expect(id['req.field.title']).toBe('Uraian');
    expect(id['req.field.documentNumber']).toBe('No. Dokumen');
    expect(id['req.field.tglRevisi']).toBe('Tgl. Revisi');
    expect(id['req.field.completedAt']).toBe('Tgl. Penyelesaian');
    expect(id['req.timeline.title']).toBe('Linimasa');
    expect(id['req.clock.overdue']).toBe('Terlambat');
  });

  const phrase = (state: Parameters<typeof stagePhrase>[0], stage: number | null, lang: 'id' | 'en' = 'id') => {
    const p = stagePhrase(state, stage, lang);
    return translate(lang, p.key, p.params);
  };

  it('name the stage of an open request', () => {
    expect(phrase('diajukan', 3)).toBe('Tahap 3: Analisis dan Identifikasi');
    expect(phrase('perlu_revisi', 2, 'en')).toBe('Stage 2: Elaboration of the proposed concept');
  });

  it('never make a rejected or withdrawn request read as finished', () => {
    expect(phrase('ditolak', 6)).toBe('Berhenti di Tahap 6: Output/Hasil');
    expect(phrase('dibatalkan', 1)).toBe('Berhenti di Tahap 1: Pengajuan dan Perencanaan Fasilitasi');
    expect(phrase('selesai', 6)).toBe('Keenam tahap selesai');
    expect(phrase('draf', null)).toBe('Belum diajukan');
  });
});
