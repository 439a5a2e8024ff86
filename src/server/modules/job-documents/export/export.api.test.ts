import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type ApiClient, type TestApp } from '../../../testing/test-app.ts';
import { DEMO, unitIdOf } from '../../../testing/fixtures.ts';
import { validAnjab, validEvjab, validSkj } from '../../../../domain/jabatan/testing.ts';
import { parseDocx, parsePdf } from '../../sops/export/testing.ts';

let t: TestApp;
let admin: ApiClient;
let pemrakarsa: ApiClient;
let verifikator: ApiClient;
let otherUnit: ApiClient;
let kompolnas: string;
const docs: Record<'anjab' | 'evjab' | 'skj', string> = { anjab: '', evjab: '', skj: '' };
const POSITION = 'Analis Ekspor Jabatan';

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2026-11-28T03:00:00Z') });
  [admin, pemrakarsa, verifikator, otherUnit] = await Promise.all([DEMO.admin, DEMO.pemrakarsa, DEMO.verifikator, DEMO.pemrakarsaKomjak].map((e) => t.signIn(e)));
  kompolnas = await unitIdOf(admin, 'SETKOMPOLNAS');
  const pos = await admin.post('/api/positions', { unitId: kompolnas, name: POSITION, kind: 'fungsional' });
  expect(pos.statusCode, pos.body).toBe(201);
  const positionId = pos.json().id as string;
  const contents = { anjab: validAnjab(positionId, 2), evjab: validEvjab(positionId), skj: validSkj(positionId) };
  for (const kind of ['anjab', 'evjab', 'skj'] as const) {
    const created = await pemrakarsa.post('/api/job-documents', { positionId, kind });
    expect(created.statusCode, created.body).toBe(201);
    docs[kind] = created.json().id;
    const saved = await pemrakarsa.put(`/api/job-documents/${docs[kind]}/content`, { version: 1, content: contents[kind] });
    expect(saved.statusCode, saved.body).toBe(200);
  }
});
afterAll(() => t?.close());

const get = (c: ApiClient, url: string) => c.request({ method: 'GET', url });

