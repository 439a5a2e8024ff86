import type { AnjabContent, EvjabContent, SkjContent, Importance, TrainingKind } from '../../../../domain/jabatan/model.ts';
import type { WorkPeriod } from '../../../../domain/jabatan/master.ts';
import type { MasterRows } from '../../job-master/job-master.repo.ts';
import type { TJobDocument } from '../job-documents.schema.ts';
import type { z } from 'zod';
import type { ZUnitAbk } from '../job-documents.schema.ts';
import { formatNumber, type Block, type Cell, type Report } from '../../../documents/report.ts';

export { formatNumber, type Block, type Cell, type Column, type Report } from '../../../documents/report.ts';

/**
 * A job document as a report: title lines and blocks (headings, texts, label/value fields, tables). The three
 * writers (src/server/documents/report-pdf.ts, docx.ts, xlsx.ts) only paint it, so the PDF, Word and spreadsheet say the same thing. Cells hold
 * numbers as numbers: the PDF and Word writers format them the Indonesian way, the spreadsheet keeps them numeric.
 */

const PERIOD: Record<WorkPeriod, string> = { hari: 'Hari', minggu: 'Minggu', bulan: 'Bulan', tahun: 'Tahun' };
const TRAINING: Record<TrainingKind, string> = { penjenjangan: 'Penjenjangan', teknis: 'Teknis', fungsional: 'Fungsional' };
export const IMPORTANCE_LABEL: Record<Importance, string> = { mutlak: 'Mutlak', penting: 'Penting', perlu: 'Perlu' };
const ROUNDING: Record<string, string> = { HALF_UP: 'pembulatan ke terdekat (0,5 ke atas)', CEIL: 'pembulatan ke atas' };
const JOB_KIND: Record<string, string> = { struktural: 'Struktural', fungsional: 'Fungsional', pelaksana: 'Pelaksana' };

const dash = (s: string | null | undefined) => (s && s.trim() !== '' ? s : '-');
const list = (items: string[]) => (items.length === 0 ? '-' : items.map((x, i) => `${i + 1}. ${x}`).join('\n'));
const rowsOr = (rows: Cell[][], width: number): Cell[][] => (rows.length > 0 ? rows : [[ '-', ...Array(width - 1).fill('') ]]);

