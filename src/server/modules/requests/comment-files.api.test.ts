import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, expectNothingWritten } from '../../testing/fixtures.ts';
import { castOf, createDraft, requestAt, storedFiles, type Cast } from '../../testing/requests.ts';
import { multipartForm, postComment } from '../../testing/comment-form.ts';
import { commentFileRules } from './comment-files.ts';

let t: TestApp;
let cast: Cast;
let komjak: ApiClient;
const MB = 1024 * 1024;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n${text}`);

beforeAll(async () => {
  t = await createTestApp({
    scan: async (f) => {
      let text = '';
      for await (const chunk of await f.open()) text += chunk.toString();
      return text.includes('EICAR') ? 'infected' : 'ok';
    },
  });
  cast = await castOf(t, DEMO);
  komjak = await t.signIn(DEMO.pemrakarsaKomjak);
  // A service whose largest attachment limit (2 MB) is the limit of its notes' files.
  const res = await cast.admin.post('/api/services', {
    code: 'UJI', channel: 'penunjang', sortOrder: 9, name: 'Layanan Uji', nameEn: 'Test service', description: 'Layanan untuk pengujian. Berkas kecil.',
    requirements: [], formFields: [], output: 'Dokumen uji.', standardDays: [1, 1, 1, 1, 1, 1],
    requiredAttachments: [
      { key: 'nota', label: 'Nota dinas', required: true, types: ['pdf'], maxMb: 1 },
      { key: 'lampiran', label: 'Lampiran', required: false, types: ['pdf', 'docx'], maxMb: 2 },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(() => t?.close());

const submitted = () => requestAt(cast, 'stage2', { serviceCode: 'UJI', formValues: {} });
const commentFilesOf = async () => (await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from request_comment_files`)).rows[0].n;

