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

/**
 * The 12-step SOP of the export, template and editor tests: every identity field, two decisions, a "Tidak" that
 * loops back, a process that loops back, a step carried out by three actors, an actor from the position catalogue.
 */
export function twelveStepSop(unitId = 'u1'): SopContent {
  return {
    identity: {
      unitId,
      number: '007/SOP/SETKOMPOLNAS/XI/2026',
      title: 'Penyusunan dan Pengesahan Laporan Kinerja',
      madeOn: '2026-01-05',
      revisedOn: '2026-03-10',
      effectiveOn: '2026-02-01',
      ratifiedBy: { position: 'Kepala Biro Perencanaan dan Organisasi', name: 'Dr. Hendra Gunawan, M.Si.', nip: '197503151999031001' },
      legalBasis: ['Peraturan Menteri PANRB Nomor 35 Tahun 2012', 'Peraturan Presiden Nomor 29 Tahun 2014'],
      qualifications: ['Memahami tata naskah dinas', 'Mampu mengoperasikan komputer'],
      related: [{ title: 'SOP Penyusunan Naskah Dinas' }, { sopId: '0b7f6c3e-93a4-4a55-9c1e-2f1d3a4b5c6d', title: 'SOP Pengarsipan' }],
      equipment: ['Komputer', 'Printer', 'Jaringan internet'],
      warnings: 'Laporan terlambat bila SOP tidak dilaksanakan.\nData kinerja tidak dapat dipertanggungjawabkan.',
      records: ['Laporan kinerja', 'Lembar disposisi'],
    },
    actors: [
      { id: 'a1', name: 'Analis Kinerja' },
      { id: 'a2', name: 'Kepala Subbagian' },
      { id: 'a3', name: 'Kepala Bagian', positionId: '5d0c4b1a-2e3f-4a5b-8c9d-0e1f2a3b4c5d' },
      { id: 'a4', name: 'Kepala Biro' },
    ],
    steps: [
      sopStep('s1', 'terminator', { description: 'Menerima permintaan laporan', time: null }),
      sopStep('s2', 'process', { description: 'Mengumpulkan data kinerja', requirements: 'Data capaian', output: 'Rekap data', time: { value: 2, unit: 'hari' } }),
      sopStep('s3', 'process', { description: 'Menyusun konsep laporan', output: 'Konsep laporan', time: { value: 2.5, unit: 'jam' } }),
      sopStep('s4', 'decision', { description: 'Apakah konsep sudah lengkap?', actorIds: ['a2'], yes: 's5', no: 's3', time: { value: 1, unit: 'jam' } }),
      sopStep('s5', 'process', { description: 'Memaraf konsep', actorIds: ['a2'], time: { value: 15, unit: 'menit' } }),
      sopStep('s6', 'process', { description: 'Membahas konsep bersama', actorIds: ['a1', 'a2', 'a3'], notes: 'Rapat internal', time: { value: 1, unit: 'hari' } }),
      sopStep('s7', 'decision', { description: 'Apakah konsep disetujui?', actorIds: ['a3'], yes: 's9', no: 's8', time: { value: 30, unit: 'menit' } }),
      sopStep('s8', 'process', { description: 'Memperbaiki konsep sesuai arahan', next: 's5', time: { value: 1, unit: 'hari' } }),
      sopStep('s9', 'process', { description: 'Meneruskan laporan ke Kepala Biro', actorIds: ['a3'], time: { value: 10, unit: 'menit' } }),
      sopStep('s10', 'process', { description: 'Menandatangani laporan', actorIds: ['a4'], output: 'Laporan ditandatangani', time: { value: 1, unit: 'minggu' } }),
      sopStep('s11', 'process', { description: 'Mengarsipkan laporan', requirements: 'Laporan ditandatangani', time: { value: 20, unit: 'menit' } }),
      sopStep('s12', 'terminator', { description: 'Laporan selesai', actorIds: ['a1'], next: null, time: null }),
    ],
  };
}
