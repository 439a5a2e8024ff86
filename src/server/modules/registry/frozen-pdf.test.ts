import { describe, expect, it } from 'vitest';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { validSop } from '../../../domain/sop/testing.ts';
import { fontBytes } from '../sops/export/fonts.ts';
import { parsePdf } from '../sops/export/testing.ts';
import { qrMatrix, ratifiedContent, renderFrozenPdf, verificationDecorator, verificationUrl } from './frozen-pdf.ts';

const URL = 'http://localhost:3000/verifikasi/ABCDEFGH23';
const R = { number: '007/SOP/UJI/2026', effectiveOn: '2026-05-04', ratifiedBy: { position: 'Kepala Biro Umum', name: 'Siti Aminah', nip: '198001012005012001' } };

function finder(m: boolean[][], x0: number, y0: number): boolean {
  for (let y = 0; y < 7; y++) for (let x = 0; x < 7; x++) {
    const ring = x === 0 || y === 0 || x === 6 || y === 6;
    const core = x >= 2 && x <= 4 && y >= 2 && y <= 4;
    if (m[y0 + y][x0 + x] !== (ring || core)) return false;
  }
  return true;
}

describe('the frozen PDF', () => {
  it('builds the verification address and the QR matrix of it, with the three finder patterns', () => {
    expect(verificationUrl('https://manorta.go.id/', 'ABC')).toBe('https://manorta.go.id/verifikasi/ABC');
    const m = qrMatrix(URL);
    const n = m.length;
    expect(n).toBe(QRCode.create(URL, { errorCorrectionLevel: 'M' }).modules.size);
    expect(finder(m, 0, 0) && finder(m, n - 7, 0) && finder(m, 0, n - 7)).toBe(true);
  });

  it('draws one vector square per dark module (and a white quiet zone), plus the code in print', async () => {
    const doc = new PDFDocument({ autoFirstPage: false, compress: false });
    doc.registerFont('regular', fontBytes().regular);
    doc.addPage({ size: [841.89, 595.28], margin: 0 });
    verificationDecorator(URL, 'ABCDEFGH23')(doc, { width: 841.89, height: 595.28, index: 0, count: 1 });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => doc.on('end', resolve));
    doc.end();
    await done;
    const text = Buffer.concat(chunks).toString('latin1');
    const dark = qrMatrix(URL).flat().filter(Boolean).length;
    expect(text.match(/ re\n/g)?.length).toBe(dark + 1);
  });

  it('fills the ratification into the identity and is the same bytes for the same inputs', async () => {
    const content = validSop('u1');
    expect(ratifiedContent(content, R).identity).toMatchObject({ number: R.number, effectiveOn: R.effectiveOn, ratifiedBy: R.ratifiedBy });
    const opts = { unitNames: ['Sekretariat Uji'], ratifiedAt: new Date('2026-05-01T03:00:00Z'), code: 'ABCDEFGH23', publicUrl: 'http://localhost:3000' };
    const a = await renderFrozenPdf(content, R, opts);
    const b = await renderFrozenPdf(content, R, opts);
    expect(a.equals(b)).toBe(true);
    const other = await renderFrozenPdf(content, R, { ...opts, code: 'ZZZZZZZZ22' });
    expect(other.equals(a)).toBe(false);
    const pdf = await parsePdf(a);
    for (const page of pdf.pages) {
      expect(page.text).toContain('Kode verifikasi: ABCDEFGH23');
      expect(page.text).toContain(URL);
    }
    expect(pdf.pages[0].text).toContain(R.number);
    expect(pdf.pages[0].text).toContain('Siti Aminah');
  });
});
