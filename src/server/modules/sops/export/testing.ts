import JSZip from 'jszip';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { SopContent } from '../../../../domain/sop/model.ts';
import { sopStep, validSop } from '../../../../domain/sop/testing.ts';

/**
 * A 12-step SOP with two decisions, a "Tidak" that loops back, a process that loops back, and a step carried out
 * by two actors: the export tests' document.
 */
export function twelveStepSop(unitId = 'u1'): SopContent {
  const base = validSop(unitId);
  const p = (id: string, description: string, actorIds: string[], extra = {}) => sopStep(id, 'process', { description, actorIds, ...extra });
  return {
    ...base,
    identity: { ...base.identity, number: '012/SOP/ORT/2026', title: 'Penataan Organisasi Unit Kerja' },
    actors: [
      { id: 'a1', name: 'Pemohon' },
      { id: 'a2', name: 'Pengadministrasi Umum' },
      { id: 'a3', name: 'Analis Organisasi' },
      { id: 'a4', name: 'Kepala Bagian Kelembagaan' },
    ],
    steps: [
      sopStep('s1', 'terminator', { description: 'Menerima surat permohonan penataan organisasi', actorIds: ['a1'] }),
      p('s2', 'Mencatat surat dalam agenda', ['a2'], { requirements: 'Surat permohonan', output: 'Agenda surat' }),
      p('s3', 'Menelaah kelengkapan berkas', ['a3']),
      sopStep('s4', 'decision', { description: 'Apakah berkas lengkap?', actorIds: ['a3'], yes: 's5', no: 's2' }),
      p('s5', 'Menyusun kajian penataan organisasi', ['a3'], { time: { value: 3, unit: 'hari' }, output: 'Konsep kajian' }),
      p('s6', 'Memeriksa hasil kajian', ['a4']),
      sopStep('s7', 'decision', { description: 'Apakah kajian disetujui?', actorIds: ['a4'], yes: 's9', no: 's8' }),
      p('s8', 'Memperbaiki kajian sesuai arahan', ['a3'], { next: 's6' }),
      p('s9', 'Menyiapkan surat rekomendasi', ['a2', 'a4'], { notes: 'Bersama' }),
      p('s10', 'Menandatangani surat rekomendasi', ['a4'], { time: { value: 1, unit: 'jam' } }),
      p('s11', 'Mengirimkan surat kepada pemohon', ['a2']),
      sopStep('s12', 'terminator', { description: 'Menerima surat rekomendasi', actorIds: ['a1'], next: null }),
    ],
  };
}

export interface ParsedPdf {
  pages: Array<{ width: number; height: number; text: string }>;
  /** Fonts used on any page: name, and whether the file is embedded (pdf.js found its font program). */
  fonts: Array<{ name: string; embedded: boolean }>;
  info: Record<string, unknown>;
}

/** Reads a PDF with pdf.js: page sizes, the extractable text of each page (lines joined by spaces), the fonts. */
export async function parsePdf(bytes: Buffer): Promise<ParsedPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: ParsedPdf['pages'] = [];
  const fonts = new Map<string, boolean>();
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const text = content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' ').trim();
    pages.push({ width: x1 - x0, height: y1 - y0, text });
    const ops = await page.getOperatorList();
    ops.fnArray.forEach((fn, k) => {
      if (fn !== OPS.setFont) return;
      const font = page.commonObjs.get(ops.argsArray[k][0]) as { name: string; missingFile: boolean };
      fonts.set(font.name, !font.missingFile);
    });
  }
  const { info } = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, fonts: [...fonts].map(([name, embedded]) => ({ name, embedded })), info: info as Record<string, unknown> };
}

export interface ParsedDocx {
  documentXml: string;
  media: Array<{ name: string; bytes: Buffer }>;
  /** The texts of the table cells (`w:tc`), each cell's runs joined. */
  cellTexts: string[];
}

export async function parseDocx(bytes: Buffer): Promise<ParsedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const media = await Promise.all(
    Object.keys(zip.files).filter((n) => n.startsWith('word/media/')).sort().map(async (name) => ({ name, bytes: await zip.file(name)!.async('nodebuffer') })),
  );
  const cellTexts = [...documentXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) =>
    [...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
  return { documentXml, media, cellTexts };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
