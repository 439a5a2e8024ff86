import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectNothingWritten, fieldPaths } from '../../testing/fixtures.ts';
import { actOk, castOf, createDraft, storedFiles, upload, type Cast } from '../../testing/requests.ts';

let t: TestApp;
let cast: Cast;
const MB = 1024 * 1024;

beforeAll(async () => {
  // The virus-scan hook: anything holding the EICAR marker is infected.
  t = await createTestApp({ scan: async (f) => ((await streamText(await f.open())).includes('EICAR') ? 'infected' : 'ok') });
  cast = await castOf(t, DEMO);
  const res = await cast.admin.post('/api/services', {
    code: 'UJI', channel: 'penunjang', sortOrder: 9, name: 'Layanan Uji', nameEn: 'Test service', description: 'Layanan untuk pengujian. Berkas kecil.',
    requirements: [], formFields: [], output: 'Dokumen uji.', standardDays: [1, 1, 1, 1, 1, 1],
    requiredAttachments: [
      { key: 'nota', label: 'Nota dinas', required: true, types: ['pdf'], maxMb: 1 },
      { key: 'lampiran', label: 'Lampiran', required: false, types: ['pdf', 'docx'], maxMb: 1 },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(() => t?.close());

async function streamText(s: NodeJS.ReadableStream) {
  let text = '';
  for await (const chunk of s) text += chunk.toString();
  return text;
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const draft = () => createDraft(cast.pemrakarsa, { serviceCode: 'UJI', formValues: {} });

describe('attachments API: uploads', () => {
  it('streams a file to storage with its checksum, and serves it back to those who may read the request', async () => {
    const r = await draft();
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200_000, 7)]);
    const res = await upload(cast.pemrakarsa, r.id, 'nota', 'Nota Dinas 12.PDF', content);
    expect(res.statusCode, res.body).toBe(201);
    const doc = res.json();
    expect(doc).toMatchObject({ key: 'nota', label: 'Nota dinas', version: 1, fileName: 'Nota Dinas 12.PDF', contentType: 'application/pdf', size: content.length, sha256: sha(content), revisi: 0 });
    expect(storedFiles(t).filter((f) => f.includes(r.id))).toHaveLength(1);
    expect(await auditCount(t, 'request.upload', r.id)).toBe(1);
    expect((await cast.pemrakarsa.get(`/api/requests/${r.id}`)).json().documents).toEqual([doc]);

    const file = await cast.pimpinan.get(`/api/requests/${r.id}/documents/${doc.id}/content`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toBe("attachment; filename*=UTF-8''Nota%20Dinas%2012.PDF");
    expect(sha(file.rawPayload)).toBe(doc.sha256);
    expect((await cast.admin.get(`/api/requests/${r.id}/documents/${doc.id}/content`)).statusCode).toBe(200);
    expect((await cast.verifikator.get(`/api/requests/${r.id}/documents/${doc.id}/content`)).statusCode).toBe(404); // a draft stays with its unit
    expect((await cast.pemrakarsa.get(`/api/requests/${r.id}/documents/${randomUUID()}/content`)).statusCode).toBe(404);
  });

  it('refuses a file type the service does not allow, before storing anything', async () => {
    const r = await draft();
    const res = await expectNothingWritten(t, () => upload(cast.pemrakarsa, r.id, 'nota', 'nota.docx', 'isi'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'ATTACHMENT_TYPE', fields: [{ path: 'file', message: 'Jenis berkas tidak diizinkan. Yang diizinkan: pdf.' }] });
    expect((await upload(cast.pemrakarsa, r.id, 'nota', 'tanpa-ekstensi', 'isi')).json().error.code).toBe('ATTACHMENT_TYPE');
    expect(storedFiles(t).filter((f) => f.includes(r.id))).toEqual([]);
  });

  it('stops a file over the size limit while streaming, leaving nothing behind', async () => {
    const r = await draft();
    const before = storedFiles(t);
    const res = await expectNothingWritten(t, () => upload(cast.pemrakarsa, r.id, 'nota', 'besar.pdf', Buffer.alloc(MB + 1, 1)));
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({ code: 'ATTACHMENT_TOO_LARGE', fields: [{ path: 'file', message: 'Berkas melebihi batas 1 MB.' }] });
    expect(storedFiles(t)).toEqual(before);
    expect((await upload(cast.pemrakarsa, r.id, 'nota', 'pas.pdf', Buffer.alloc(MB, 1))).statusCode).toBe(201);
  });

  it('refuses an infected file through the scan hook, leaving nothing behind', async () => {
    const r = await draft();
    const before = storedFiles(t);
    const res = await expectNothingWritten(t, () => upload(cast.pemrakarsa, r.id, 'nota', 'virus.pdf', 'X5O!P%@AP EICAR-STANDARD-ANTIVIRUS-TEST-FILE'));
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('ATTACHMENT_INFECTED');
    expect(storedFiles(t)).toEqual(before);
  });

  it('answers bad uploads clearly, writing nothing', async () => {
    const r = await draft();
    const empty = await expectNothingWritten(t, () => upload(cast.pemrakarsa, r.id, 'nota', 'kosong.pdf', ''));
    expect(empty.json().error.code).toBe('ATTACHMENT_EMPTY');
    const key = await expectNothingWritten(t, () => upload(cast.pemrakarsa, r.id, 'suratLain', 'surat.pdf'));
    expect(key.json().error).toMatchObject({ code: 'ATTACHMENT_KEY_UNKNOWN', fields: [{ path: 'params.key' }] });
    expect(fieldPaths((await upload(cast.pemrakarsa, r.id, 'Bukan Kunci', 'a.pdf')).json())).toEqual(['params.key']);
    const json = await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${r.id}/documents/nota`, { file: 'a' }));
    expect(json.statusCode).toBe(415);
    const boundary = 'batas';
    const noFile = await expectNothingWritten(t, () => cast.pemrakarsa.request({
      method: 'POST',
      url: `/api/requests/${r.id}/documents/nota`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="catatan"\r\n\r\nhalo\r\n--${boundary}--\r\n`,
    }));
    expect(noFile.json().error).toMatchObject({ code: 'ATTACHMENT_FILE_MISSING', fields: [{ path: 'file' }] });
    expect((await expectNothingWritten(t, () => upload(cast.pemrakarsa, randomUUID(), 'nota', 'a.pdf'))).statusCode).toBe(404);
    expect(storedFiles(t).filter((f) => f.includes(r.id))).toEqual([]);
  });
});

describe('attachments API: versions and revisions', () => {
  it('keeps every version; a new version while answering a revision raises Revisi once per round', async () => {
    const r = await draft();
    expect((await upload(cast.pemrakarsa, r.id, 'nota', 'v1.pdf', 'satu')).json()).toMatchObject({ version: 1, revisi: 0 });
    expect((await upload(cast.pemrakarsa, r.id, 'nota', 'v2.pdf', 'dua')).json()).toMatchObject({ version: 2, revisi: 0 });
    await actOk(cast.pemrakarsa, r.id, 'submit');
    // while the bureau works nobody uploads: the unit and the administrator are told it is the wrong moment, others are refused
    const busy = await expectNothingWritten(t, () => upload(cast.pemrakarsa, r.id, 'nota', 'v3.pdf', 'tiga'));
    expect(busy.statusCode).toBe(409);
    expect((await expectNothingWritten(t, () => upload(cast.admin, r.id, 'nota', 'v3.pdf', 'tiga'))).statusCode).toBe(409);
    expect((await expectNothingWritten(t, () => upload(cast.kepalaBiro, r.id, 'nota', 'v3.pdf', 'tiga'))).statusCode).toBe(403);
    await actOk(cast.admin, r.id, 'verify_completeness');
    await actOk(cast.admin, r.id, 'assign', { verifierIds: [cast.verifikatorId] });
    await actOk(cast.kepalaBiro, r.id, 'approve_plan');
    await actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Perbaiki nota.' });
    expect((await expectNothingWritten(t, () => upload(cast.verifikator, r.id, 'nota', 'v3.pdf', 'tiga'))).statusCode).toBe(403);

    const v3 = (await upload(cast.pimpinan, r.id, 'nota', 'v3.pdf', 'tiga')).json();
    expect(v3).toMatchObject({ version: 3, revisi: 1 });
    const after = (await cast.pemrakarsa.get(`/api/requests/${r.id}`)).json();
    expect(after).toMatchObject({ revisi: 1, tglRevisi: v3.at });
    expect((await upload(cast.pemrakarsa, r.id, 'lampiran', 'tambahan.docx', 'empat')).json()).toMatchObject({ version: 1, revisi: 1 });
    expect((await cast.pemrakarsa.get(`/api/requests/${r.id}`)).json().revisi).toBe(1);
    await actOk(cast.pemrakarsa, r.id, 'answer_revision', { reason: 'Nota diperbaiki.' });

    await actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Sekali lagi.' });
    expect((await upload(cast.pemrakarsa, r.id, 'nota', 'v4.pdf', 'lima')).json()).toMatchObject({ version: 4, revisi: 2 });
    const all = (await cast.verifikator.get(`/api/requests/${r.id}/documents`)).json().items;
    expect(all.map((d: { key: string; version: number }) => `${d.key}@${d.version}`)).toEqual(['nota@1', 'nota@2', 'nota@3', 'lampiran@1', 'nota@4']);
    const latest = (await cast.verifikator.get(`/api/requests/${r.id}`)).json().documents;
    expect(latest.map((d: { key: string; version: number }) => `${d.key}@${d.version}`)).toEqual(['lampiran@1', 'nota@4']);
    const v1 = all[0];
    expect((await (await t.client()).get(`/api/requests/${r.id}/documents/${v1.id}/content`)).statusCode).toBe(401);
    expect((await cast.verifikator.get(`/api/requests/${r.id}/documents/${v1.id}/content`)).body).toBe('satu');
  });
});
