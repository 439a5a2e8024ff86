import type { ClassBound, EjBand, EffectiveWorkingTime, JobFactor } from './master.ts';
import type { AnjabContent, EvjabContent, SkjContent } from './model.ts';
import { emptyJobContent } from './schema.ts';

/**
 * The master data the migrations seed (regulations.md §2.4, §2.6, §3.3–§3.5), for the unit tests. The application
 * reads them from the database.
 */
export const WKE_2020: EffectiveWorkingTime = {
  year: 2026,
  minutes: { tahun: 75_000, bulan: 6_250, minggu: 1_500, hari: 300 },
  source: 'PermenPANRB 1/2020',
};

export const EJ_BANDS: EjBand[] = [
  { code: 'A', label: 'Sangat Baik', min: 1, minInclusive: false },
  { code: 'B', label: 'Baik', min: 0.9, minInclusive: true },
  { code: 'C', label: 'Cukup', min: 0.7, minInclusive: true },
  { code: 'D', label: 'Sedang', min: 0.5, minInclusive: true },
  { code: 'E', label: 'Kurang', min: 0, minInclusive: true },
];

const factor = (code: string, name: string, points: number[]): JobFactor => ({
  code,
  name,
  levels: points.map((p, i) => ({ level: i + 1, points: p, description: `Tingkat ${code}-${i + 1}` })),
});

export const FUNGSIONAL_FACTORS: JobFactor[] = [
  factor('1', 'Pengetahuan yang Dibutuhkan Jabatan', [50, 200, 350, 550, 750, 950, 1250, 1550, 1850]),
  factor('2', 'Pengawasan Penyelia', [25, 125, 275, 450, 650]),
  factor('3', 'Pedoman', [25, 125, 275, 450, 650]),
  factor('4', 'Kompleksitas', [25, 75, 150, 225, 325, 450]),
  factor('5', 'Ruang Lingkup dan Dampak', [25, 75, 150, 225, 325, 450]),
  factor('6', 'Hubungan Personal', [10, 25, 60, 110]),
  factor('7', 'Tujuan Hubungan', [20, 50, 120, 220]),
  factor('8', 'Persyaratan Fisik', [5, 20, 50]),
  factor('9', 'Lingkungan Pekerjaan', [5, 20, 50]),
];

export const STRUKTURAL_FACTORS: JobFactor[] = [
  factor('1', 'Ruang Lingkup dan Dampak Program', [175, 350, 550, 775, 900]),
  factor('2', 'Pengaturan Organisasi', [100, 250, 350]),
  factor('3', 'Wewenang Penyeliaan dan Manajerial', [450, 775, 900]),
  factor('4A', 'Hubungan Personal — Sifat Hubungan', [25, 50, 75, 100]),
  factor('4B', 'Hubungan Personal — Tujuan Hubungan', [30, 75, 100, 125]),
  factor('5', 'Kesulitan dalam Pengarahan Pekerjaan', [75, 205, 340, 505, 650, 800, 930, 1030]),
  factor('6', 'Kondisi Lain', [310, 575, 975, 1120, 1225, 1325]),
];

/** Kelas 1–17 by their lowest totals (regulations.md §3.5). */
export const CLASSES: ClassBound[] = [190, 241, 301, 371, 451, 651, 851, 1101, 1351, 1601, 1851, 2101, 2351, 2751, 3151, 3601, 4051]
  .map((minPoints, i) => ({ grade: i + 1, minPoints }));


/**
 * An Anjab with three tasks in mixed periods (regulations.md §2.3): per day 4 × 30, per month 10 × 120, per year
 * 12 × 600 minutes. With the 2026 WKE: 250 × 120 + 12 × 1,200 + 7,200 = 30,000 + 14,400 + 7,200 = 51,600 minutes;
 * staff 0.688 → 1 (HALF_UP and CEIL); with 2 present EJ = 51,600 ÷ 150,000 = 0.344 (band E).
 */
export function validAnjab(positionId = '', presentStaff = 2): AnjabContent {
  const c = emptyJobContent('anjab', { id: positionId, name: 'Analis Tata Laksana', kind: 'fungsional', unit: 'Bagian Organisasi dan Tata Laksana' }) as AnjabContent;
  return {
    ...c,
    summary: 'Melakukan analisis tata laksana.',
    tasks: [
      { id: 't1', description: 'Menelaah surat masuk', steps: ['Menerima surat', 'Menelaah'], results: [{ name: 'Telaahan', unit: 'Dokumen' }], resultUnit: 'Dokumen', volume: 4, period: 'hari', minutesPerResult: 30 },
      { id: 't2', description: 'Menyusun laporan bulanan', steps: [], results: [], resultUnit: 'Laporan', volume: 10, period: 'bulan', minutesPerResult: 120 },
      { id: 't3', description: 'Menyusun rencana kerja', steps: [], results: [], resultUnit: 'Dokumen', volume: 12, period: 'tahun', minutesPerResult: 600 },
    ],
    materials: [{ name: 'Surat masuk', use: 'Bahan telaahan' }],
    hazards: [{ name: 'Kelelahan mata', cause: 'Bekerja di depan komputer' }],
    presentStaff,
  };
}

/** Every fungsional factor at level 2: 200+125+125+75+75+25+50+20+20 = 715 points, kelas 6. */
export function validEvjab(positionId = ''): EvjabContent {
  const levels: Record<string, number> = { '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 2, '7': 2, '8': 2, '9': 2 };
  return {
    kind: 'evjab',
    positionId,
    factorSet: 'fungsional_pelaksana',
    choices: Object.entries(levels).map(([code, level]) => ({ code, level, justification: `Alasan faktor ${code}` })),
    validation: { team: [{ name: 'Andi Prasetyo', role: 'ketua', position: 'Analis Jabatan' }], decisionNumber: '', decisionDate: null, minutes: '' },
  };
}

export function validSkj(positionId = ''): SkjContent {
  const c = emptyJobContent('skj', { id: positionId, name: 'Analis Tata Laksana', kind: 'fungsional', unit: '' }) as SkjContent;
  return {
    ...c,
    managerial: [{ code: 'M.01', level: 2 }, { code: 'M.02', level: 2 }],
    socioCultural: [{ code: 'SK.01', level: 2 }],
    technical: [{ name: 'Analisis Proses Bisnis', level: 3, description: 'Mampu memetakan proses bisnis unit.' }],
    requirements: {
      education: [{ level: 'S1', field: 'Administrasi Negara', importance: 'mutlak' }],
      trainings: [{ kind: 'teknis', name: 'Analisis Jabatan', importance: 'penting' }],
      experience: [{ description: 'Dua tahun di bidang organisasi', importance: 'perlu' }],
      rank: [{ rank: 'Penata Muda (III/a)', importance: 'mutlak' }],
    },
    performanceIndicators: ['Rekomendasi tata laksana yang ditindaklanjuti'],
  };
}
