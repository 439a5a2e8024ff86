import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SopContent } from '../../../../domain/sop/model.ts';
import { DEFAULT_PAGE_SETTINGS } from '../../../../domain/sop/model.ts';
import { buildWorkbook } from './write.ts';

/** Builders for the template tests: hostile files made on the spot and filled templates. */
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
