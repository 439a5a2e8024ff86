import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validSop } from '../../../domain/sop/testing.ts';
import type { SopContent } from '../../../domain/sop/model.ts';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectNothingWritten, fieldPaths, unitIdOf } from '../../testing/fixtures.ts';
import { act, actOk, castOf, createDraft, createSopWith, requestAt, saveSop, upload, type Cast } from '../../testing/requests.ts';

let t: TestApp;
let cast: Cast;
let komjak: ApiClient;
let kompolnas: string;
let setkomjak: string;

beforeAll(async () => {
  t = await createTestApp();
  cast = await castOf(t, DEMO);
  komjak = await t.signIn(DEMO.pemrakarsaKomjak);
  kompolnas = await unitIdOf(cast.admin, 'SETKOMPOLNAS');
  setkomjak = await unitIdOf(cast.admin, 'SETKOMJAK');
});
afterAll(() => t?.close());

/** One checker error: step 4 has no description. */
const withOneError = (unitId: string): SopContent => {
  const c = validSop(unitId);
  return { ...c, steps: c.steps.map((s) => (s.id === 's4' ? { ...s, description: '' } : s)) };
};
/** Only a warning: an actor no step uses. */
const withWarning = (unitId: string): SopContent => {
  const c = validSop(unitId);
  return { ...c, actors: [...c.actors, { id: 'a9', name: 'Pengadministrasi Umum' }] };
};

/** A draft SOP request with every attachment uploaded but no SOP linked. */
async function draftWithDocuments(c = cast.pemrakarsa) {
  const r = await createDraft(c);
  for (const [key, name] of [['notaDinas', 'nota.pdf'], ['drafSop', 'draf.xlsx']]) expect((await upload(c, r.id, key, name)).statusCode).toBe(201);
  return r;
}

describe('request SOP: linking', () => {
  it('offers a draft of an SOP service to link an SOP; links one of the unit, shown on the request and in the timeline', async () => {
    const r = await createDraft(cast.pemrakarsa);
    expect(r).toMatchObject({ attachesSop: true, sop: null });
    const empty = (await cast.pemrakarsa.get(`/api/requests/${r.id}/sop`)).json();
    expect(empty).toEqual({ attachesSop: true, sop: null, submissions: [], reviewVersion: null, actions: ['link'] });

    const sop = await createSopWith(cast.pemrakarsa, kompolnas, 'SOP Pengelolaan Pengaduan', withWarning);
    const res = await cast.pemrakarsa.put(`/api/requests/${r.id}/sop`, { sopId: sop.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      sop: { id: sop.id, title: 'Penyusunan Laporan Kinerja', latestVersion: 2, errorCount: 0, warningCount: 1 }, submissions: [], reviewVersion: null, actions: ['link'],
    });
    expect((await cast.pemrakarsa.get(`/api/requests/${r.id}`)).json().sop).toMatchObject({ id: sop.id, latestVersion: 2 });
    expect(await auditCount(t, 'request.link_sop', r.id)).toBe(1);

    // the same SOP again changes nothing; another SOP of the unit replaces it, by the pimpinan or an administrator
    await expectNothingWritten(t, () => cast.pemrakarsa.put(`/api/requests/${r.id}/sop`, { sopId: sop.id }));
    const other = await createSopWith(cast.pimpinan, kompolnas, 'SOP lain', validSop);
    expect((await cast.pimpinan.put(`/api/requests/${r.id}/sop`, { sopId: other.id })).json().sop.id).toBe(other.id);
    expect((await cast.admin.put(`/api/requests/${r.id}/sop`, { sopId: sop.id })).json().sop.id).toBe(sop.id);

    const events = (await cast.pemrakarsa.get(`/api/requests/${r.id}/timeline`)).json().items.filter((i: { kind: string }) => i.kind === 'sop');
    expect(events.map((e: { event: string; sop: { id: string }; version: number; actor: { name: string } }) => [e.event, e.sop.id, e.version])).toEqual([
      ['linked', sop.id, 2], ['linked', other.id, 2], ['linked', sop.id, 2],
    ]);
  });

  it('refuses with specific messages, writing nothing', async () => {
    const r = await createDraft(cast.pemrakarsa);
    const own = await createSopWith(cast.pemrakarsa, kompolnas, 'SOP sendiri', validSop);
    const foreign = await createSopWith(komjak, setkomjak, 'SOP unit lain', validSop);

    const pedoman = await createDraft(cast.pemrakarsa, { serviceCode: 'PEDOMAN', formValues: {} });
    expect((await cast.pemrakarsa.get(`/api/requests/${pedoman.id}/sop`)).json()).toMatchObject({ attachesSop: false, sop: null, actions: [] });
    const service = await expectNothingWritten(t, () => cast.pemrakarsa.put(`/api/requests/${pedoman.id}/sop`, { sopId: own.id }));
    expect(service.statusCode).toBe(400);
    expect(service.json().error).toMatchObject({ code: 'REQUEST_SOP_SERVICE', message: 'Layanan permohonan ini tidak melampirkan SOP.' });

    const otherUnit = await expectNothingWritten(t, () => cast.pemrakarsa.put(`/api/requests/${r.id}/sop`, { sopId: foreign.id }));
    expect(otherUnit.statusCode).toBe(400);
    expect(otherUnit.json().error).toMatchObject({ code: 'REQUEST_SOP_OTHER_UNIT', fields: [{ path: 'sopId', message: 'SOP ini milik unit kerja lain. Pilih SOP unit kerja pemohon.' }] });

    const unknown = await expectNothingWritten(t, () => cast.pemrakarsa.put(`/api/requests/${r.id}/sop`, { sopId: randomUUID() }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'REQUEST_SOP_UNKNOWN', fields: [{ path: 'sopId', message: 'SOP tidak ditemukan.' }] });

    const bad = await expectNothingWritten(t, () => cast.pemrakarsa.put(`/api/requests/${r.id}/sop`, { sopId: 'SOP-1' }));
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toEqual(['sopId']);

    // another unit's request is not there at all; the public must sign in
    expect((await expectNothingWritten(t, () => komjak.put(`/api/requests/${r.id}/sop`, { sopId: foreign.id }))).statusCode).toBe(404);
    expect((await komjak.get(`/api/requests/${r.id}/sop`)).statusCode).toBe(404);
    expect((await (await t.client()).get(`/api/requests/${r.id}/sop`)).statusCode).toBe(401);

    // once submitted: the unit is told it is too late, the bureau that it may not
    const submitted = await requestAt(cast, 'submitted');
    const late = await expectNothingWritten(t, () => cast.pemrakarsa.put(`/api/requests/${submitted.id}/sop`, { sopId: own.id }));
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'ACTION_REFUSED', message: expect.stringContaining('selama permohonan berstatus Draf atau Perlu Revisi') });
    expect((await cast.pemrakarsa.get(`/api/requests/${submitted.id}/sop`)).json().actions).toEqual([]);
    for (const c of [cast.verifikator, cast.kepalaBiro]) {
      const role = await expectNothingWritten(t, () => c.put(`/api/requests/${submitted.id}/sop`, { sopId: own.id }));
      expect(role.statusCode).toBe(403);
      expect(role.json().error.message).toBe('Hanya pemrakarsa atau pimpinan unit pemohon, atau administrator, yang dapat melampirkan SOP.');
    }
    const en = await cast.pemrakarsa.request({ method: 'PUT', url: `/api/requests/${r.id}/sop`, payload: { sopId: foreign.id }, headers: { 'accept-language': 'en' } });
    expect(en.json().error.fields).toEqual([{ path: 'sopId', message: 'This SOP belongs to another unit. Choose an SOP of the requesting unit.' }]);
  });
});

