import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type ApiClient, type TestApp } from '../../../testing/test-app.ts';
import { DEMO, auditCount, expectNothingWritten, fieldPaths, unitIdOf } from '../../../testing/fixtures.ts';
import { multipartForm, type FormEntry } from '../../../testing/comment-form.ts';
import { validSop } from '../../../../domain/sop/testing.ts';
import type { SopContent } from '../../../../domain/sop/model.ts';
import { SHEETS } from './template-layout.ts';
import { twelveStepSop } from '../../../../domain/sop/testing.ts';
import { filledTemplate, withParts, zipBomb } from './testing.ts';

let t: TestApp;
let admin: ApiClient;
let verifikator: ApiClient;
let pemrakarsa: ApiClient;
let otherUnit: ApiClient;
let kompolnas: string;

beforeAll(async () => {
  t = await createTestApp();
  [admin, verifikator, pemrakarsa, otherUnit] = await Promise.all([DEMO.admin, DEMO.verifikator, DEMO.pemrakarsa, DEMO.pemrakarsaKomjak].map((e) => t.signIn(e)));
  kompolnas = await unitIdOf(admin, 'SETKOMPOLNAS');
});
afterAll(() => t?.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A saved SOP of SETKOMPOLNAS with `content` as version 2. */
async function savedSop(content: SopContent = twelveStepSop()) {
  const created = await pemrakarsa.post('/api/sops', { unitId: kompolnas, title: 'Konsep' });
  expect(created.statusCode, created.body).toBe(201);
  const saved = await pemrakarsa.put(`/api/sops/${created.json().id}/content`, { version: 1, content });
  expect(saved.statusCode, saved.body).toBe(200);
  return saved.json();
}

const download = async (c: ApiClient, url: string) => {
  const res = await c.request({ method: 'GET', url });
  return { res, bytes: res.rawPayload };
};

/** POST /api/sops/import with the fields, then the file, as a browser sends the form. */
const importForm = (c: ApiClient, file: Buffer | string, fields: Record<string, string> = { unitId: kompolnas }, fileName = 'sop.xlsx', lang?: string) => {
  const entries: FormEntry[] = [...Object.entries(fields).map(([field, value]) => ({ field, value })), { field: 'file', fileName, content: file }];
  const form = multipartForm(entries);
  return c.request({ method: 'POST', url: '/api/sops/import', payload: form.payload, headers: { ...form.headers, ...(lang ? { 'accept-language': lang } : {}) } });
};

async function load(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('the template and the export', () => {
  it('are described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/sops/template.xlsx', '/api/sops/{id}/export.xlsx', '/api/sops/import']));
    expect(doc.paths['/api/sops/{id}/export.xlsx'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'version', 'paper']));
  });

  it('downloads the blank template for a signed-in user, not for the public', async () => {
    const { res, bytes } = await download(pemrakarsa, '/api/sops/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toContain('templat-sop-manorta.xlsx');
    const wb = await load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([SHEETS.guide, SHEETS.identity, SHEETS.actors, SHEETS.steps, SHEETS.meta]);
    expect((await (await t.client()).get('/api/sops/template.xlsx')).statusCode).toBe(401);
  });

  it('exports an SOP version into the template with the flowchart pictures; another unit gets 404, the public 401', async () => {
    const sop = await savedSop();
    const { res, bytes } = await download(pemrakarsa, `/api/sops/${sop.id}/export.xlsx?paper=F4`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('SOP-007-SOP-SETKOMPOLNAS-XI-2026-v2.xlsx');
    const wb = await load(bytes);
    expect(wb.getWorksheet(SHEETS.identity)!.getCell('B2').value).toBe('Sekretariat Komisi Kepolisian Nasional');
    expect(wb.getWorksheet(SHEETS.diagram)!.getImages()).toHaveLength(12);

    const v1 = await load((await download(verifikator, `/api/sops/${sop.id}/export.xlsx?version=1`)).bytes);
    expect(v1.getWorksheet(SHEETS.identity)!.getCell('B4').value).toBe('Konsep');
    expect(v1.getWorksheet(SHEETS.diagram)).toBeUndefined();

    expect((await pemrakarsa.get(`/api/sops/${sop.id}/export.xlsx?version=9`)).json().error.code).toBe('SOP_VERSION_UNKNOWN');
    expect((await pemrakarsa.get(`/api/sops/${sop.id}/export.xlsx?paper=A3`)).statusCode).toBe(400);
    expect((await otherUnit.get(`/api/sops/${sop.id}/export.xlsx`)).statusCode).toBe(404);
    expect((await (await t.client()).get(`/api/sops/${sop.id}/export.xlsx`)).statusCode).toBe(401);
  });
});

