import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectAdminOnly, expectNothingWritten, signInNonAdmins, unitIdOf } from '../../testing/fixtures.ts';
import { validAnjab, validEvjab, validSkj } from '../../../domain/jabatan/testing.ts';
import { parseDocx } from '../sops/export/testing.ts';
import { multipart, storedFiles } from '../../testing/requests.ts';

let t: TestApp;
let admin: ApiClient;
let verifikator: ApiClient;
let kepalaBiro: ApiClient;
let pemrakarsa: ApiClient;
let pimpinan: ApiClient;
let otherUnit: ApiClient;
let nonAdmins: ApiClient[];
let kompolnas: string;
const now = new Date('2026-11-28T03:00:00Z');
let tick = 0;

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date(now.getTime() + tick++) });
  [admin, verifikator, kepalaBiro, pemrakarsa, pimpinan, otherUnit] = await Promise.all(
    [DEMO.admin, DEMO.verifikator, DEMO.kepalaBiro, DEMO.pemrakarsa, DEMO.pimpinan, DEMO.pemrakarsaKomjak].map((e) => t.signIn(e)),
  );
  nonAdmins = await signInNonAdmins(t);
  kompolnas = await unitIdOf(admin, 'SETKOMPOLNAS');
});
afterAll(() => t?.close());

let counter = 0;
const newPosition = async (kind: 'struktural' | 'fungsional' | 'pelaksana' = 'fungsional') => {
  const res = await admin.post('/api/positions', { unitId: kompolnas, name: `Jabatan Validasi ${++counter}`, kind });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const create = async (positionId: string, kind: 'anjab' | 'evjab' | 'skj') => {
  const res = await pemrakarsa.post('/api/job-documents', { positionId, kind });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const master = async () => (await admin.get('/api/job-master?year=2026')).json();
/** A complete Evjab (every factor scored), saved as version 2. */
const completeEvjab = async () => {
  const doc = await create(await newPosition(), 'evjab');
  const res = await pemrakarsa.put(`/api/job-documents/${doc.id}/content`, { version: 1, content: validEvjab() });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; version: number };
};
const validation = (c: ApiClient, id: string) => c.get(`/api/job-documents/${id}/validation`);
const submit = (c: ApiClient, id: string) => c.post(`/api/job-documents/${id}/validation/submit`, {});
const decide = (c: ApiClient, id: string, body: object, lang?: string) =>
  c.request({ method: 'POST', url: `/api/job-documents/${id}/validation/decision`, payload: body, headers: lang ? { 'accept-language': lang } : {} });
const TEAM = [{ name: 'Dra. Sri Wahyuni', role: 'ketua', position: 'Kepala Bagian OTL' }, { name: 'Budi Santoso', role: 'anggota', position: 'Analis SDM Aparatur' }];
const VALIDATE = { decision: 'divalidasi', team: TEAM, decidedOn: '2026-11-27', minutesNumber: 'BA-07/OTL/XI/2026', notes: 'Nilai dan kelas sesuai.' };

describe('reference lists of the Anjab', () => {
  it('are seeded for 2026 with their sources, flagged unconfirmed, and copied with the year', async () => {
    const m = await master();
    expect(Object.keys(m.references)).toEqual(['bakat_kerja', 'temperamen', 'minat', 'upaya_fisik', 'fungsi_data', 'fungsi_orang', 'fungsi_benda']);
    expect(m.references.bakat_kerja.map((x: { code: string }) => x.code)).toEqual(['G', 'V', 'N', 'S', 'P', 'Q', 'K', 'F', 'M', 'E', 'C']);
    expect(m.references.bakat_kerja[0]).toMatchObject({ code: 'G', name: 'Intelegensia', description: 'Kemampuan belajar secara umum.', unconfirmed: true, source: expect.stringContaining('master_bakat_kerja') });
    expect(m.references.temperamen.map((x: { code: string }) => x.code)).toEqual(['D', 'F', 'I', 'J', 'M', 'P', 'R', 'S', 'T', 'V']);
    expect(m.references.upaya_fisik).toHaveLength(25);
    expect(m.references.fungsi_data.map((x: { code: string }) => x.code)).toEqual(['D0', 'D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
    expect(m.references.fungsi_orang.find((x: { code: string }) => x.code === 'O1').source).toContain('Tidak ada dalam aplikasi referensi');
    expect(m.references.fungsi_benda).toHaveLength(8);
    expect(m.references.minat).toHaveLength(14);
    expect(m.requiredLevels).toEqual([]);
  });

  it('are replaced by an administrator with the year version, refused to others (403) and checked for duplicate codes', async () => {
    const m = await master();
    const items = [...m.references.bakat_kerja, { code: 'X', name: 'Bakat Uji', description: 'Untuk pengujian', source: 'Keputusan Biro OTL', unconfirmed: false }];
    await expectAdminOnly(t, nonAdmins, (c) => c.put('/api/job-master/2026/references/bakat_kerja', { version: m.version, items }));
    const dup = await expectNothingWritten(t, () => admin.put('/api/job-master/2026/references/bakat_kerja', { version: m.version, items: [...items, items[0]] }));
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.fields).toEqual([{ path: 'items.12.code', message: expect.any(String) }]);
    const res = await admin.put('/api/job-master/2026/references/bakat_kerja', { version: m.version, items });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().references.bakat_kerja.at(-1)).toMatchObject({ code: 'X', name: 'Bakat Uji', unconfirmed: false });
    expect(res.json().version).toBe(m.version + 1);
    const back = await admin.put('/api/job-master/2026/references/bakat_kerja', { version: m.version + 1, items: m.references.bakat_kerja });
    expect(back.json().references.bakat_kerja).toHaveLength(11);
    expect(await auditCount(t, 'jobMaster.update', '2026')).toBeGreaterThanOrEqual(2);
    const unknownList = await admin.put('/api/job-master/2026/references/golongan', { version: m.version + 2, items });
    expect(unknownList.statusCode).toBe(400);
  });

  it('keep free texts of older Anjabs next to picked codes', async () => {
    const doc = await create(await newPosition(), 'anjab');
    const content = validAnjab();
    content.requirements.aptitudes = ['G', 'teliti (teks lama)'];
    const res = await pemrakarsa.put(`/api/job-documents/${doc.id}/content`, { version: 1, content });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().content.requirements.aptitudes).toEqual(['G', 'teliti (teks lama)']);
    // The export prints a code with its name, an older free text as it is.
    const docx = await parseDocx((await pemrakarsa.get(`/api/job-documents/${doc.id}/export.docx`)).rawPayload);
    expect(docx.cellTexts.find((x) => x.includes('G (Intelegensia)'))).toContain('teliti (teks lama)');
  });
});

