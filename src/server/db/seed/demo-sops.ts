import type { SopContent, SopStep } from '../../../domain/sop/model.ts';

/**
 * The SOPs the demo SOP requests carry: realistic procedures of the Sekretariat Kompolnas, written as a unit
 * would in the editor (PermenPAN-RB 35/2012), free of checker errors so that the requests could be submitted.
 */

type StepSpec = [symbol: SopStep['symbol'], description: string, actorIds: string[], requirements: string, time: SopStep['time'], output: string, extra?: Partial<SopStep>];

const step = (i: number, [symbol, description, actorIds, requirements, time, output, extra]: StepSpec): SopStep => ({
  id: `s${i + 1}`,
  description,
  actorIds,
  symbol,
  requirements,
  time,
  output,
  notes: '',
  ...extra,
});

const identity = (unitId: string, title: string, number: string): SopContent['identity'] => ({
  unitId,
  number,
  title,
  madeOn: '2026-01-12',
  revisedOn: null,
  effectiveOn: '2026-02-02',
  ratifiedBy: { position: 'Sekretaris Komisi Kepolisian Nasional', name: 'Dr. Bayu Wicaksono, S.H., M.H.', nip: '197205141998031002' },
  legalBasis: [
    'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
    'Peraturan Presiden Nomor 17 Tahun 2011 tentang Komisi Kepolisian Nasional',
    'Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan',
  ],
  qualifications: ['Memahami peraturan tentang pengelolaan pengaduan masyarakat', 'Mampu mengoperasikan aplikasi pengaduan'],
  related: [{ title: 'SOP Pengelolaan Arsip Dinamis' }],
  equipment: ['Komputer dan jaringan internet', 'Aplikasi pengaduan masyarakat', 'Buku agenda pengaduan'],
  warnings: 'Bila SOP tidak dilaksanakan, pengaduan masyarakat tidak tertangani tepat waktu dan kepercayaan publik menurun.',
  records: ['Lembar register pengaduan', 'Nota dinas telaah', 'Surat jawaban kepada pengadu'],
});

const ACTORS: SopContent['actors'] = [
  { id: 'a1', name: 'Pengelola Pengaduan' },
  { id: 'a2', name: 'Kepala Subbagian Pengaduan' },
  { id: 'a3', name: 'Kepala Bagian Pengaduan dan Pemantauan' },
  { id: 'a4', name: 'Sekretaris Kompolnas' },
];

/** Eleven steps: receiving a complaint about police performance through to the answer to the complainant. */
export function complaintSop(unitId: string, title: string): SopContent {
  const specs: StepSpec[] = [
    ['terminator', 'Menerima pengaduan masyarakat melalui surat, surel, atau aplikasi pengaduan', ['a1'], 'Surat atau formulir pengaduan', { value: 15, unit: 'menit' }, 'Pengaduan diterima'],
    ['process', 'Mencatat pengaduan dalam register dan memberikan nomor agenda', ['a1'], 'Register pengaduan', { value: 30, unit: 'menit' }, 'Register pengaduan terisi'],
    ['decision', 'Apakah identitas pengadu dan pokok pengaduan sudah lengkap?', ['a1'], 'Formulir pengaduan', { value: 30, unit: 'menit' }, 'Hasil pemeriksaan kelengkapan', { yes: 's5', no: 's4' }],
    ['process', 'Meminta pengadu melengkapi identitas atau pokok pengaduan', ['a1'], 'Surat permintaan kelengkapan', { value: 3, unit: 'hari' }, 'Pengaduan lengkap', { next: 's3' }],
    ['process', 'Menelaah substansi pengaduan dan menyusun konsep nota dinas telaah', ['a2'], 'Pengaduan lengkap, peraturan terkait', { value: 2, unit: 'hari' }, 'Konsep nota dinas telaah'],
    ['decision', 'Apakah konsep telaah disetujui?', ['a3'], 'Konsep nota dinas telaah', { value: 1, unit: 'hari' }, 'Konsep disetujui', { yes: 's8', no: 's7' }],
    ['process', 'Memperbaiki konsep telaah sesuai arahan', ['a2'], 'Catatan perbaikan', { value: 1, unit: 'hari' }, 'Konsep telaah perbaikan', { next: 's6' }],
    ['process', 'Menyampaikan telaah dan rekomendasi kepada Sekretaris Kompolnas', ['a3'], 'Nota dinas telaah', { value: 30, unit: 'menit' }, 'Nota dinas telaah disampaikan'],
    ['process', 'Menandatangani surat klarifikasi kepada Polri dan surat jawaban kepada pengadu', ['a4'], 'Konsep surat klarifikasi dan jawaban', { value: 1, unit: 'hari' }, 'Surat ditandatangani'],
    ['process', 'Mengirim surat dan memperbarui status pengaduan dalam aplikasi', ['a1'], 'Surat ditandatangani', { value: 1, unit: 'jam' }, 'Status pengaduan diperbarui'],
    ['terminator', 'Mengarsipkan berkas pengaduan', ['a1'], 'Berkas pengaduan', { value: 30, unit: 'menit' }, 'Berkas terarsip', { next: null }],
  ];
  return { identity: identity(unitId, title, '012/SOP/SETKOMPOLNAS/I/2026'), actors: ACTORS, steps: specs.map((s, i) => step(i, s)) };
}

