import ExcelJS from 'exceljs';
import type { MonevAssessment } from '../../../domain/monev/monev.ts';
import type { ReportCriterion, ReportSop, Trend } from '../../../domain/monev/report.ts';
import { renderReportPdf } from '../../documents/report-pdf.ts';
import type { Block, Cell, Column } from '../../documents/report.ts';
import type { TRoundReport, TSopReport, TUnitReport } from './monev-reports.schema.ts';

/**
 * The monev reports as files. One model (sheets of sections: a heading, columns, rows) is painted twice: as a
 * workbook (exceljs, one worksheet per sheet, numbers as numbers) and as a PDF through the shared report renderer
 * (src/server/documents/report-pdf.ts, each sheet a heading). The first sheet is Table 7 of Permenpan RB 35/2012
 * (regulations.md §1.7: No., Prosedur, Penilaian Terhadap Penerapan, Catatan Hasil Penilaian, Tindakan yang Harus
 * Diambil, Paraf Penilai), the second the yes/no evaluation with its summary. Documents are in Indonesian.
 */

export const SHEET_MONITORING = 'Monitoring Pelaksanaan SOP AP';
export const SHEET_EVALUATION = 'Evaluasi Penerapan SOP AP';
export const SHEET_TREND = 'Tren';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const MONEV_EXPORT_FORMATS = ['xlsx', 'pdf'] as const;
export type MonevExportFormat = (typeof MONEV_EXPORT_FORMATS)[number];

export interface Section {
  heading?: string;
  columns: Column[];
  rows: Cell[][];
  total?: Cell[];
}

export interface ExportSheet {
  name: string;
  sections: Section[];
}

export interface MonevExport {
  title: string;
  subtitle: string[];
  sheets: ExportSheet[];
  /** File name without extension. */
  fileBase: string;
  savedAt: Date;
}

const ASSESSMENT: Record<MonevAssessment, string> = { berjalan_baik: 'Berjalan dengan baik', tidak_berjalan_baik: 'Tidak berjalan dengan baik' };
const METHOD: Record<string, string> = {
  observasi: 'Observasi supervisor',
  wawancara_pelaksana: 'Wawancara dengan pelaksana',
  wawancara_masyarakat: 'Wawancara dengan pelanggan/anggota masyarakat',
  diskusi_kelompok: 'Pertemuan dan diskusi kelompok kerja',
  pengarahan: 'Pengarahan dalam pelaksanaan',
};
const TREND: Record<'up' | 'down' | 'same', string> = { up: 'Naik', down: 'Turun', same: 'Tetap' };
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2026-07-01" → "1 Juli 2026". */
export const dayText = (d: string) => `${Number(d.slice(8, 10))} ${MONTHS[Number(d.slice(5, 7)) - 1]} ${d.slice(0, 4)}`;
const periodText = (r: { periodStart: string; periodEnd: string }) => `${dayText(r.periodStart)} s.d. ${dayText(r.periodEnd)}`;
export const assessmentText = (a: MonevAssessment | null) => (a ? ASSESSMENT[a] : 'Belum dinilai');
export const trendText = (t: Trend) => (t ? TREND[t] : '-');
const percentCell = (p: number | null): Cell => (p === null ? '-' : p);
const answer = (v: boolean | undefined) => (v === true ? 'Ya' : v === false ? 'Tidak' : '-');
const dash = (s: string) => (s.trim() ? s : '-');