describe('required competency levels', () => {
  it('are edited by an administrator only, must name dictionary competencies, and prefill a new SKJ', async () => {
    const m = await master();
    const levels = [
      { jenjang: 'pelaksana', code: 'M.01', level: 1, source: 'Belum terkonfirmasi: isian uji', unconfirmed: true },
      { jenjang: 'pelaksana', code: 'SK.01', level: 1, source: 'Belum terkonfirmasi: isian uji', unconfirmed: true },
      { jenjang: 'administrator', code: 'M.01', level: 3, source: 'Belum terkonfirmasi: isian uji', unconfirmed: true },
    ];
    await expectAdminOnly(t, nonAdmins, (c) => c.put('/api/job-master/2026/required-levels', { version: m.version, levels }));
    const unknown = await expectNothingWritten(t, () => admin.put('/api/job-master/2026/required-levels', { version: m.version, levels: [...levels, { ...levels[0], code: 'M.09' }] }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'JOB_COMPETENCY_UNKNOWN', fields: [{ path: 'levels.3.code', message: 'Kompetensi M.09 tidak ada dalam kamus kompetensi tahun 2026.' }] });
    const badLevel = await admin.put('/api/job-master/2026/required-levels', { version: m.version, levels: [{ ...levels[0], level: 6 }] });
    expect(badLevel.statusCode).toBe(400);
    const dup = await admin.put('/api/job-master/2026/required-levels', { version: m.version, levels: [levels[0], levels[0]] });
    expect(dup.statusCode).toBe(400);

    const res = await admin.put('/api/job-master/2026/required-levels', { version: m.version, levels });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().requiredLevels.map((l: { jenjang: string; code: string; level: number }) => [l.jenjang, l.code, l.level]))
      .toEqual([['administrator', 'M.01', 3], ['pelaksana', 'M.01', 1], ['pelaksana', 'SK.01', 1]]);

    // A pelaksana position's new SKJ starts at the table's levels.
    const skj = await create(await newPosition('pelaksana'), 'skj');
    expect(skj.content.identity.jenjang).toBe('pelaksana');
    expect(skj.content.managerial).toEqual([{ code: 'M.01', level: 1 }]);
    expect(skj.content.socioCultural).toEqual([{ code: 'SK.01', level: 1 }]);
    expect(skj.skj.competencies[0]).toMatchObject({ code: 'M.01', level: 1, required: 1 });
    // A struktural position needs the jenjang chosen: nothing is prefilled.
    const other = await create(await newPosition('struktural'), 'skj');
    expect(other.content.managerial).toEqual([]);
    // A level differing from the table's is kept with its justification; the view shows both.
    const content = { ...validSkj(), identity: { ...validSkj().identity, jenjang: 'administrator' }, managerial: [{ code: 'M.01', level: 4, justification: 'Mengelola anggaran lintas unit.' }], socioCultural: [] };
    const saved = await pemrakarsa.put(`/api/job-documents/${other.id}/content`, { version: 1, content });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().skj.competencies).toEqual([expect.objectContaining({ code: 'M.01', level: 4, required: 3, justification: 'Mengelola anggaran lintas unit.' })]);
    const badJenjang = await pemrakarsa.put(`/api/job-documents/${other.id}/content`, { version: 2, content: { ...content, identity: { ...content.identity, jenjang: 'eselon_9' } } });
    expect(badJenjang.statusCode).toBe(400);
  });
});

