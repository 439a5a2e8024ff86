import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectAdminOnly, expectNothingWritten, fieldPaths, signInNonAdmins, unitIdOf } from '../../testing/fixtures.ts';

let t: TestApp;
let admin: ApiClient;
let others: ApiClient[];
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(DEMO.admin);
  others = await signInNonAdmins(t);
});
afterAll(() => t?.close());

describe('units API (harness smoke)', () => {
  it('lists units publicly', async () => {
    const c = await t.client();
    const res = await c.get('/api/units');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ page: 1, actions: [] });
  });

  it('refuses creation to the public', async () => {
    const c = await t.client();
    const res = await c.post('/api/units', { code: 'X1', name: 'Unit X', kind: 'eselon2', parentId: null });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a request without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'a@b.id', password: 'x' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
  });

  it('answers malformed JSON with a clear 400', async () => {
    const c = await t.client();
    const res = await c.request({ method: 'POST', url: '/api/auth/sign-in', payload: '{"email":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'MALFORMED_JSON', message: 'Isi permintaan bukan JSON yang valid.' });
  });

  it('names the fields at fault, in the caller language', async () => {
    const c = await t.client();
    const res = await c.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'not-an-email' }, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.fields).toEqual(expect.arrayContaining([
      { path: 'email', message: 'Not a valid e-mail address.' },
      expect.objectContaining({ path: 'password' }),
    ]));
  });
});