describe('import', () => {
  it('export then import gives back the same content as a new draft, with its audit entry', async () => {
    const sop = await savedSop();
    const { bytes } = await download(pemrakarsa, `/api/sops/${sop.id}/export.xlsx`);
    const res = await importForm(pemrakarsa, bytes);
    expect(res.statusCode, res.body).toBe(201);
    const imported = res.json();
    expect(imported.id).not.toBe(sop.id);
    expect(imported).toMatchObject({ unitId: kompolnas, version: 1, note: 'Diimpor dari spreadsheet', title: 'Penyusunan dan Pengesahan Laporan Kinerja' });
    expect(imported.content).toEqual(sop.content);
    expect(imported.content).toEqual({ ...twelveStepSop(), identity: { ...twelveStepSop().identity, unitId: kompolnas } });
    expect(await auditCount(t, 'sop.create', imported.id)).toBe(1);
  });

  it('imports as a new version of an existing draft, refusing a stale version', async () => {
    const sop = await savedSop(validSop());
    const changed = await filledTemplate(validSop(), (wb) => {
      wb.getWorksheet(SHEETS.steps)!.getCell('B3').value = 'Menyusun konsep laporan tahunan';
    });
    const res = await importForm(pemrakarsa, changed, { sopId: sop.id, version: '2' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: sop.id, version: 3, note: 'Diimpor dari spreadsheet' });
    expect(res.json().content.steps[1].description).toBe('Menyusun konsep laporan tahunan');
    expect(await auditCount(t, 'sop.save', sop.id)).toBe(2);

    const stale = await expectNothingWritten(t, () => importForm(pemrakarsa, changed, { sopId: sop.id, version: '2', unitId: kompolnas }));
    expect(stale.statusCode).toBe(200); // the same content again by the same user: a retry, answered with the latest
    const other = await filledTemplate(validSop(), (wb) => {
      wb.getWorksheet(SHEETS.steps)!.getCell('B3').value = 'Yang lain';
    });
    const conflict = await expectNothingWritten(t, () => importForm(admin, other, { sopId: sop.id, version: '2' }));
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('refuses as a whole with every problem by sheet and cell, in the caller\'s language, writing nothing', async () => {
    const buf = await filledTemplate(twelveStepSop(), (wb) => {
      const st = wb.getWorksheet(SHEETS.steps)!;
      st.getCell('C3').value = 'Sekretaris';
      st.getCell('G5').value = null;
      st.getCell('F8').value = 30;
      st.getCell('I9').value = 'lama';
      st.getCell('D10').value = 'Segitiga';
      wb.getWorksheet(SHEETS.identity)!.getCell('B5').value = 'besok';
      wb.getWorksheet(SHEETS.identity)!.getCell('B4').value = null;
    });
    const res = await expectNothingWritten(t, () => importForm(pemrakarsa, buf));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('SOP_IMPORT_INVALID');
    expect(body.error.message).toContain('7 masalah');
    expect(fieldPaths(body)).toEqual(['Identitas!B4', 'Identitas!B5', 'Langkah!C3', 'Langkah!G5', 'Langkah!F8', 'Langkah!I9', 'Langkah!D10']);
    expect(body.error.fields[2].message).toBe('Pelaksana "Sekretaris" tidak ada di lembar Pelaksana.');
    expect(body.problems[3]).toEqual({ sheet: 'Langkah', cell: 'Langkah!G5', code: 'decision_exit_missing', message: 'Keputusan harus punya nomor langkah tujuan untuk jawaban "Tidak".' });

    const en = (await importForm(pemrakarsa, buf, { unitId: kompolnas }, 'sop.xlsx', 'en')).json();
    expect(en.error.message).toContain('7 problems');
    expect(en.problems.map((p: { code: string }) => p.code)).toEqual(['required', 'bad_date', 'unknown_actor', 'decision_exit_missing', 'target_unknown', 'not_number', 'unknown_symbol']);
    expect(en.error.fields[4].message).toBe('There is no step number 30.');
  });

  it('checks who may write before reading the file: another unit 403, another unit\'s SOP 404, bureau readers 403, the public 401', async () => {
    const sop = await savedSop(validSop());
    const file = await filledTemplate(validSop());
    await expectNothingWritten(t, async () => {
      expect((await importForm(otherUnit, file)).statusCode).toBe(403);
      expect((await importForm(otherUnit, 'bukan xlsx')).statusCode).toBe(403);
      expect((await importForm(otherUnit, file, { sopId: sop.id, version: '2' })).statusCode).toBe(404);
      expect((await importForm(verifikator, file)).statusCode).toBe(403);
      expect((await importForm(verifikator, file, { sopId: sop.id, version: '2' })).statusCode).toBe(403);
      expect((await importForm(await t.client(), file)).statusCode).toBe(401);
      const mismatch = await importForm(pemrakarsa, file, { sopId: sop.id, version: '2', unitId: await unitIdOf(admin, 'SETKOMJAK') });
      expect(mismatch.json().error.code).toBe('SOP_IMPORT_UNIT_MISMATCH');
      const missing = await importForm(pemrakarsa, file, {});
      expect(missing.json().error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'unitId' }] });
      const noFile = await pemrakarsa.request({ method: 'POST', url: '/api/sops/import', ...multipartForm([{ field: 'unitId', value: kompolnas }]) });
      expect(noFile.json().error.code).toBe('SOP_IMPORT_FILE_MISSING');
      expect((await pemrakarsa.post('/api/sops/import', { unitId: kompolnas })).statusCode).toBe(415);
      const twoFiles = await pemrakarsa.request({
        method: 'POST', url: '/api/sops/import',
        ...multipartForm([{ field: 'unitId', value: kompolnas }, { field: 'file', fileName: 'a.xlsx', content: file }, { field: 'file', fileName: 'b.xlsx', content: file }]),
      });
      expect(twoFiles.json().error.code).toBe('SOP_IMPORT_ONE_FILE');
    });
    // an administrator imports for any unit; the fields may come after the file
    const late = await admin.request({ method: 'POST', url: '/api/sops/import', ...multipartForm([{ field: 'file', fileName: 'SOP.XLSX', content: file }, { field: 'unitId', value: kompolnas }]) });
    expect(late.statusCode, late.body).toBe(201);
  });
});

