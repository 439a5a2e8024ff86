import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from '../../../testing/test-app.ts';
import { DEMO, fieldPaths, unitIdOf } from '../../../testing/fixtures.ts';
import { layoutSop } from '../../../../domain/sop/layout/index.ts';
import { DEFAULT_PAGE_SETTINGS, PAPER_POINTS } from '../../../../domain/sop/model.ts';
import { twelveStepSop } from '../../../../domain/sop/testing.ts';
import { parseDocx, parsePdf } from './testing.ts';

let t: TestApp;
let pemrakarsa: ApiClient;
let verifikator: ApiClient;
let otherUnit: ApiClient;
let sop: { id: string; unitName: string };
/** The name of the SOP unit's parent (the ministry). */
let parentName: string;

const content = twelveStepSop();
const FILE = '007-SOP-SETKOMPOLNAS-XI-2026 Penyusunan dan Pengesahan Laporan Kinerja';

beforeAll(async () => {
  t = await createTestApp();
  [pemrakarsa, verifikator, otherUnit] = await Promise.all([DEMO.pemrakarsa, DEMO.verifikator, DEMO.pemrakarsaKomjak].map((e) => t.signIn(e)));
  const admin = await t.signIn(DEMO.admin);
  const kompolnas = await unitIdOf(admin, 'SETKOMPOLNAS');
  parentName = (await admin.get(`/api/units/${kompolnas}`)).json().parentName;
  expect(parentName).toBeTruthy();
  const created = await pemrakarsa.post('/api/sops', { unitId: kompolnas, title: content.identity.title });
  expect(created.statusCode, created.body).toBe(201);
  sop = created.json();
  const saved = await pemrakarsa.put(`/api/sops/${sop.id}/content`, { version: 1, content });
  expect(saved.statusCode, saved.body).toBe(200);
  expect(saved.json().version).toBe(2);
});
afterAll(() => t?.close());

const get = (c: ApiClient, url: string, lang?: string) => c.request({ method: 'GET', url, headers: lang ? { 'accept-language': lang } : {} });

