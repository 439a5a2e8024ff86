import type { SopActor, SopContent, SopStep, TimeUnit } from '../../model.ts';

/** Small seeded PRNG (mulberry32): the same seed gives the same SOP. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POSITIONS = [
  'Kepala Biro Organisasi dan Tata Laksana',
  'Kepala Bagian Kelembagaan',
  'Analis Organisasi',
  'Pengadministrasi Umum',
  'Sekretaris Deputi Bidang Koordinasi Hukum dan Hak Asasi Manusia',
  'Kasubbag TU',
  'Pejabat Fungsional Analis Kebijakan Ahli Madya',
  'Pemohon',
  'Verifikator',
  'Kepala Subbagian Ketatalaksanaan dan Pelayanan Publik',
  'Staf',
  'Deputi',
  'Penata Laksana Barang',
  'Arsiparis',
  'Kepala Unit Layanan Pengadaan Barang/Jasa',
];
const WORDS = (
  'menerima memeriksa kelengkapan berkas permohonan dari unit kerja dan meneruskan kepada pejabat yang berwenang ' +
  'untuk mendapatkan persetujuan menyusun konsep naskah dinas sesuai tata naskah mengoreksi menandatangani surat ' +
  'mengarsipkan dokumen mengirimkan hasil evaluasi kelembagaan rapat koordinasi disposisi laporan analisis jabatan'
).split(' ');
const UNITS: TimeUnit[] = ['menit', 'jam', 'hari'];

export interface GenerateOptions {
  steps: number;
  actors: number;
  seed: number;
}

/**
 * An SOP shaped like real ones: a start and an end terminator, long and short texts, decisions whose "Tidak" loops
 * back or jumps forward, processes that jump, intermediate ends, steps carried out by several actors.
 */
export function generateSop({ steps: n, actors: m, seed }: GenerateOptions): SopContent {
  const rand = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const sentence = (lo: number, hi: number) => {
    const k = int(lo, hi);
    return Array.from({ length: k }, () => WORDS[int(0, WORDS.length - 1)]).join(' ');
  };
  const actors: SopActor[] = Array.from({ length: m }, (_, i) => ({ id: `a${i + 1}`, name: POSITIONS[i % POSITIONS.length] }));
  const steps: SopStep[] = [];
  let actor = 0;
  for (let i = 0; i < n; i++) {
    if (rand() < 0.6) actor = Math.min(m - 1, Math.max(0, actor + int(-2, 3)));
    else actor = int(0, m - 1);
    const kind = i === 0 || i === n - 1 ? 'terminator' : i > 2 && i < n - 2 && rand() < 0.18 ? 'decision' : rand() < 0.04 ? 'terminator' : 'process';
    const actorIds = [`a${actor + 1}`];
    if (kind === 'process' && rand() < 0.12) {
      const extra = int(1, 2);
      for (let e = 0; e < extra; e++) {
        const other = `a${int(1, m)}`;
        if (!actorIds.includes(other)) actorIds.push(other);
      }
    }
    const step: SopStep = {
      id: `s${i + 1}`,
      description: kind === 'decision' ? `Apakah ${sentence(3, 14)}?` : sentence(3, 30),
      actorIds,
      symbol: kind,
      requirements: rand() < 0.7 ? sentence(1, 12) : '',
      time: rand() < 0.9 ? { value: int(1, 60), unit: UNITS[int(0, 2)] } : null,
      output: rand() < 0.7 ? sentence(1, 8) : '',
      notes: rand() < 0.3 ? sentence(1, 10) : '',
    };
    if (kind === 'decision') {
      step.yes = `s${i + 2}`;
      step.no = rand() < 0.55 ? `s${Math.max(1, i + 1 - int(1, 9))}` : `s${Math.min(n, i + 1 + int(2, 8))}`;
      if (rand() < 0.3) [step.yes, step.no] = [step.no, step.yes];
    } else if (kind === 'terminator' && i === n - 1) {
      step.next = null;
    } else if (kind === 'terminator' && i > 0) {
      step.next = null;
    } else if (rand() < 0.05 && i + 3 < n) {
      step.next = `s${i + 1 + int(2, 6)}`;
    } else if (rand() < 0.03 && i > 3) {
      step.next = `s${i + 1 - int(2, 6)}`;
    }
    steps.push(step);
  }
  return {
    identity: {
      unitId: 'u1',
      number: `SOP-${seed}`,
      title: `Prosedur Uji ${n} Langkah`,
      madeOn: '2024-01-15',
      revisedOn: null,
      effectiveOn: '2024-02-01',
      ratifiedBy: { position: 'Kepala Biro', name: 'Budi Santoso', nip: '197001011990031001' },
      legalBasis: Array.from({ length: int(1, 12) }, () => sentence(4, 20)),
      qualifications: [sentence(3, 10)],
      related: [{ title: sentence(2, 6) }],
      equipment: [sentence(1, 4)],
      warnings: sentence(5, 30),
      records: [sentence(2, 5)],
    },
    actors,
    steps,
  };
}
