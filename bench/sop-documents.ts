/**
 * The SOP documents bench (`npm run bench -- --suite=sop`): the layout engine on generated SOPs of 20, 50, 100 and
 * 200 steps with 15 actors, then the PDF, Word and spreadsheet exports of the same SOPs, each the median of repeated
 * runs after a warm-up. Growth is reported as the 200-step time over the 20-step time (linear: 10×), and the PDF
 * export against the same PDF library writing as many blank pages in the same run.
 */
import { layoutSop } from '../src/domain/sop/layout/index.ts';
import { generateSop } from '../src/domain/sop/layout/testing/generate.ts';
import { DEFAULT_PAGE_SETTINGS, type SopContent } from '../src/domain/sop/model.ts';
import { renderSopDocx } from '../src/server/modules/sops/export/docx.ts';
import { blankPdfPages, renderSopPdf } from '../src/server/modules/sops/export/pdf.ts';
import { renderSopXlsx } from '../src/server/modules/sops/template/write.ts';
import { median } from './stats.ts';

export const SOP_SIZES = [20, 50, 100, 200] as const;
export const SOP_ACTORS = 15;

export interface SopBenchRow {
  steps: number;
  pages: number;
  layoutMs: number;
  pdfMs: number;
  blankPdfMs: number;
  docxMs: number;
  xlsxMs: number;
}

export interface SopBenchResult {
  rows: SopBenchRow[];
  layoutRuns: number;
  exportRuns: number;
  /** 200-step time ÷ 20-step time. */
  growth: { layout: number; pdf: number; docx: number; xlsx: number };
}

async function medianMs(runs: number, warmup: number, work: () => unknown): Promise<number> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export async function benchSopDocuments(opts: { layoutRuns?: number; exportRuns?: number } = {}): Promise<SopBenchResult> {
  const layoutRuns = opts.layoutRuns ?? 41;
  const exportRuns = opts.exportRuns ?? 7;
  const settings = DEFAULT_PAGE_SETTINGS;
  const rows: SopBenchRow[] = [];
  for (const steps of SOP_SIZES) {
    const sop: SopContent = generateSop({ steps, actors: SOP_ACTORS, seed: 1 });
    const layout = layoutSop(sop, settings);
    const pages = layout.identity.length + layout.pages.length;
    rows.push({
      steps,
      pages,
      layoutMs: await medianMs(layoutRuns, 5, () => layoutSop(sop, settings)),
      pdfMs: await medianMs(exportRuns, 1, () => renderSopPdf(sop, settings)),
      blankPdfMs: await medianMs(exportRuns, 1, () => blankPdfPages(pages, settings.paper)),
      docxMs: await medianMs(exportRuns, 1, () => renderSopDocx(sop, settings)),
      xlsxMs: await medianMs(exportRuns, 1, () => renderSopXlsx(sop, settings)),
    });
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  const growth = (key: 'layoutMs' | 'pdfMs' | 'docxMs' | 'xlsxMs') => last[key] / first[key];
  return { rows, layoutRuns, exportRuns, growth: { layout: growth('layoutMs'), pdf: growth('pdfMs'), docx: growth('docxMs'), xlsx: growth('xlsxMs') } };
}

export function formatSopBench(result: SopBenchResult): string {
  const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1).padStart(8);
  const lines = [
    `SOP documents: ${SOP_ACTORS} actors, A4 landscape; median of ${result.layoutRuns} layout runs and ${result.exportRuns} export runs; times in ms`,
    '',
    ' steps  pages    layout       PDF  blank PDF  PDF÷blank      Word  spreadsheet',
    ...result.rows.map(
      (r) =>
        `${String(r.steps).padStart(6)} ${String(r.pages).padStart(6)} ${ms(r.layoutMs)}  ${ms(r.pdfMs)}   ${ms(r.blankPdfMs)}  ${`${(r.pdfMs / r.blankPdfMs).toFixed(1)}×`.padStart(9)}  ${ms(r.docxMs)}     ${ms(r.xlsxMs)}`,
    ),
    '',
    `growth 200 ÷ 20 steps (linear: 10×): layout ${result.growth.layout.toFixed(1)}×, PDF ${result.growth.pdf.toFixed(1)}×, Word ${result.growth.docx.toFixed(1)}×, spreadsheet ${result.growth.xlsx.toFixed(1)}×`,
  ];
  return lines.join('\n');
}
