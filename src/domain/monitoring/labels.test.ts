import { describe, expect, it } from 'vitest';
import { REQUEST_STATES } from '../workflow/states.ts';
import { STATE_LABELS, statusLabel } from './labels.ts';

describe('status in words', () => {
  it('names every state in both languages', () => {
    for (const s of REQUEST_STATES) expect(STATE_LABELS[s].id && STATE_LABELS[s].en).toBeTruthy();
    expect(Object.keys(STATE_LABELS).sort()).toEqual([...REQUEST_STATES].sort());
  });

  it('adds the stage, except for a completed request or a draft', () => {
    expect(statusLabel('diajukan', 3, 'id')).toBe('Diajukan — Tahap 3: Analisis dan Identifikasi');
    expect(statusLabel('perlu_revisi', 2, 'en')).toBe('Revision requested — Stage 2: Elaboration of the proposed concept');
    expect(statusLabel('ditolak', 1, 'id')).toBe('Ditolak — Tahap 1: Pengajuan dan Perencanaan Fasilitasi');
    expect(statusLabel('selesai', 6, 'id')).toBe('Selesai');
    expect(statusLabel('selesai', 6, 'en')).toBe('Completed');
    expect(statusLabel('dibatalkan', null, 'id')).toBe('Dibatalkan');
  });
});