describe('comment attachments API', () => {
  it('takes a note with files in one multipart request, lists them with the note, and serves them to readers of the discussion', async () => {
    const r = await submitted();
    const before = storedFiles(t).length;
    const surat = pdf('surat undangan rapat');
    const foto = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(50_000, 3)]);
    const res = await postComment(cast.pemrakarsa, r.id, '  Mohon jadwal rapat; undangan terlampir.  ', [
      { fileName: 'Undangan Rapat.PDF', content: surat },
      { fileName: 'C:\\Users\\siti\\foto lokasi.png', content: foto },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const note = res.json();
    expect(note).toMatchObject({
      body: 'Mohon jadwal rapat; undangan terlampir.',
      author: { name: 'Siti Rahmawati, S.H.' },
      files: [
        { id: expect.any(String), fileName: 'Undangan Rapat.PDF', contentType: 'application/pdf', size: surat.length },
        { id: expect.any(String), fileName: 'foto lokasi.png', contentType: 'image/png', size: foto.length },
      ],
    });
    expect(storedFiles(t).length).toBe(before + 2);

    const listed = (await cast.verifikator.get(`/api/requests/${r.id}/comments`)).json().items;
    expect(listed.find((c: { id: string }) => c.id === note.id).files).toEqual(note.files);
    const timeline = (await cast.admin.get(`/api/requests/${r.id}/timeline`)).json().items;
    expect(timeline.find((i: { kind: string; id?: string }) => i.kind === 'comment' && i.id === note.id).files).toEqual(note.files);
    const audit = await t.database.db.execute<{ data: { files: unknown[] } }>(sql`select data from audit_log where action = 'request.comment' and data->>'commentId' = ${note.id}`);
    expect(audit.rows[0].data.files).toEqual([{ fileName: 'Undangan Rapat.PDF', size: surat.length, sha256: sha(surat) }, { fileName: 'foto lokasi.png', size: foto.length, sha256: sha(foto) }]);

    const [first, second] = note.files;
    const download = await cast.pimpinan.get(`/api/requests/${r.id}/comment-files/${first.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe("attachment; filename*=UTF-8''Undangan%20Rapat.PDF");
    expect(download.headers['x-content-sha256']).toBe(sha(surat));
    expect(download.rawPayload).toEqual(surat);
    for (const reader of [cast.verifikator, cast.admin, cast.kepalaBiro]) {
      expect(sha((await reader.get(`/api/requests/${r.id}/comment-files/${second.id}`)).rawPayload)).toBe(sha(foto));
    }
  });

  it('gives a plain note an empty file list', async () => {
    const r = await submitted();
    const res = await cast.verifikator.post(`/api/requests/${r.id}/comments`, { body: 'Dokumen sudah kami terima.' });
    expect(res.statusCode).toBe(201);
    expect(res.json().files).toEqual([]);
    expect((await postComment(cast.verifikator, r.id, 'Tanpa lampiran.')).json().files).toEqual([]);
  });

  it('refuses a file type outside the list, writing and storing nothing of the note', async () => {
    const r = await submitted();
    const before = storedFiles(t);
    const res = await expectNothingWritten(t, () => postComment(cast.pemrakarsa, r.id, 'Dua berkas', [
      { fileName: 'nota.pdf', content: pdf('nota') },
      { fileName: 'program.exe', content: 'MZ' },
    ]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'ATTACHMENT_TYPE',
      fields: [{ path: 'file.1', message: 'Jenis berkas tidak diizinkan. Yang diizinkan: pdf, doc, docx, xls, xlsx, odt, ods, png, jpg, jpeg.' }],
    });
    expect(storedFiles(t)).toEqual(before);
  });

  it("stops a file over the service's largest attachment limit while streaming, leaving nothing behind", async () => {
    const r = await submitted();
    const before = storedFiles(t);
    const res = await expectNothingWritten(t, () => postComment(cast.pemrakarsa, r.id, 'Berkas besar', [
      { fileName: 'kecil.pdf', content: pdf('kecil') },
      { fileName: 'besar.pdf', content: Buffer.alloc(2 * MB + 1, 1) },
    ]));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', fields: [{ path: 'file.1', message: 'Berkas melebihi batas 2 MB.' }] });
    expect(storedFiles(t)).toEqual(before);
    expect((await postComment(cast.pemrakarsa, r.id, 'Pas', [{ fileName: 'pas.pdf', content: Buffer.alloc(2 * MB, 1) }])).statusCode).toBe(201);
    expect(commentFileRules({ requiredAttachments: [] }).maxMb).toBe(10);
  });

  it('refuses a sixth file, naming the limit in the reader’s language, and stores nothing', async () => {
    const r = await submitted();
    const before = storedFiles(t);
    const six = Array.from({ length: 6 }, (_, i) => ({ fileName: `lampiran-${i + 1}.pdf`, content: pdf(`isi ${i + 1}`) }));
    const res = await expectNothingWritten(t, () => postComment(cast.pemrakarsa, r.id, 'Enam berkas', six));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'COMMENT_TOO_MANY_FILES', message: 'Paling banyak 5 lampiran per catatan.', fields: [{ path: 'file' }] });
    cast.pemrakarsa.headers['accept-language'] = 'en';
    try {
      expect((await postComment(cast.pemrakarsa, r.id, 'Six files', six)).json().error.message).toBe('At most 5 attachments per note.');
    } finally {
      delete cast.pemrakarsa.headers['accept-language'];
    }
    expect(storedFiles(t)).toEqual(before);
    expect((await postComment(cast.pemrakarsa, r.id, 'Lima berkas', six.slice(0, 5))).json().files).toHaveLength(5);
  });

  it('refuses a note without text, an unknown field, an empty or infected file, storing nothing', async () => {
    const r = await submitted();
    const before = storedFiles(t);
    const file = { fileName: 'nota.pdf', content: pdf('nota') };
    const noText = await expectNothingWritten(t, () => postComment(cast.pemrakarsa, r.id, undefined, [file]));
    expect(noText.json().error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'body', message: 'Wajib diisi.' }] });
    expect((await expectNothingWritten(t, () => postComment(cast.pemrakarsa, r.id, '   ', [file]))).json().error.fields).toEqual([{ path: 'body', message: 'Wajib diisi.' }]);
    const long = await expectNothingWritten(t, () => postComment(cast.pemrakarsa, r.id, 'x'.repeat(5001), [file]));
    expect(long.json().error.fields).toEqual([{ path: 'body', message: 'Maksimal 5000 karakter.' }]);
    const stranger = await expectNothingWritten(t, () => cast.pemrakarsa.request({
      method: 'POST', url: `/api/requests/${r.id}/comments`,
      ...multipartForm([{ field: 'body', value: 'Catatan' }, { field: 'lampiran', fileName: 'nota.pdf', content: pdf('nota') }]),
    }));
    expect(stranger.json().error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'lampiran' }] });
    expect((await expectNothingWritten(t, () => postComment(cast.pemrakarsa, r.id, 'Kosong', [{ fileName: 'kosong.pdf', content: '' }]))).json().error.code).toBe('ATTACHMENT_EMPTY');
    const infected = await expectNothingWritten(t, () => postComment(cast.pemrakarsa, r.id, 'Virus', [file, { fileName: 'virus.pdf', content: 'X5O!P%@AP EICAR-STANDARD-ANTIVIRUS-TEST-FILE' }]));
    expect(infected.statusCode).toBe(422);
    expect(infected.json().error.code).toBe('ATTACHMENT_INFECTED');
    expect((await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${r.id}/comments`))).json().error.fields).toEqual([{ path: 'body', message: 'Wajib diisi.' }]);
    expect(storedFiles(t)).toEqual(before);
  });

  it("keeps another unit, the public and those who may not comment now away from a request's note files", async () => {
    const r = await submitted();
    const note = (await postComment(cast.verifikator, r.id, 'Draf SOP terlampir.', [{ fileName: 'draf.docx', content: 'PK draf' }])).json();
    const fileUrl = `/api/requests/${r.id}/comment-files/${note.files[0].id}`;
    const before = storedFiles(t);

    expect((await komjak.get(fileUrl)).statusCode).toBe(404);
    const anonymous = await t.client();
    expect((await anonymous.get(fileUrl)).statusCode).toBe(401);
    expect((await expectNothingWritten(t, () => postComment(komjak, r.id, 'Dari unit lain', [{ fileName: 'a.pdf', content: pdf('a') }]))).statusCode).toBe(404);
    expect((await expectNothingWritten(t, () => postComment(anonymous, r.id, 'Tanpa masuk', [{ fileName: 'a.pdf', content: pdf('a') }]))).statusCode).toBe(401);
    const draft = await createDraft(cast.pemrakarsa);
    const onDraft = await expectNothingWritten(t, () => postComment(cast.pemrakarsa, draft.id, 'Catatan draf', [{ fileName: 'a.pdf', content: pdf('a') }]));
    expect(onDraft.statusCode).toBe(409);
    expect(onDraft.json().current).toMatchObject({ id: draft.id, state: 'draf' });
    expect(storedFiles(t)).toEqual(before);

    // a file is reached only through its own request
    const other = await submitted();
    expect((await cast.admin.get(`/api/requests/${other.id}/comment-files/${note.files[0].id}`)).statusCode).toBe(404);
    expect((await cast.admin.get(`/api/requests/${r.id}/comment-files/${randomUUID()}`)).statusCode).toBe(404);
    expect((await cast.admin.get(`/api/requests/${r.id}/comment-files/bukan-id`)).statusCode).toBe(400);
    expect(await commentFilesOf()).toBeGreaterThan(0);
  });
});
