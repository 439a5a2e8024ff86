import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectNothingWritten, fieldPaths, unitIdOf } from '../../testing/fixtures.ts';
import { castOf, createSopWith, multipart, requestAt, saveSop, storedFiles, type Cast } from '../../testing/requests.ts';
import { validSop } from '../../../domain/sop/testing.ts';
import type { SopContent } from '../../../domain/sop/model.ts';
import { parseDocx, parsePdf } from '../sops/export/testing.ts';

let t: TestApp;
let cast: Cast;
let visitor: ApiClient;
let otherUnit: ApiClient;
let kompolnas: string;
let komjak: string;
let counter = 0;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const titled = (title: string, extra: (c: SopContent) => void = () => {}) => (unitId: string) => {
  const c = validSop(unitId);
  c.identity.title = title;
  extra(c);
  return c;
};

beforeAll(async () => {
  t = await createTestApp();
  cast = await castOf(t, DEMO);
  [otherUnit, visitor] = await Promise.all([t.signIn(DEMO.pemrakarsaKomjak), t.client()]);
  kompolnas = await unitIdOf(cast.admin, 'SETKOMPOLNAS');
  komjak = await unitIdOf(cast.admin, 'SETKOMJAK');
});
afterAll(() => t?.close());

/** A new error-free SOP of the pemrakarsa's unit (version 2 holds the content). */
const newSop = (title: string, extra?: (c: SopContent) => void, c: ApiClient = cast.pemrakarsa, unitId = kompolnas) => createSopWith(c, unitId, title, titled(title, extra));

const nextNumber = () => `${String(++counter).padStart(3, '0')}/SOP/UJI/2026`;

async function ratify(c: ApiClient, body: Record<string, unknown>) {
  return c.post('/api/registry', { effectiveOn: '2026-03-01', number: nextNumber(), ...body });
}

