import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validAnjab } from '../../../domain/jabatan/testing.ts';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectNothingWritten, fieldPaths, unitIdOf } from '../../testing/fixtures.ts';
import { act, actOk, attachJobDocument, castOf, createDraft, openJobDocument, requestAt, upload, type Cast } from '../../testing/requests.ts';

let t: TestApp;
let cast: Cast;
let komjak: ApiClient;
let kompolnas: string;
let setkomjak: string;

const ANJAB = { serviceCode: 'ANJAB', title: 'Penyusunan Analisis Jabatan Sekretariat Kompolnas', formValues: { jumlahJabatan: 3, jenisJabatan: 'Fungsional', alasan: 'Penyusunan baru' } };
const EVJAB = { serviceCode: 'EVJAB', title: 'Evaluasi Jabatan Sekretariat Kompolnas', formValues: { jumlahJabatan: 1, jenisJabatan: 'Fungsional', alasan: 'Jabatan baru' } };

beforeAll(async () => {
  t = await createTestApp();
  cast = await castOf(t, DEMO);
  komjak = await t.signIn(DEMO.pemrakarsaKomjak);
  kompolnas = await unitIdOf(cast.admin, 'SETKOMPOLNAS');
  setkomjak = await unitIdOf(cast.admin, 'SETKOMJAK');
});
afterAll(() => t?.close());

