import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectAdminOnly, expectNothingWritten, fieldPaths, signInNonAdmins } from '../../testing/fixtures.ts';

let t: TestApp;
let admin: ApiClient;
let others: ApiClient[];
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(DEMO.admin);
  others = await signInNonAdmins(t);
});
afterAll(() => t?.close());

describe('organisation API', () => {
  it('shows the organisation to the public, without actions', async () => {
    const res = await (await t.client()).get('/api/organisation');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      name: 'Kementerian Uji',
      shortName: 'Kemenuji',
      bureauName: 'Biro Perencanaan dan Organisasi',
      address: '',
      sopReviewMonths: 12,
      version: 1,
      actions: [],
    });
  });

  it('offers the administrator "update" and applies an edit with the version read', async () => {
    const current = (await admin.get('/api/organisation')).json();
    expect(current.actions).toEqual(['update']);
    const res = await admin.patch('/api/organisation', { version: current.version, address: 'Jl. Medan Merdeka Barat No. 15, Jakarta Pusat' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ address: 'Jl. Medan Merdeka Barat No. 15, Jakarta Pusat', version: current.version + 1, name: 'Kementerian Uji' });
    expect(await auditCount(t, 'organisation.update')).toBe(1);
  });

  it('answers a stale version with 409 and the current state, writing nothing', async () => {
    const res = await expectNothingWritten(t, () => admin.patch('/api/organisation', { version: 1, name: 'Kementerian Lain' }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('VERSION_CONFLICT');
    expect(res.json().current).toMatchObject({ name: 'Kementerian Uji', version: 2 });
  });

  it('rejects bad input naming the fields, writing nothing', async () => {
    for (const body of [{}, { version: 'x' }, { version: 2, name: 'x' }, { version: 2, name: 'n'.repeat(201) }, { version: 2, address: 5 }]) {
      const res = await expectNothingWritten(t, () => admin.patch('/api/organisation', body));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION');
      expect(fieldPaths(res.json()).length).toBeGreaterThan(0);
    }
  });

  it('refuses edits to everyone but administrators', async () => {
    await expectAdminOnly(t, others, (c) => c.patch('/api/organisation', { version: 2, name: 'Kementerian Lain' }));
  });
});
