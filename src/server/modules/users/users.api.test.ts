import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectAdminOnly, expectNothingWritten, fieldPaths, signInNonAdmins, unitIdOf } from '../../testing/fixtures.ts';

let t: TestApp;
let admin: ApiClient;
let others: ApiClient[];
let adminId: string;
let otl: string;
let kompolnas: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(DEMO.admin);
  adminId = (await admin.get('/api/auth/session')).json().user.id;
  others = await signInNonAdmins(t);
  otl = await unitIdOf(admin, 'BAG-OTL');
  kompolnas = await unitIdOf(admin, 'SETKOMPOLNAS');
});
afterAll(() => t?.close());

let n = 0;
const newUser = (over: object = {}) =>
  admin.post('/api/users', { email: `pengguna${++n}@contoh.go.id`, name: `Pengguna Uji ${n}`, unitId: kompolnas, roles: ['pemrakarsa'], ...over });

describe('users API: reading', () => {
  it('lists accounts with units and roles, searchable by name, e-mail and NIP', async () => {
    const res = await admin.get('/api/users?pageSize=100');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.actions).toEqual(['create']);
    expect(body.total).toBeGreaterThanOrEqual(6);
    const me = body.items.find((u: { id: string }) => u.id === adminId);
    expect(me).toMatchObject({ email: DEMO.admin, unitCode: 'BAG-OTL', roles: ['administrator'], active: true, mustChangePassword: false });
    expect(me.actions).toEqual(['update', 'resetPassword']);
    expect(me).not.toHaveProperty('passwordHash');
    const other = body.items.find((u: { email: string }) => u.email === DEMO.pemrakarsa);
    expect(other.actions).toEqual(['update', 'resetPassword', 'deactivate']);

    const q = async (term: string) => (await admin.get(`/api/users?q=${encodeURIComponent(term)}`)).json().items.map((u: { email: string }) => u.email);
    expect((await q('komjak')).sort()).toEqual([DEMO.pemrakarsaKomjak, DEMO.pimpinanKomjak].sort());
    expect(await q(me.name.split(' ')[0])).toContain(DEMO.admin);
    expect(await q(me.nip)).toEqual([DEMO.admin]);
  });

  it('filters by unit and role', async () => {
    const inUnit = (await admin.get(`/api/users?unitId=${kompolnas}`)).json().items.map((u: { email: string }) => u.email);
    expect(inUnit.sort()).toEqual([DEMO.pemrakarsa, DEMO.pimpinan].sort());
    const heads = (await admin.get('/api/users?role=kepala_biro')).json();
    expect(heads.items.map((u: { email: string }) => u.email)).toEqual([DEMO.kepalaBiro]);
    expect((await admin.get('/api/users?role=menteri')).statusCode).toBe(400);
  });

  it('pages', async () => {
    const all = (await admin.get('/api/users?pageSize=100')).json();
    const page = (await admin.get('/api/users?pageSize=2&page=2')).json();
    expect(page).toMatchObject({ total: all.total, page: 2, pageSize: 2 });
    expect(page.items.map((u: { id: string }) => u.id)).toEqual(all.items.slice(2, 4).map((u: { id: string }) => u.id));
  });

  it('shows one account; 404 for an unknown id, 400 for a malformed one', async () => {
    expect((await admin.get(`/api/users/${adminId}`)).json().email).toBe(DEMO.admin);
    expect((await admin.get(`/api/users/${randomUUID()}`)).statusCode).toBe(404);
    expect((await admin.get('/api/users/123')).statusCode).toBe(400);
  });

  it('is for administrators only (a user may read their own account)', async () => {
    await expectAdminOnly(t, others, (c) => c.get('/api/users'));
    await expectAdminOnly(t, others, (c) => c.get(`/api/users/${adminId}`));
    const pemrakarsa = others[2];
    const ownId = (await pemrakarsa.get('/api/auth/session')).json().user.id;
    expect((await pemrakarsa.get(`/api/users/${ownId}`)).statusCode).toBe(200);
  });
});

