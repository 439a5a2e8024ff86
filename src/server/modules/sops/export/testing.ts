import JSZip from 'jszip';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

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
