import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SopContent } from '../../../../domain/sop/model.ts';
import { sopStep } from '../../../../domain/sop/testing.ts';
import { DEFAULT_PAGE_SETTINGS } from '../../../../domain/sop/model.ts';
import { buildWorkbook } from './write.ts';

/**
 * Builders for the template tests: a 12-step SOP with two decisions, a loop-back, a multi-actor step and every
 * identity field, and hostile files made on the spot.
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

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The template filled with `content`, changed by `edit` before it is written (a user's typing). */
export async function filledTemplate(content: SopContent | null, edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = await buildWorkbook(content, DEFAULT_PAGE_SETTINGS, { diagram: false });
  edit?.(wb);
  return workbookBuffer(wb);
}

/** A zip whose one entry unpacks from a few kilobytes to `mb` megabytes of zeros, beside a minimal workbook's names. */
export async function zipBomb(mb = 50): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('xl/workbook.xml', '<workbook/>');
  zip.file('xl/worksheets/sheet1.xml', Buffer.alloc(mb * 1024 * 1024));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Adds (or replaces) parts of an xlsx. */
export async function withParts(xlsx: Buffer, parts: Record<string, string>, change?: (name: string, text: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  if (change) {
    for (const name of Object.keys(zip.files)) {
      if (zip.files[name].dir || !/\.(xml|rels)$/.test(name)) continue;
      const text = await zip.file(name)!.async('string');
      const changed = change(name, text);
      if (changed !== text) zip.file(name, changed);
    }
  }
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
