import QRCode from 'qrcode';
import { DEFAULT_PAGE_SETTINGS, type SopContent, type SopRatifier } from '../../../domain/sop/model.ts';
import { renderSopPdf, type PageDecorator } from '../sops/export/pdf.ts';

/** What ratification writes into the identity of the frozen document. */
export interface Ratification {
  number: string;
  effectiveOn: string;
  ratifiedBy: SopRatifier;
}

/** The content as ratified: the version's content with the number, effective date and ratifying official filled in. */
export function ratifiedContent(content: SopContent, r: Ratification): SopContent {
  return { ...content, identity: { ...content.identity, number: r.number, effectiveOn: r.effectiveOn, ratifiedBy: { ...r.ratifiedBy } } };
}

/** The public address a printed SOP's QR code opens. */
export function verificationUrl(publicUrl: string, code: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/verifikasi/${code}`;
}

/** The QR code's dark modules as a square matrix (true = dark), error correction M. */
export function qrMatrix(text: string): boolean[][] {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  return Array.from({ length: n }, (_, y) => Array.from({ length: n }, (_, x) => qr.modules.get(y, x) === 1));
}

/** Side of the printed QR code in points (about 13 mm), drawn in the bottom margin at the right. */
const QR_SIZE = 34;

/**
 * Paints the verification block on each page: the QR code of the verification address as vector squares (one
 * filled path, so it scans at any zoom) and, to its left, the code and the address in small type.
 */
export function verificationDecorator(url: string, code: string, regular = 'regular'): PageDecorator {
  const matrix = qrMatrix(url);
  const n = matrix.length;
  const quiet = 2;
  const cell = QR_SIZE / (n + quiet * 2);
  return (doc, page) => {
    const x0 = page.width - DEFAULT_PAGE_SETTINGS.margins.right - QR_SIZE;
    const y0 = page.height - QR_SIZE - 1;
    doc.save();
    doc.rect(x0, y0, QR_SIZE, QR_SIZE).fill('#ffffff');
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) if (matrix[y][x]) doc.rect(x0 + (x + quiet) * cell, y0 + (y + quiet) * cell, cell, cell);
    }
    doc.fill('#000000');
    doc.font(regular).fontSize(6).fillColor('#000000');
    const textRight = x0 - 4;
    const lines = [`Kode verifikasi: ${code}`, url];
    lines.forEach((line, i) => {
      const w = doc.widthOfString(line);
      doc.text(line, textRight - w, y0 + 10 + i * 8, { lineBreak: false });
    });
    doc.restore();
  };
}

/**
 * The frozen PDF of a ratified version: rendered once at ratification, with the ratification in the identity and
 * the verification block on every page. Deterministic for the same inputs (the dates come from `ratifiedAt`).
 */
export function renderFrozenPdf(content: SopContent, r: Ratification, opts: { unitNames: string[]; ratifiedAt: Date; code: string; publicUrl: string }): Promise<Buffer> {
  const url = verificationUrl(opts.publicUrl, opts.code);
  return renderSopPdf(ratifiedContent(content, r), DEFAULT_PAGE_SETTINGS, {
    unitNames: opts.unitNames,
    savedAt: opts.ratifiedAt,
    decorate: verificationDecorator(url, opts.code),
  });
}
