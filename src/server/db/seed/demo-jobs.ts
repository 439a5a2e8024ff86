import type { AnjabContent, JobDocumentContent, JobDocumentKind, JobKind, SkjContent } from '../../../domain/jabatan/model.ts';
import { emptyJobContent } from '../../../domain/jabatan/schema.ts';

/**
 * The job documents the demo requests of the job services carry (one position of the requesting unit each): complete
 * enough to submit (domain/jabatan/readiness.ts), plain enough to read as examples.
 */
export function demoJobContent(kind: JobDocumentKind, position: { id: string; name: string; kind: JobKind; unit: string }): JobDocumentContent {
  const base = emptyJobContent(kind, position);
  switch (base.kind) {
    case 'anjab': {
      const task = (id: string, description: string, resultUnit: string, volume: number, period: 'hari' | 'bulan' | 'tahun', minutesPerResult: number) => ({
        id, description, steps: [], results: [{ name: resultUnit, unit: resultUnit }], resultUnit, volume, period, minutesPerResult,
      });
      const content: AnjabContent = {
        ...base,
        summary: `Melaksanakan tugas ${position.name.toLowerCase()} pada ${position.unit}.`,
        tasks: [
          task('t1', 'Menelaah bahan dan permasalahan sesuai bidang tugas', 'Telaahan', 2, 'hari', 60),
          task('t2', 'Menyusun laporan pelaksanaan kegiatan bulanan', 'Laporan', 1, 'bulan', 480),
          task('t3', 'Menyusun rencana kerja tahunan', 'Dokumen', 1, 'tahun', 2_400),
        ],
        presentStaff: 2,
      };
      return content;
    }
    case 'evjab': {
      const codes = base.factorSet === 'struktural' ? ['1', '2', '3', '4A', '4B', '5', '6'] : ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
      return { ...base, choices: codes.map((code) => ({ code, level: 2, justification: `Uraian tugas jabatan menunjukkan tingkat 2 pada faktor ${code}.` })) };
    }
    case 'skj': {
      const content: SkjContent = {
        ...base,
        summary: `Standar kompetensi ${position.name}.`,
        managerial: ['M.01', 'M.02', 'M.03'].map((code) => ({ code, level: 2 })),
        socioCultural: [{ code: 'SK.01', level: 2 }],
        technical: [{ name: 'Analisis Kebijakan Hak Asasi Manusia', level: 3, description: 'Mampu menyusun telaahan kebijakan di bidangnya.' }],
      };
      return content;
    }
  }
}