let counter = 0;
/** A fresh position of the unit, so that each test has its own one-open-draft-per-kind slot. */
async function newPosition(unitId = kompolnas) {
  const res = await cast.admin.post('/api/positions', { unitId, name: `Analis Jabatan Uji ${++counter}`, kind: 'fungsional' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** A draft of the service with every required attachment uploaded and no job document attached. */
async function draftWithFiles(over: object = ANJAB, c = cast.pemrakarsa) {
  const r = await createDraft(c, over);
  const service = (await c.get(`/api/services/${r.serviceCode}`)).json();
  for (const a of service.requiredAttachments.filter((x: { required: boolean }) => x.required)) {
    expect((await upload(c, r.id, a.key, `${a.key}.${a.types[0]}`)).statusCode).toBe(201);
  }
  return r;
}

describe('job documents on requests: the catalogue', () => {
  it('maps the job services to the kind they attach; administrators change it, bad values are refused naming the field', async () => {
    const items = (await (await t.client()).get('/api/services')).json().items as { code: string; jobDocumentKind: string | null }[];
    expect(Object.fromEntries(items.filter((s) => s.jobDocumentKind).map((s) => [s.code, s.jobDocumentKind]))).toEqual({ ANJAB: 'anjab', ABK: 'anjab', SKJ: 'skj', EVJAB: 'evjab' });
    expect(items.find((s) => s.code === 'SOP')?.jobDocumentKind).toBeNull();

    const pedoman = (await cast.admin.get('/api/services/PEDOMAN')).json();
    const on = await cast.admin.patch('/api/services/PEDOMAN', { version: pedoman.version, jobDocumentKind: 'skj' });
    expect(on.json()).toMatchObject({ jobDocumentKind: 'skj', version: pedoman.version + 1 });
    const off = await cast.admin.patch('/api/services/PEDOMAN', { version: on.json().version, jobDocumentKind: null });
    expect(off.json().jobDocumentKind).toBeNull();
    for (const bad of ['abk', 'ANJAB', 7]) {
      const res = await expectNothingWritten(t, () => cast.admin.patch('/api/services/PEDOMAN', { version: off.json().version, jobDocumentKind: bad }));
      expect(res.statusCode).toBe(400);
      expect(fieldPaths(res.json())).toEqual(['jobDocumentKind']);
    }
    const created = await cast.admin.post('/api/services', {
      code: 'ANJAB-KHUSUS', channel: 'utama', sortOrder: 50, name: 'Anjab khusus', nameEn: 'Special job analysis', description: 'Uji', requirements: [],
      formFields: [], requiredAttachments: [], output: 'Dokumen', standardDays: [1, 1, 1, 1, 1, 1], jobDocumentKind: 'anjab',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().jobDocumentKind).toBe('anjab');
    expect((await cast.verifikator.patch('/api/services/ANJAB-KHUSUS', { version: 1, jobDocumentKind: null })).statusCode).toBe(403);
  });
});

describe('job documents on requests: attaching', () => {
  it('attaches and removes documents of the unit, shown with their versions, in the timeline and the audit', async () => {
    const r = await createDraft(cast.pemrakarsa, ANJAB);
    expect(r.jobDocumentKind).toBe('anjab');
    expect((await cast.pemrakarsa.get(`/api/requests/${r.id}/job-documents`)).json()).toEqual({ kind: 'anjab', documents: [], submissions: [], actions: ['attach'] });

    const first = await openJobDocument(cast.pemrakarsa, await newPosition(), 'anjab');
    const second = await openJobDocument(cast.pemrakarsa, await newPosition(), 'anjab');
    const one = await cast.pemrakarsa.post(`/api/requests/${r.id}/job-documents`, { documentId: first.id });
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json().documents).toEqual([expect.objectContaining({
      id: first.id, kind: 'anjab', latestVersion: 1, submittedVersion: null,
      problems: [{ code: 'anjab_no_tasks', message: expect.stringMatching(/^Anjab Analis Jabatan Uji \d+ belum memiliki uraian tugas\.$/) }],
    })]);
    // attaching it again changes nothing; the pimpinan and an administrator attach too
    await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${r.id}/job-documents`, { documentId: first.id }));
    const two = await cast.pimpinan.post(`/api/requests/${r.id}/job-documents`, { documentId: second.id });
    expect(two.json().documents.map((d: { id: string }) => d.id)).toEqual([first.id, second.id]);
    expect(await auditCount(t, 'request.attach_job_document', r.id)).toBe(2);

    const removed = await cast.admin.delete(`/api/requests/${r.id}/job-documents/${first.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().documents.map((d: { id: string }) => d.id)).toEqual([second.id]);
    const again = await expectNothingWritten(t, () => cast.pemrakarsa.delete(`/api/requests/${r.id}/job-documents/${first.id}`));
    expect(again.statusCode).toBe(404);
    expect(again.json().error).toMatchObject({ code: 'REQUEST_JOB_NOT_ATTACHED', message: 'Dokumen jabatan ini tidak dilampirkan pada permohonan.' });

    const events = (await cast.pemrakarsa.get(`/api/requests/${r.id}/timeline`)).json().items.filter((i: { kind: string }) => i.kind === 'job_document');
    expect(events.map((e: { event: string; document: { id: string } }) => [e.event, e.document.id])).toEqual([
      ['attached', first.id], ['attached', second.id], ['detached', first.id],
    ]);
  });

  it('refuses with specific messages, writing nothing; another unit sees nothing', async () => {
    const r = await createDraft(cast.pemrakarsa, ANJAB);
    const position = await newPosition();
    const evjab = await openJobDocument(cast.pemrakarsa, position, 'evjab');
    const foreign = await openJobDocument(komjak, await newPosition(setkomjak), 'anjab');

    const kind = await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${r.id}/job-documents`, { documentId: evjab.id }));
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error).toMatchObject({ code: 'REQUEST_JOB_WRONG_KIND', fields: [{ path: 'documentId', message: 'Layanan ini melampirkan dokumen Anjab, bukan Evjab.' }] });
    const en = await cast.pemrakarsa.request({ method: 'POST', url: `/api/requests/${r.id}/job-documents`, payload: { documentId: evjab.id }, headers: { 'accept-language': 'en' } });
    expect(en.json().error.fields).toEqual([{ path: 'documentId', message: 'This service attaches Anjab documents, not Evjab.' }]);

    // another unit's document is not there for the unit; an administrator is told whose it is
    const hidden = await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${r.id}/job-documents`, { documentId: foreign.id }));
    expect(hidden.json().error).toMatchObject({ code: 'REQUEST_JOB_UNKNOWN', fields: [{ path: 'documentId', message: 'Dokumen jabatan tidak ditemukan.' }] });
    const admin = await expectNothingWritten(t, () => cast.admin.post(`/api/requests/${r.id}/job-documents`, { documentId: foreign.id }));
    expect(admin.json().error).toMatchObject({ code: 'REQUEST_JOB_OTHER_UNIT', fields: [{ path: 'documentId', message: 'Dokumen jabatan ini milik unit kerja lain. Pilih dokumen unit kerja pemohon.' }] });
    expect((await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${r.id}/job-documents`, { documentId: randomUUID() }))).json().error.code).toBe('REQUEST_JOB_UNKNOWN');
    const bad = await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${r.id}/job-documents`, { documentId: 'anjab-1' }));
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toEqual(['documentId']);

    // a service without job documents
    const sop = await createDraft(cast.pemrakarsa);
    expect((await cast.pemrakarsa.get(`/api/requests/${sop.id}/job-documents`)).json()).toEqual({ kind: null, documents: [], submissions: [], actions: [] });
    const service = await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${sop.id}/job-documents`, { documentId: evjab.id }));
    expect(service.json().error).toMatchObject({ code: 'REQUEST_JOB_SERVICE', message: 'Layanan permohonan ini tidak melampirkan dokumen jabatan.' });

    // another unit's request is not there at all; the public must sign in
    const own = await openJobDocument(cast.pemrakarsa, position, 'anjab');
    expect((await expectNothingWritten(t, () => komjak.post(`/api/requests/${r.id}/job-documents`, { documentId: foreign.id }))).statusCode).toBe(404);
    expect((await komjak.get(`/api/requests/${r.id}/job-documents`)).statusCode).toBe(404);
    expect((await expectNothingWritten(t, () => komjak.delete(`/api/requests/${r.id}/job-documents/${own.id}`))).statusCode).toBe(404);
    expect((await (await t.client()).get(`/api/requests/${r.id}/job-documents`)).statusCode).toBe(401);

    // once submitted: the unit is told it is too late, the bureau that it may not
    const submitted = await requestAt(cast, 'submitted', ANJAB);
    const late = await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${submitted.id}/job-documents`, { documentId: own.id }));
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('Dokumen jabatan hanya dapat dilampirkan atau dilepas selama permohonan berstatus Draf atau Perlu Revisi.');
    for (const c of [cast.verifikator, cast.kepalaBiro]) {
      const role = await expectNothingWritten(t, () => c.post(`/api/requests/${submitted.id}/job-documents`, { documentId: own.id }));
      expect(role.statusCode).toBe(403);
      expect(role.json().error.message).toBe('Hanya pemrakarsa atau pimpinan unit pemohon, atau administrator, yang dapat melampirkan dokumen jabatan.');
    }
  });
});

