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

const validService = (over: object = {}) => ({
  code: 'REFORMASI',
  channel: 'penunjang',
  sortOrder: 4,
  name: 'Fasilitasi Reformasi Birokrasi',
  nameEn: 'Bureaucratic reform facilitation',
  description: 'Pendampingan penyusunan rencana aksi reformasi birokrasi unit kerja.',
  requirements: ['Nota dinas permohonan'],
  formFields: [{ key: 'tahun', label: 'Tahun', type: 'number', required: true }],
  requiredAttachments: [{ key: 'notaDinas', label: 'Nota dinas', required: true, types: ['pdf'], maxMb: 10 }],
  output: 'Rencana aksi reformasi birokrasi.',
  standardDays: [2, 3, 3, 3, 5, 2],
  ...over,
});

describe('catalogue API: reading', () => {
  it('lists the nine seeded services publicly, main channel first, in order', async () => {
    const res = await (await t.client()).get('/api/services');
    expect(res.statusCode).toBe(200);
    const { items, actions } = res.json();
    expect(actions).toEqual([]);
    expect(items.map((s: { code: string }) => s.code)).toEqual(['SOP', 'MONEV-SOP', 'ANJAB', 'ABK', 'SKJ', 'EVJAB', 'PROBIS', 'TND', 'PEDOMAN']);
    expect(items[0]).toMatchObject({ channel: 'utama', name: 'Fasilitasi Penyusunan SOP', active: true, version: 1, actions: [] });
    expect(items[8]).toMatchObject({ channel: 'penunjang', name: 'Fasilitasi Penyusunan Pedoman dan/atau Juklak' });
    for (const s of items) {
      expect(s.standardDays).toHaveLength(6);
      expect(s.formFields.length).toBeGreaterThan(0);
      expect(s.requiredAttachments.some((a: { required: boolean }) => a.required)).toBe(true);
    }
  });

  it('shows one service by code, case-insensitively; 404 for an unknown code', async () => {
    const c = await t.client();
    const sop = (await c.get('/api/services/sop')).json();
    expect(sop).toMatchObject({ code: 'SOP', formFields: expect.arrayContaining([expect.objectContaining({ key: 'jenisUsulan', type: 'select', options: ['SOP baru', 'Revisi SOP'] })]) });
    expect((await c.get('/api/services/TIDAK-ADA')).statusCode).toBe(404);
    expect((await c.get(`/api/services/${'X'.repeat(41)}`)).statusCode).toBe(400);
  });

  it('offers administrators the actions they may take', async () => {
    const res = (await admin.get('/api/services')).json();
    expect(res.actions).toEqual(['create']);
    expect(res.items[0].actions).toEqual(['update', 'deactivate']);
  });
});