async function sheetRows(bytes: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
const rowWith = (rows: unknown[][], text: string) => rows.find((r) => r.some((v) => typeof v === 'string' && v.includes(text)));

describe('Anjab export', () => {
  it('PDF: the informasi jabatan with the per-task ABK table and figures, fonts embedded, the same bytes each time', async () => {
    const res = await get(pemrakarsa, `/api/job-documents/${docs.anjab}/export.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('attachment; filename="Anjab - Analis Tata Laksana.pdf"');
    expect(res.headers['x-job-document-version']).toBe('2');
    const pdf = await parsePdf(res.rawPayload);
    const text = pdf.pages.map((p) => p.text).join(' ');
    for (const word of ['INFORMASI JABATAN', 'Identitas Jabatan', 'Ikhtisar Jabatan', 'Uraian Tugas', 'Satuan Hasil', 'Waktu Penyelesaian', 'Waktu Efektif',
      'Kebutuhan Pegawai', 'Menelaah surat masuk', 'Menyusun laporan bulanan', 'Risiko Bahaya', 'Kelelahan mata']) expect(text).toContain(word);
    // 250 × 4 × 30 + 12 × 10 × 120 + 12 × 600 = 51,600 minutes; 0.688 → 1; EJ 51,600 ÷ 150,000 = 0,344 (E).
    expect(text).toContain('51.600,00 : 75.000 = 0,6880 ≈ 1 orang');
    expect(text).toContain('Efektivitas Jabatan (EJ) : 0,3440');
    expect(text).toContain('E (Kurang)');
    // Kelas jabatan from the position's Evjab (every factor at level 2: 715 points, kelas 6).
    expect(text).toContain('15. Kelas Jabatan Kelas 6');
    expect(pdf.fonts.every((f) => f.embedded && /DejaVuSans/.test(f.name))).toBe(true);
    const again = await get(verifikator, `/api/job-documents/${docs.anjab}/export.pdf`);
    expect(again.rawPayload.equals(res.rawPayload)).toBe(true);
  });

  it('Word: editable tables with the ABK columns and the task rows', async () => {
    const res = await get(pemrakarsa, `/api/job-documents/${docs.anjab}/export.docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docx = await parseDocx(res.rawPayload);
    for (const h of ['No', 'Uraian Tugas', 'Satuan Hasil', 'Jumlah Hasil (per tahun)', 'Waktu Penyelesaian (menit)', 'Waktu Efektif (menit/tahun)', 'Kebutuhan Pegawai']) {
      expect(docx.cellTexts).toContain(h);
    }
    expect(docx.cellTexts).toContain('Menelaah surat masuk (4,00 per Hari)');
    expect(docx.cellTexts).toContain('1.000,00');
    expect(docx.cellTexts).toContain('0,4000');
    expect(docx.cellTexts).toContain('0,6880');
  });

  it('spreadsheet: numbers are numbers (yearly volume, minutes, WKE, staff)', async () => {
    const res = await get(pemrakarsa, `/api/job-documents/${docs.anjab}/export.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = await sheetRows(res.rawPayload);
    expect(rows[0][0]).toBe('INFORMASI JABATAN');
    expect(rowWith(rows, 'Menelaah surat masuk (')).toEqual([1, 'Menelaah surat masuk (4,00 per Hari)', 'Dokumen', 1000, 30, 75000, 0.4]);
    expect(rowWith(rows, 'Menyusun laporan bulanan (')).toEqual([2, 'Menyusun laporan bulanan (10,00 per Bulan)', 'Laporan', 120, 120, 75000, 0.192]);
  });
});

describe('Evjab and SKJ export', () => {
  it('Evjab: factors with level, points, justification, the total and the class in all three formats', async () => {
    const pdf = await parsePdf((await get(pemrakarsa, `/api/job-documents/${docs.evjab}/export.pdf`)).rawPayload);
    const text = pdf.pages.map((p) => p.text).join(' ');
    for (const word of ['EVALUASI JABATAN', 'Pengetahuan yang Dibutuhkan Jabatan', '1-2', 'Alasan faktor 1', 'Jumlah Nilai', '715', 'Kelas Jabatan', 'Andi Prasetyo']) {
      expect(text).toContain(word);
    }
    const docx = await parseDocx((await get(pemrakarsa, `/api/job-documents/${docs.evjab}/export.docx`)).rawPayload);
    expect(docx.cellTexts).toEqual(expect.arrayContaining(['Faktor 1', '1-2', '200', 'Alasan faktor 9', '715', '6']));
    const rows = await sheetRows((await get(pemrakarsa, `/api/job-documents/${docs.evjab}/export.xlsx`)).rawPayload);
    expect(rowWith(rows, 'Pengetahuan yang Dibutuhkan')?.slice(0, 4)).toEqual(['Faktor 1', 'Pengetahuan yang Dibutuhkan Jabatan', '1-2', 200]);
    expect(rowWith(rows, 'Kelas Jabatan')).toEqual(['Kelas Jabatan', '6']);
  });

  it('SKJ: competencies with level and the dictionary description, requirements with their importance', async () => {
    const docx = await parseDocx((await get(pemrakarsa, `/api/job-documents/${docs.skj}/export.docx`)).rawPayload);
    expect(docx.cellTexts).toEqual(expect.arrayContaining(['M.01', 'Integritas', 'SK.01', 'Analisis Proses Bisnis', 'Mutlak', 'Penting', 'Perlu', 'Tingkat Pentingnya terhadap Jabatan']));
    expect(docx.cellTexts.some((c) => c.startsWith('Mampu mengingatkan'))).toBe(true);
    const pdf = await parsePdf((await get(pemrakarsa, `/api/job-documents/${docs.skj}/export.pdf`)).rawPayload);
    const text = pdf.pages.map((p) => p.text).join(' ');
    expect(text).toContain('STANDAR KOMPETENSI JABATAN');
    expect(text).toContain('Rekomendasi tata laksana yang ditindaklanjuti');
    const rows = await sheetRows((await get(pemrakarsa, `/api/job-documents/${docs.skj}/export.xlsx`)).rawPayload);
    expect(rowWith(rows, 'Integritas')?.slice(0, 5)).toEqual([1, 'Manajerial', 'M.01', 'Integritas', 2]);
    expect(rowWith(rows, 'Administrasi Negara')).toEqual(['Pendidikan', 'S1 Administrasi Negara', 'Mutlak']);
  });
});

describe('unit ABK (form D) export', () => {
  it('lists the unit\'s positions with need against present staff, EJ and PJ', async () => {
    const res = await get(pemrakarsa, `/api/job-documents/units/${kompolnas}/abk/export.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('.xlsx');
    const rows = await sheetRows(res.rawPayload);
    expect(rows.some((r) => r.includes('Nama Jabatan') && r.includes('EJ') && r.includes('PJ') && r.includes('+/-'))).toBe(true);
    const row = rowWith(rows, POSITION)!;
    expect(row.slice(1, 7)).toEqual([POSITION, 51600, '51.600,00 : WKE = 0,6880 ≈ 1', 1, 2, 1]);
    expect(row.slice(9)).toEqual([0.344, 'E (Kurang)']);
    const pdf = await parsePdf((await get(pemrakarsa, `/api/job-documents/units/${kompolnas}/abk/export.pdf`)).rawPayload);
    const text = pdf.pages.map((p) => p.text).join(' ');
    expect(text).toContain('FORMULIR D');
    expect(text).toContain(POSITION);
  });
});

describe('export access', () => {
  it('the bureau reads every export; another unit gets 404 for a document and 403 for the unit summary; anonymous 401', async () => {
    for (const fmt of ['pdf', 'docx', 'xlsx']) {
      expect((await get(verifikator, `/api/job-documents/${docs.skj}/export.${fmt}`)).statusCode).toBe(200);
      expect((await get(otherUnit, `/api/job-documents/${docs.skj}/export.${fmt}`)).statusCode).toBe(404);
      expect((await get(otherUnit, `/api/job-documents/units/${kompolnas}/abk/export.${fmt}`)).statusCode).toBe(403);
      expect((await get(verifikator, `/api/job-documents/units/${kompolnas}/abk/export.${fmt}`)).statusCode).toBe(200);
      expect((await (await t.client()).get(`/api/job-documents/${docs.skj}/export.${fmt}`)).statusCode).toBe(401);
    }
    expect((await get(pemrakarsa, '/api/job-documents/00000000-0000-4000-8000-000000000000/export.pdf')).statusCode).toBe(404);
    expect((await get(verifikator, '/api/job-documents/units/00000000-0000-4000-8000-000000000000/abk/export.pdf')).statusCode).toBe(404);
  });
});
