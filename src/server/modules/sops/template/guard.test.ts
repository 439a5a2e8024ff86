import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SETTINGS } from '../../../../domain/sop/model.ts';
import { validSop } from '../../../../domain/sop/testing.ts';
import { AppError } from '../../../http/errors.ts';
import { inspectXlsx } from './guard.ts';
import { SHEETS } from './template-layout.ts';
import { filledTemplate, withParts, zipBomb } from './testing.ts';
import { renderSopXlsx } from './write.ts';

async function codeOf(buf: Buffer): Promise<string> {
  try {
    await inspectXlsx(buf);
    return 'accepted';
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

/** A zip whose `name` entry says it unpacks to 1,000 bytes but inflates to `mb` megabytes. */
async function lyingZip(name: string, mb: number): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('xl/workbook.xml', '<workbook/>');
  zip.file(name, Buffer.alloc(mb * 1024 * 1024, 0x20));
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
  const nameBytes = Buffer.from(name);
  for (let i = 0; i < buf.length - 46; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50 && buf.subarray(i + 30, i + 30 + nameBytes.length).equals(nameBytes)) buf.writeUInt32LE(1000, i + 22);
    if (sig === 0x02014b50 && buf.subarray(i + 46, i + 46 + nameBytes.length).equals(nameBytes)) buf.writeUInt32LE(1000, i + 24);
  }
  return buf;
}

describe('inspectXlsx', () => {
  it('accepts the template and an exported SOP with its pictures; a hyperlink in a cell is no external link', async () => {
    expect(await inspectXlsx(await renderSopXlsx(validSop(), DEFAULT_PAGE_SETTINGS))).toEqual({
      sheets: [SHEETS.guide, SHEETS.identity, SHEETS.actors, SHEETS.steps, SHEETS.diagram, SHEETS.meta],
    });
    const linked = await filledTemplate(validSop(), (wb) => {
      wb.getWorksheet(SHEETS.identity)!.getCell('A14').value = { text: 'PermenPANRB 35/2012', hyperlink: 'https://jdih.menpan.go.id/' };
    });
    expect(await codeOf(linked)).toBe('accepted');
  });

  it('refuses a zip bomb from the central directory alone, in milliseconds', async () => {
    const bomb = await zipBomb(50);
    const started = performance.now();
    expect(await codeOf(bomb)).toBe('SOP_IMPORT_ZIP_BOMB');
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses a part that lies about its size, stopping at the declared size (sheet or other part)', async () => {
    for (const name of ['xl/sharedStrings.xml', 'xl/styles.xml']) {
      const lying = await lyingZip(name, 30);
      const started = performance.now();
      expect(await codeOf(lying)).toBe('SOP_IMPORT_ZIP_BOMB');
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it('refuses what is not a workbook: no zip, a zip without xl/workbook.xml, a truncated zip', async () => {
    expect(await codeOf(Buffer.from('Nomor;Uraian\n1;Menerima surat\n'))).toBe('SOP_IMPORT_NOT_XLSX');
    const docx = new JSZip();
    docx.file('[Content_Types].xml', '<Types/>');
    docx.file('word/document.xml', '<document/>');
    expect(await codeOf(await docx.generateAsync({ type: 'nodebuffer' }))).toBe('SOP_IMPORT_NOT_XLSX');
    const good = await filledTemplate(validSop());
    expect(await codeOf(good.subarray(0, good.length - 200))).toBe('SOP_IMPORT_NOT_XLSX');
  });

  it('refuses data connections and external link parts', async () => {
    const good = await filledTemplate(validSop());
    expect(await codeOf(await withParts(good, { 'xl/connections.xml': '<connections/>' }))).toBe('SOP_IMPORT_EXTERNAL_LINK');
    expect(await codeOf(await withParts(good, { 'xl/externalLinks/externalLink1.xml': '<externalLink/>' }))).toBe('SOP_IMPORT_EXTERNAL_LINK');
  });
});
