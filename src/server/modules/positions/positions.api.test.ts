import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectAdminOnly, expectNothingWritten, fieldPaths, signInNonAdmins, unitIdOf } from '../../testing/fixtures.ts';

let t: TestApp;
let admin: ApiClient;
let pemrakarsa: ApiClient;
let others: ApiClient[];
let otl: string;
let komjak: string;
let closedUnit: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(DEMO.admin);
  others = await signInNonAdmins(t);
  pemrakarsa = others[2];
  otl = await unitIdOf(admin, 'BAG-OTL');
  komjak = await unitIdOf(admin, 'SETKOMJAK');
  const created = (await admin.post('/api/units', { code: 'TUTUP', name: 'Unit yang ditutup', kind: 'eselon2', parentId: null })).json();
  closedUnit = (await admin.post(`/api/units/${created.id}/deactivate`, { version: created.version })).json().id;
});
afterAll(() => t?.close());

const create = (body: object) => admin.post('/api/positions', body);

describe('positions API: reading', () => {
  it('is for signed-in users only', async () => {
    const res = await (await t.client()).get('/api/positions');
    expect(res.statusCode).toBe(401);
    expect((await pemrakarsa.get('/api/positions')).statusCode).toBe(200);
  });

  it('lists the demo positions with unit names, filtered by unit and searched by name', async () => {
    const res = await pemrakarsa.get(`/api/positions?unitId=${otl}&pageSize=50`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(7);
    expect(body.actions).toEqual([]);
    expect(body.items.map((p: { name: string }) => p.name)).toContain('Analis Tata Laksana');
    expect(body.items[0]).toMatchObject({ unitId: otl, unitCode: 'BAG-OTL', unitName: 'Bagian Organisasi dan Tata Laksana', active: true, actions: [] });

    const search = (await pemrakarsa.get('/api/positions?q=tata%20laksana&pageSize=50')).json();
    expect(search.items.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['Analis Tata Laksana', 'Kepala Bagian Organisasi dan Tata Laksana']),
    );
  });

  it('pages', async () => {
    const all = (await admin.get(`/api/positions?unitId=${otl}&pageSize=100`)).json();
    const page2 = (await admin.get(`/api/positions?unitId=${otl}&pageSize=3&page=2`)).json();
    expect(page2).toMatchObject({ total: all.total, page: 2, pageSize: 3, actions: ['create'] });
    expect(page2.items.map((p: { id: string }) => p.id)).toEqual(all.items.slice(3, 6).map((p: { id: string }) => p.id));
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await admin.get(`/api/positions/${randomUUID()}`)).statusCode).toBe(404);
    const res = await admin.get('/api/positions/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(fieldPaths(res.json())).toEqual(['params.id']);
  });

  it('rejects malformed filters', async () => {
    expect((await admin.get('/api/positions?unitId=abc')).statusCode).toBe(400);
    expect((await admin.get('/api/positions?pageSize=1000')).statusCode).toBe(400);
    expect((await admin.get(`/api/positions?q=${'x'.repeat(201)}`)).statusCode).toBe(400);
  });
});