/** The revised version a unit answers a revision with: every actor named, the time of the review shortened. */
export function complaintSopRevised(unitId: string, title: string): SopContent {
  const content = complaintSop(unitId, title);
  return {
    ...content,
    identity: { ...content.identity, revisedOn: '2026-03-02' },
    steps: content.steps.map((s) =>
      s.id === 's5' ? { ...s, actorIds: ['a2', 'a1'], time: { value: 1, unit: 'hari' }, notes: 'Dibantu Pengelola Pengaduan' } : s.id === 's7' ? { ...s, requirements: 'Catatan perbaikan dari Kepala Bagian' } : s,
    ),
  };
}

/** Nine steps: the half-yearly monitoring and evaluation of the unit's SOPs. */
export function monitoringSop(unitId: string, title: string): SopContent {
  const actors: SopContent['actors'] = [
    { id: 'a1', name: 'Analis Organisasi dan Tata Laksana' },
    { id: 'a2', name: 'Kepala Subbagian Organisasi dan Tata Laksana' },
    { id: 'a3', name: 'Kepala Bagian Umum' },
  ];
  const specs: StepSpec[] = [
    ['terminator', 'Menyusun jadwal monitoring dan evaluasi penerapan SOP semester berjalan', ['a1'], 'Daftar SOP yang berlaku', { value: 1, unit: 'hari' }, 'Jadwal monitoring'],
    ['process', 'Menyampaikan pemberitahuan monitoring kepada pelaksana SOP', ['a2'], 'Jadwal monitoring', { value: 1, unit: 'hari' }, 'Surat pemberitahuan'],
    ['process', 'Melakukan observasi dan wawancara dengan pelaksana SOP', ['a1'], 'Instrumen monitoring', { value: 5, unit: 'hari' }, 'Catatan hasil observasi'],
    ['process', 'Mengolah hasil observasi ke dalam formulir evaluasi penerapan SOP', ['a1'], 'Catatan hasil observasi', { value: 2, unit: 'hari' }, 'Formulir evaluasi terisi'],
    ['decision', 'Apakah terdapat SOP yang perlu direvisi?', ['a2'], 'Formulir evaluasi', { value: 1, unit: 'hari' }, 'Daftar SOP yang perlu direvisi', { yes: 's6', no: 's7' }],
    ['process', 'Menyusun rekomendasi revisi SOP', ['a1'], 'Daftar SOP yang perlu direvisi', { value: 2, unit: 'hari' }, 'Rekomendasi revisi'],
    ['process', 'Menyusun laporan monitoring dan evaluasi', ['a1'], 'Formulir evaluasi, rekomendasi', { value: 2, unit: 'hari' }, 'Konsep laporan'],
    ['process', 'Menyetujui dan menandatangani laporan', ['a3'], 'Konsep laporan', { value: 1, unit: 'hari' }, 'Laporan ditandatangani'],
    ['terminator', 'Menyampaikan laporan kepada pimpinan dan mengarsipkannya', ['a2'], 'Laporan ditandatangani', { value: 1, unit: 'jam' }, 'Laporan terkirim', { next: null }],
  ];
  return {
    identity: { ...identity(unitId, title, '015/SOP/SETKOMPOLNAS/I/2026'), qualifications: ['Memahami pedoman monitoring dan evaluasi SOP'], records: ['Formulir evaluasi', 'Laporan monitoring'] },
    actors,
    steps: specs.map((s, i) => step(i, s)),
  };
}
