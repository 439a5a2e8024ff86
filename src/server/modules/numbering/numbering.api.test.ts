import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectAdminOnly, expectNothingWritten, fieldPaths, signInNonAdmins } from '../../testing/fixtures.ts';
import { actOk, castOf, requestAt, type Cast } from '../../testing/requests.ts';

const PEDOMAN = {
  serviceCode: 'PEDOMAN',
  formValues: { jenisDokumen: 'Pedoman', judulUsulan: 'Pedoman Rapat', jenisUsulan: 'Baru', dasarHukum: 'Permenpan 6/2011', narahubung: 'Siti' },
};

let t: TestApp;
let cast: Cast;
// A fixed clock far enough ahead that sign-in cookies stay valid: 20 November 2099, 10:00 WIB.
let now = new Date('2099-11-20T03:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  cast = await castOf(t, DEMO);
});
afterAll(() => t?.close());

describe('numbering templates API', () => {
  it('lists the seeded templates with an example number (administrator only)', async () => {
    const res = (await cast.admin.get('/api/numbering-templates')).json();
    expect(res.actions).toEqual(['create']);
    expect(res.items).toEqual([
      expect.objectContaining({ kind: 'SOP', template: '{seq:3}/SOP/{kodeUnit}/{bulanRomawi}/{tahun}', example: '001/SOP/KODE/XI/2099', version: 1, actions: ['update'] }),
      expect.objectContaining({ kind: 'UMUM', template: '{seq:3}/{kodeJenis}/{kodeUnit}/{bulanRomawi}/{tahun}', example: '001/UMUM/KODE/XI/2099' }),
    ]);
    const others = await signInNonAdmins(t);
    await expectAdminOnly(t, others, (c) => c.get('/api/numbering-templates'));
    await expectAdminOnly(t, others, (c) => c.post('/api/numbering-templates', { kind: 'ANJAB', template: '{seq}/ANJAB/{tahun}' }));
    await expectAdminOnly(t, others, (c) => c.patch(`/api/numbering-templates/${res.items[0].id}`, { version: 1, template: '{seq}/SOP' }));
  });

  it('validates templates with the domain parser, naming the problem', async () => {
    const cases: [object, string, string][] = [
      [{ kind: 'ANJAB', template: 'ANJAB/{tahun}' }, 'template', 'Templat harus memuat nomor urut {seq}.'],
      [{ kind: 'ANJAB', template: '{seq}/{Tahun}' }, 'template', 'Templat memuat penanda yang tidak dikenal.'],
      [{ kind: 'ANJAB', template: '{seq:0}/{tahun}' }, 'template', 'Panjang nomor urut harus 1–10, mis. {seq:3}.'],
      [{ kind: 'ANJAB', template: '{seq}/{kodeKlasifikasi}/{tahun}' }, 'template', 'Penanda {kodeKlasifikasi} dan {kodeSifat} belum dapat diisi otomatis.'],
      [{ kind: 'anjab kecil', template: '{seq}' }, 'kind', expect.any(String)],
      [{ kind: 'ANJAB', template: 7 }, 'template', expect.any(String)],
    ];
    for (const [body, path, message] of cases) {
      const res = await expectNothingWritten(t, () => cast.admin.post('/api/numbering-templates', body));
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.fields, JSON.stringify(body)).toContainEqual({ path, message });
    }
    const taken = await expectNothingWritten(t, () => cast.admin.post('/api/numbering-templates', { kind: 'SOP', template: '{seq}/SOP' }));
    expect(taken.json().error).toMatchObject({ code: 'NUMBERING_KIND_TAKEN', fields: [{ path: 'kind' }] });
  });

  it('creates and changes templates with the version read; the generic one must print the kind', async () => {
    const created = await cast.admin.post('/api/numbering-templates', { kind: 'ANJAB', template: 'ANJAB-{seq:4}/{tahun}' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ kind: 'ANJAB', example: 'ANJAB-0001/2099', version: 1 });
    expect(await auditCount(t, 'numbering.create', created.json().id)).toBe(1);
    const changed = await cast.admin.patch(`/api/numbering-templates/${created.json().id}`, { version: 1, template: 'ANJAB-{seq:2}/{kodeUnit}/{tahun}' });
    expect(changed.json()).toMatchObject({ example: 'ANJAB-01/KODE/2099', version: 2 });
    const stale = await expectNothingWritten(t, () => cast.admin.patch(`/api/numbering-templates/${created.json().id}`, { version: 1, template: '{seq}' }));
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { version: 2 } });
    const generic = (await cast.admin.get('/api/numbering-templates')).json().items.find((x: { kind: string }) => x.kind === 'UMUM');
    const noKind = await expectNothingWritten(t, () => cast.admin.patch(`/api/numbering-templates/${generic.id}`, { version: 1, template: '{seq}/{tahun}' }));
    expect(noKind.statusCode).toBe(400);
    expect(fieldPaths(noKind.json())).toEqual(['template']);
    expect((await expectNothingWritten(t, () => cast.admin.patch(`/api/numbering-templates/${randomUUID()}`, { version: 1, template: '{seq}' }))).statusCode).toBe(404);
  });
});

describe('document numbers', () => {
  it('count per kind, unit and year: no gaps, the generic template for kinds without their own', async () => {
    const komjak = await t.signIn(DEMO.pemrakarsaKomjak);
    const a = await requestAt(cast, 'stage6');
    const b = await requestAt(cast, 'stage6');
    const other = await requestAt(cast, 'stage6', PEDOMAN, komjak); // SetKomjak has no pimpinan to endorse an SOP in the demo data
    const guide = await requestAt(cast, 'stage6', PEDOMAN);
    expect([a.documentNumber, b.documentNumber, other.documentNumber, guide.documentNumber]).toEqual([
      '001/SOP/SETKOMPOLNAS/XI/2099',
      '002/SOP/SETKOMPOLNAS/XI/2099',
      '001/PEDOMAN/SETKOMJAK/XI/2099',
      '001/PEDOMAN/SETKOMPOLNAS/XI/2099',
    ]);
    // A refused move gives no number away: the next one still follows on.
    const rejected = await requestAt(cast, 'stage5');
    await actOk(cast.kepalaBiro, rejected.id, 'reject', { reason: 'Tidak dilanjutkan.' });
    // 1 January 2100 00:30 WIB is still 31 December 2099 in UTC: the year on the WIB calendar counts.
    now = new Date('2099-12-31T17:30:00Z');
    cast = await castOf(t, DEMO); // sessions from November have expired by now
    expect((await requestAt(cast, 'stage6')).documentNumber).toBe('001/SOP/SETKOMPOLNAS/I/2100');
    now = new Date('2099-12-31T16:30:00Z');
    expect((await requestAt(cast, 'stage6')).documentNumber).toBe('003/SOP/SETKOMPOLNAS/XII/2099');
  });

  it('is given once: an administrator cannot number a numbered output again', async () => {
    const r = await requestAt(cast, 'stage6');
    const res = await expectNothingWritten(t, () => cast.admin.post(`/api/requests/${r.id}/actions/assign_number`, { version: r.version }));
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ refusal: 'number_already_assigned', current: { documentNumber: r.documentNumber } });
  });
});