describe('positions API: changes', () => {
  it('creates a position with its actions and an audit entry', async () => {
    const res = await create({ unitId: komjak, name: 'Analis Hukum', kind: 'fungsional' });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ unitId: komjak, unitCode: 'SETKOMJAK', name: 'Analis Hukum', kind: 'fungsional', active: true, version: 1, actions: ['update', 'deactivate'] });
    expect(await auditCount(t, 'position.create', p.id)).toBe(1);
    expect((await pemrakarsa.get(`/api/positions/${p.id}`)).json().actions).toEqual([]);
  });

  it('rejects bad input naming the fields, writing nothing', async () => {
    const cases: [object, string][] = [
      [{}, 'unitId'],
      [{ unitId: komjak, kind: 'fungsional' }, 'name'],
      [{ unitId: komjak, name: 'Analis', kind: 'menteri' }, 'kind'],
      [{ unitId: komjak, name: 42, kind: 'fungsional' }, 'name'],
      [{ unitId: komjak, name: 'x'.repeat(201), kind: 'fungsional' }, 'name'],
      [{ unitId: 'KL', name: 'Analis', kind: 'fungsional' }, 'unitId'],
    ];
    for (const [body, path] of cases) {
      const res = await expectNothingWritten(t, () => create(body));
      expect(res.statusCode).toBe(400);
      expect(fieldPaths(res.json())).toContain(path);
    }
  });

  it('refuses an unknown or inactive unit with a field error', async () => {
    const unknown = await expectNothingWritten(t, () => create({ unitId: randomUUID(), name: 'Analis Baru', kind: 'fungsional' }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'UNIT_UNKNOWN', fields: [{ path: 'unitId' }] });
    const inactive = await expectNothingWritten(t, () => create({ unitId: closedUnit, name: 'Analis Baru', kind: 'fungsional' }));
    expect(inactive.statusCode).toBe(400);
    expect(inactive.json().error).toMatchObject({ code: 'UNIT_INACTIVE', fields: [{ path: 'unitId' }] });
  });

  it('keeps names unique per unit, whatever the case', async () => {
    const res = await expectNothingWritten(t, () => create({ unitId: otl, name: 'analis tata laksana', kind: 'fungsional' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'POSITION_NAME_TAKEN', fields: [{ path: 'name' }] });
    expect((await create({ unitId: komjak, name: 'Analis Tata Laksana', kind: 'fungsional' })).statusCode).toBe(201);
  });

  it('renames and moves a position to another unit, with the version read', async () => {
    const p = (await create({ unitId: komjak, name: 'Arsiparis', kind: 'fungsional' })).json();
    const res = await admin.patch(`/api/positions/${p.id}`, { version: 1, unitId: otl, name: 'Arsiparis Ahli Muda' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ unitId: otl, unitCode: 'BAG-OTL', name: 'Arsiparis Ahli Muda', version: 2 });
    expect(await auditCount(t, 'position.update', p.id)).toBe(1);

    const stale = await expectNothingWritten(t, () => admin.patch(`/api/positions/${p.id}`, { version: 1, name: 'Arsiparis' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { name: 'Arsiparis Ahli Muda', version: 2 } });

    const clash = await expectNothingWritten(t, () => admin.patch(`/api/positions/${p.id}`, { version: 2, name: 'Analis Jabatan' }));
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error).toMatchObject({ code: 'POSITION_NAME_TAKEN', message: expect.stringContaining('Analis Jabatan') });

    const moveToClosed = await expectNothingWritten(t, () => admin.patch(`/api/positions/${p.id}`, { version: 2, unitId: closedUnit }));
    expect(moveToClosed.json().error.code).toBe('UNIT_INACTIVE');
  });

  it('answers 404 for an unknown position and 400 without a version', async () => {
    expect((await expectNothingWritten(t, () => admin.patch(`/api/positions/${randomUUID()}`, { version: 1, name: 'Apa Saja' }))).statusCode).toBe(404);
    const noVersion = await admin.patch(`/api/positions/${randomUUID()}`, { name: 'Apa Saja' });
    expect(noVersion.statusCode).toBe(400);
    expect(fieldPaths(noVersion.json())).toEqual(['version']);
    expect((await admin.post(`/api/positions/${randomUUID()}/deactivate`, { version: 1 })).statusCode).toBe(404);
  });

  it('deactivates and reactivates; inactive positions are listed only on request', async () => {
    const p = (await create({ unitId: komjak, name: 'Pranata Komputer', kind: 'fungsional' })).json();
    const off = await admin.post(`/api/positions/${p.id}/deactivate`, { version: 1 });
    expect(off.json()).toMatchObject({ active: false, version: 2, actions: ['update', 'activate'] });
    expect(await auditCount(t, 'position.deactivate', p.id)).toBe(1);

    const ids = async (query: string) => (await admin.get(`/api/positions?unitId=${komjak}&pageSize=100${query}`)).json().items.map((x: { id: string }) => x.id);
    expect(await ids('')).not.toContain(p.id);
    expect(await ids('&includeInactive=true')).toContain(p.id);

    const stale = await expectNothingWritten(t, () => admin.post(`/api/positions/${p.id}/activate`, { version: 1 }));
    expect(stale.statusCode).toBe(409);
    const on = await admin.post(`/api/positions/${p.id}/activate`, { version: 2 });
    expect(on.json()).toMatchObject({ active: true, version: 3, actions: ['update', 'deactivate'] });
    expect(await auditCount(t, 'position.activate', p.id)).toBe(1);
  });

  it('is refused to everyone but administrators', async () => {
    const p = (await create({ unitId: komjak, name: 'Penelaah Kebijakan', kind: 'pelaksana' })).json();
    await expectAdminOnly(t, others, (c) => c.post('/api/positions', { unitId: komjak, name: 'Jabatan Lain', kind: 'pelaksana' }));
    await expectAdminOnly(t, others, (c) => c.patch(`/api/positions/${p.id}`, { version: 1, name: 'Jabatan Lain' }));
    await expectAdminOnly(t, others, (c) => c.post(`/api/positions/${p.id}/deactivate`, { version: 1 }));
    await expectAdminOnly(t, others, (c) => c.post(`/api/positions/${p.id}/activate`, { version: 1 }));
  });
});
