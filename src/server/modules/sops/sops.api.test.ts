import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectNothingWritten, fieldPaths, unitIdOf } from '../../testing/fixtures.ts';
import { validSop } from '../../../domain/sop/testing.ts';
import type { SopContent } from '../../../domain/sop/model.ts';

let t: TestApp;
let admin: ApiClient;
let verifikator: ApiClient;
let kepalaBiro: ApiClient;
let pemrakarsa: ApiClient;
let pimpinan: ApiClient;
let otherUnit: ApiClient;
let kompolnas: string;
let komjak: string;

beforeAll(async () => {
  t = await createTestApp();
  [admin, verifikator, kepalaBiro, pemrakarsa, pimpinan, otherUnit] = await Promise.all(
    [DEMO.admin, DEMO.verifikator, DEMO.kepalaBiro, DEMO.pemrakarsa, DEMO.pimpinan, DEMO.pemrakarsaKomjak].map((e) => t.signIn(e)),
  );
  kompolnas = await unitIdOf(admin, 'SETKOMPOLNAS');
  komjak = await unitIdOf(admin, 'SETKOMJAK');
});
afterAll(() => t?.close());

const createSop = async (c: ApiClient = pemrakarsa, title = 'Penyusunan Laporan Kinerja', unitId = kompolnas) => {
  const res = await c.post('/api/sops', { unitId, title });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const save = (c: ApiClient, id: string, version: number, content: SopContent, note?: string) => c.put(`/api/sops/${id}/content`, { version, content, note });

describe('SOP drafts: creating and saving', () => {
  it('creates an empty draft with its checker problems, actions and an audit entry', async () => {
    const sop = await createSop();
    expect(sop).toMatchObject({
      unitId: kompolnas, unitCode: 'SETKOMPOLNAS', title: 'Penyusunan Laporan Kinerja', status: 'draf', version: 1, actions: ['edit', 'check'],
      content: { identity: { unitId: kompolnas, title: 'Penyusunan Laporan Kinerja' }, actors: [], steps: [] },
      mainPath: { stepIds: [], minutes: 0 },
    });
    expect(sop.problems.map((p: { code: string }) => p.code)).toEqual(['identity_required', 'identity_required', 'no_actors', 'no_steps']);
    expect(sop.problems[0]).toMatchObject({ severity: 'error', path: 'identity.ratifiedBy.position', message: 'Kolom identitas SOP ini wajib diisi sebelum diajukan.' });
    expect(sop.errorCount).toBe(4);
    expect(await auditCount(t, 'sop.create', sop.id)).toBe(1);
  });

  it('saves every change as a new version, with the checker result and the main path time', async () => {
    const sop = await createSop();
    const content = validSop('ignored');
    const res = await save(pemrakarsa, sop.id, 1, content, 'Konsep awal');
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json();
    expect(saved).toMatchObject({ version: 2, note: 'Konsep awal', problems: [], errorCount: 0, warningCount: 0, mainPath: { minutes: 990, breakdown: { hari: 2, jam: 1, menit: 30 } } });
    expect(saved.content.identity.unitId).toBe(kompolnas);
    expect(saved.content).toEqual({ ...content, identity: { ...content.identity, unitId: kompolnas } });
    expect(await auditCount(t, 'sop.save', sop.id)).toBe(1);

    content.steps[1].time = null;
    const second = (await save(pimpinan, sop.id, 2, content)).json();
    expect(second).toMatchObject({ version: 3, errorCount: 1, updatedBy: { name: 'Bambang Suryanto, S.H., M.H.' } });
    expect(second.problems).toMatchObject([{ code: 'time_missing', path: 'steps.1.time', stepId: 's2', message: 'Waktu pada kegiatan 2 belum diisi.' }]);

    const versions = (await pemrakarsa.get(`/api/sops/${sop.id}/versions`)).json();
    expect(versions).toMatchObject({ total: 3, items: [{ number: 3 }, { number: 2, note: 'Konsep awal' }, { number: 1 }] });
    const v2 = (await pemrakarsa.get(`/api/sops/${sop.id}/versions/2`)).json();
    expect(v2).toMatchObject({ sopId: sop.id, number: 2, problems: [] });
    expect(v2.content.steps[1]).toMatchObject({ id: 's2', time: { value: 2, unit: 'hari' } });
    expect((await pemrakarsa.get(`/api/sops/${sop.id}/versions/9`)).statusCode).toBe(404);
  });

  it('refuses a save on a stale version with the version that replaced it and who saved it, writing nothing', async () => {
    const sop = await createSop();
    await save(pemrakarsa, sop.id, 1, validSop());
    const other = validSop();
    other.identity.title = 'Judul dari tab lain';
    const res = await expectNothingWritten(t, () => save(pimpinan, sop.id, 1, other));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      error: { code: 'VERSION_CONFLICT', message: expect.stringContaining('Siti Rahmawati, S.H. (versi 2)') },
      current: { version: 2, savedBy: { name: 'Siti Rahmawati, S.H.' } },
    });
    expect((await pemrakarsa.get(`/api/sops/${sop.id}`)).json()).toMatchObject({ version: 2, title: 'Penyusunan Laporan Kinerja' });
  });

  it('answers a repeated save (a retry after a lost answer) without a new version, and skips unchanged saves', async () => {
    const sop = await createSop();
    expect((await save(pemrakarsa, sop.id, 1, validSop())).json().version).toBe(2);
    const retry = await expectNothingWritten(t, () => save(pemrakarsa, sop.id, 1, validSop()));
    expect(retry.statusCode).toBe(200);
    expect(retry.json().version).toBe(2);
    const same = await expectNothingWritten(t, () => save(pemrakarsa, sop.id, 2, validSop()));
    expect(same.json().version).toBe(2);
    // The same content from someone else on the stale version is still a conflict.
    expect((await save(pimpinan, sop.id, 1, validSop())).statusCode).toBe(409);
  });

  it('rejects malformed content naming the fields, writing nothing', async () => {
    const sop = await createSop();
    const cases: [(c: SopContent) => void, string][] = [
      [(c) => { c.steps[2].yes = 's9'; }, 'content.steps.2.yes'],
      [(c) => { c.steps[1].next = 'nowhere'; }, 'content.steps.1.next'],
      [(c) => { c.steps[1].actorIds = ['a9']; }, 'content.steps.1.actorIds.0'],
      [(c) => { c.steps[3].id = 's1'; }, 'content.steps.3.id'],
      [(c) => { c.actors[1].id = 'a1'; }, 'content.actors.1.id'],
      [(c) => { c.steps[1].yes = 's3'; }, 'content.steps.1.yes'],
      [(c) => { c.steps[1].time = { value: 0, unit: 'jam' }; }, 'content.steps.1.time.value'],
      [(c) => { (c.steps[1] as { symbol: string }).symbol = 'connector'; }, 'content.steps.1.symbol'],
      [(c) => { c.steps[1].description = 'x'.repeat(2001); }, 'content.steps.1.description'],
      [(c) => { c.identity.effectiveOn = '2026-02-30'; }, 'content.identity.effectiveOn'],
      [(c) => { c.identity.ratifiedBy.nip = '123'; }, 'content.identity.ratifiedBy.nip'],
      [(c) => { c.steps = Array.from({ length: 301 }, () => c.steps[1]); }, 'content.steps'],
      [(c) => { c.actors = Array.from({ length: 21 }, (_, i) => ({ id: `x${i}`, name: 'X' })); }, 'content.actors'],
      [(c) => { (c.steps[1] as unknown as Record<string, unknown>).colour = 'red'; }, 'content.steps.1'],
    ];
    for (const [change, path] of cases) {
      const content = validSop();
      change(content);
      const res = await expectNothingWritten(t, () => save(pemrakarsa, sop.id, 1, content));
      expect(res.statusCode, path).toBe(400);
      expect(fieldPaths(res.json()), path).toContain(path);
    }
    const unknownStep = await save(pemrakarsa, sop.id, 1, { ...validSop(), steps: validSop().steps.map((s) => (s.id === 's3' ? { ...s, yes: 's9' } : s)) });
    expect(unknownStep.json().error.fields).toContainEqual({ path: 'content.steps.2.yes', message: 'Kegiatan tujuan tidak ada pada SOP.' });
    expect((await expectNothingWritten(t, () => pemrakarsa.put(`/api/sops/${sop.id}/content`, { content: validSop() }))).statusCode).toBe(400);
  });

  it('refuses to create for an unknown unit, or without a title', async () => {
    const unknown = await expectNothingWritten(t, () => admin.post('/api/sops', { unitId: randomUUID(), title: 'SOP' }));
    expect(unknown.json().error).toMatchObject({ code: 'UNIT_UNKNOWN', fields: [{ path: 'unitId' }] });
    const untitled = await expectNothingWritten(t, () => pemrakarsa.post('/api/sops', { unitId: kompolnas, title: ' ' }));
    expect(fieldPaths(untitled.json())).toEqual(['title']);
  });

  it('checks content without saving it, including related SOPs in the registry', async () => {
    const sop = await createSop();
    const related = await createSop(pemrakarsa, 'SOP Naskah Dinas');
    const content = validSop();
    content.identity.related = [{ sopId: related.id, title: 'SOP Naskah Dinas' }, { sopId: randomUUID(), title: 'SOP Hilang' }, { title: 'SOP instansi lain' }];
    const res = await expectNothingWritten(t, () => pemrakarsa.post(`/api/sops/${sop.id}/check`, { content }));
    expect(res.statusCode).toBe(200);
    expect(res.json().problems).toEqual([
      { severity: 'error', code: 'related_unknown', path: 'identity.related.1.sopId', params: { title: 'SOP Hilang' }, message: 'SOP terkait "SOP Hilang" tidak ada dalam daftar SOP.' },
    ]);
    expect(res.json().mainPath.minutes).toBe(990);

    const noExit = validSop();
    noExit.steps[2].no = null;
    const english = await pemrakarsa.request({ method: 'POST', url: `/api/sops/${sop.id}/check`, payload: { content: noExit }, headers: { 'accept-language': 'en' } });
    expect(english.json().problems[0]).toMatchObject({ code: 'decision_missing_exit', path: 'steps.2.no', message: 'The decision at step 3 has no "No" exit.' });
    const indonesian = (await pemrakarsa.post(`/api/sops/${sop.id}/check`, { content: noExit })).json();
    expect(indonesian.problems[0].message).toBe('Keputusan pada kegiatan 3 belum memiliki arah "Tidak".');
  });

  it('shows the difference between two versions', async () => {
    const sop = await createSop();
    const v2 = validSop();
    await save(pemrakarsa, sop.id, 1, v2);
    const v3 = structuredClone(v2);
    v3.steps[1].description = 'Menyusun konsep laporan kinerja';
    v3.steps.splice(3, 1);
    v3.steps[2].yes = 's5';
    await save(pemrakarsa, sop.id, 2, v3);
    const res = await verifikator.get(`/api/sops/${sop.id}/diff?from=2&to=3`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      from: 2, to: 3,
      steps: { added: [], removed: [{ id: 's4', index: 3 }], changed: [{ id: 's2', fields: ['description'] }, { id: 's3', fields: ['yes'] }], moved: [] },
    });
    expect((await verifikator.get(`/api/sops/${sop.id}/diff?from=1&to=7`)).json().error.code).toBe('SOP_VERSION_UNKNOWN');
    expect(fieldPaths((await verifikator.get(`/api/sops/${sop.id}/diff?from=x&to=2`)).json())).toEqual(['querystring.from']);
  });
});