describe('request SOP: submission, revision and step notes', () => {
  it('refuses a submission without an SOP or with checker errors, naming the SOP; warnings do not block', async () => {
    const r = await draftWithDocuments();
    const none = await expectNothingWritten(t, () => act(cast.pemrakarsa, r.id, 'submit'));
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toMatchObject({ code: 'REQUEST_INCOMPLETE', fields: [{ path: 'sop', message: 'Lampirkan SOP terlebih dahulu.' }] });

    const sop = await createSopWith(cast.pemrakarsa, kompolnas, 'SOP Pengaduan', withOneError);
    expect(sop.errorCount).toBe(1);
    await cast.pemrakarsa.put(`/api/requests/${r.id}/sop`, { sopId: sop.id });
    const errors = await expectNothingWritten(t, () => act(cast.pemrakarsa, r.id, 'submit'));
    expect(errors.statusCode).toBe(400);
    expect(errors.json().error.fields).toEqual([{ path: 'sop', message: 'SOP masih memiliki 1 kesalahan yang harus diperbaiki sebelum diajukan.' }]);
    const version = (await cast.pemrakarsa.get(`/api/requests/${r.id}`)).json().version;
    const en = await cast.pemrakarsa.request({ method: 'POST', url: `/api/requests/${r.id}/actions/submit`, payload: { version }, headers: { 'accept-language': 'en' } });
    expect(en.json().error.fields).toEqual([{ path: 'sop', message: 'The SOP still has 1 error(s) that must be fixed before submitting.' }]);

    expect((await saveSop(cast.pemrakarsa, sop.id, withWarning(kompolnas))).warningCount).toBe(1);
    const done = await actOk(cast.pemrakarsa, r.id, 'submit');
    expect(done).toMatchObject({ state: 'diajukan', stage: 1, sop: { id: sop.id, latestVersion: 3, errorCount: 0, warningCount: 1 } });
    const linked = (await cast.pemrakarsa.get(`/api/requests/${r.id}/sop`)).json();
    expect(linked).toMatchObject({ reviewVersion: 3, actions: [], submissions: [{ sopId: sop.id, version: 3, action: 'submit', actor: { name: expect.any(String) } }] });
  });

  it('records the version answered in each revision round; a new SOP version raises the Revisi once per round', async () => {
    const r = await requestAt(cast, 'stage3');
    const { sop } = (await cast.pemrakarsa.get(`/api/requests/${r.id}/sop`)).json();
    expect(r.revisi).toBe(0);

    await actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Perbaiki langkah 4.' });
    expect((await cast.pemrakarsa.get(`/api/requests/${r.id}/sop`)).json().actions).toEqual(['link']);
    // an answer carrying an SOP with errors is refused like a submission
    await saveSop(cast.pemrakarsa, sop.id, withOneError(kompolnas));
    const refused = await expectNothingWritten(t, () => act(cast.pemrakarsa, r.id, 'answer_revision', { reason: 'Sudah.' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([{ path: 'sop', message: 'SOP masih memiliki 1 kesalahan yang harus diperbaiki sebelum diajukan.' }]);
    await saveSop(cast.pemrakarsa, sop.id, { ...validSop(kompolnas), steps: validSop(kompolnas).steps.map((s) => (s.id === 's4' ? { ...s, description: 'Menandatangani laporan final' } : s)) });
    const answered = await actOk(cast.pemrakarsa, r.id, 'answer_revision', { reason: 'Langkah 4 diperbaiki.' });
    expect(answered).toMatchObject({ state: 'diajukan', revisi: 1, tglRevisi: expect.any(String) });

    // a round answered with the same SOP version keeps the Revisi
    await actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Mohon konfirmasi.' });
    expect((await actOk(cast.pemrakarsa, r.id, 'answer_revision', { reason: 'Sudah sesuai.' })).revisi).toBe(1);

    const linked = (await cast.verifikator.get(`/api/requests/${r.id}/sop`)).json();
    expect(linked.submissions.map((s: { version: number; action: string }) => [s.action, s.version])).toEqual([['submit', 2], ['answer_revision', 4], ['answer_revision', 4]]);
    expect(linked.reviewVersion).toBe(4);
    const diff = (await cast.verifikator.get(`/api/sops/${sop.id}/diff?from=2&to=4`)).json();
    expect(diff.steps.changed).toEqual([expect.objectContaining({ id: 's4', fields: ['description'] })]);

    const timeline = (await cast.verifikator.get(`/api/requests/${r.id}/timeline`)).json().items;
    const submitted = timeline.filter((i: { kind: string; event?: string }) => i.kind === 'sop' && i.event === 'submitted');
    expect(submitted.map((i: { version: number; action: string }) => [i.action, i.version])).toEqual([['submit', 2], ['answer_revision', 4], ['answer_revision', 4]]);
    // the SOP event comes right before the move it was submitted with
    const answerAt = timeline.findIndex((i: { action?: string; kind: string }) => i.kind === 'transition' && i.action === 'answer_revision');
    expect(timeline[answerAt - 1]).toMatchObject({ kind: 'sop', event: 'submitted', version: 4 });
  });

  it('lets a note name one step of the submitted version, shown with its number', async () => {
    const r = await requestAt(cast, 'stage3');
    const note = await cast.verifikator.post(`/api/requests/${r.id}/comments`, { body: 'Pelaksana langkah ini kurang tepat.', sopStepId: 's4' });
    expect(note.statusCode, note.body).toBe(201);
    const { sop } = (await cast.verifikator.get(`/api/requests/${r.id}/sop`)).json();
    expect(note.json().sopStep).toEqual({ id: 's4', sopId: sop.id, version: 2, number: 4, description: 'Menandatangani laporan' });
    const plain = (await cast.verifikator.post(`/api/requests/${r.id}/comments`, { body: 'Catatan umum.' })).json();
    expect(plain.sopStep).toBeUndefined();
    const items = (await cast.pemrakarsa.get(`/api/requests/${r.id}/comments`)).json().items;
    expect(items.map((c: { body: string; sopStep?: { number: number } }) => [c.body, c.sopStep?.number ?? null])).toEqual([
      ['Pelaksana langkah ini kurang tepat.', 4], ['Catatan umum.', null],
    ]);

    const unknown = await expectNothingWritten(t, () => cast.verifikator.post(`/api/requests/${r.id}/comments`, { body: 'Langkah siluman.', sopStepId: 's99' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'REQUEST_SOP_STEP_UNKNOWN', fields: [{ path: 'sopStepId', message: 'Langkah ini tidak ada pada SOP versi 2 yang dilampirkan.' }] });

    // a request without a submitted SOP has no step to comment on
    const pedoman = await requestAt(cast, 'submitted', {
      serviceCode: 'PEDOMAN',
      formValues: { jenisDokumen: 'Pedoman', judulUsulan: 'Pedoman Pengaduan', jenisUsulan: 'Baru', dasarHukum: 'Permenpan 35/2012', narahubung: 'Siti' },
    });
    const early = await expectNothingWritten(t, () => cast.admin.post(`/api/requests/${pedoman.id}/comments`, { body: 'Langkah 1?', sopStepId: 's1' }));
    expect(early.statusCode, early.body).toBe(400);
    expect(early.json().error.fields).toEqual([{ path: 'sopStepId', message: 'Belum ada SOP yang diajukan pada permohonan ini, sehingga langkahnya belum dapat dikomentari.' }]);
  });
});
