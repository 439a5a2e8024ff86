import { SOP_LIMITS } from '../../../../domain/sop/schema.ts';
import { TIME_UNITS, type SopSymbol, type TimeUnit } from '../../../../domain/sop/model.ts';

/**
 * The SOP spreadsheet template, described once: the writer (write.ts) and the reader (read.ts) both take every sheet
 * name, cell address, column and word from here, so what one writes the other reads. The template is in Indonesian
 * for every caller: the sheet names and headers are what the reader looks for.
 *
 * Changing where anything is means a new FORMAT_VERSION; the reader refuses a workbook of another version.
 */
export const FORMAT_NAME = 'manorta-sop-template';
export const FORMAT_VERSION = 1;

export const SHEETS = {
  guide: 'Petunjuk',
  identity: 'Identitas',
  actors: 'Pelaksana',
  steps: 'Langkah',
  diagram: 'Diagram Alir',
  /** Hidden (very hidden: not listed by "Unhide"): the format marker. */
  meta: 'Format',
} as const;

/** The marker on the hidden sheet: A1 the format name, B1 its version. */
export const META_CELLS = { name: 'A1', version: 'B1' } as const;

// ---------------------------------------------------------------- Identitas

export type IdentityFieldKey =
  | 'unit' | 'number' | 'title' | 'madeOn' | 'revisedOn' | 'effectiveOn'
  | 'ratifiedBy.position' | 'ratifiedBy.name' | 'ratifiedBy.nip' | 'warnings';

export interface IdentityField {
  key: IdentityFieldKey;
  row: number;
  label: string;
  hint: string;
  kind: 'text' | 'longText' | 'date' | 'nip' | 'info';
  required?: boolean;
}

/** Column A the label, B the value, C a hint; one field a row. */
export const IDENTITY_COLUMNS = { label: 'A', value: 'B', hint: 'C' } as const;

export const IDENTITY_FIELDS: readonly IdentityField[] = [
  { key: 'unit', row: 2, label: 'Unit Kerja', kind: 'info', hint: 'Diisi sistem saat diunduh; unit tujuan impor dipilih di portal.' },
  { key: 'number', row: 3, label: 'Nomor SOP', kind: 'text', hint: 'Sesuai tata naskah dinas unit kerja, mis. 001/SOP/2026. Boleh dikosongkan dulu.' },
  { key: 'title', row: 4, label: 'Nama SOP', kind: 'text', required: true, hint: 'Wajib. Judul prosedur, mis. "Penyusunan Laporan Kinerja".' },
  { key: 'madeOn', row: 5, label: 'Tanggal Pembuatan', kind: 'date', hint: 'Tanggal selesai dibuat, format HH-BB-TTTT (mis. 05-01-2026).' },
  { key: 'revisedOn', row: 6, label: 'Tanggal Revisi', kind: 'date', hint: 'Kosongkan bila belum pernah direvisi.' },
  { key: 'effectiveOn', row: 7, label: 'Tanggal Efektif', kind: 'date', hint: 'Tanggal mulai berlaku (biasanya tanggal ditandatangani).' },
  { key: 'ratifiedBy.position', row: 8, label: 'Disahkan oleh: Jabatan', kind: 'text', hint: 'Nama jabatan pejabat yang mengesahkan.' },
  { key: 'ratifiedBy.name', row: 9, label: 'Disahkan oleh: Nama', kind: 'text', hint: 'Nama lengkap dengan gelar.' },
  { key: 'ratifiedBy.nip', row: 10, label: 'Disahkan oleh: NIP', kind: 'nip', hint: '18 angka. Sel ini berformat teks agar angka tidak berubah.' },
  { key: 'warnings', row: 11, label: 'Peringatan', kind: 'longText', hint: 'Akibat bila SOP tidak dilaksanakan.' },
];

export type IdentityListKey = 'legalBasis' | 'qualifications' | 'related' | 'relatedId' | 'equipment' | 'records';

/** The lists: one column each, one item a row, from LIST_FIRST_ROW on, at most SOP_LIMITS.listItems items. */
export const LIST_HEADER_ROW = 13;
export const LIST_FIRST_ROW = 14;
export const LIST_LAST_ROW = LIST_FIRST_ROW + SOP_LIMITS.listItems - 1;
export const IDENTITY_LISTS: readonly { key: IdentityListKey; col: string; label: string; width: number }[] = [
  { key: 'legalBasis', col: 'A', label: 'Dasar Hukum', width: 34 },
  { key: 'qualifications', col: 'B', label: 'Kualifikasi Pelaksana', width: 60 },
  { key: 'related', col: 'C', label: 'Keterkaitan (SOP terkait)', width: 40 },
  { key: 'relatedId', col: 'D', label: 'Kode SOP terkait (diisi sistem)', width: 20 },
  { key: 'equipment', col: 'E', label: 'Peralatan/Perlengkapan', width: 34 },
  { key: 'records', col: 'F', label: 'Pencatatan dan Pendataan', width: 34 },
];