/** A safe file name: "Anjab - Analis Tata Laksana". */
export function fileBaseOf(prefix: string, name: string): string {
  const clean = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[/\\]+/g, '-').replace(/[^A-Za-z0-9 ._()-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${prefix} - ${clean || 'Jabatan'}`.slice(0, 120).trim();
}

function headerOf(doc: TJobDocument, unitNames: string[]): string[] {
  return [...unitNames.map((n) => n.toUpperCase()), `Versi ${doc.version} · Data induk tahun ${doc.masterYear}`];
}

/** `grade`: the class from the position's newest Evjab (null while it has none or it is incomplete). */
export function anjabReport(doc: TJobDocument, c: AnjabContent, unitNames: string[], master: MasterRows, grade: number | null = null): Report {
  // Reference-list codes print with their names; free texts written before the lists print as they are.
  const ref = (list: keyof MasterRows['references'], values: string[]) =>
    values.map((v) => { const item = master.references?.[list]?.find((x) => x.code === v); return item ? `${item.code} (${item.name})` : v; });
  const abk = doc.abk!;
  const r = c.requirements;
  const pc = r.physicalConditions;
  const blocks: Block[] = [
    { type: 'heading', text: '1. Identitas Jabatan' },
    { type: 'fields', rows: [
      ['Nama Jabatan', dash(c.identity.name)],
      ['Kode Jabatan', dash(c.identity.code)],
      ['Unit Kerja', dash(c.identity.unit)],
      ['Jenis Jabatan', JOB_KIND[c.identity.kind] ?? c.identity.kind],
    ] },
    { type: 'heading', text: '2. Ikhtisar Jabatan' },
    { type: 'text', text: dash(c.summary) },
    { type: 'heading', text: '3. Kualifikasi Jabatan' },
    { type: 'fields', rows: [
      ['Pendidikan Formal', list(c.qualifications.education)],
      ['Pendidikan dan Pelatihan', list(c.qualifications.trainings.map((t) => `${TRAINING[t.kind]}: ${t.name}`))],
      ['Pengalaman Kerja', list(c.qualifications.experience)],
    ] },
    { type: 'heading', text: '4. Tugas Pokok' },
    { type: 'table', columns: [{ label: 'No', width: 1 }, { label: 'Uraian Tugas', width: 8 }, { label: 'Tahapan', width: 8 }, { label: 'Hasil Kerja', width: 5 }],
      rows: rowsOr(c.tasks.map((t, i) => [i + 1, t.description, list(t.steps), t.results.map((x) => `${x.name} (${x.unit})`).join('\n') || '-']), 4) },
    { type: 'heading', text: 'Analisis Beban Kerja' },
    { type: 'table',
      columns: [
        { label: 'No', width: 1 }, { label: 'Uraian Tugas', width: 6 }, { label: 'Satuan Hasil', width: 2.5 },
        { label: 'Jumlah Hasil (per tahun)', width: 3, decimals: 2 }, { label: 'Waktu Penyelesaian (menit)', width: 3.6, decimals: 2 },
        { label: 'Waktu Efektif (menit/tahun)', width: 3.6 }, { label: 'Kebutuhan Pegawai', width: 3, decimals: 4 },
      ],
      rows: rowsOr(abk.tasks.map((t, i) => [
        i + 1,
        `${c.tasks.find((x) => x.id === t.id)?.description ?? t.id} (${formatNumber(t.volume, 2)} per ${PERIOD[t.period]})`,
        t.resultUnit, t.yearlyVolume, t.minutesPerResult, abk.workingMinutesPerYear, t.staff,
      ]), 7),
      total: ['', 'Jumlah', '', null, null, null, abk.staffExact] },
    { type: 'fields', rows: [
      ['Jumlah Beban Kerja (menit/tahun)', formatNumber(abk.workload, 2)],
      ['Kebutuhan Pegawai', `${formatNumber(abk.workload, 2)} : ${formatNumber(abk.workingMinutesPerYear)} = ${formatNumber(abk.staffExact, 4)} ≈ ${abk.staffNeeded} orang (${ROUNDING[abk.rounding] ?? abk.rounding})`],
      ['Jumlah Pegawai yang Ada', String(abk.staffPresent)],
      ['Selisih (+/-)', signed(abk.difference)],
      ['Efektivitas Jabatan (EJ)', abk.ej === null ? '-' : formatNumber(abk.ej, 4)],
      ['Prestasi Jabatan (PJ)', abk.pj ? `${abk.pj.code} (${abk.pj.label})` : '-'],
      ['Sumber Waktu Kerja Efektif', master.workingTime.source],
    ] },
    ...(abk.incompleteTaskIds.length > 0 ? [{ type: 'text' as const, text: `Tugas tanpa jumlah hasil atau waktu penyelesaian belum dihitung: ${abk.incompleteTaskIds.length}.` }] : []),
    { type: 'heading', text: '5. Hasil Kerja' },
    { type: 'table', columns: [{ label: 'No', width: 1 }, { label: 'Hasil Kerja', width: 10 }, { label: 'Satuan Hasil', width: 5 }],
      rows: rowsOr(c.results.map((x, i) => [i + 1, x.name, x.unit]), 3) },
    { type: 'heading', text: '6. Bahan Kerja' },
    { type: 'table', columns: [{ label: 'No', width: 1 }, { label: 'Bahan Kerja', width: 8 }, { label: 'Penggunaan dalam Tugas', width: 8 }],
      rows: rowsOr(c.materials.map((x, i) => [i + 1, x.name, x.use]), 3) },
    { type: 'heading', text: '7. Perangkat Kerja' },
    { type: 'table', columns: [{ label: 'No', width: 1 }, { label: 'Perangkat Kerja', width: 8 }, { label: 'Digunakan untuk Tugas', width: 8 }],
      rows: rowsOr(c.equipment.map((x, i) => [i + 1, x.name, x.use]), 3) },
    { type: 'heading', text: '8. Tanggung Jawab' },
    { type: 'text', text: list(c.responsibilities) },
    { type: 'heading', text: '9. Wewenang' },
    { type: 'text', text: list(c.authority) },
    { type: 'heading', text: '10. Korelasi Jabatan' },
    { type: 'table', columns: [{ label: 'No', width: 1 }, { label: 'Jabatan', width: 6 }, { label: 'Unit Kerja/Instansi', width: 6 }, { label: 'Dalam Hal', width: 6 }],
      rows: rowsOr(c.relations.map((x, i) => [i + 1, x.position, x.unit, x.purpose]), 4) },
    { type: 'heading', text: '11. Kondisi Lingkungan Kerja' },
    { type: 'table', columns: [{ label: 'No', width: 1 }, { label: 'Aspek', width: 6 }, { label: 'Faktor', width: 10 }],
      rows: rowsOr(c.workingConditions.map((x, i) => [i + 1, x.aspect, x.factor]), 3) },
    { type: 'heading', text: '12. Risiko Bahaya' },
    { type: 'table', columns: [{ label: 'No', width: 1 }, { label: 'Nama Risiko', width: 8 }, { label: 'Penyebab', width: 8 }],
      rows: rowsOr(c.hazards.map((x, i) => [i + 1, x.name, x.cause]), 3) },
    { type: 'heading', text: '13. Syarat Jabatan' },
    { type: 'fields', rows: [
      ['Pangkat/Golongan Ruang', dash(r.rank)],
      ['Pendidikan', list(r.education)],
      ['Kursus/Diklat', list(r.courses.map((t) => `${TRAINING[t.kind]}: ${t.name}`))],
      ['Pengalaman Kerja', list(r.experience)],
      ['Pengetahuan Kerja', list(r.knowledge)],
      ['Keterampilan Kerja', list(r.skills)],
      ['Bakat Kerja', list(ref('bakat_kerja', r.aptitudes))],
      ['Temperamen Kerja', list(ref('temperamen', r.temperaments))],
      ['Minat Kerja', list(ref('minat', r.interests))],
      ['Upaya Fisik', list(ref('upaya_fisik', r.physicalEffort))],
      ['Kondisi Fisik', [`Jenis Kelamin: ${dash(pc.sex)}`, `Umur: ${dash(pc.age)}`, `Tinggi Badan: ${dash(pc.height)}`, `Berat Badan: ${dash(pc.weight)}`,
        `Postur Badan: ${dash(pc.posture)}`, `Penampilan: ${dash(pc.appearance)}`, `Keadaan Fisik: ${dash(pc.state)}`].join('\n')],
      ['Fungsi Pekerjaan', [`Data: ${ref('fungsi_data', r.jobFunctions.data).join(', ') || '-'}`, `Orang: ${ref('fungsi_orang', r.jobFunctions.people).join(', ') || '-'}`, `Benda: ${ref('fungsi_benda', r.jobFunctions.things).join(', ') || '-'}`].join('\n')],
    ] },
    { type: 'heading', text: '14. Prestasi Kerja yang Diharapkan' },
    { type: 'table', columns: [{ label: 'No', width: 1 }, { label: 'Hasil Kerja', width: 8 }, { label: 'Jumlah', width: 3 }, { label: 'Satuan', width: 3 }, { label: 'Waktu', width: 3 }],
      rows: rowsOr(c.expectedPerformance.map((x, i) => [i + 1, x.result, x.quantity, x.unit, x.time]), 5) },
    { type: 'heading', text: '15. Kelas Jabatan' },
    { type: 'text', text: grade === null ? 'Belum ditetapkan (Evaluasi Jabatan belum lengkap).' : `Kelas ${grade}` },
    { type: 'heading', text: '16. Butir Informasi Lain' },
    { type: 'text', text: dash(c.otherInformation) },
  ];
  return {
    title: 'INFORMASI JABATAN',
    subtitle: headerOf(doc, unitNames),
    blocks,
    landscape: false,
    fileBase: fileBaseOf('Anjab', c.identity.name || doc.positionName),
    savedAt: new Date(doc.savedAt),
    sheet: 'Anjab',
  };
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function evjabReport(doc: TJobDocument, c: EvjabContent, unitNames: string[], master: MasterRows): Report {
  const factors = master.factors[c.factorSet];
  const ev = doc.evaluation!;
  const rows: Cell[][] = factors.map((f) => {
    const choice = c.choices.find((x) => x.code === f.code);
    const level = choice ? f.levels.find((l) => l.level === choice.level) : undefined;
    return [`Faktor ${f.code}`, f.name, level ? `${f.code}-${level.level}` : '-', level ? level.points : null, level?.description ?? '-', dash(choice?.justification)];
  });
  const ROLE: Record<string, string> = { pengarah: 'Pengarah', ketua: 'Ketua', sekretaris: 'Sekretaris', anggota: 'Anggota', pendukung: 'Tenaga Pendukung' };
  return {
    title: 'EVALUASI JABATAN',
    subtitle: headerOf(doc, unitNames),
    blocks: [
      { type: 'fields', rows: [
        ['Nama Jabatan', doc.positionName],
        ['Unit Kerja', doc.unitName],
        ['Kelompok Faktor', c.factorSet === 'struktural' ? 'Jabatan Struktural' : 'Jabatan Fungsional dan Pelaksana'],
      ] },
      { type: 'heading', text: 'Penilaian Faktor Jabatan' },
      { type: 'table',
        columns: [{ label: 'Faktor', width: 2 }, { label: 'Nama Faktor', width: 5 }, { label: 'Tingkat', width: 2 }, { label: 'Nilai', width: 2 },
          { label: 'Uraian Tingkat', width: 6 }, { label: 'Justifikasi', width: 6 }],
        rows,
        total: ['', 'Jumlah Nilai', '', ev.total, '', ''] },
      { type: 'fields', rows: [
        ['Jumlah Nilai', formatNumber(ev.total)],
        ['Kelas Jabatan', ev.grade === null ? 'Belum dapat ditentukan (faktor belum lengkap)' : String(ev.grade)],
      ] },
      ...(ev.problems.length > 0 ? [{ type: 'text' as const, text: ev.problems.map((p) => p.message).join('\n') }] : []),
      { type: 'heading', text: 'Validasi' },
      { type: 'table', columns: [{ label: 'No', width: 1 }, { label: 'Nama', width: 6 }, { label: 'Peran dalam Tim', width: 4 }, { label: 'Jabatan', width: 6 }],
        rows: rowsOr(c.validation.team.map((m, i) => [i + 1, m.name, ROLE[m.role] ?? m.role, m.position]), 4) },
      { type: 'fields', rows: [
        ['Nomor Keputusan', dash(c.validation.decisionNumber)],
        ['Tanggal Keputusan', c.validation.decisionDate ? formatDateId(c.validation.decisionDate) : '-'],
        ['Berita Acara', dash(c.validation.minutes)],
      ] },
    ],
    landscape: true,
    fileBase: fileBaseOf('Evjab', doc.positionName),
    savedAt: new Date(doc.savedAt),
    sheet: 'Evjab',
  };
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
/** `2026-11-28` → `28 November 2026`. */
export function formatDateId(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

export function skjReport(doc: TJobDocument, c: SkjContent, unitNames: string[]): Report {
  const view = doc.skj!;
  const competencyRows: Cell[][] = view.competencies.map((x, i) => [
    i + 1, x.kind === 'manajerial' ? 'Manajerial' : 'Sosial Kultural', x.code, x.name ?? '-', x.level, x.description ?? '-',
  ]);
  const technical: Cell[][] = c.technical.map((x, i) => [competencyRows.length + i + 1, 'Teknis', '-', x.name, x.level, dash(x.description)]);
  const req: Cell[][] = [
    ...c.requirements.education.map((x) => ['Pendidikan', `${x.level} ${x.field}`.trim(), IMPORTANCE_LABEL[x.importance]]),
    ...c.requirements.trainings.map((x) => [`Pelatihan ${TRAINING[x.kind]}`, x.name, IMPORTANCE_LABEL[x.importance]]),
    ...c.requirements.experience.map((x) => ['Pengalaman Kerja', x.description, IMPORTANCE_LABEL[x.importance]]),
    ...c.requirements.rank.map((x) => ['Pangkat', x.rank, IMPORTANCE_LABEL[x.importance]]),
  ];
  return {
    title: 'STANDAR KOMPETENSI JABATAN',
    subtitle: headerOf(doc, unitNames),
    blocks: [
      { type: 'heading', text: 'A. Identitas Jabatan' },
      { type: 'fields', rows: [
        ['Nama Jabatan', dash(c.identity.name)],
        ['Kelompok Jabatan', dash(c.identity.group)],
        ['Urusan Pemerintahan', dash(c.identity.governmentAffairs)],
        ['Kode Jabatan', dash(c.identity.code)],
      ] },
      { type: 'heading', text: 'B. Ikhtisar Jabatan' },
      { type: 'text', text: dash(c.summary) },
      { type: 'heading', text: 'C. Standar Kompetensi' },
      { type: 'table',
        columns: [{ label: 'No', width: 1 }, { label: 'Jenis Kompetensi', width: 3 }, { label: 'Kode', width: 2 }, { label: 'Nama Kompetensi', width: 4 },
          { label: 'Level', width: 1.5 }, { label: 'Deskripsi', width: 10 }],
        rows: rowsOr([...competencyRows, ...technical], 6) },
      { type: 'heading', text: 'D. Persyaratan Jabatan' },
      { type: 'table', columns: [{ label: 'Jenis Persyaratan', width: 4 }, { label: 'Uraian', width: 10 }, { label: 'Tingkat Pentingnya terhadap Jabatan', width: 4 }],
        rows: rowsOr(req, 3) },
      { type: 'heading', text: 'E. Indikator Kinerja Jabatan' },
      { type: 'text', text: list(c.performanceIndicators) },
    ],
    landscape: true,
    fileBase: fileBaseOf('SKJ', c.identity.name || doc.positionName),
    savedAt: new Date(doc.savedAt),
    sheet: 'SKJ',
  };
}

/** Form C/D of a unit (regulations.md §2.7): one row per position with need against present staff, EJ and PJ. */
export function unitAbkReport(abk: z.infer<typeof ZUnitAbk>, unitNames: string[], savedAt: Date): Report {
  const rows: Cell[][] = abk.rows.map((r, i) => [
    i + 1, r.positionName, r.workload, r.staffExact === null ? '-' : `${formatNumber(r.workload ?? 0, 2)} : WKE = ${formatNumber(r.staffExact, 4)} ≈ ${r.staffNeeded}`,
    r.staffNeeded, r.staffPresent, r.difference, r.difference === null ? null : r.difference < 0 ? -r.difference : null, r.difference !== null && r.difference > 0 ? r.difference : null,
    r.ej, r.pj ? `${r.pj.code} (${r.pj.label})` : '-',
  ]);
  const t = abk.totals;
  return {
    title: 'FORMULIR D — REKAPITULASI KEBUTUHAN PEGAWAI',
    subtitle: [`Unit Organisasi: ${abk.unitName}`, ...(unitNames.length > 1 ? [`Satuan Organisasi: ${unitNames[0]}`] : [])],
    blocks: [
      { type: 'table',
        columns: [
          { label: 'No', width: 1 }, { label: 'Nama Jabatan', width: 6 }, { label: 'Jumlah Beban Kerja Jabatan (menit)', width: 3, decimals: 2 },
          { label: 'Perhitungan Jumlah Kebutuhan Pegawai', width: 5 }, { label: 'Kebutuhan Pegawai', width: 2 }, { label: 'Jumlah Pegawai yang Ada', width: 2 },
          { label: '+/-', width: 1.5 }, { label: 'Kurang', width: 1.5 }, { label: 'Lebih', width: 1.5 }, { label: 'EJ', width: 1.5, decimals: 2 }, { label: 'PJ', width: 2.5 },
        ],
        rows: rowsOr(rows, 11),
        total: ['', 'Jumlah', t.workload, formatNumber(t.staffExact, 4), t.staffNeeded, t.staffPresent, t.difference, null, null, null, ''] },
      { type: 'text', text: 'Jabatan tanpa Analisis Jabatan belum dihitung. Kebutuhan pegawai dibulatkan per jabatan menurut data induk tahun tiap Anjab.' },
    ],
    landscape: true,
    fileBase: fileBaseOf('ABK', abk.unitName),
    savedAt,
    sheet: 'Formulir D',
  };
}