describe('hostile files are refused quickly, before the workbook is parsed, and nothing is stored', () => {
  const refused = async (file: Buffer | string, code: string, status = 400, fileName = 'sop.xlsx') => {
    const started = Date.now();
    const res = await expectNothingWritten(t, () => importForm(pemrakarsa, file, { unitId: kompolnas }, fileName));
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(Date.now() - started).toBeLessThan(5000);
    return res.json();
  };

  it('a renamed text file, an .xls-like file, a zip that is not a workbook', async () => {
    const text = await refused('No;Uraian\n1;Menerima surat\n', 'SOP_IMPORT_NOT_XLSX');
    expect(text.error.message).toMatch(/bukan spreadsheet Excel/);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096, 7)]);
    await refused(ole, 'SOP_IMPORT_NOT_XLSX');
    await refused(ole, 'SOP_IMPORT_NOT_XLSX', 400, 'sop.xls');
    const JSZip = (await import('jszip')).default;
    const plainZip = new JSZip();
    plainZip.file('readme.txt', 'halo');
    await refused(await plainZip.generateAsync({ type: 'nodebuffer' }), 'SOP_IMPORT_NOT_XLSX');
    await refused(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]), 'SOP_IMPORT_NOT_XLSX');
  });

  it('a zip bomb, from its central directory', async () => {
    const bomb = await zipBomb(50);
    expect(bomb.length).toBeLessThan(200_000);
    const body = await refused(bomb, 'SOP_IMPORT_ZIP_BOMB');
    expect(body.error.message).toContain('20 MB');
  });

  it('an upload over the size limit (413)', async () => {
    await refused(Buffer.alloc(10 * 1024 * 1024 + 10, 1), 'SOP_IMPORT_TOO_LARGE', 413);
  });

  it('huge sheets: too many rows or columns', async () => {
    const rows = await filledTemplate(null, (wb) => {
      const ws = wb.getWorksheet(SHEETS.steps)!;
      for (let r = 2; r <= 2100; r++) ws.getCell(`B${r}`).value = 'Kegiatan';
    });
    const body = await refused(rows, 'SOP_IMPORT_SHEET_TOO_LARGE');
    expect(body.error.message).toBe('Lembar "Langkah" terlalu besar: paling banyak 2000 baris dan 100 kolom.');
    const cols = await filledTemplate(validSop(), (wb) => {
      wb.getWorksheet(SHEETS.identity)!.getCell(3, 150).value = 'jauh';
    });
    await refused(cols, 'SOP_IMPORT_SHEET_TOO_LARGE');
  });

  it('formulas, naming every cell', async () => {
    const file = await filledTemplate(validSop(), (wb) => {
      wb.getWorksheet(SHEETS.steps)!.getCell('I3').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
      wb.getWorksheet(SHEETS.identity)!.getCell('B3').value = { formula: 'CONCAT("001","/SOP")', result: '001/SOP' } as ExcelJS.CellFormulaValue;
    });
    const body = await refused(file, 'SOP_IMPORT_FORMULA');
    expect(fieldPaths(body)).toEqual(['Identitas!B3', 'Langkah!I3']);
    expect(body.error.message).toContain('Identitas!B3, Langkah!I3');
  });

  it('external links: an externalLinks part, or a relationship to another file', async () => {
    const template = await filledTemplate(validSop());
    const part = await withParts(template, {
      'xl/externalLinks/externalLink1.xml': '<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    });
    await refused(part, 'SOP_IMPORT_EXTERNAL_LINK');
    const rel = await withParts(template, {}, (name, text) => name === 'xl/_rels/workbook.xml.rels'
      ? text.replace('</Relationships>', '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///C:/data/anggaran.xlsx" TargetMode="External"/></Relationships>')
      : text);
    await refused(rel, 'SOP_IMPORT_EXTERNAL_LINK');
  });

  it('macros', async () => {
    await refused(await withParts(await filledTemplate(validSop()), { 'xl/vbaProject.bin': 'x' }), 'SOP_IMPORT_MACRO');
  });

  it('a workbook that is not the template', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').getCell('A1').value = 'halo';
    const body = await refused(Buffer.from(await wb.xlsx.writeBuffer()), 'SOP_IMPORT_NOT_TEMPLATE');
    expect(body.error.message).toContain('"Identitas"');
  });
});