async function ratifyOk(body: Record<string, unknown>, c: ApiClient = cast.kepalaBiro) {
  const res = await ratify(c, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const registryRows = async () => (await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from sop_registry`)).rows[0].n;

describe('ratification', () => {
  it('freezes the version: number, effective date and official in the PDF, a QR code address, stored with its checksum; the SOP is in effect', async () => {
    const sop = await newSop('Pelayanan Pengaduan Masyarakat');
    const number = nextNumber();
    const entry = await ratifyOk({ sopId: sop.id, version: 2, number, effectiveOn: '2026-04-01', ratifiedBy: { position: 'Kepala Biro Umum', name: 'Siti Aminah', nip: '198001012005012001' } });
    expect(entry).toMatchObject({
      sopId: sop.id, version: 2, number, effectiveOn: '2026-04-01', status: 'effective', title: 'Pelayanan Pengaduan Masyarakat', unitId: kompolnas,
      ratifier: { position: 'Kepala Biro Umum', name: 'Siti Aminah', nip: '198001012005012001' }, requestId: null, supersededBy: null, actions: ['revoke'],
    });
    expect(entry.code).toMatch(/^[A-Z2-9]{10}$/);
    expect(entry.verifyUrl).toBe(`http://localhost:3000/verifikasi/${entry.code}`);
    const pdf = await visitor.get(entry.downloads.pdf);
    expect(pdf.statusCode).toBe(200);
    expect(sha(pdf.rawPayload)).toBe(entry.sha256);
    expect(pdf.rawPayload.length).toBe(entry.size);
    const text = (await parsePdf(pdf.rawPayload)).pages.map((p) => p.text).join(' ');
    for (const s of [number, 'Siti Aminah', '198001012005012001', `Kode verifikasi: ${entry.code}`, entry.verifyUrl]) expect(text).toContain(s);
    expect(storedFiles(t).filter((f) => f.startsWith(`registry/${sop.id}/`))).toHaveLength(1);
    expect((await cast.pemrakarsa.get(`/api/sops/${sop.id}`)).json().status).toBe('berlaku');
    expect(await auditCount(t, 'registry.ratify', sop.id)).toBe(1);
  });

  it('takes the official from the version when none is given, and refuses an SOP with errors, an unknown version or an invalid date', async () => {
    const sop = await newSop('Pengelolaan Arsip Dinamis');
    const broken = (await t.signIn(DEMO.pemrakarsa)).post('/api/sops', { unitId: kompolnas, title: 'Kosong' });
    const empty = (await broken).json();
    const before = await registryRows();
    const errors = await ratify(cast.kepalaBiro, { sopId: empty.id, version: 1, ratifiedBy: validSop().identity.ratifiedBy });
    expect(errors.statusCode).toBe(409);
    expect(errors.json().error.code).toBe('SOP_HAS_ERRORS');
    const unknown = await ratify(cast.kepalaBiro, { sopId: sop.id, version: 9 });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('SOP_VERSION_UNKNOWN');
    const badDate = await ratify(cast.kepalaBiro, { sopId: sop.id, version: 2, effectiveOn: '2026-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(fieldPaths(badDate.json())).toEqual(['effectiveOn']);
    expect(badDate.json().error.message).toBe('Tanggal berlaku harus berupa tanggal yang valid (TTTT-BB-HH).');
    expect(await registryRows()).toBe(before);

    const entry = await ratifyOk({ sopId: sop.id, version: 2 }, cast.admin);
    expect(entry.ratifier).toEqual(validSop().identity.ratifiedBy);
  });

  it('is for administrators and the head of the bureau only: units and verifikator 403, the public 401, nothing written', async () => {
    const sop = await newSop('Penerimaan Tamu Dinas');
    const before = await registryRows();
    const files = storedFiles(t).length;
    await expectNothingWritten(t, async () => {
      for (const c of [cast.pemrakarsa, cast.pimpinan, cast.verifikator, otherUnit]) {
        const res = await ratify(c, { sopId: sop.id, version: 2 });
        expect(res.statusCode).toBe(403);
      }
      expect((await ratify(visitor, { sopId: sop.id, version: 2 })).statusCode).toBe(401);
    });
    expect(await registryRows()).toBe(before);
    expect(storedFiles(t).length).toBe(files);
  });

  it('keeps numbers unique (in any case) and a version ratified once, leaving no stored file behind', async () => {
    const a = await newSop('Penyusunan Rencana Kerja');
    const b = await newSop('Penyusunan Anggaran Biro');
    const first = await ratifyOk({ sopId: a.id, version: 2 });
    const files = storedFiles(t).length;
    const taken = await ratify(cast.kepalaBiro, { sopId: b.id, version: 2, number: first.number.toLowerCase() });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'NUMBER_TAKEN', message: 'Nomor SOP ini sudah dipakai oleh SOP lain yang disahkan.' });
    expect(fieldPaths(taken.json())).toEqual(['number']);
    const again = await ratify(cast.kepalaBiro, { sopId: a.id, version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('VERSION_RATIFIED');
    expect(storedFiles(t).length).toBe(files);
  });

  it('supersedes the version in effect when a new version of the same SOP is ratified', async () => {
    const sop = await newSop('Pengadaan Barang Persediaan');
    const v2 = await ratifyOk({ sopId: sop.id, version: 2 });
    const started = await cast.pemrakarsa.post(`/api/registry/${v2.id}/new-version`);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toEqual({ sopId: sop.id, version: 3, fromEntryId: v2.id });
    const changed = titled('Pengadaan Barang Persediaan', (c) => { c.steps[1].description = 'Menyusun daftar kebutuhan barang'; })(kompolnas);
    const saved = await saveSop(cast.pemrakarsa, sop.id, changed);
    const v4 = await ratifyOk({ sopId: sop.id, version: saved.version });
    const old = (await cast.admin.get(`/api/registry/${v2.id}`)).json();
    expect(old).toMatchObject({ status: 'superseded', supersededBy: { id: v4.id, number: v4.number, version: 4 }, actions: [] });
    expect(v4.status).toBe('effective');
    const page = (await visitor.get(`/api/public/sops/${sop.id}`)).json();
    expect(page.current.id).toBe(v4.id);
    expect(page.versions.map((v: { id: string; status: string }) => [v.id, v.status])).toEqual([[v4.id, 'effective'], [v2.id, 'superseded']]);
    expect(page.content.steps[1].description).toBe('Menyusun daftar kebutuhan barang');
  });
});

describe('immutability and frozen downloads', () => {
  it('answers the same bytes on every download of the PDF; Word and spreadsheet of that exact version', async () => {
    const sop = await newSop('Penatausahaan Surat Masuk');
    const entry = await ratifyOk({ sopId: sop.id, version: 2 });
    const downloads = await Promise.all([visitor.get(entry.downloads.pdf), cast.admin.get(entry.downloads.pdf), visitor.get(entry.downloads.pdf)]);
    for (const d of downloads) {
      expect(d.headers['content-type']).toBe('application/pdf');
      expect(d.rawPayload.equals(downloads[0].rawPayload)).toBe(true);
    }
    expect(downloads[0].headers['x-content-sha256']).toBe(entry.sha256);
    const docx = await visitor.get(entry.downloads.docx);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await parseDocx(docx.rawPayload)).cellTexts).toContain(entry.number);
    const xlsx = await visitor.get(entry.downloads.xlsx);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('no endpoint changes a ratified version: its row and content stay exactly as ratified', async () => {
    const sop = await newSop('Pemeliharaan Kendaraan Dinas');
    const entry = await ratifyOk({ sopId: sop.id, version: 2 });
    const frozen = async () => (await t.database.db.execute(sql`select r.sop_id, r.sop_version, r.number, r.effective_on, r.title, r.ratifier_position, r.ratifier_name,
      r.ratifier_nip, r.ratified_at, r.ratified_by, r.code, r.pdf_key, r.pdf_sha256, r.pdf_size, v.content
      from sop_registry r join sop_versions v on v.sop_id = r.sop_id and v.number = r.sop_version where r.id = ${entry.id}`)).rows[0];
    const before = await frozen();
    const pdfBefore = (await visitor.get(entry.downloads.pdf)).rawPayload;

    // Editing the ratified SOP is refused; a new version is a new content version; ratifying it supersedes; revoke changes the status only.
    const edit = await cast.pemrakarsa.put(`/api/sops/${sop.id}/content`, { version: 2, content: titled('Diubah')(kompolnas) });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('SOP_NOT_DRAFT');
    expect((await cast.pemrakarsa.post(`/api/registry/${entry.id}/new-version`)).statusCode).toBe(201);
    await saveSop(cast.pemrakarsa, sop.id, titled('Pemeliharaan Kendaraan Dinas Operasional')(kompolnas));
    const next = await ratifyOk({ sopId: sop.id, version: 4 });
    expect((await cast.kepalaBiro.post(`/api/registry/${entry.id}/revoke`, { reason: 'Uji' })).statusCode).toBe(409);
    expect((await cast.kepalaBiro.post(`/api/registry/${next.id}/revoke`, { reason: 'Tidak dipakai lagi' })).statusCode).toBe(200);
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      const res = await cast.admin.request({ method, url: `/api/registry/${entry.id}`, payload: { number: 'X' } });
      expect(res.statusCode).toBe(404);
    }

    expect(await frozen()).toEqual(before);
    expect((await visitor.get(entry.downloads.pdf)).rawPayload.equals(pdfBefore)).toBe(true);
  });

  it('the database itself refuses to change or delete the frozen columns', async () => {
    const sop = await newSop('Pengelolaan Barang Milik Negara');
    const entry = await ratifyOk({ sopId: sop.id, version: 2 });
    await expect(t.database.db.execute(sql`update sop_registry set number = 'LAIN' where id = ${entry.id}`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`update sop_registry set pdf_sha256 = 'x' where id = ${entry.id}`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from sop_registry where id = ${entry.id}`)).rejects.toThrow();
    expect((await cast.admin.get(`/api/registry/${entry.id}`)).json().number).toBe(entry.number);
  });
});

describe('verification', () => {
  let first: { id: string; code: string; number: string; sha256: string; downloads: { pdf: string } };
  let second: { id: string; number: string };
  let bytes: Buffer;

  beforeAll(async () => {
    const sop = await newSop('Verifikasi Dokumen Kepegawaian');
    first = await ratifyOk({ sopId: sop.id, version: 2 });
    bytes = (await visitor.get(first.downloads.pdf)).rawPayload;
  });

  it('by code and by number: the version in effect is valid, with its checksum', async () => {
    const byCode = await visitor.get(`/api/public/verify/${first.code}`);
    expect(byCode.statusCode).toBe(200);
    expect(byCode.json()).toMatchObject({ found: true, valid: true, entry: { id: first.id, status: 'effective', sha256: first.sha256 }, effective: null });
    expect((await visitor.get(`/api/public/verify/${first.code.toLowerCase()}`)).json().valid).toBe(true);
    const byNumber = await visitor.get(`/api/public/verify?number=${encodeURIComponent(` ${first.number.toLowerCase()} `)}`);
    expect(byNumber.json()).toMatchObject({ found: true, valid: true, entry: { id: first.id } });
    expect((await visitor.get('/api/public/verify/ZZZZZZZZZZ')).json()).toEqual({ found: false, valid: false, entry: null, effective: null });
    expect((await visitor.get('/api/public/verify?number=999%2FSOP%2FTIDAK%2FADA')).json().found).toBe(false);
  });

  it('an uploaded PDF is valid only when it is byte for byte a frozen PDF; a tampered copy is not', async () => {
    const upload = (name: string, content: Buffer | string) => visitor.request({ method: 'POST', url: '/api/public/verify', ...multipart(name, content) });
    const same = await upload('sop.pdf', bytes);
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json()).toMatchObject({ found: true, valid: true, sha256: first.sha256, entry: { id: first.id } });

    const tampered = Buffer.from(bytes);
    const at = tampered.indexOf(Buffer.from(first.number));
    tampered[at >= 0 ? at : tampered.length - 20] ^= 0x01;
    const bad = await upload('sop.pdf', tampered);
    expect(bad.json()).toMatchObject({ found: false, valid: false, entry: null, sha256: sha(tampered) });

    const notPdf = await upload('catatan.txt', 'bukan pdf');
    expect(notPdf.statusCode).toBe(400);
    expect(notPdf.json().error.message).toBe('Hanya berkas PDF yang dapat diperiksa.');
    const en = await visitor.request({ method: 'POST', url: '/api/public/verify', ...(() => { const m = multipart('x.pdf', 'not a pdf'); return { payload: m.payload, headers: { ...m.headers, 'accept-language': 'en' } }; })() });
    expect(en.statusCode).toBe(400);
    expect(en.json().error.message).toBe('Only PDF files can be checked.');
    const json = await visitor.post('/api/public/verify', { number: first.number });
    expect(json.statusCode).toBe(415);
  });

  it('a superseded version is not valid and names the version in effect', async () => {
    const sopId = (await visitor.get(`/api/public/verify/${first.code}`)).json().entry.sopId;
    expect((await cast.admin.post(`/api/registry/${first.id}/new-version`)).statusCode).toBe(201);
    second = await ratifyOk({ sopId, version: 3 });
    const res = (await visitor.get(`/api/public/verify/${first.code}`)).json();
    expect(res).toMatchObject({ found: true, valid: false, entry: { status: 'superseded', supersededBy: { id: second.id } }, effective: { id: second.id, number: second.number } });
    const file = await visitor.request({ method: 'POST', url: '/api/public/verify', ...multipart('lama.pdf', bytes) });
    expect(file.json()).toMatchObject({ found: true, valid: false, entry: { id: first.id, status: 'superseded' } });
  });
});

describe('the public registry', () => {
  let hr: { id: string; sopId: string };
  let komjakEntry: { id: string; sopId: string };

  beforeAll(async () => {
    const a = await newSop('Penyusunan Laporan Keuangan Tahunan');
    hr = await ratifyOk({ sopId: a.id, version: 2, effectiveOn: '2025-07-01' });
    const b = await newSop('Pelaksanaan Rapat Koordinasi Pengawasan', (c) => { c.identity.related = [{ sopId: a.id, title: 'Laporan Keuangan' }, { title: 'SOP di luar portal' }]; }, otherUnit, komjak);
    komjakEntry = await ratifyOk({ sopId: b.id, version: 2, effectiveOn: '2026-05-02' });
  });

  it('finds SOPs by Indonesian word forms and despite a misspelt word', async () => {
    const search = async (q: string) => (await visitor.get(`/api/public/sops?q=${encodeURIComponent(q)}`)).json().items.map((i: { id: string }) => i.id);
    expect(await search('keuangan')).toContain(hr.id);
    expect(await search('penyusun laporan keuangan')).toContain(hr.id);
    expect(await search('keuagan')).toContain(hr.id);
    expect(await search('koordinsi')).toEqual([komjakEntry.id]);
    expect(await search('tidakadasamasekali')).toEqual([]);
  });

  it('filters by unit, year and status (in effect by default), pages, and lists public fields only', async () => {
    const list = async (qs: string) => (await visitor.get(`/api/public/sops?${qs}`)).json();
    expect((await list(`unitId=${komjak}`)).items.map((i: { id: string }) => i.id)).toEqual([komjakEntry.id]);
    const y2025 = await list('year=2025');
    expect(y2025.items.map((i: { id: string }) => i.id)).toEqual([hr.id]);
    const all = await list('pageSize=2');
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThan(2);
    expect(all.items.every((i: { status: string }) => i.status === 'effective')).toBe(true);
    const page2 = await list('pageSize=2&page=2');
    expect(page2.items.map((i: { id: string }) => i.id)).not.toContain(all.items[0].id);
    const superseded = await list('status=superseded');
    expect(superseded.total).toBeGreaterThan(0);
    expect(superseded.items.every((i: { status: string }) => i.status === 'superseded')).toBe(true);
    expect(Object.keys(all.items[0]).sort()).toEqual(['effectiveOn', 'id', 'number', 'sopId', 'status', 'title', 'unitId', 'unitLabel', 'version']);
    const options = (await visitor.get('/api/public/sops/options')).json();
    expect(options.years).toEqual(expect.arrayContaining([2025, 2026]));
    expect(options.units.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([kompolnas, komjak]));
    const bad = await visitor.get('/api/public/sops?status=draf');
    expect(bad.statusCode).toBe(400);
  });

  it("an SOP's page: identity, content, versions and related SOPs both ways; no internal fields", async () => {
    const page = await visitor.get(`/api/public/sops/${komjakEntry.sopId}`);
    expect(page.statusCode).toBe(200);
    const body = page.json();
    expect(body.related.names).toEqual([
      { sopId: hr.sopId, title: 'Penyusunan Laporan Keuangan Tahunan', number: expect.any(String), status: 'effective' },
      { sopId: null, title: 'SOP di luar portal', number: null, status: null },
    ]);
    const other = (await visitor.get(`/api/public/sops/${hr.sopId}`)).json();
    expect(other.related.namedBy).toEqual([{ sopId: komjakEntry.sopId, title: 'Pelaksanaan Rapat Koordinasi Pengawasan', number: expect.any(String), status: 'effective' }]);
    for (const key of ['requestId', 'ratifiedByUser', 'statusBy', 'pdfKey', 'actions']) expect(JSON.stringify(body)).not.toContain(`"${key}"`);
    expect(body.content.identity.number).toBe(body.current.number);
    const unknownSop = await visitor.get(`/api/public/sops/${(await newSop('Belum Disahkan')).id}`);
    expect(unknownSop.statusCode).toBe(404);
  });
});

describe('new version and revocation', () => {
  it('starts one draft at a time from the version in effect, by its unit or an administrator', async () => {
    const sop = await newSop('Pengelolaan Perjalanan Dinas');
    const entry = await ratifyOk({ sopId: sop.id, version: 2 });
    expect((await otherUnit.post(`/api/registry/${entry.id}/new-version`)).statusCode).toBe(403);
    expect((await visitor.post(`/api/registry/${entry.id}/new-version`)).statusCode).toBe(401);
    const started = await cast.pimpinan.post(`/api/registry/${entry.id}/new-version`);
    expect(started.statusCode).toBe(201);
    const draft = (await cast.pemrakarsa.get(`/api/sops/${sop.id}`)).json();
    expect(draft).toMatchObject({ status: 'draf', version: 3 });
    expect(draft.content.identity.number).toBe(entry.number);
    expect(draft.content.steps).toEqual(titled('Pengelolaan Perjalanan Dinas')(kompolnas).steps);
    const twice = await cast.pemrakarsa.post(`/api/registry/${entry.id}/new-version`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'DRAFT_OPEN', message: 'Sudah ada draf versi baru SOP ini (versi 3). Selesaikan draf itu terlebih dahulu.' });
    expect(await auditCount(t, 'registry.newVersion', sop.id)).toBe(1);
  });

  it('revokes with a reason (required, in the caller\'s language), by the bureau only; a revoked SOP is not valid', async () => {
    const sop = await newSop('Penanganan Keadaan Darurat');
    const entry = await ratifyOk({ sopId: sop.id, version: 2 });
    await expectNothingWritten(t, async () => {
      for (const c of [cast.pemrakarsa, cast.pimpinan, cast.verifikator]) expect((await c.post(`/api/registry/${entry.id}/revoke`, { reason: 'x' })).statusCode).toBe(403);
      expect((await visitor.post(`/api/registry/${entry.id}/revoke`, { reason: 'x' })).statusCode).toBe(401);
    });
    const noReason = await cast.kepalaBiro.post(`/api/registry/${entry.id}/revoke`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toEqual([{ path: 'reason', message: 'Alasan pencabutan wajib diisi.' }]);
    const en = await cast.kepalaBiro.request({ method: 'POST', url: `/api/registry/${entry.id}/revoke`, payload: {}, headers: { 'accept-language': 'en' } });
    expect(en.json().error.fields).toEqual([{ path: 'reason', message: 'The reason for revocation is required.' }]);
    expect((await visitor.get(`/api/public/verify/${entry.code}`)).json().valid).toBe(true);

    const revoked = await cast.kepalaBiro.post(`/api/registry/${entry.id}/revoke`, { reason: 'Digabung dengan SOP lain' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', statusReason: 'Digabung dengan SOP lain', statusBy: { name: expect.any(String) }, actions: [] });
    expect((await visitor.get(`/api/public/verify/${entry.code}`)).json()).toMatchObject({ found: true, valid: false, entry: { status: 'revoked', statusReason: 'Digabung dengan SOP lain' }, effective: null });
    expect((await cast.pemrakarsa.get(`/api/sops/${sop.id}`)).json().status).toBe('dicabut');
    const ids = (await visitor.get('/api/public/sops?status=revoked')).json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(entry.id);
    expect((await cast.kepalaBiro.post(`/api/registry/${entry.id}/revoke`, { reason: 'lagi' })).statusCode).toBe(409);
    expect((await cast.pemrakarsa.post(`/api/registry/${entry.id}/new-version`)).statusCode).toBe(409);
    expect(await auditCount(t, 'registry.revoke', sop.id)).toBe(1);
  });
});

describe('completion of an SOP facilitation request', () => {
  it('ratifies the SOP version last submitted with the request, under the number of stage 6, once', async () => {
    const done = await requestAt(cast, 'selesai');
    expect(done.state).toBe('selesai');
    expect(done.documentNumber).toMatch(/\/SOP\//);
    const linked = (await cast.admin.get(`/api/requests/${done.id}/sop`)).json();
    const submitted = linked.submissions.at(-1);
    const verdict = (await visitor.get(`/api/public/verify?number=${encodeURIComponent(done.documentNumber)}`)).json();
    expect(verdict).toMatchObject({ found: true, valid: true, entry: { sopId: submitted.sopId, version: submitted.version, number: done.documentNumber, effectiveOn: validSop().identity.effectiveOn } });
    const entry = (await cast.admin.get(`/api/registry/${verdict.entry.id}`)).json();
    expect(entry).toMatchObject({ requestId: done.id, ratifiedByUser: { name: expect.any(String) } });
    expect((await cast.pemrakarsa.get(`/api/sops/${submitted.sopId}`)).json().status).toBe('berlaku');
    expect(await auditCount(t, 'registry.ratify', submitted.sopId)).toBe(1);
  });

  it('a request that is not completed ratifies nothing', async () => {
    const before = await registryRows();
    const atSix = await requestAt(cast, 'stage6');
    expect(atSix.documentNumber).toBeTruthy();
    expect(await registryRows()).toBe(before);
  });
});