describe('users API: changes', () => {
  it('creates an account with a one-time temporary password that must be changed', async () => {
    const res = await newUser({ email: 'Yusuf.Hakim@Contoh.go.id', name: 'Yusuf Hakim', nip: '199001012015031001', roles: ['pemrakarsa', 'pimpinan_unit', 'pemrakarsa'] });
    expect(res.statusCode).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(user).toMatchObject({
      email: 'yusuf.hakim@contoh.go.id',
      name: 'Yusuf Hakim',
      nip: '199001012015031001',
      unitId: kompolnas,
      unitCode: 'SETKOMPOLNAS',
      roles: ['pemrakarsa', 'pimpinan_unit'],
      active: true,
      mustChangePassword: true,
      version: 1,
      actions: ['update', 'resetPassword', 'deactivate'],
    });
    expect(temporaryPassword).toEqual(expect.any(String));
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    expect(await auditCount(t, 'user.create', user.id)).toBe(1);
    const audit = JSON.stringify((await t.database.db.query.auditLog.findMany()).map((a) => a.data));
    expect(audit).not.toContain(temporaryPassword);
  });

  it('rejects bad input naming the fields, writing nothing', async () => {
    const cases: [object, string][] = [
      [{ email: undefined }, 'email'],
      [{ email: 'bukan-email' }, 'email'],
      [{ email: `${'a'.repeat(250)}@contoh.go.id` }, 'email'],
      [{ name: undefined }, 'name'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ nip: '12345' }, 'nip'],
      [{ nip: '19900101201503100A' }, 'nip'],
      [{ roles: [] }, 'roles'],
      [{ roles: ['menteri'] }, 'roles.0'],
      [{ roles: 'pemrakarsa' }, 'roles'],
      [{ unitId: 'SETKOMPOLNAS' }, 'unitId'],
    ];
    for (const [over, path] of cases) {
      const res = await expectNothingWritten(t, () => newUser(over));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(fieldPaths(res.json())).toContain(path);
    }
    const en = await admin.request({ method: 'POST', url: '/api/users', payload: { email: 'x@contoh.go.id', name: 'Xavier', unitId: kompolnas, roles: [] }, headers: { 'accept-language': 'en' } });
    expect(en.json().error.fields).toEqual([{ path: 'roles', message: 'Choose at least one role.' }]);
  });

  it('refuses an unknown unit and a taken e-mail, writing nothing', async () => {
    const unknown = await expectNothingWritten(t, () => newUser({ unitId: randomUUID() }));
    expect(unknown.json().error).toMatchObject({ code: 'UNIT_UNKNOWN', fields: [{ path: 'unitId' }] });
    const taken = await expectNothingWritten(t, () => newUser({ email: DEMO.pimpinan.toUpperCase() }));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'EMAIL_TAKEN', fields: [{ path: 'email' }] });
  });

  it('edits e-mail, name, NIP, unit and roles with the version read', async () => {
    const { user } = (await newUser()).json();
    const res = await admin.patch(`/api/users/${user.id}`, { version: 1, email: 'baru@contoh.go.id', name: 'Nama Baru', nip: '198001012005011001', unitId: otl, roles: ['verifikator'] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ email: 'baru@contoh.go.id', name: 'Nama Baru', nip: '198001012005011001', unitCode: 'BAG-OTL', roles: ['verifikator'], version: 2 });
    expect(await auditCount(t, 'user.update', user.id)).toBe(1);
    const cleared = await admin.patch(`/api/users/${user.id}`, { version: 2, nip: '' });
    expect(cleared.json()).toMatchObject({ nip: null, roles: ['verifikator'], version: 3 });

    const stale = await expectNothingWritten(t, () => admin.patch(`/api/users/${user.id}`, { version: 1, name: 'Lama' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { name: 'Nama Baru', version: 3 } });

    const taken = await expectNothingWritten(t, () => admin.patch(`/api/users/${user.id}`, { version: 3, email: DEMO.verifikator }));
    expect(taken.json().error.code).toBe('EMAIL_TAKEN');
    const noRoles = await expectNothingWritten(t, () => admin.patch(`/api/users/${user.id}`, { version: 3, roles: [] }));
    expect(noRoles.statusCode).toBe(400);
    expect((await expectNothingWritten(t, () => admin.patch(`/api/users/${randomUUID()}`, { version: 1, name: 'Siapa' }))).statusCode).toBe(404);
  });

  it('takes effect on the next request of a signed-in user', async () => {
    const { user, temporaryPassword } = (await newUser()).json();
    const c = await t.signIn(user.email, temporaryPassword);
    await admin.patch(`/api/users/${user.id}`, { version: 1, roles: ['pimpinan_unit'] });
    expect((await c.get('/api/auth/session')).json().user.roles).toEqual(['pimpinan_unit']);
  });

  it('does not let an administrator drop their own administrator role', async () => {
    const res = await expectNothingWritten(t, () => admin.patch(`/api/users/${adminId}`, { version: 1, roles: ['verifikator'] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'CANNOT_DROP_OWN_ADMIN', fields: [{ path: 'roles' }] });
    const res2 = await admin.patch(`/api/users/${adminId}`, { version: 1, roles: ['administrator', 'verifikator'] });
    expect(res2.json().roles).toEqual(['administrator', 'verifikator']);
  });

  it('deactivates an account, ending its sessions, and reactivates it', async () => {
    const { user, temporaryPassword } = (await newUser()).json();
    const c = await t.signIn(user.email, temporaryPassword);
    expect((await c.get('/api/auth/session')).json().user).not.toBeNull();

    const off = await admin.post(`/api/users/${user.id}/deactivate`, { version: 1 });
    expect(off.json()).toMatchObject({ active: false, version: 2, actions: ['update', 'resetPassword', 'activate'] });
    expect(await auditCount(t, 'user.deactivate', user.id)).toBe(1);
    expect((await c.get('/api/auth/session')).json().user).toBeNull();
    const { rows } = await t.database.db.execute(`select count(*)::int as n from sessions where user_id = '${user.id}'`);
    expect(rows[0]).toEqual({ n: 0 });
    const again = await (await t.client()).post('/api/auth/sign-in', { email: user.email, password: temporaryPassword });
    expect(again.statusCode).toBe(401);

    expect((await admin.get('/api/users?q=pengguna&pageSize=100')).json().items.map((u: { id: string }) => u.id)).not.toContain(user.id);
    expect((await admin.get('/api/users?q=pengguna&pageSize=100&includeInactive=true')).json().items.map((u: { id: string }) => u.id)).toContain(user.id);

    expect((await expectNothingWritten(t, () => admin.post(`/api/users/${user.id}/activate`, { version: 1 }))).statusCode).toBe(409);
    expect((await admin.post(`/api/users/${user.id}/activate`, { version: 2 })).json()).toMatchObject({ active: true, version: 3 });
    expect(await auditCount(t, 'user.activate', user.id)).toBe(1);
  });

  it('does not let administrators deactivate themselves', async () => {
    const res = await expectNothingWritten(t, () => admin.post(`/api/users/${adminId}/deactivate`, { version: 2 }));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CANNOT_DEACTIVATE_SELF');
  });

  it('resets a password: a new temporary one, sessions end, the old one stops working', async () => {
    const { user, temporaryPassword: first } = (await newUser()).json();
    const c = await t.signIn(user.email, first);
    const res = await admin.post(`/api/users/${user.id}/reset-password`);
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json();
    expect(temporaryPassword).not.toBe(first);
    expect(await auditCount(t, 'user.resetPassword', user.id)).toBe(1);
    expect((await c.get('/api/auth/session')).json().user).toBeNull();
    expect((await (await t.client()).post('/api/auth/sign-in', { email: user.email, password: first })).statusCode).toBe(401);
    const fresh = await t.signIn(user.email, temporaryPassword);
    expect((await fresh.get('/api/auth/session')).json().user.mustChangePassword).toBe(true);
    expect((await expectNothingWritten(t, () => admin.post(`/api/users/${randomUUID()}/reset-password`))).statusCode).toBe(404);
  });

  it('refuses every change to everyone but administrators', async () => {
    const { user } = (await newUser()).json();
    await expectAdminOnly(t, others, (c) => c.post('/api/users', { email: 'lain@contoh.go.id', name: 'Orang Lain', unitId: kompolnas, roles: ['pemrakarsa'] }));
    await expectAdminOnly(t, others, (c) => c.patch(`/api/users/${user.id}`, { version: 1, roles: ['administrator'] }));
    await expectAdminOnly(t, others, (c) => c.post(`/api/users/${user.id}/deactivate`, { version: 1 }));
    await expectAdminOnly(t, others, (c) => c.post(`/api/users/${user.id}/activate`, { version: 1 }));
    await expectAdminOnly(t, others, (c) => c.post(`/api/users/${user.id}/reset-password`));
  });
});
