import type { SopContent, SopStep } from './model.ts';

/** Builders for the SOP unit and API tests. */
export const sopStep = (id: string, symbol: SopStep['symbol'], extra: Partial<SopStep> = {}): SopStep => ({
  id,
  description: `Kegiatan ${id}`,
  actorIds: ['a1'],
  symbol,
  requirements: '',
  time: symbol === 'terminator' ? null : { value: 10, unit: 'menit' },
  output: '',
  notes: '',
  ...extra,
});

/**
 * A complete, error-free SOP: start, a check whose "Tidak" loops back to the draft, approval, end.
 * s1 (start) → s2 → s3? ya → s4 → s5 (end); tidak → s2.
 */
export function validSop(unitId = 'u1'): SopContent {
  return {
    identity: {
      unitId,
      number: '001/SOP/2026',
      title: 'Penyusunan Laporan Kinerja',
      madeOn: '2026-01-05',
      revisedOn: null,
      effectiveOn: '2026-02-01',
      ratifiedBy: { position: 'Kepala Biro Perencanaan dan Organisasi', name: 'Dr. Hendra Gunawan, M.Si.', nip: '197503151999031001' },
      legalBasis: ['Peraturan Menteri PANRB Nomor 35 Tahun 2012'],
      qualifications: ['Memahami tata naskah dinas'],
      related: [{ title: 'SOP Penyusunan Naskah Dinas' }],
      equipment: ['Komputer'],
      warnings: 'Laporan terlambat bila SOP tidak dilaksanakan.',
      records: ['Laporan kinerja'],
    },
    actors: [
      { id: 'a1', name: 'Analis Kinerja' },
      { id: 'a2', name: 'Kepala Bagian' },
    ],
    steps: [
      sopStep('s1', 'terminator', { description: 'Menerima data kinerja' }),
      sopStep('s2', 'process', { description: 'Menyusun konsep laporan', time: { value: 2, unit: 'hari' } }),
      sopStep('s3', 'decision', { description: 'Apakah konsep sudah sesuai?', actorIds: ['a2'], yes: 's4', no: 's2', time: { value: 1, unit: 'jam' } }),
      sopStep('s4', 'process', { description: 'Menandatangani laporan', actorIds: ['a2'], time: { value: 30, unit: 'menit' } }),
      sopStep('s5', 'terminator', { description: 'Laporan selesai', actorIds: ['a1', 'a2'], next: null }),
    ],
  };
}

/** A valid, linear SOP of `n` steps (n ≥ 2) with decisions every tenth step looping back, for size tests. */
export function largeSop(n: number, actorCount = 15): SopContent {
  const base = validSop();
  const actors = Array.from({ length: actorCount }, (_, i) => ({ id: `a${i + 1}`, name: `Pelaksana ${i + 1}` }));
  const steps = Array.from({ length: n }, (_, i): SopStep => {
    const id = `s${i + 1}`;
    const actorIds = [`a${(i % actorCount) + 1}`];
    if (i === 0) return sopStep(id, 'terminator', { actorIds });
    if (i === n - 1) return sopStep(id, 'terminator', { actorIds, next: null });
    if (i % 10 === 5) return sopStep(id, 'decision', { actorIds, yes: `s${i + 2}`, no: `s${i - 2}` });
    return sopStep(id, 'process', { actorIds });
  });
  return { ...base, actors, steps };
}
