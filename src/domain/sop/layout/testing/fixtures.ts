import type { SopContent, SopStep } from '../../model.ts';

const step = (id: string, description: string, actorIds: string[], symbol: SopStep['symbol'], extra: Partial<SopStep> = {}): SopStep => ({
  id,
  description,
  actorIds,
  symbol,
  requirements: '',
  time: null,
  output: '',
  notes: '',
  ...extra,
});

/** A short real-looking SOP: a decision whose "Tidak" goes back, a step carried out by two actors. */
export const SMALL_SOP: SopContent = {
  identity: {
    unitId: 'u1',
    number: '001/ORTALA/2024',
    title: 'Penyusunan Standar Operasional Prosedur',
    madeOn: '2024-03-07',
    revisedOn: null,
    effectiveOn: '2024-04-01',
    ratifiedBy: { position: 'Kepala Biro Organisasi dan Tata Laksana', name: 'Dra. Siti Rahmawati, M.Si.', nip: '196805121994032001' },
    legalBasis: ['Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan'],
    qualifications: ['Memahami tata naskah dinas', 'Mampu mengoperasikan komputer'],
    related: [{ title: 'SOP Penyusunan Naskah Dinas' }],
    equipment: ['Komputer', 'Printer', 'Jaringan internet'],
    warnings: 'Apabila SOP ini tidak dilaksanakan, penyusunan SOP unit kerja menjadi terlambat.',
    records: ['Konsep SOP', 'Berita acara pembahasan'],
  },
  actors: [
    { id: 'a1', name: 'Unit Kerja Pengusul' },
    { id: 'a2', name: 'Analis Organisasi' },
    { id: 'a3', name: 'Kepala Bagian Ketatalaksanaan' },
  ],
  steps: [
    step('s1', 'Menyampaikan usulan penyusunan SOP', ['a1'], 'terminator', { requirements: 'Surat usulan', time: { value: 15, unit: 'menit' }, output: 'Usulan' }),
    step('s2', 'Menyusun konsep SOP bersama unit pengusul', ['a1', 'a2'], 'process', { requirements: 'Usulan', time: { value: 3, unit: 'hari' }, output: 'Konsep SOP' }),
    step('s3', 'Memeriksa konsep SOP', ['a3'], 'process', { requirements: 'Konsep SOP', time: { value: 1, unit: 'hari' }, output: 'Konsep diperiksa' }),
    step('s4', 'Apakah konsep SOP sudah sesuai?', ['a3'], 'decision', { yes: 's5', no: 's2', time: { value: 30, unit: 'menit' } }),
    step('s5', 'Menetapkan SOP dan menyampaikan kepada unit pengusul', ['a3'], 'process', { output: 'SOP ditetapkan', time: { value: 1, unit: 'hari' }, notes: 'Ditandatangani' }),
    step('s6', 'Menerima SOP yang telah ditetapkan', ['a1'], 'terminator', { next: null, output: 'SOP' }),
  ],
};

/** Two pages at most six steps each: forward jumps and a loop-back that cross the page break. */
export const PAGED_SOP: SopContent = {
  identity: { ...SMALL_SOP.identity, number: '002/ORTALA/2024', title: 'Evaluasi Kelembagaan', legalBasis: [], related: [] },
  actors: [
    { id: 'p1', name: 'Pemohon' },
    { id: 'p2', name: 'Pengadministrasi Umum' },
    { id: 'p3', name: 'Analis Organisasi' },
    { id: 'p4', name: 'Kepala Subbagian Ketatalaksanaan dan Pelayanan Publik pada Biro Organisasi' },
    { id: 'p5', name: 'Kepala Biro' },
  ],
  steps: [
    step('t1', 'Mengajukan permohonan evaluasi', ['p1'], 'terminator', { time: { value: 10, unit: 'menit' } }),
    step('t2', 'Mencatat permohonan dalam agenda', ['p2'], 'process', { time: { value: 10, unit: 'menit' } }),
    step('t3', 'Apakah berkas lengkap?', ['p2'], 'decision', { yes: 't4', no: 't13', time: { value: 10, unit: 'menit' } }),
    step('t4', 'Menganalisis data kelembagaan', ['p3'], 'process', { time: { value: 2, unit: 'hari' } }),
    step('t5', 'Menyusun rekomendasi', ['p3'], 'process', { time: { value: 2, unit: 'hari' } }),
    step('t6', 'Apakah rekomendasi dapat disetujui?', ['p4'], 'decision', { yes: 't8', no: 't4', time: { value: 1, unit: 'hari' } }),
    step('t7', 'Memperbaiki rekomendasi', ['p3'], 'process', { next: 't6', time: { value: 1, unit: 'hari' } }),
    step('t8', 'Memaraf rekomendasi', ['p4'], 'process', { time: { value: 1, unit: 'jam' } }),
    step('t9', 'Apakah disetujui pimpinan?', ['p5'], 'decision', { yes: 't11', no: 't7', time: { value: 1, unit: 'hari' } }),
    step('t10', 'Menyampaikan catatan perbaikan', ['p5'], 'process', { next: 't7' }),
    step('t11', 'Menandatangani surat rekomendasi', ['p5'], 'process', { time: { value: 1, unit: 'jam' } }),
    step('t12', 'Mengirim surat kepada pemohon', ['p2', 'p4'], 'process', { time: { value: 1, unit: 'hari' } }),
    step('t13', 'Menerima hasil', ['p1'], 'terminator', { next: null }),
  ],
};