describe('job documents on requests: submission and review', () => {
  it('refuses a submission without a document or with an incomplete one, naming it; records the versions submitted', async () => {
    const r = await draftWithFiles();
    const none = await expectNothingWritten(t, () => act(cast.pemrakarsa, r.id, 'submit'));
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toMatchObject({ code: 'REQUEST_INCOMPLETE', fields: [{ path: 'jobDocuments', message: 'Lampirkan sedikitnya satu dokumen Anjab unit kerja pemohon terlebih dahulu.' }] });

    const position = await newPosition();
    const incomplete = await attachJobDocument(cast.pemrakarsa, r.id, { positionId: position, content: (id) => ({ ...validAnjab(id), tasks: validAnjab(id).tasks.map((x, i) => (i === 0 ? { ...x, minutesPerResult: null } : x)) }) });
    const refused = await expectNothingWritten(t, () => act(cast.pemrakarsa, r.id, 'submit'));
    expect(refused.json().error.fields).toEqual([{ path: `jobDocuments.${incomplete.id}`, message: expect.stringMatching(/^Anjab Analis Jabatan Uji \d+: 1 uraian tugas belum lengkap/) }]);

    const complete = await attachJobDocument(cast.pemrakarsa, r.id, { positionId: position });
    expect(complete).toMatchObject({ id: incomplete.id, version: 3 });
    const other = await attachJobDocument(cast.pemrakarsa, r.id, { positionId: await newPosition() });
    const done = await actOk(cast.pemrakarsa, r.id, 'submit');
    expect(done.state).toBe('diajukan');
    const attached = (await cast.verifikator.get(`/api/requests/${r.id}/job-documents`)).json();
    expect(attached).toMatchObject({ actions: [], submissions: [{ action: 'submit', documents: [{ id: complete.id, version: 3 }, { id: other.id, version: 2 }] }] });
    expect(attached.documents.map((d: { submittedVersion: number; problems: unknown[] }) => [d.submittedVersion, d.problems])).toEqual([[3, []], [2, []]]);
  });

  it('raises the Revisi once per round when an answer carries a new version; the verifier reads and exports the submitted version, another unit cannot', async () => {
    const r = await requestAt(cast, 'stage3', EVJAB);
    const [{ id: docId }] = (await cast.pemrakarsa.get(`/api/requests/${r.id}/job-documents`)).json().documents;
    expect(r.revisi).toBe(0);

    await actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Perbaiki faktor 1.' });
    expect((await cast.pemrakarsa.get(`/api/requests/${r.id}/job-documents`)).json().actions).toEqual(['attach']);
    const doc = (await cast.pemrakarsa.get(`/api/job-documents/${docId}`)).json();
    const content = { ...doc.content, choices: doc.content.choices.map((c: { code: string }) => (c.code === '1' ? { ...c, level: 3 } : c)) };
    const saved = await cast.pemrakarsa.put(`/api/job-documents/${docId}/content`, { version: doc.version, content });
    expect(saved.statusCode, saved.body).toBe(200);
    const answered = await actOk(cast.pemrakarsa, r.id, 'answer_revision', { reason: 'Faktor 1 diperbaiki.' });
    expect(answered).toMatchObject({ state: 'diajukan', revisi: 1, tglRevisi: expect.any(String) });

    // a round answered with the same versions keeps the Revisi
    await actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Mohon konfirmasi.' });
    expect((await actOk(cast.pemrakarsa, r.id, 'answer_revision', { reason: 'Sudah sesuai.' })).revisi).toBe(1);

    const review = (await cast.verifikator.get(`/api/requests/${r.id}/job-documents`)).json();
    expect(review.submissions.map((s: { action: string; documents: { version: number }[] }) => [s.action, s.documents.map((d) => d.version)])).toEqual([
      ['submit', [2]], ['answer_revision', [3]], ['answer_revision', [3]],
    ]);
    const timeline = (await cast.verifikator.get(`/api/requests/${r.id}/timeline`)).json().items;
    const answerAt = timeline.findIndex((i: { action?: string; kind: string }) => i.kind === 'transition' && i.action === 'answer_revision');
    expect(timeline[answerAt - 1]).toMatchObject({ kind: 'job_document', event: 'submitted', version: 3, action: 'answer_revision' });

    // the verifier reads the first submitted version as it was, and downloads it
    const first = await cast.verifikator.get(`/api/job-documents/${docId}/versions/2`);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ number: 2, evaluation: { grade: 6, total: 715 } });
    const pdf = await cast.verifikator.get(`/api/job-documents/${docId}/export.pdf?version=2`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['x-job-document-version']).toBe('2');
    expect((await cast.verifikator.get(`/api/job-documents/${docId}/export.docx`)).headers['x-job-document-version']).toBe('3');
    expect((await cast.verifikator.get(`/api/job-documents/${docId}/export.xlsx?version=99`)).statusCode).toBe(404);
    // the pemrakarsa of another unit reads neither the request nor the document
    expect((await komjak.get(`/api/job-documents/${docId}/versions/2`)).statusCode).toBe(404);
    expect((await komjak.get(`/api/job-documents/${docId}/export.pdf?version=2`)).statusCode).toBe(404);
    expect((await komjak.get(`/api/requests/${r.id}/job-documents`)).statusCode).toBe(404);
  });
});