describe('SOP drafts: who may do what', () => {
  it('keeps a unit out of another unit\'s SOPs and lets the bureau read them all', async () => {
    const sop = await createSop();
    await save(pemrakarsa, sop.id, 1, validSop());
    for (const c of [otherUnit]) {
      for (const url of [`/api/sops/${sop.id}`, `/api/sops/${sop.id}/versions`, `/api/sops/${sop.id}/versions/1`, `/api/sops/${sop.id}/diff?from=1&to=2`]) {
        expect((await c.get(url)).statusCode, url).toBe(404);
      }
      const write = await expectNothingWritten(t, async () => [await save(c, sop.id, 2, validSop()), await c.post(`/api/sops/${sop.id}/check`, { content: validSop() })]);
      expect(write.map((r) => r.statusCode)).toEqual([404, 404]);
      expect((await c.get(`/api/sops?unitId=${kompolnas}`)).statusCode).toBe(403);
      expect((await c.get('/api/sops?pageSize=100')).json().items.map((s: { id: string }) => s.id)).not.toContain(sop.id);
    }
    for (const c of [verifikator, kepalaBiro, admin]) {
      const res = await c.get(`/api/sops/${sop.id}`);
      expect(res.statusCode).toBe(200);
      expect((await c.get(`/api/sops?unitId=${kompolnas}&pageSize=100`)).json().items.map((s: { id: string }) => s.id)).toContain(sop.id);
    }
    expect((await verifikator.get(`/api/sops/${sop.id}`)).json().actions).toEqual(['check']);
    expect((await admin.get(`/api/sops/${sop.id}`)).json().actions).toEqual(['edit', 'check']);
  });

  it('lets the unit and administrators write, not the other bureau roles nor other units', async () => {
    const sop = await createSop();
    for (const c of [verifikator, kepalaBiro]) {
      const res = await expectNothingWritten(t, () => save(c, sop.id, 1, validSop()));
      expect(res.statusCode).toBe(403);
      expect((await expectNothingWritten(t, () => c.post('/api/sops', { unitId: kompolnas, title: 'SOP' }))).statusCode).toBe(403);
    }
    expect((await expectNothingWritten(t, () => otherUnit.post('/api/sops', { unitId: kompolnas, title: 'SOP' }))).statusCode).toBe(403);
    expect((await save(admin, sop.id, 1, validSop())).statusCode).toBe(200);
    expect((await createSop(admin, 'SOP untuk Komjak', komjak)).unitId).toBe(komjak);
    expect((await createSop(otherUnit, 'SOP Komjak', komjak)).actions).toEqual(['edit', 'check']);
  });

  it('lists own unit\'s SOPs with search, and the create action', async () => {
    await createSop(pemrakarsa, 'SOP Pengelolaan Arsip Unik');
    const found = (await pimpinan.get('/api/sops?q=arsip%20unik')).json();
    expect(found).toMatchObject({ total: 1, actions: ['create'], items: [{ title: 'SOP Pengelolaan Arsip Unik', unitCode: 'SETKOMPOLNAS', actions: ['edit', 'check'] }] });
    expect((await verifikator.get('/api/sops?q=arsip%20unik')).json()).toMatchObject({ total: 1, actions: [] });
  });

  it('is closed to the public', async () => {
    const sop = await createSop();
    const pub = await t.client();
    const calls = [
      pub.get('/api/sops'), pub.get(`/api/sops/${sop.id}`), pub.get(`/api/sops/${sop.id}/versions`), pub.get(`/api/sops/${sop.id}/versions/1`),
      pub.get(`/api/sops/${sop.id}/diff?from=1&to=1`), pub.post('/api/sops', { unitId: kompolnas, title: 'X' }),
      pub.put(`/api/sops/${sop.id}/content`, { version: 1, content: validSop() }), pub.post(`/api/sops/${sop.id}/check`, { content: validSop() }),
    ];
    const results = await expectNothingWritten(t, () => Promise.all(calls));
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(401));
  });
});