describe('catalogue API: changes', () => {
  it('creates a service with an audit entry; a taken code is a 409', async () => {
    const res = await admin.post('/api/services', validService());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'REFORMASI', version: 1, active: true, actions: ['update', 'deactivate'] });
    expect(await auditCount(t, 'service.create', res.json().id)).toBe(1);
    const codes = (await admin.get('/api/services')).json().items.map((s: { code: string }) => s.code);
    expect(codes.slice(-2)).toEqual(['PEDOMAN', 'REFORMASI']);

    const taken = await expectNothingWritten(t, () => admin.post('/api/services', validService({ code: 'SOP' })));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'SERVICE_CODE_TAKEN', fields: [{ path: 'code' }] });
  });

  it('rejects bad input naming the fields, writing nothing', async () => {
    const cases: [object, string][] = [
      [{ code: undefined }, 'code'],
      [{ code: 'sop kecil' }, 'code'],
      [{ channel: 'lain' }, 'channel'],
      [{ sortOrder: 'satu' }, 'sortOrder'],
      [{ name: 'x'.repeat(201) }, 'name'],
      [{ description: 'x'.repeat(5001) }, 'description'],
      [{ requirements: 'satu' }, 'requirements'],
      [{ standardDays: [1, 2, 3] }, 'standardDays'],
      [{ standardDays: [1, 2, 3, 4, 5, -1] }, 'standardDays.5'],
      [{ formFields: [{ key: 'Bad Key', label: 'X', type: 'text', required: true }] }, 'formFields.0.key'],
      [{ formFields: [{ key: 'pilihan', label: 'Pilihan', type: 'select', required: true }] }, 'formFields.0.options'],
      [{ requiredAttachments: [{ key: 'a', label: 'A', required: true, types: [], maxMb: 10 }] }, 'requiredAttachments.0.types'],
      [{ requiredAttachments: [{ key: 'a', label: 'A', required: true, types: ['pdf'], maxMb: 500 }] }, 'requiredAttachments.0.maxMb'],
    ];
    for (const [over, path] of cases) {
      const res = await expectNothingWritten(t, () => admin.post('/api/services', validService({ code: 'BARU', ...over })));
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
      expect(fieldPaths(res.json())).toContain(path);
    }
    const code = await admin.post('/api/services', validService({ code: 'kecil' }));
    expect(code.json().error.fields).toEqual([{ path: 'code', message: expect.stringContaining('huruf kapital') }]);
  });

  it('refuses duplicate keys in the form and the attachment list', async () => {
    const field = { key: 'tahun', label: 'Tahun', type: 'number', required: true };
    const res = await expectNothingWritten(t, () => admin.post('/api/services', validService({ code: 'BARU', formFields: [field, field] })));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'formFields', message: 'Kunci ganda: tahun.' }] });
    const sop = (await admin.get('/api/services/SOP')).json();
    const att = sop.requiredAttachments[0];
    const patch = await expectNothingWritten(t, () => admin.patch('/api/services/SOP', { version: sop.version, requiredAttachments: [att, att] }));
    expect(patch.json().error.fields).toEqual([{ path: 'requiredAttachments', message: `Kunci ganda: ${att.key}.` }]);
  });

  it('edits a service with the version read; the code stays', async () => {
    const abk = (await admin.get('/api/services/ABK')).json();
    const res = await admin.patch('/api/services/ABK', { version: abk.version, standardDays: [1, 2, 3, 4, 5, 6], name: 'Fasilitasi ABK', code: 'XYZ' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ code: 'ABK', name: 'Fasilitasi ABK', standardDays: [1, 2, 3, 4, 5, 6], version: abk.version + 1 });
    expect(await auditCount(t, 'service.update', abk.id)).toBe(1);

    const stale = await expectNothingWritten(t, () => admin.patch('/api/services/ABK', { version: abk.version, name: 'Lama' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { name: 'Fasilitasi ABK' } });
    expect((await expectNothingWritten(t, () => admin.patch('/api/services/TIDAK-ADA', { version: 1, name: 'Apa' }))).statusCode).toBe(404);
    expect((await expectNothingWritten(t, () => admin.patch('/api/services/ABK', { name: 'Tanpa versi' }))).statusCode).toBe(400);
  });

  it('flags the services whose requests attach an SOP: SOP and MONEV-SOP seeded on, settable on create and edit', async () => {
    const items = (await (await t.client()).get('/api/services')).json().items as { code: string; attachesSop: boolean }[];
    expect(items.filter((s) => s.attachesSop).map((s) => s.code)).toEqual(['SOP', 'MONEV-SOP']);

    const created = await admin.post('/api/services', validService({ code: 'SOP-KHUSUS', attachesSop: true }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().attachesSop).toBe(true);
    expect((await admin.post('/api/services', validService({ code: 'TANPA-SOP' }))).json().attachesSop).toBe(false);

    const tnd = (await admin.get('/api/services/TND')).json();
    const on = await admin.patch('/api/services/TND', { version: tnd.version, attachesSop: true });
    expect(on.json()).toMatchObject({ attachesSop: true, version: tnd.version + 1 });
    const off = await admin.patch('/api/services/TND', { version: on.json().version, attachesSop: false });
    expect(off.json().attachesSop).toBe(false);
    const bad = await expectNothingWritten(t, () => admin.patch('/api/services/TND', { version: off.json().version, attachesSop: 'ya' }));
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toContain('attachesSop');
  });

  it('names the kind of job document the requests of a service attach: seeded on the job services, settable and clearable on edit', async () => {
    const items = (await (await t.client()).get('/api/services')).json().items as { code: string; jobDocumentKind: string | null }[];
    expect(Object.fromEntries(items.filter((s) => s.jobDocumentKind).map((s) => [s.code, s.jobDocumentKind]))).toEqual({ ANJAB: 'anjab', ABK: 'anjab', SKJ: 'skj', EVJAB: 'evjab' });
    const tnd = (await admin.get('/api/services/TND')).json();
    expect(tnd.jobDocumentKind).toBeNull();
    const on = await admin.patch('/api/services/TND', { version: tnd.version, jobDocumentKind: 'evjab' });
    expect(on.json()).toMatchObject({ jobDocumentKind: 'evjab', version: tnd.version + 1 });
    const off = await admin.patch('/api/services/TND', { version: on.json().version, jobDocumentKind: null });
    expect(off.json().jobDocumentKind).toBeNull();
    const bad = await expectNothingWritten(t, () => admin.patch('/api/services/TND', { version: off.json().version, jobDocumentKind: 'abk' }));
    expect(bad.statusCode).toBe(400);
    expect(fieldPaths(bad.json())).toContain('jobDocumentKind');
  });

  it('deactivates a service: gone from the public list, listed for administrators on request', async () => {
    const skj = (await admin.get('/api/services/SKJ')).json();
    const off = await admin.post('/api/services/SKJ/deactivate', { version: skj.version });
    expect(off.json()).toMatchObject({ active: false, actions: ['update', 'activate'] });
    expect(await auditCount(t, 'service.deactivate', skj.id)).toBe(1);

    const codes = async (c: ApiClient, query = '') => (await c.get(`/api/services${query}`)).json().items.map((s: { code: string }) => s.code);
    expect(await codes(await t.client(), '?includeInactive=true')).not.toContain('SKJ');
    expect(await codes(others[0], '?includeInactive=true')).not.toContain('SKJ');
    expect(await codes(admin)).not.toContain('SKJ');
    expect(await codes(admin, '?includeInactive=true')).toContain('SKJ');

    expect((await expectNothingWritten(t, () => admin.post('/api/services/SKJ/activate', { version: skj.version }))).statusCode).toBe(409);
    expect((await admin.post('/api/services/SKJ/activate', { version: skj.version + 1 })).json()).toMatchObject({ active: true });
    expect(await auditCount(t, 'service.activate', skj.id)).toBe(1);
  });

  it('refuses every change to everyone but administrators', async () => {
    await expectAdminOnly(t, others, (c) => c.post('/api/services', validService({ code: 'LAIN' })));
    await expectAdminOnly(t, others, (c) => c.patch('/api/services/SOP', { version: 1, name: 'Diubah' }));
    await expectAdminOnly(t, others, (c) => c.post('/api/services/SOP/deactivate', { version: 1 }));
    await expectAdminOnly(t, others, (c) => c.post('/api/services/SOP/activate', { version: 1 }));
  });
});
