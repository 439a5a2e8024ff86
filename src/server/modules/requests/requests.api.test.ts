import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectNothingWritten, fieldPaths, unitIdOf } from '../../testing/fixtures.ts';
import { act, actOk, castOf, createDraft, requestAt, SOP_FORM, upload, uploadRequired, type Cast } from '../../testing/requests.ts';

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

describe('requests API: drafts', () => {
  it('registers a draft for the own unit, with the service copied in and the actions offered', async () => {
    const r = await createDraft(cast.pemrakarsa);
    expect(r).toMatchObject({
      serviceCode: 'SOP', unitId: kompolnas, unitCode: 'SETKOMPOLNAS', state: 'draf', stage: null, version: 1, revisi: 0, tglRevisi: null,
      documentNumber: null, requiresEndorsement: true, endorsed: false, formValues: SOP_FORM, documents: [], assignees: [],
      contactEmail: 'siti@contoh.go.id', actions: ['edit', 'upload', 'submit', 'withdraw'],
    });
    expect(r.clock).toMatchObject({ usedDays: 0, targetDays: 31, overdue: false, current: null });
    expect(await auditCount(t, 'request.create', r.id)).toBe(1);
    // the pimpinan of the unit may act on it too; the administrator may edit and submit for the unit
    expect((await cast.pimpinan.get(`/api/requests/${r.id}`)).json().actions).toEqual(['edit', 'upload', 'submit', 'withdraw']);
    expect((await cast.admin.get(`/api/requests/${r.id}`)).json().actions).toEqual(['edit', 'upload', 'submit']);
  });

  it('keeps a draft from the rest of the bureau until it is submitted', async () => {
    const r = await createDraft(cast.pemrakarsa);
    expect((await cast.verifikator.get(`/api/requests/${r.id}`)).statusCode).toBe(404);
    expect((await cast.kepalaBiro.get(`/api/requests/${r.id}`)).statusCode).toBe(404);
    const ids = (await cast.verifikator.get('/api/requests?pageSize=500')).json().items.map((x: { id: string }) => x.id);
    expect(ids).not.toContain(r.id);
  });

  it('lets an administrator register for any unit; others only for their own', async () => {
    const r = await createDraft(cast.admin, { unitId: setkomjak, serviceCode: 'pedoman', formValues: {} });
    expect(r).toMatchObject({ unitCode: 'SETKOMJAK', serviceCode: 'PEDOMAN', requiresEndorsement: false });
    expect((await komjak.get(`/api/requests/${r.id}`)).json().actions).toContain('submit');
    const other = await expectNothingWritten(t, () => cast.pemrakarsa.post('/api/requests', { serviceCode: 'SOP', title: 'Untuk unit lain', unitId: setkomjak }));
    expect(other.statusCode).toBe(403);
    for (const c of [cast.verifikator, cast.kepalaBiro]) {
      expect((await expectNothingWritten(t, () => c.post('/api/requests', { serviceCode: 'SOP', title: 'Dari biro' }))).statusCode).toBe(403);
    }
    expect((await (await t.client()).post('/api/requests', { serviceCode: 'SOP', title: 'Publik' })).statusCode).toBe(401);
  });

  it('rejects bad input naming the fields, writing nothing', async () => {
    const cases: [object, string][] = [
      [{ title: undefined }, 'title'],
      [{ title: 'x' }, 'title'],
      [{ title: 42 }, 'title'],
      [{ serviceCode: undefined }, 'serviceCode'],
      [{ serviceCode: 'TIDAK-ADA' }, 'serviceCode'],
      [{ unitId: 'SETKOMJAK' }, 'unitId'],
      [{ contactEmail: 'bukan-email' }, 'contactEmail'],
      [{ contactPhone: 'telepon saya' }, 'contactPhone'],
      [{ formValues: 'isi' }, 'formValues'],
      [{ formValues: { jumlahSop: 'tiga' } }, 'formValues.jumlahSop'],
      [{ formValues: { jenisUsulan: 'SOP lama' } }, 'formValues.jenisUsulan'],
      [{ formValues: { targetPenyelesaian: '2026-13-01' } }, 'formValues.targetPenyelesaian'],
      [{ formValues: { kolomAsing: 'x' } }, 'formValues.kolomAsing'],
    ];
    for (const [over, path] of cases) {
      const res = await expectNothingWritten(t, () => cast.pemrakarsa.post('/api/requests', { serviceCode: 'SOP', title: 'Permohonan uji', ...over }));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(fieldPaths(res.json()), JSON.stringify(over)).toContain(path);
    }
    const en = await cast.pemrakarsa.request({ method: 'POST', url: '/api/requests', payload: { serviceCode: 'SOP', title: 'Permohonan uji', formValues: { jumlahSop: 'tiga' } }, headers: { 'accept-language': 'en' } });
    expect(en.json().error.fields).toEqual([{ path: 'formValues.jumlahSop', message: 'Must be a number.' }]);
  });

  it('refuses a withdrawn service', async () => {
    const skj = (await cast.admin.get('/api/services/SKJ')).json();
    await cast.admin.post('/api/services/SKJ/deactivate', { version: skj.version });
    const res = await expectNothingWritten(t, () => cast.pemrakarsa.post('/api/requests', { serviceCode: 'SKJ', title: 'Standar kompetensi' }));
    expect(res.json().error).toMatchObject({ code: 'SERVICE_INACTIVE', fields: [{ path: 'serviceCode' }] });
    await cast.admin.post('/api/services/SKJ/activate', { version: skj.version + 1 });
  });

  it('edits a draft with the version read; formValues replace the form', async () => {
    const r = await createDraft(cast.pemrakarsa);
    const res = await cast.pimpinan.patch(`/api/requests/${r.id}`, { version: 1, title: 'Judul baru', formValues: { jumlahSop: 5 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ title: 'Judul baru', formValues: { jumlahSop: 5 }, version: 2, contactName: 'Siti Rahmawati' });
    expect(await auditCount(t, 'request.update', r.id)).toBe(1);
    const stale = await expectNothingWritten(t, () => cast.pemrakarsa.patch(`/api/requests/${r.id}`, { version: 1, title: 'Judul lama' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { title: 'Judul baru', version: 2 } });
    const bad = await expectNothingWritten(t, () => cast.pemrakarsa.patch(`/api/requests/${r.id}`, { version: 2, formValues: { jumlahSop: -1, x: 1 } }));
    expect(fieldPaths(bad.json())).toEqual(['formValues.x']);
    expect((await expectNothingWritten(t, () => cast.pemrakarsa.patch(`/api/requests/${r.id}`, { title: 'Tanpa versi' }))).statusCode).toBe(400);
    expect((await expectNothingWritten(t, () => cast.pemrakarsa.patch(`/api/requests/${randomUUID()}`, { version: 1, title: 'Siapa' }))).statusCode).toBe(404);
    expect((await expectNothingWritten(t, () => cast.verifikator.patch(`/api/requests/${r.id}`, { version: 2, title: 'Biro' }))).statusCode).toBe(404);
  });

  it('is no longer edited once submitted', async () => {
    const r = await requestAt(cast, 'submitted');
    const res = await expectNothingWritten(t, () => cast.pemrakarsa.patch(`/api/requests/${r.id}`, { version: r.version, title: 'Terlambat' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'ACTION_REFUSED' });
    expect(res.json().current).toMatchObject({ state: 'diajukan' });
    expect((await expectNothingWritten(t, () => cast.admin.patch(`/api/requests/${r.id}`, { version: r.version, title: 'Terlambat' }))).statusCode).toBe(409);
    for (const c of [cast.verifikator, cast.kepalaBiro]) {
      expect((await expectNothingWritten(t, () => c.patch(`/api/requests/${r.id}`, { version: r.version, title: 'Dari biro' }))).statusCode).toBe(403);
    }
  });
});

describe('requests API: submission', () => {
  it('tells exactly what is missing, writing nothing', async () => {
    const r = await createDraft(cast.pemrakarsa, { contactPhone: '', formValues: { jumlahSop: 2, targetPenyelesaian: '2026-12-01' } });
    await upload(cast.pemrakarsa, r.id, 'notaDinas', 'nota.pdf');
    const res = await expectNothingWritten(t, () => act(cast.pemrakarsa, r.id, 'submit'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('REQUEST_INCOMPLETE');
    expect(res.json().error.fields).toEqual([
      { path: 'contactPhone', message: 'Wajib diisi.' },
      { path: 'formValues.jenisUsulan', message: 'Wajib diisi.' },
      { path: 'formValues.dasarHukum', message: 'Wajib diisi.' },
      { path: 'formValues.narahubung', message: 'Wajib diisi.' },
      { path: 'documents.drafSop', message: 'Lampiran "Draf SOP" wajib diunggah.' },
      { path: 'sop', message: 'Lampirkan SOP terlebih dahulu.' },
    ]);
  });

  it('submits a complete request to stage 1, where each role is offered its own actions', async () => {
    const r = await createDraft(cast.pemrakarsa);
    await uploadRequired(cast.pemrakarsa, r);
    const res = await act(cast.pemrakarsa, r.id, 'submit');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ state: 'diajukan', stage: 1, version: 2, submittedAt: expect.any(String), actions: ['withdraw', 'comment'] });
    expect((await cast.pimpinan.get(`/api/requests/${r.id}`)).json().actions).toEqual(['endorse', 'withdraw', 'comment']);
    expect((await cast.admin.get(`/api/requests/${r.id}`)).json().actions).toEqual(['request_revision', 'hold', 'reject', 'comment']);
    expect((await cast.verifikator.get(`/api/requests/${r.id}`)).json().actions).toEqual([]);
    expect(await auditCount(t, 'request.submit', r.id)).toBe(1);
  });
});

describe('requests API: the workflow', () => {
  it('takes a request through all six stages to a numbered, completed output', async () => {
    const r = await requestAt(cast, 'assigned');
    expect(r).toMatchObject({ stage: 1, endorsed: true, completenessVerified: true, assignees: [{ id: cast.verifikatorId, name: 'Andi Prasetyo, S.AP.' }] });
    expect((await cast.kepalaBiro.get(`/api/requests/${r.id}`)).json().actions).toEqual(['approve_plan', 'reject', 'comment']);
    await actOk(cast.kepalaBiro, r.id, 'approve_plan');
    expect((await cast.verifikator.get(`/api/requests/${r.id}`)).json().actions).toEqual(['advance', 'request_revision', 'comment']);
    for (const stage of [3, 4, 5]) expect((await actOk(cast.verifikator, r.id, 'advance')).stage).toBe(stage);
    const at6 = await actOk(cast.verifikator, r.id, 'advance');
    expect(at6).toMatchObject({ stage: 6, state: 'diajukan', documentNumber: expect.stringMatching(/^\d{3}\/SOP\/SETKOMPOLNAS\/[IVX]+\/\d{4}$/) });
    expect((await cast.kepalaBiro.get(`/api/requests/${r.id}`)).json().actions).toEqual(['reject', 'approve_output', 'comment']);
    const done = await actOk(cast.kepalaBiro, r.id, 'approve_output');
    expect(done).toMatchObject({ state: 'selesai', stage: 6, completedAt: expect.any(String), actions: [] });

    const timeline = (await cast.pemrakarsa.get(`/api/requests/${r.id}/timeline`)).json().items;
    const moves = timeline.filter((i: { kind: string }) => i.kind === 'transition').map((i: { action: string; actor: { name: string } | null }) => [i.action, i.actor?.name ?? 'sistem']);
    expect(moves.map((m: string[]) => m[0])).toEqual([
      'submit', 'endorse', 'verify_completeness', 'assign', 'approve_plan', 'advance', 'advance', 'advance', 'advance', 'assign_number', 'approve_output',
    ]);
    expect(moves[9][1]).toBe('sistem');
    const numbered = timeline.find((i: { action?: string }) => i.action === 'assign_number');
    expect(numbered).toMatchObject({ from: { state: 'diajukan', stage: 6 }, to: { state: 'diajukan', stage: 6 }, data: { documentNumber: at6.documentNumber } });
    expect(timeline.filter((i: { kind: string }) => i.kind === 'document')).toHaveLength(2);
  });

  it('returns a request for revision with a reason; the unit answers with a note and the stage stays', async () => {
    const r = await requestAt(cast, 'stage3');
    const noReason = await expectNothingWritten(t, () => act(cast.verifikator, r.id, 'request_revision'));
    expect(noReason.statusCode).toBe(400);
    expect(fieldPaths(noReason.json())).toEqual(['reason']);
    const back = await actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Lengkapi dasar hukum.' });
    expect(back).toMatchObject({ state: 'perlu_revisi', stage: 3, clock: { current: { stage: 3, paused: true } } });
    expect((await cast.pemrakarsa.get(`/api/requests/${r.id}`)).json().actions).toEqual(['upload', 'answer_revision', 'withdraw', 'comment']);
    const answered = await actOk(cast.pemrakarsa, r.id, 'answer_revision', { reason: 'Sudah dilengkapi.' });
    expect(answered).toMatchObject({ state: 'diajukan', stage: 3 });
    const last = (await cast.admin.get(`/api/requests/${r.id}/timeline`)).json().items.at(-1);
    expect(last).toMatchObject({ kind: 'transition', action: 'answer_revision', reason: 'Sudah dilengkapi.', from: { state: 'perlu_revisi', stage: 3 }, to: { state: 'diajukan', stage: 3 } });
  });

  it('holds, resumes, rejects with a reason; a rejected request is closed, not finished', async () => {
    const r = await requestAt(cast, 'stage2');
    expect((await actOk(cast.admin, r.id, 'hold', { reason: 'Menunggu rapat.' })).state).toBe('ditunda');
    expect((await actOk(cast.admin, r.id, 'resume')).state).toBe('diajukan');
    const rejected = await actOk(cast.kepalaBiro, r.id, 'reject', { reason: 'Di luar lingkup layanan.' });
    expect(rejected).toMatchObject({ state: 'ditolak', stage: 2, completedAt: null, actions: [] });
    const late = await expectNothingWritten(t, () => act(cast.verifikator, r.id, 'advance'));
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ error: { code: 'ACTION_REFUSED' }, refusal: 'wrong_state', current: { state: 'ditolak' } });
  });

  it('lets the unit withdraw a draft or an open request', async () => {
    const draft = await createDraft(cast.pemrakarsa);
    expect((await actOk(cast.pemrakarsa, draft.id, 'withdraw')).state).toBe('dibatalkan');
    const open = await requestAt(cast, 'stage4');
    expect((await actOk(cast.pimpinan, open.id, 'withdraw')).state).toBe('dibatalkan');
  });

  it('assigns only active verifikator, naming the wrong ones', async () => {
    const r = await requestAt(cast, 'verified');
    const adminId = (await cast.admin.get('/api/auth/session')).json().user.id;
    const res = await expectNothingWritten(t, () => act(cast.admin, r.id, 'assign', { verifierIds: [cast.verifikatorId, adminId, randomUUID()] }));
    expect(res.statusCode).toBe(400);
    expect(fieldPaths(res.json())).toEqual(['verifierIds.1', 'verifierIds.2']);
    expect(fieldPaths((await act(cast.admin, r.id, 'assign', { verifierIds: ['bukan-uuid'] })).json())).toEqual(['verifierIds.0']);
    expect(fieldPaths((await expectNothingWritten(t, () => act(cast.admin, r.id, 'assign', { verifierIds: [] }))).json())).toEqual(['verifierIds']);
    const dup = await expectNothingWritten(t, () => act(cast.admin, r.id, 'assign', { verifierIds: [cast.verifikatorId, cast.verifikatorId] }));
    expect(fieldPaths(dup.json())).toEqual(['verifierIds']);
    // a verifikator not (or no longer) assigned may not act
    expect((await actOk(cast.admin, r.id, 'assign', { verifierIds: [cast.verifikatorId] })).assignees).toHaveLength(1);
    await actOk(cast.kepalaBiro, r.id, 'approve_plan');
    const { user } = (await cast.admin.post('/api/users', { email: 'verifikator2@contoh.go.id', name: 'Verifikator Dua', unitId: (await cast.admin.get('/api/auth/session')).json().user.unitId, roles: ['verifikator'] })).json();
    await actOk(cast.admin, r.id, 'assign', { verifierIds: [user.id] });
    const res2 = await expectNothingWritten(t, () => act(cast.verifikator, r.id, 'advance'));
    expect(res2.statusCode).toBe(403);
    expect(res2.json()).toMatchObject({ error: { code: 'FORBIDDEN', message: 'Anda tidak ditugaskan pada permohonan ini.' }, refusal: 'not_assigned' });
  });

  it('lets one of two simultaneous actions win; the other gets 409 with the current state', async () => {
    const r = await requestAt(cast, 'stage2');
    const [a, b] = await Promise.all([
      cast.verifikator.post(`/api/requests/${r.id}/actions/advance`, { version: r.version }),
      cast.admin.post(`/api/requests/${r.id}/actions/advance`, { version: r.version }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const lost = a.statusCode === 409 ? a : b;
    expect(lost.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { stage: 3, version: r.version + 1 } });
    const now = (await cast.admin.get(`/api/requests/${r.id}`)).json();
    expect(now).toMatchObject({ stage: 3, version: r.version + 1 });
    const advances = (await cast.admin.get(`/api/requests/${r.id}/timeline`)).json().items.filter((i: { action?: string }) => i.action === 'advance');
    expect(advances).toHaveLength(1);
  });

  it('answers 404 for unknown ids and 400 for malformed ones and unknown actions', async () => {
    expect((await cast.admin.get(`/api/requests/${randomUUID()}`)).statusCode).toBe(404);
    expect(fieldPaths((await cast.admin.get('/api/requests/abc')).json())).toEqual(['params.id']);
    expect((await expectNothingWritten(t, () => cast.admin.post(`/api/requests/${randomUUID()}/actions/advance`, { version: 1 }))).statusCode).toBe(404);
    const r = await requestAt(cast, 'stage2');
    const unknown = await cast.admin.post(`/api/requests/${r.id}/actions/terbang`, { version: r.version });
    expect(unknown.statusCode).toBe(400);
    expect(fieldPaths(unknown.json())).toEqual(['params.action']);
    expect(fieldPaths((await cast.admin.post(`/api/requests/${r.id}/actions/comment`, { version: r.version })).json())).toEqual(['params.action']);
    expect(fieldPaths((await cast.admin.post(`/api/requests/${r.id}/actions/advance`, { version: '1' })).json())).toEqual(['version']);
    expect(fieldPaths((await cast.admin.post(`/api/requests/${r.id}/actions/advance`, {})).json())).toEqual(['version']);
    expect((await cast.admin.get('/api/requests?state=selesai2')).statusCode).toBe(400);
    expect((await cast.admin.get('/api/requests?stage=7')).statusCode).toBe(400);
  });
});

describe('requests API: lists, comments, timeline', () => {
  it("lists a unit's own requests, and everything submitted for the bureau", async () => {
    const mine = await createDraft(komjak, { title: 'SOP Komisi Kejaksaan' });
    const own = (await komjak.get('/api/requests?pageSize=500')).json();
    expect(own.actions).toEqual(['create']);
    expect(own.items.every((i: { unitId: string }) => i.unitId === setkomjak)).toBe(true);
    expect(own.items.map((i: { id: string }) => i.id)).toContain(mine.id);
    const kompolnasList = (await cast.pemrakarsa.get('/api/requests?pageSize=500')).json();
    expect(kompolnasList.items.map((i: { id: string }) => i.id)).not.toContain(mine.id);
    // a unit cannot widen its view with a filter
    const widened = (await cast.pemrakarsa.get(`/api/requests?unitId=${setkomjak}&pageSize=500`)).json();
    expect(widened.items.every((i: { unitId: string }) => i.unitId === kompolnas)).toBe(true);

    const bureau = (await cast.kepalaBiro.get('/api/requests?pageSize=500')).json();
    expect(bureau.actions).toEqual([]);
    expect(bureau.items.some((i: { state: string }) => i.state === 'draf')).toBe(false);
    expect(bureau.items.some((i: { unitId: string }) => i.unitId === kompolnas)).toBe(true);

    const filtered = (await cast.admin.get(`/api/requests?unitId=${setkomjak}&state=draf&q=kejaksaan`)).json();
    expect(filtered.items.map((i: { id: string }) => i.id)).toEqual([mine.id]);
    const page = (await cast.admin.get('/api/requests?pageSize=2&page=2')).json();
    const all = (await cast.admin.get('/api/requests?pageSize=500')).json();
    expect(page.items.map((i: { id: string }) => i.id)).toEqual(all.items.slice(2, 4).map((i: { id: string }) => i.id));
    expect(page.total).toBe(all.total);
  });

  it('keeps a discussion between the unit and the bureau, in the timeline too', async () => {
    const r = await requestAt(cast, 'stage2');
    const c1 = await cast.pemrakarsa.post(`/api/requests/${r.id}/comments`, { body: 'Mohon jadwal rapat pembahasan.' });
    expect(c1.statusCode).toBe(201);
    expect(c1.json()).toMatchObject({ body: 'Mohon jadwal rapat pembahasan.', author: { name: 'Siti Rahmawati, S.H.' } });
    expect((await cast.verifikator.post(`/api/requests/${r.id}/comments`, { body: 'Rapat hari Senin.' })).statusCode).toBe(201);
    const list = (await cast.pimpinan.get(`/api/requests/${r.id}/comments`)).json();
    expect(list).toMatchObject({ actions: ['create'], items: [{ body: 'Mohon jadwal rapat pembahasan.' }, { body: 'Rapat hari Senin.' }] });
    const timeline = (await cast.admin.get(`/api/requests/${r.id}/timeline`)).json().items;
    expect(timeline.filter((i: { kind: string }) => i.kind === 'comment').map((i: { body: string }) => i.body)).toEqual(['Mohon jadwal rapat pembahasan.', 'Rapat hari Senin.']);
    const times = timeline.map((i: { at: string }) => i.at);
    expect([...times].sort()).toEqual(times);

    expect(fieldPaths((await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${r.id}/comments`, { body: '  ' }))).json())).toEqual(['body']);
    expect((await expectNothingWritten(t, () => komjak.post(`/api/requests/${r.id}/comments`, { body: 'Saya dari unit lain' }))).statusCode).toBe(404);
    const draft = await createDraft(cast.pemrakarsa);
    const onDraft = await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/requests/${draft.id}/comments`, { body: 'Catatan draf' }));
    expect(onDraft.statusCode).toBe(409);
  });
});