describe('Evjab validation', () => {
  it('goes draf → diajukan → divalidasi with the validation record; the unit then sees it read-only', async () => {
    const doc = await completeEvjab();
    expect((await validation(pemrakarsa, doc.id)).json()).toMatchObject({ status: 'draf', actions: ['submit'], events: [], decision: null });
    const submitted = await submit(pemrakarsa, doc.id);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'diajukan', actions: [] });
    expect((await validation(verifikator, doc.id)).json().actions).toEqual(['validate', 'return']);
    // Submitted: read-only for the unit.
    const locked = await pemrakarsa.put(`/api/job-documents/${doc.id}/content`, { version: doc.version, content: { ...validEvjab(), choices: [] } });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error).toMatchObject({ code: 'JOB_DOCUMENT_NOT_DRAFT', message: 'Evjab ini sedang diajukan untuk validasi dan tidak dapat diubah sampai biro memutuskan.' });

    const res = await decide(verifikator, doc.id, VALIDATE);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v).toMatchObject({ status: 'divalidasi', decision: { action: 'validate', team: TEAM, decidedOn: '2026-11-27', minutesNumber: 'BA-07/OTL/XI/2026', notes: 'Nilai dan kelas sesuai.', version: doc.version } });
    expect(v.events.map((e: { action: string; fromStatus: string; toStatus: string }) => [e.action, e.fromStatus, e.toStatus])).toEqual([['submit', 'draf', 'diajukan'], ['validate', 'diajukan', 'divalidasi']]);
    expect(await auditCount(t, 'jobDocument.validate', doc.id)).toBe(1);

    const read = (await pemrakarsa.get(`/api/job-documents/${doc.id}`)).json();
    expect(read).toMatchObject({ status: 'divalidasi', actions: [] });
    const edit = await expectNothingWritten(t, () => pemrakarsa.put(`/api/job-documents/${doc.id}/content`, { version: doc.version, content: { ...validEvjab(), choices: [] } }));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error).toMatchObject({ code: 'JOB_DOCUMENT_VALIDATED', message: 'Evjab ini sudah divalidasi dan hanya dapat dibaca. Buka versi baru untuk mengubahnya.' });
    const english = await pemrakarsa.request({ method: 'PUT', url: `/api/job-documents/${doc.id}/content`, payload: { version: doc.version, content: validEvjab() }, headers: { 'accept-language': 'en' } });
    expect(english.json().error.message).toBe('This Evjab has been validated and is read-only. Open a new version to change it.');
    // A second decision is refused by the state.
    const again = await decide(kepalaBiro, doc.id, VALIDATE);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'JOB_VALIDATION_STATE', message: 'Evjab ini sudah divalidasi.' });

    // Peta jabatan marks the class as validated.
    const peta = (await pemrakarsa.get(`/api/job-documents/units/${kompolnas}/peta-jabatan`)).json();
    const placed = peta.nodes.flatMap((n: { positions: object[] }) => n.positions).find((p: { evjabId: string | null }) => p.evjabId === doc.id);
    expect(placed).toMatchObject({ evjabStatus: 'divalidasi', grade: expect.any(Number) });

    // Reopening opens a new draft on the same document; the history keeps the validation.
    expect((await validation(pemrakarsa, doc.id)).json().actions).toEqual(['reopen']);
    expect((await pemrakarsa.post(`/api/job-documents/${doc.id}/validation/reopen`, {})).json()).toMatchObject({ status: 'draf', decision: null, actions: ['submit'] });
    const reopened = await pemrakarsa.put(`/api/job-documents/${doc.id}/content`, { version: doc.version, content: { ...validEvjab(), choices: validEvjab().choices.map((c) => ({ ...c, level: 1 })) } });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().version).toBe(doc.version + 1);
    expect((await validation(pemrakarsa, doc.id)).json().events.map((e: { action: string }) => e.action)).toEqual(['submit', 'validate', 'reopen']);
  });

  it('keeps the signed berita acara the bureau uploads after validating; the unit downloads it; bad uploads write nothing', async () => {
    const doc = await completeEvjab();
    const url = `/api/job-documents/${doc.id}/validation/minutes`;
    const send = (c: ApiClient, name: string, content: Buffer | string, lang?: string) => {
      const form = multipart(name, content);
      return c.request({ method: 'POST', url, payload: form.payload, headers: { ...form.headers, ...(lang ? { 'accept-language': lang } : {}) } });
    };
    const scan = Buffer.from('%PDF-1.4 berita acara validasi bertanda tangan');
    // Before a validation stands: refused by the state.
    await submit(pemrakarsa, doc.id);
    const early = await expectNothingWritten(t, () => send(verifikator, 'ba.pdf', scan));
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('JOB_VALIDATION_STATE');
    expect((await validation(verifikator, doc.id)).json().canUploadMinutes).toBe(false);
    await decide(verifikator, doc.id, VALIDATE);
    expect((await validation(verifikator, doc.id)).json().canUploadMinutes).toBe(true);
    expect((await validation(pemrakarsa, doc.id)).json().canUploadMinutes).toBe(false);

    // Only the bureau; another unit sees nothing; wrong files are refused with the field named.
    expect((await expectNothingWritten(t, () => send(pemrakarsa, 'ba.pdf', scan))).statusCode).toBe(403);
    expect((await expectNothingWritten(t, () => send(otherUnit, 'ba.pdf', scan))).statusCode).toBe(404);
    const exe = await expectNothingWritten(t, () => send(verifikator, 'ba.exe', scan, 'en'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.fields[0].path).toBe('file');
    const empty = await expectNothingWritten(t, () => send(verifikator, 'ba.pdf', ''));
    expect(empty.statusCode).toBe(400);
    const json = await expectNothingWritten(t, () => verifikator.post(url, { file: 'ba.pdf' }));
    expect(json.statusCode).toBe(415);
    expect(storedFiles(t).filter((f) => f.includes(doc.id))).toEqual([]);

    const res = await send(verifikator, 'BA-07 validasi.pdf', scan);
    expect(res.statusCode, res.body).toBe(200);
    const v = res.json();
    expect(v.decision.minutesFile).toMatchObject({ fileName: 'BA-07 validasi.pdf', size: scan.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await auditCount(t, 'jobDocument.minutes', doc.id)).toBe(1);
    const file = await pemrakarsa.get(`/api/job-documents/${doc.id}/validation/events/${v.decision.id}/minutes`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(scan)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe("attachment; filename*=UTF-8''BA-07%20validasi.pdf");
    expect((await otherUnit.get(`/api/job-documents/${doc.id}/validation/events/${v.decision.id}/minutes`)).statusCode).toBe(404);
    expect((await pemrakarsa.get(`/api/job-documents/${doc.id}/validation/events/${v.events[0].id}/minutes`)).statusCode).toBe(404);
    expect((await pemrakarsa.get(`/api/job-documents/${doc.id}/validation/events/abc/minutes`)).statusCode).toBe(400);

    // A new file replaces the old one (the old one is deleted from storage).
    const again = await send(kepalaBiro, 'ba-final.png', Buffer.from('PNG pindaian'));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().decision.minutesFile.fileName).toBe('ba-final.png');
    expect(storedFiles(t).filter((f) => f.includes(doc.id))).toHaveLength(1);
  });

  it('is returned by the bureau with notes, edited by the unit and submitted again', async () => {
    const doc = await completeEvjab();
    await submit(pimpinan, doc.id);
    const returned = await decide(kepalaBiro, doc.id, { decision: 'dikembalikan', notes: 'Faktor 4 perlu justifikasi yang lebih rinci.' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'dikembalikan', decision: { action: 'return', notes: 'Faktor 4 perlu justifikasi yang lebih rinci.', team: null, minutesNumber: null } });
    const edited = await pemrakarsa.put(`/api/job-documents/${doc.id}/content`, { version: doc.version, content: { ...validEvjab(), choices: validEvjab().choices.map((c) => ({ ...c, justification: `${c.justification} (diperbaiki)` })) } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ status: 'dikembalikan', actions: ['edit'] });
    expect((await submit(pemrakarsa, doc.id)).json()).toMatchObject({ status: 'diajukan' });
  });

  it('is validated only by the bureau: the unit gets 403, another unit 404', async () => {
    const doc = await completeEvjab();
    const early = await decide(verifikator, doc.id, VALIDATE);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('Evjab ini masih draf: ajukan dulu untuk validasi.');
    expect((await submit(verifikator, doc.id)).statusCode).toBe(403);
    await submit(pemrakarsa, doc.id);
    for (const c of [pemrakarsa, pimpinan]) {
      const res = await expectNothingWritten(t, () => decide(c, doc.id, VALIDATE));
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    for (const call of [() => validation(otherUnit, doc.id), () => submit(otherUnit, doc.id), () => decide(otherUnit, doc.id, VALIDATE)]) {
      expect((await call()).statusCode).toBe(404);
    }
    expect((await validation(pemrakarsa, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    // An administrator validates (bureau).
    expect((await decide(admin, doc.id, VALIDATE)).json().status).toBe('divalidasi');
  });

  it('refuses a decision without team, date, minutes or notes with specific messages in both languages', async () => {
    const doc = await completeEvjab();
    await submit(pemrakarsa, doc.id);
    const none = await expectNothingWritten(t, () => decide(verifikator, doc.id, { team: TEAM }));
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toEqual([{ path: 'decision', message: 'Pilih keputusan: divalidasi atau dikembalikan.' }]);
    const bare = await decide(verifikator, doc.id, { decision: 'divalidasi' });
    expect(bare.json().error.fields).toEqual([
      { path: 'team', message: 'Isi paling sedikit satu anggota tim validasi.' },
      { path: 'decidedOn', message: 'Isi tanggal validasi.' },
      { path: 'minutesNumber', message: 'Isi nomor berita acara validasi.' },
    ]);
    const english = await decide(verifikator, doc.id, { decision: 'divalidasi', team: [], decidedOn: '2026-11-27', minutesNumber: 'BA-1' }, 'en');
    expect(english.json().error.fields).toEqual([{ path: 'team', message: 'Enter at least one member of the validation team.' }]);
    const noName = await decide(verifikator, doc.id, { ...VALIDATE, team: [{ name: ' ', role: 'ketua', position: '' }] });
    expect(noName.json().error.fields).toEqual([{ path: 'team.0.name', message: 'Isi nama anggota tim.' }]);
    const badDate = await decide(verifikator, doc.id, { ...VALIDATE, decidedOn: '2026-02-30' });
    expect(badDate.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['decidedOn']);
    const noNotes = await decide(verifikator, doc.id, { decision: 'dikembalikan' }, 'en');
    expect(noNotes.json().error.fields).toEqual([{ path: 'notes', message: 'Write notes on what the unit must change.' }]);
    expect((await validation(verifikator, doc.id)).json().status).toBe('diajukan');
  });

  it('refuses to submit an incomplete Evjab and anything but an Evjab', async () => {
    const doc = await create(await newPosition(), 'evjab');
    const res = await expectNothingWritten(t, () => submit(pemrakarsa, doc.id));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'JOB_VALIDATION_INCOMPLETE', message: expect.stringContaining('Faktor 1 belum dinilai.') });
    const anjab = await create(await newPosition(), 'anjab');
    const notEvjab = await submit(pemrakarsa, anjab.id);
    expect(notEvjab.statusCode).toBe(409);
    expect(notEvjab.json().error.message).toBe('Hanya Evjab yang melalui validasi.');
  });
});