// ---------------------------------------------------------------- Pelaksana

export const ACTOR_HEADER_ROW = 1;
export const ACTOR_FIRST_ROW = 2;
export const ACTOR_LAST_ROW = ACTOR_FIRST_ROW + SOP_LIMITS.actors - 1;
export const ACTOR_COLUMNS = {
  no: { col: 'A', label: 'No', width: 6 },
  name: { col: 'B', label: 'Nama Jabatan Pelaksana', width: 48 },
  positionId: { col: 'C', label: 'Kode Jabatan (diisi sistem)', width: 24 },
} as const;
/** What the step sheet's actor list offers: the names on the Pelaksana sheet. */
export const ACTOR_LIST_RANGE = `'${SHEETS.actors}'!$${ACTOR_COLUMNS.name.col}$${ACTOR_FIRST_ROW}:$${ACTOR_COLUMNS.name.col}$${ACTOR_LAST_ROW}`;

// ---------------------------------------------------------------- Langkah

export const STEP_HEADER_ROW = 1;
export const STEP_FIRST_ROW = 2;
/** Rows the lists (validations) cover; the reader reads whatever rows there are, up to the limits. */
export const STEP_LAST_ROW = STEP_FIRST_ROW + SOP_LIMITS.steps - 1;

export type StepColumnKey = 'no' | 'description' | 'actors' | 'symbol' | 'next' | 'yes' | 'no_' | 'requirements' | 'time' | 'unit' | 'output' | 'notes';
export const STEP_COLUMNS: readonly { key: StepColumnKey; col: string; label: string; width: number }[] = [
  { key: 'no', col: 'A', label: 'No', width: 6 },
  { key: 'description', col: 'B', label: 'Uraian Kegiatan', width: 48 },
  { key: 'actors', col: 'C', label: 'Pelaksana', width: 30 },
  { key: 'symbol', col: 'D', label: 'Simbol', width: 16 },
  { key: 'next', col: 'E', label: 'Langkah berikutnya', width: 13 },
  { key: 'yes', col: 'F', label: 'Ya →', width: 8 },
  { key: 'no_', col: 'G', label: 'Tidak →', width: 8 },
  { key: 'requirements', col: 'H', label: 'Kelengkapan', width: 30 },
  { key: 'time', col: 'I', label: 'Waktu', width: 8 },
  { key: 'unit', col: 'J', label: 'Satuan waktu', width: 13 },
  { key: 'output', col: 'K', label: 'Output', width: 30 },
  { key: 'notes', col: 'L', label: 'Keterangan', width: 30 },
];
export const stepCol = (key: StepColumnKey) => STEP_COLUMNS.find((c) => c.key === key)!.col;

/** Several actors of one step are written in one cell, separated by this. */
export const ACTOR_SEPARATOR = ';';