describe('SOP export: PDF', () => {
  it('answers the latest version on A4 as an attachment: identity and flowchart pages, selectable text, embedded fonts', async () => {
    const res = await get(pemrakarsa, `/api/sops/${sop.id}/export.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain(`attachment; filename="${FILE}.pdf"`);
    expect(res.headers['x-sop-version']).toBe('2');
    const layout = layoutSop(content, DEFAULT_PAGE_SETTINGS);
    const pdf = await parsePdf(res.rawPayload);
    expect(pdf.pages).toHaveLength(layout.identity.length + layout.pages.length);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(PAPER_POINTS.A4.width, 1);
      expect(page.height).toBeCloseTo(PAPER_POINTS.A4.height, 1);
    }
    const text = pdf.pages.map((p) => p.text).join(' ');
    for (const step of content.steps) expect(text).toContain(step.description);
    // The unit block: the SOP's unit (and its ancestors) from the units table.
    expect(pdf.pages[0].text).toContain(sop.unitName.toUpperCase());
    expect(pdf.pages[0].text).toContain(parentName.toUpperCase());
    expect(pdf.pages[0].text.indexOf(parentName.toUpperCase())).toBeLessThan(pdf.pages[0].text.indexOf(sop.unitName.toUpperCase()));
    expect(pdf.fonts.length).toBe(2);
    expect(pdf.fonts.every((f) => f.embedded && /DejaVuSans/.test(f.name))).toBe(true);
    expect(res.rawPayload.toString('latin1').match(/\/FontFile2 /g)).toHaveLength(2);
  });

  it('draws on F4 when asked (the paper name in any case)', async () => {
    for (const paper of ['F4', 'f4']) {
      const res = await get(pemrakarsa, `/api/sops/${sop.id}/export.pdf?paper=${paper}`);
      expect(res.statusCode, res.body).toBe(200);
      const pdf = await parsePdf(res.rawPayload);
      expect(pdf.pages[0].width).toBeCloseTo(PAPER_POINTS.F4.width, 1);
      expect(pdf.pages[0].height).toBeCloseTo(PAPER_POINTS.F4.height, 1);
    }
  });

  it('gives the same bytes for the same version, also after later saves; another version differs', async () => {
    const first = (await get(pemrakarsa, `/api/sops/${sop.id}/export.pdf?version=2`)).rawPayload;
    const again = (await get(verifikator, `/api/sops/${sop.id}/export.pdf`)).rawPayload;
    expect(again.equals(first)).toBe(true);

    const changed = structuredClone(content);
    changed.steps[1].description = 'Mengumpulkan data kinerja triwulan';
    expect((await pemrakarsa.put(`/api/sops/${sop.id}/content`, { version: 2, content: changed })).statusCode).toBe(200);
    const v2 = await get(pemrakarsa, `/api/sops/${sop.id}/export.pdf?version=2`);
    expect(v2.headers['x-sop-version']).toBe('2');
    expect(v2.rawPayload.equals(first)).toBe(true);
    const latest = await get(pemrakarsa, `/api/sops/${sop.id}/export.pdf`);
    expect(latest.headers['x-sop-version']).toBe('3');
    expect(latest.rawPayload.equals(first)).toBe(false);
    expect((await parsePdf(latest.rawPayload)).pages.map((p) => p.text).join(' ')).toContain('Mengumpulkan data kinerja triwulan');
  });

  it('exports an older version, and answers 404 for a version that does not exist', async () => {
    const v1 = await get(pemrakarsa, `/api/sops/${sop.id}/export.pdf?version=1`);
    expect(v1.statusCode).toBe(200);
    const text = (await parsePdf(v1.rawPayload)).pages.map((p) => p.text).join(' ');
    expect(text).not.toContain(content.steps[0].description);
    const missing = await get(pemrakarsa, `/api/sops/${sop.id}/export.pdf?version=99`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('SOP_VERSION_UNKNOWN');
  });
});

describe('SOP export: Word', () => {
  it('answers editable tables with the header rows repeated and one PNG per step row', async () => {
    const res = await get(pemrakarsa, `/api/sops/${sop.id}/export.docx?version=2&paper=A4`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toContain(`attachment; filename="${FILE}.docx"`);
    const docx = await parseDocx(res.rawPayload);
    for (const step of content.steps) expect(docx.cellTexts).toContain(step.description);
    expect(docx.cellTexts.join('\n')).toContain(sop.unitName.toUpperCase());
    expect(docx.documentXml).toContain('<w:tblHeader/>');
    expect(docx.documentXml.match(/<w:drawing>/g)).toHaveLength(content.steps.length);
    expect(docx.media).toHaveLength(content.steps.length);
    expect(docx.media.every((m) => m.name.endsWith('.png'))).toBe(true);
  });
});

describe('SOP export: access and bad requests', () => {
  it('reads like GET /api/sops/:id: another unit gets 404, the public 401, the bureau may export', async () => {
    for (const format of ['pdf', 'docx']) {
      const url = `/api/sops/${sop.id}/export.${format}`;
      const other = await get(otherUnit, url);
      expect(other.statusCode).toBe(404);
      expect(other.json().error.code).toBe('NOT_FOUND');
      const anonymous = await get(await t.client(), url);
      expect(anonymous.statusCode).toBe(401);
      expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
      expect((await get(verifikator, url)).statusCode).toBe(200);
    }
    const unknown = await get(pemrakarsa, '/api/sops/00000000-0000-4000-8000-000000000000/export.pdf');
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a paper size or version it does not know with a plain message in the caller\'s language', async () => {
    const bad = await get(pemrakarsa, `/api/sops/${sop.id}/export.pdf?paper=A3`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION');
    expect(fieldPaths(bad.json())).toEqual(['querystring.paper']);
    expect(bad.json().error.fields[0].message).toBe('Ukuran kertas harus "A4" atau "F4".');
    const en = await get(pemrakarsa, `/api/sops/${sop.id}/export.docx?paper=letter`, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields[0].message).toBe('The paper size must be "A4" or "F4".');
    for (const version of ['abc', '0', '1.5']) {
      const res = await get(pemrakarsa, `/api/sops/${sop.id}/export.pdf?version=${version}`);
      expect(res.statusCode).toBe(400);
      expect(fieldPaths(res.json())).toEqual(['querystring.version']);
      expect(res.json().error.fields[0].message).toBe('Versi harus bilangan bulat mulai 1.');
    }
    // Empty values mean the defaults, as a cleared form field sends them.
    expect((await get(pemrakarsa, `/api/sops/${sop.id}/export.pdf?version=&paper=`)).statusCode).toBe(200);
  });
});

describe('SOP export: OpenAPI', () => {
  it('lists both routes with their query', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths;
    for (const format of ['pdf', 'docx']) {
      const op = paths[`/api/sops/{id}/export.${format}`]?.get;
      expect(op, format).toBeDefined();
      expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'version', 'paper']));
    }
  });
});