/** A name safe for Content-Disposition and every file system: "Laporan Monev - Semester II 2026". */
export function safeFileBase(prefix: string, name: string): string {
  const clean = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[/\\]+/g, '-').replace(/[^A-Za-z0-9 ._()-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${prefix} - ${clean || 'Monev'}`.slice(0, 120).trim();
}

const criterionLabel = (c: ReportCriterion) => `${c.id}. ${c.textId}${c.unconfirmed ? ' (perlu diverifikasi)' : ''}`;

// ---------------------------------------------------------------- sections

const TABLE7: Column[] = [
  { label: 'No.', width: 5 },
  { label: 'Prosedur', width: 30 },
  { label: 'Penilaian Terhadap Penerapan', width: 18 },
  { label: 'Catatan Hasil Penilaian', width: 32 },
  { label: 'Tindakan yang Harus Diambil', width: 28 },
  { label: 'Paraf Penilai', width: 26 },
];

type Table7Row = Pick<ReportSop, 'title' | 'number' | 'sopVersion' | 'assessment' | 'notes' | 'action' | 'assessorName' | 'assessorPosition' | 'methods'>;

/** Column 6 holds a signature on paper; the report names the assessor, their position and the methods used. */
const assessorCell = (r: Table7Row) => {
  const who = [r.assessorName, r.assessorPosition].filter((x) => x.trim()).join(', ');
  const methods = r.methods.map((m) => METHOD[m] ?? m).join('; ');
  return [who || '-', methods ? `Metode: ${methods}` : ''].filter(Boolean).join('\n');
};

const table7Row = (no: number, r: Table7Row, extra = ''): Cell[] => [
  no,
  `${r.title}\n${r.number} (versi ${r.sopVersion})${extra ? `\n${extra}` : ''}`,
  assessmentText(r.assessment),
  dash(r.notes),
  dash(r.action),
  assessorCell(r),
];

export const table7Section = (heading: string, rows: Table7Row[]): Section => ({
  heading,
  columns: TABLE7,
  rows: rows.length ? rows.map((r, i) => table7Row(i + 1, r)) : [['-', 'Tidak ada SOP', '', '', '', '']],
});

const criteriaLegend = (criteria: ReportCriterion[]): Section => ({
  heading: 'Kriteria evaluasi (jawaban Ya/Tidak)',
  columns: [{ label: 'Kode', width: 6 }, { label: 'Kriteria', width: 60 }],
  rows: criteria.map((c) => [c.id, `${c.textId}${c.unconfirmed ? ' (perlu diverifikasi)' : ''}`]),
});

const evaluationColumns = (criteria: ReportCriterion[], first: Column[]): Column[] => [
  ...first,
  ...criteria.map((c) => ({ label: c.id, width: 6 })),
  { label: 'Ya', width: 6 },
  { label: 'Tidak', width: 6 },
  { label: '% Ya', width: 7 },
];

const evaluationCells = (criteria: ReportCriterion[], answers: Record<string, boolean>, e: { yes: number; no: number; percentYes: number | null }): Cell[] => [
  ...criteria.map((c) => answer(answers[c.id])),
  e.yes,
  e.no,
  percentCell(e.percentYes),
];

const tallySection = (heading: string, criteria: ReportCriterion[], tallies: { id: string; yes: number; no: number; percentYes: number | null }[]): Section => ({
  heading,
  columns: [{ label: 'Kriteria', width: 50 }, { label: 'Ya', width: 8 }, { label: 'Tidak', width: 8 }, { label: '% Ya', width: 8 }],
  rows: criteria.map((c) => {
    const t = tallies.find((x) => x.id === c.id) ?? { yes: 0, no: 0, percentYes: null };
    return [criterionLabel(c), t.yes, t.no, percentCell(t.percentYes)];
  }),
});

const PERCENT_NOTE = '% Ya adalah bagian jawaban "Ya" dari kriteria yang dijawab; konvensi aplikasi, bukan nilai menurut peraturan.';

// ---------------------------------------------------------------- the three reports

export function roundExport(r: TRoundReport, savedAt: Date): MonevExport {
  const criteria = r.criteria;
  const monitoring: Section[] = r.units.map((u) =>
    table7Section(`${u.code} ${u.name} · ${u.submittedAt ? `diserahkan ${dayText(u.submittedAt.slice(0, 10))}` : u.progress.late ? 'belum diserahkan (terlambat)' : 'belum diserahkan'}`, u.sops),
  );
  const evaluation: Section[] = [
    criteriaLegend(criteria),
    ...r.units.map((u): Section => ({
      heading: `${u.code} ${u.name}`,
      columns: evaluationColumns(criteria, [{ label: 'No.', width: 5 }, { label: 'Prosedur', width: 30 }]),
      rows: u.sops.map((s) => [s.no, `${s.title}\n${s.number}`, ...evaluationCells(criteria, s.criteria, s.evaluation)]),
    })),
    {
      heading: 'Ringkasan per unit',
      columns: [
        { label: 'Unit', width: 30 }, { label: 'SOP', width: 7 }, { label: 'Dinilai lengkap', width: 9 }, { label: 'Berjalan dengan baik', width: 10 },
        { label: 'Tidak berjalan dengan baik', width: 10 }, { label: 'Ya', width: 7 }, { label: 'Dijawab', width: 8 }, { label: '% Ya', width: 7 }, { label: 'Status', width: 16 },
      ],
      rows: r.units.map((u) => [
        `${u.code} ${u.name}`, u.summary.total, u.summary.complete, u.summary.working, u.summary.notWorking, u.summary.yes, u.summary.answered, percentCell(u.summary.percentYes),
        u.progress.submitted ? 'Diserahkan' : u.progress.late ? 'Terlambat' : 'Belum diserahkan',
      ]),
      total: [
        'Jumlah', r.totals.sops, r.totals.assessed, r.totals.working, r.totals.notWorking,
        r.units.reduce((s, u) => s + u.summary.yes, 0), r.units.reduce((s, u) => s + u.summary.answered, 0), percentCell(r.totals.percentYes),
        `${r.totals.submitted} dari ${r.totals.units} diserahkan`,
      ],
    },
    tallySection('Jawaban per kriteria (semua unit)', criteria, criteria.map((c) => {
      const yes = r.units.reduce((s, u) => s + (u.criteria.find((x) => x.id === c.id)?.yes ?? 0), 0);
      const no = r.units.reduce((s, u) => s + (u.criteria.find((x) => x.id === c.id)?.no ?? 0), 0);
      return { id: c.id, yes, no, percentYes: yes + no === 0 ? null : Math.round((yes / (yes + no)) * 100) };
    })),
  ];
  return {
    title: `Laporan Monitoring dan Evaluasi SOP: ${r.round.title}`,
    subtitle: [`Periode ${periodText(r.round)} · batas waktu ${dayText(r.round.deadline)} · ${r.round.status === 'open' ? 'putaran berjalan' : 'putaran ditutup'}`, `Keadaan per ${dayText(r.today)}. ${PERCENT_NOTE}`],
    sheets: [{ name: SHEET_MONITORING, sections: monitoring }, { name: SHEET_EVALUATION, sections: evaluation }],
    fileBase: safeFileBase('Laporan Monev', r.round.title),
    savedAt,
  };
}

/** A unit across rounds: Table 7 and the evaluation per round (`perRound`: each round's rows), and the trend. */
export function unitExport(r: TUnitReport, perRound: { roundId: string; sops: ReportSop[] }[], savedAt: Date): MonevExport {
  const criteria = r.criteria;
  const sopsOf = (roundId: string) => perRound.find((p) => p.roundId === roundId)?.sops ?? [];
  const roundHeading = (x: TUnitReport['rounds'][number]) => `${x.round.title} (${periodText(x.round)})`;
  const trend: Section[] = [
    {
      heading: 'Hasil per putaran',
      columns: [
        { label: 'Putaran', width: 30 }, { label: 'SOP', width: 7 }, { label: 'Berjalan dengan baik', width: 10 }, { label: 'Tidak berjalan dengan baik', width: 10 },
        { label: 'Belum dinilai', width: 9 }, { label: 'Ya', width: 7 }, { label: 'Dijawab', width: 8 }, { label: '% Ya', width: 7 }, { label: 'Tren', width: 8 },
      ],
      rows: r.rounds.map((x) => [
        roundHeading(x), x.summary.total, x.summary.working, x.summary.notWorking, x.summary.total - x.summary.working - x.summary.notWorking,
        x.summary.yes, x.summary.answered, percentCell(x.summary.percentYes), trendText(x.trend),
      ]),
    },
    {
      heading: 'Jawaban "Ya" per kriteria per putaran',
      columns: [{ label: 'Kriteria', width: 40 }, ...r.rounds.map((x) => ({ label: x.round.title, width: 14 }))],
      rows: criteria.map((c) => [criterionLabel(c), ...r.rounds.map((x) => {
        const t = x.criteria.find((y) => y.id === c.id);
        return t ? `${t.yes} dari ${t.yes + t.no}` : '-';
      })]),
    },
    {
      heading: 'SOP per putaran',
      columns: [{ label: 'No.', width: 5 }, { label: 'Prosedur', width: 30 }, ...r.rounds.map((x) => ({ label: x.round.title, width: 16 })), { label: 'Tren', width: 8 }],
      rows: r.sops.map((s, i) => [
        i + 1,
        `${s.title}\n${s.number}`,
        ...s.cells.map((c) => (c ? `${assessmentText(c.assessment)}\nYa ${c.evaluation.yes} dari ${c.evaluation.answered} (${c.evaluation.percentYes === null ? '-' : `${c.evaluation.percentYes}%`})` : '-')),
        trendText(s.trend),
      ]),
    },
  ];
  return {
    title: `Laporan Monitoring dan Evaluasi SOP: ${r.unit.code} ${r.unit.name}`,
    subtitle: [`${r.rounds.length} putaran monitoring`, `Keadaan per ${dayText(r.today)}. ${PERCENT_NOTE}`],
    sheets: [
      { name: SHEET_MONITORING, sections: r.rounds.length ? r.rounds.map((x) => table7Section(roundHeading(x), sopsOf(x.round.id))) : [table7Section('Belum ada putaran monitoring', [])] },
      {
        name: SHEET_EVALUATION,
        sections: [
          criteriaLegend(criteria),
          ...r.rounds.flatMap((x): Section[] => [
            {
              heading: roundHeading(x),
              columns: evaluationColumns(criteria, [{ label: 'No.', width: 5 }, { label: 'Prosedur', width: 30 }]),
              rows: sopsOf(x.round.id).map((s) => [s.no, `${s.title}\n${s.number}`, ...evaluationCells(criteria, s.criteria, s.evaluation)]),
              total: ['', 'Jumlah', ...criteria.map((c) => x.criteria.find((y) => y.id === c.id)?.yes ?? 0), x.summary.yes, x.summary.answered - x.summary.yes, percentCell(x.summary.percentYes)],
            },
          ]),
        ],
      },
      { name: SHEET_TREND, sections: trend },
    ],
    fileBase: safeFileBase('Laporan Monev', `${r.unit.code} ${r.unit.name}`),
    savedAt,
  };
}

/** One SOP round by round. */
export function sopExport(r: TSopReport, today: string, savedAt: Date): MonevExport {
  const criteria = r.criteria;
  return {
    title: `Laporan Monitoring dan Evaluasi SOP: ${r.sop.title}`,
    subtitle: [`${r.sop.number ? `${r.sop.number} · ` : ''}${r.sop.unit.code} ${r.sop.unit.name}`, `Keadaan per ${dayText(today)}. ${PERCENT_NOTE}`],
    sheets: [
      {
        name: SHEET_MONITORING,
        sections: [{
          heading: 'Penilaian per putaran',
          columns: TABLE7,
          rows: r.entries.length ? r.entries.map((e, i) => table7Row(i + 1, e, `Putaran: ${e.round.title} (${periodText(e.round)})`)) : [['-', 'Belum pernah dimonitor', '', '', '', '']],
        }],
      },
      {
        name: SHEET_EVALUATION,
        sections: [
          criteriaLegend(criteria),
          {
            heading: 'Evaluasi per putaran',
            columns: evaluationColumns(criteria, [{ label: 'No.', width: 5 }, { label: 'Putaran', width: 24 }, { label: 'Versi', width: 6 }]),
            rows: r.entries.map((e, i) => [i + 1, e.round.title, e.sopVersion, ...evaluationCells(criteria, e.criteria, e.evaluation)]),
          },
        ],
      },
      {
        name: SHEET_TREND,
        sections: [{
          heading: 'Tren',
          columns: [
            { label: 'Putaran', width: 28 }, { label: 'Periode', width: 24 }, { label: 'Versi', width: 6 }, { label: 'Penilaian Terhadap Penerapan', width: 18 },
            { label: 'Ya', width: 6 }, { label: 'Dijawab', width: 8 }, { label: '% Ya', width: 7 }, { label: 'Tren', width: 8 },
          ],
          rows: r.entries.map((e) => [
            e.round.title, periodText(e.round), `${e.sopVersion}${e.newVersion ? ' (versi baru)' : ''}`, assessmentText(e.assessment), e.evaluation.yes, e.evaluation.answered,
            percentCell(e.evaluation.percentYes), trendText(e.trend),
          ]),
        }],
      },
    ],
    fileBase: safeFileBase('Laporan Monev SOP', r.sop.title),
    savedAt,
  };
}

// ---------------------------------------------------------------- painting

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/** The workbook: one worksheet per sheet, the title lines on top, each section's heading, header row and rows. */
export async function renderMonevXlsx(x: MonevExport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Manorta';
  wb.created = x.savedAt;
  wb.modified = x.savedAt;
  wb.title = x.title;
  for (const sheet of x.sheets) {
    const ws = wb.addWorksheet(sheet.name, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
    const widths: number[] = [];
    for (const s of sheet.sections) s.columns.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.width)));
    ws.columns = widths.map((w) => ({ width: Math.max(6, w) }));
    ws.addRow([x.title]).font = { bold: true, size: 13 };
    ws.addRow([sheet.name]).font = { bold: true, size: 11 };
    for (const line of x.subtitle) ws.addRow([line]);
    for (const s of sheet.sections) {
      ws.addRow([]);
      if (s.heading) ws.addRow([s.heading]).font = { bold: true };
      const head = ws.addRow(s.columns.map((c) => c.label));
      head.font = { bold: true };
      head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      head.eachCell((c) => {
        c.fill = HEADER_FILL;
        c.border = THIN;
      });
      const all = [...s.rows, ...(s.total ? [s.total] : [])];
      all.forEach((values, k) => {
        const row = ws.addRow(values);
        if (s.total && k === all.length - 1) row.font = { bold: true };
        values.forEach((_, i) => {
          const c = row.getCell(i + 1);
          c.border = THIN;
          c.alignment = { wrapText: true, vertical: 'top' };
        });
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The PDF (A4 across): each sheet a numbered heading, each section a sub-heading and a table. */
export function renderMonevPdf(x: MonevExport): Promise<Buffer> {
  const blocks: Block[] = [];
  x.sheets.forEach((sheet, i) => {
    blocks.push({ type: 'heading', text: `${String.fromCharCode(65 + i)}. ${sheet.name}` });
    for (const s of sheet.sections) {
      if (s.heading) blocks.push({ type: 'text', text: s.heading });
      blocks.push({ type: 'table', columns: s.columns, rows: s.rows, total: s.total });
    }
  });
  return renderReportPdf({ title: x.title, subtitle: x.subtitle, blocks, landscape: true, fileBase: x.fileBase, savedAt: x.savedAt, sheet: x.sheets[0]?.name ?? SHEET_MONITORING });
}

export async function renderMonevExport(x: MonevExport, format: MonevExportFormat) {
  return format === 'pdf'
    ? { body: await renderMonevPdf(x), contentType: 'application/pdf', fileName: `${x.fileBase}.pdf` }
    : { body: await renderMonevXlsx(x), contentType: XLSX_CONTENT_TYPE, fileName: `${x.fileBase}.xlsx` };
}