/** The symbols as the template names them, and the spellings the reader also accepts. */
export const SYMBOL_LABELS: Record<SopSymbol, string> = { terminator: 'Mulai/Selesai', process: 'Proses', decision: 'Keputusan' };
const SYMBOL_ALIASES: Record<string, SopSymbol> = {
  'mulai/selesai': 'terminator', mulai: 'terminator', selesai: 'terminator', 'mulai / selesai': 'terminator', terminator: 'terminator',
  proses: 'process', process: 'process', kegiatan: 'process',
  keputusan: 'decision', decision: 'decision',
};
export function symbolOf(text: string): SopSymbol | null {
  return SYMBOL_ALIASES[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

export const TIME_UNIT_LABELS: readonly TimeUnit[] = TIME_UNITS;
export function timeUnitOf(text: string): TimeUnit | null {
  const t = text.trim().toLowerCase();
  return (TIME_UNITS as readonly string[]).includes(t) ? (t as TimeUnit) : null;
}

/** What "Langkah berikutnya" holds when the flow ends at the step (next: null). */
export const END_WORD = 'Selesai';
export const isEndWord = (text: string) => ['selesai', 'akhir', 'end', '-'].includes(text.trim().toLowerCase());

// ---------------------------------------------------------------- Diagram Alir (export only)

export const DIAGRAM_COLUMNS = {
  no: { col: 'A', label: 'No', width: 6 },
  description: { col: 'B', label: 'Uraian Kegiatan', width: 40 },
  /** The flowchart band of the row, as a picture anchored in this column. */
  picture: { col: 'C', label: 'Pelaksana (diagram alir)' },
} as const;

// ---------------------------------------------------------------- Petunjuk

/** The instructions, one paragraph a row; a line starting with "# " is a heading. */
export const GUIDE_LINES: readonly string[] = [
  '# Petunjuk pengisian templat SOP (Permen PANRB Nomor 35 Tahun 2012)',
  'Templat ini dipakai untuk menyusun SOP tanpa internet. Setelah selesai, unggah berkas ini di portal Manorta (menu SOP → Impor dari spreadsheet). Portal akan memeriksa isinya dan membuat draf SOP; bila ada yang salah, portal menyebutkan lembar dan sel yang perlu diperbaiki, dan tidak ada yang tersimpan sampai semuanya benar.',
  'Jangan mengganti nama lembar, memindahkan kolom, atau menghapus baris judul. Jangan memakai rumus (=...) atau tautan ke berkas lain: berkas yang berisi rumus atau tautan luar akan ditolak. Ketik isinya sebagai teks atau angka biasa.',
  '# 1. Lembar "Identitas"',
  'Isi kolom B untuk setiap baris: Nomor SOP, Nama SOP (wajib), tanggal pembuatan, revisi dan efektif (format HH-BB-TTTT, mis. 05-01-2026), serta jabatan, nama dan NIP pejabat yang mengesahkan. NIP diketik 18 angka tanpa spasi.',
  'Di bawahnya ada daftar: Dasar Hukum, Kualifikasi Pelaksana, Keterkaitan (SOP terkait), Peralatan/Perlengkapan, serta Pencatatan dan Pendataan. Tulis satu butir per baris, mulai dari baris pertama di bawah judul daftar (paling banyak 50 butir per daftar). Kolom "Kode SOP terkait" diisi oleh sistem; biarkan saja.',
  '# 2. Lembar "Pelaksana"',
  'Tulis nama jabatan setiap pelaksana di kolom B, satu per baris, sesuai urutan kolom pelaksana yang diinginkan pada diagram alir (kiri ke kanan). Paling banyak 20 pelaksana. Setiap nama harus berbeda.',
  '# 3. Lembar "Langkah"',
  'Satu baris untuk satu kegiatan, berurutan dari atas. Kolom "No" diisi 1, 2, 3, … tanpa loncat.',
  'Kolom "Pelaksana": pilih dari daftar (nama diambil dari lembar Pelaksana). Bila satu kegiatan dikerjakan bersama oleh beberapa pelaksana, ketik nama-namanya dipisah titik koma, mis. "Analis Kinerja; Kepala Bagian".',
  'Kolom "Simbol": Mulai/Selesai (kapsul) untuk kegiatan pertama dan terakhir; Proses (kotak) untuk kegiatan biasa; Keputusan (belah ketupat) untuk pertanyaan yang dijawab Ya atau Tidak.',
  'Kolom "Langkah berikutnya": biasanya dikosongkan, artinya alur lanjut ke baris di bawahnya. Isi nomor langkah bila alur melompat ke langkah lain, termasuk kembali ke langkah sebelumnya (loop-back). Tulis "Selesai" pada langkah yang mengakhiri prosedur.',
  'Untuk simbol Keputusan, kolom "Langkah berikutnya" dikosongkan; isi kolom "Ya →" dengan nomor langkah bila jawabannya Ya, dan kolom "Tidak →" dengan nomor langkah bila jawabannya Tidak. Keduanya wajib. Nomor boleh menunjuk ke langkah sebelumnya, mis. Tidak → 2 untuk mengulang perbaikan.',
  'Mutu baku: "Kelengkapan" (persyaratan/bahan yang dibutuhkan), "Waktu" (angka saja, mis. 30 atau 2,5), "Satuan waktu" (menit, jam, hari, minggu, bulan atau tahun, pilih dari daftar), dan "Output" (hasil kegiatan). "Keterangan" boleh dikosongkan.',
  '# 4. Lembar "Diagram Alir"',
  'Lembar ini hanya ada pada SOP yang diunduh dari portal, berisi gambar diagram alir per langkah. Lembar ini tidak dibaca saat impor; ubahlah lembar Langkah, bukan gambarnya.',
  '# Contoh',
  'No 1 | Menerima data kinerja | Analis Kinerja | Mulai/Selesai',
  'No 2 | Menyusun konsep laporan | Analis Kinerja | Proses | Waktu 2 hari',
  'No 3 | Apakah konsep sudah sesuai? | Kepala Bagian | Keputusan | Ya → 4 | Tidak → 2',
  'No 4 | Menandatangani laporan | Kepala Bagian | Proses | Waktu 30 menit',
  'No 5 | Laporan selesai | Analis Kinerja; Kepala Bagian | Mulai/Selesai | Langkah berikutnya: Selesai',
];

// ---------------------------------------------------------------- addresses

/** "D" → 4. */
export function colNumber(col: string): number {
  let n = 0;
  for (const ch of col) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
export const cellRef = (sheet: string, col: string, row: number) => `${sheet}!${col}${row}`;