describe('units API', () => {
  const create = (body: object) => admin.post('/api/units', body);

  it('shows the demo tree, with parent names', async () => {
    const ses = await unitIdOf(admin, 'SES');
    const children = (await (await t.client()).get(`/api/units?parentId=${ses}`)).json();
    expect(children.items.map((u: { code: string }) => u.code)).toEqual(['BRO-HPH', 'BRO-PO']);
    expect(children.items[0]).toMatchObject({ parentId: ses, parentName: 'Sekretariat Kementerian Koordinator', kind: 'eselon2', actions: [] });
    const root = (await admin.get(`/api/units/${await unitIdOf(admin, 'KL')}`)).json();
    expect(root).toMatchObject({ name: 'Kementerian Uji', kind: 'kementerian', parentId: null });
  });

  it('creates a unit with an audit entry; a taken code is a 409 whatever its case', async () => {
    const parentId = await unitIdOf(admin, 'BRO-PO');
    const res = await create({ code: 'BAG-REN', name: 'Bagian Perencanaan', kind: 'eselon3', parentId });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'BAG-REN', parentId, parentName: 'Biro Perencanaan dan Organisasi', active: true, version: 1 });
    expect(await auditCount(t, 'unit.create', res.json().id)).toBe(1);
    const taken = await expectNothingWritten(t, () => create({ code: 'bag-ren', name: 'Bagian Lain', kind: 'eselon3', parentId }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'UNIT_CODE_TAKEN', fields: [{ path: 'code' }] });
  });

  it('rejects bad input and unknown parents, writing nothing', async () => {
    const cases: [object, string][] = [
      [{ name: 'Tanpa Kode', kind: 'eselon2', parentId: null }, 'code'],
      [{ code: 'A B', name: 'Spasi', kind: 'eselon2', parentId: null }, 'code'],
      [{ code: 'X'.repeat(21), name: 'Panjang', kind: 'eselon2', parentId: null }, 'code'],
      [{ code: 'OK', name: 'n'.repeat(201), kind: 'eselon2', parentId: null }, 'name'],
      [{ code: 'OK', name: 'Jenis', kind: 'direktorat', parentId: null }, 'kind'],
      [{ code: 'OK', name: 'Induk', kind: 'eselon2', parentId: 'SES' }, 'parentId'],
    ];
    for (const [body, path] of cases) {
      const res = await expectNothingWritten(t, () => create(body));
      expect(res.statusCode).toBe(400);
      expect(fieldPaths(res.json())).toContain(path);
    }
    const unknown = await expectNothingWritten(t, () => create({ code: 'OK', name: 'Yatim', kind: 'eselon2', parentId: randomUUID() }));
    expect(unknown.json().error).toMatchObject({ code: 'UNIT_PARENT_UNKNOWN', fields: [{ path: 'parentId' }] });
  });

  it('moves a unit under another parent, and refuses a cycle', async () => {
    const unit = (await create({ code: 'BAG-UMUM', name: 'Bagian Umum', kind: 'eselon3', parentId: await unitIdOf(admin, 'BRO-PO') })).json();
    const hph = await unitIdOf(admin, 'BRO-HPH');
    const moved = await admin.patch(`/api/units/${unit.id}`, { version: 1, parentId: hph });
    expect(moved.json()).toMatchObject({ parentId: hph, parentName: 'Biro Hukum, Persidangan, dan Hubungan Kelembagaan', version: 2 });
    expect(await auditCount(t, 'unit.update', unit.id)).toBe(1);

    const ses = (await admin.get(`/api/units/${await unitIdOf(admin, 'SES')}`)).json();
    const cycle = await expectNothingWritten(t, () => admin.patch(`/api/units/${ses.id}`, { version: ses.version, parentId: unit.id }));
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error).toMatchObject({ code: 'UNIT_CYCLE', fields: [{ path: 'parentId' }] });
    const self = await expectNothingWritten(t, () => admin.patch(`/api/units/${unit.id}`, { version: 2, parentId: unit.id }));
    expect(self.json().error.code).toBe('UNIT_CYCLE');
    const stale = await expectNothingWritten(t, () => admin.patch(`/api/units/${unit.id}`, { version: 1, name: 'Bagian Umum Lama' }));
    expect(stale.statusCode).toBe(409);
    expect((await expectNothingWritten(t, () => admin.patch(`/api/units/${randomUUID()}`, { version: 1, name: 'Hilang' }))).statusCode).toBe(404);
  });

  it('refuses to deactivate a unit with active sub-units or active users', async () => {
    const ses = (await admin.get(`/api/units/${await unitIdOf(admin, 'SES')}`)).json();
    const children = await expectNothingWritten(t, () => admin.post(`/api/units/${ses.id}/deactivate`, { version: ses.version }));
    expect(children.statusCode).toBe(409);
    expect(children.json().error.code).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    const komjak = (await admin.get(`/api/units/${await unitIdOf(admin, 'SETKOMJAK')}`)).json();
    const users = await expectNothingWritten(t, () => admin.post(`/api/units/${komjak.id}/deactivate`, { version: komjak.version }));
    expect(users.statusCode).toBe(409);
    expect(users.json().error).toMatchObject({ code: 'UNIT_HAS_ACTIVE_USERS', message: expect.stringContaining('2') });
  });

  it('deactivates an empty unit with an audit entry, and reactivates it', async () => {
    const unit = await admin.get(`/api/units/${await unitIdOf(admin, 'ASDEP-3.3')}`);
    const { id, version } = unit.json();
    const off = await admin.post(`/api/units/${id}/deactivate`, { version });
    expect(off.json()).toMatchObject({ active: false, version: version + 1 });
    expect(await auditCount(t, 'unit.deactivate', id)).toBe(1);
    const publicList = (await (await t.client()).get('/api/units?includeInactive=true&pageSize=100')).json();
    expect(publicList.items.map((u: { id: string }) => u.id)).not.toContain(id);
    expect((await admin.post(`/api/units/${id}/activate`, { version: version + 1 })).json().active).toBe(true);
  });

  it('lists the members of a unit to administrators and to the head of that unit only', async () => {
    const kompolnas = await unitIdOf(admin, 'SETKOMPOLNAS');
    const komjak = await unitIdOf(admin, 'SETKOMJAK');
    const pimpinan = await t.signIn(DEMO.pimpinan);
    const own = await pimpinan.get(`/api/units/${kompolnas}/users`);
    expect(own.statusCode).toBe(200);
    expect(own.json().map((u: { email: string }) => u.email).sort()).toEqual([DEMO.pemrakarsa, DEMO.pimpinan].sort());
    expect(own.json()[0]).toEqual({ id: expect.any(String), name: expect.any(String), email: expect.any(String), roles: expect.any(Array), active: true });
    expect((await pimpinan.get(`/api/units/${komjak}/users`)).statusCode).toBe(403);
    expect((await (await t.signIn(DEMO.pemrakarsa)).get(`/api/units/${kompolnas}/users`)).statusCode).toBe(403);
    expect((await (await t.client()).get(`/api/units/${kompolnas}/users`)).statusCode).toBe(401);
    expect((await admin.get(`/api/units/${komjak}/users`)).json()).toHaveLength(2);
    expect((await admin.get(`/api/units/${randomUUID()}/users`)).statusCode).toBe(404);
  });

  it('refuses every change to everyone but administrators', async () => {
    const unit = (await admin.get(`/api/units/${await unitIdOf(admin, 'ASDEP-3.1')}`)).json();
    await expectAdminOnly(t, others, (c) => c.post('/api/units', { code: 'LAIN', name: 'Unit Lain', kind: 'eselon2', parentId: null }));
    await expectAdminOnly(t, others, (c) => c.patch(`/api/units/${unit.id}`, { version: unit.version, name: 'Unit Lain' }));
    await expectAdminOnly(t, others, (c) => c.post(`/api/units/${unit.id}/deactivate`, { version: unit.version }));
    await expectAdminOnly(t, others, (c) => c.post(`/api/units/${unit.id}/activate`, { version: unit.version }));
  });
});
