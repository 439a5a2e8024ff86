import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createTestApp, type TestApp } from '../testing/test-app.ts';
import { DEMO, expectNothingWritten } from '../testing/fixtures.ts';
import { castOf, createDraft, requestAt, storedFiles, upload, type Cast } from '../testing/requests.ts';
import { postComment } from '../testing/comment-form.ts';
import { startTestS3, type TestS3 } from '../testing/s3.ts';

let s3: TestS3;
let t: TestApp;
let cast: Cast;
const MB = 1024 * 1024;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  s3 = await startTestS3();
  t = await createTestApp({ storage: s3.storage });
  cast = await castOf(t, DEMO);
  const res = await cast.admin.post('/api/services', {
    code: 'UJI', channel: 'penunjang', sortOrder: 9, name: 'Layanan Uji', nameEn: 'Test service', description: 'Layanan untuk pengujian. Berkas kecil.',
    requirements: [], formFields: [], output: 'Dokumen uji.', standardDays: [1, 1, 1, 1, 1, 1],
    requiredAttachments: [{ key: 'nota', label: 'Nota dinas', required: true, types: ['pdf'], maxMb: 1 }],
  });
  expect(res.statusCode, res.body).toBe(201);
});
afterAll(async () => {
  await t?.close();
  await s3?.close();
});

describe('uploads with S3 storage (s3rver on loopback)', () => {
  it('streams a request document into the bucket and serves it back', async () => {
    const r = await createDraft(cast.pemrakarsa, { serviceCode: 'UJI', formValues: {} });
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(700_000, 9)]);
    const res = await upload(cast.pemrakarsa, r.id, 'nota', 'Nota Dinas.pdf', content);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ size: content.length, sha256: sha(content), contentType: 'application/pdf' });
    const keys = await s3.keys();
    expect(keys.filter((k) => k.startsWith(`requests/${r.id}/`))).toHaveLength(1);
    expect(storedFiles(t)).toEqual([]);

    const file = await cast.pemrakarsa.get(`/api/requests/${r.id}/documents/${res.json().id}/content`);
    expect(file.statusCode).toBe(200);
    expect(sha(file.rawPayload)).toBe(sha(content));
  });

  it('leaves no object in the bucket for a refused upload', async () => {
    const r = await createDraft(cast.pemrakarsa, { serviceCode: 'UJI', formValues: {} });
    const before = await s3.keys();
    const wrongType = await expectNothingWritten(t, () => upload(cast.pemrakarsa, r.id, 'nota', 'nota.docx', 'isi'));
    expect(wrongType.json().error.code).toBe('ATTACHMENT_TYPE');
    const tooBig = await expectNothingWritten(t, () => upload(cast.pemrakarsa, r.id, 'nota', 'besar.pdf', Buffer.alloc(MB + 1, 1)));
    expect(tooBig.statusCode).toBe(413);
    expect(await s3.keys()).toEqual(before);
  });

  it('keeps the files of a note in the bucket, and none of a refused note', async () => {
    const r = await requestAt(cast, 'stage2', { serviceCode: 'UJI', formValues: {} });
    const before = await s3.keys();
    const note = await postComment(cast.verifikator, r.id, 'Bahan rapat terlampir.', [
      { fileName: 'bahan.pdf', content: '%PDF-1.7 bahan' },
      { fileName: 'tabel.xlsx', content: 'PK tabel' },
    ]);
    expect(note.statusCode, note.body).toBe(201);
    expect((await s3.keys()).filter((k) => !before.includes(k))).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^requests/${r.id}/comments/`))]));
    expect(await s3.keys()).toHaveLength(before.length + 2);
    const back = await cast.pemrakarsa.get(`/api/requests/${r.id}/comment-files/${note.json().files[1].id}`);
    expect(back.body).toBe('PK tabel');

    const after = await s3.keys();
    const refused = await expectNothingWritten(t, () => postComment(cast.verifikator, r.id, 'Terlalu besar', [
      { fileName: 'bahan.pdf', content: '%PDF-1.7 bahan' },
      { fileName: 'besar.pdf', content: Buffer.alloc(MB + 1, 1) },
    ]));
    expect(refused.statusCode).toBe(413);
    expect(await s3.keys()).toEqual(after);
  });
});
