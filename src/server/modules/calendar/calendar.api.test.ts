import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectAdminOnly, expectNothingWritten, fieldPaths, signInNonAdmins } from '../../testing/fixtures.ts';
import { actOk, castOf, requestAt, type Cast } from '../../testing/requests.ts';

let t: TestApp;
let cast: Cast;
// Monday 2 March 2099, 09:00 WIB: far enough ahead that the test client's cookies stay valid.
let now = new Date('2099-03-02T02:00:00Z');
const at = (date: string, time = '09:00') => new Date(`${date}T${time}:00+07:00`);

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  cast = await castOf(t, DEMO);
});
afterAll(() => t?.close());

describe('holidays API', () => {
  it('records, corrects and deletes holidays (administrator); signed-in users read them', async () => {
    const created = await cast.admin.post('/api/holidays', { date: '2099-03-25', name: 'Hari Suci Nyepi' });
    expect(created.statusCode).toBe(201);
    const h = created.json();
    expect(h).toMatchObject({ date: '2099-03-25', name: 'Hari Suci Nyepi', version: 1, actions: ['update', 'delete'] });
    expect(await auditCount(t, 'holiday.create', h.id)).toBe(1);
    const list = (await cast.pemrakarsa.get('/api/holidays?year=2099')).json();
    expect(list).toMatchObject({ actions: [], items: [{ date: '2099-03-25', actions: [] }] });
    expect((await cast.pemrakarsa.get('/api/holidays?year=2098')).json().items).toEqual([]);

    const fixed = await cast.admin.patch(`/api/holidays/${h.id}`, { version: 1, date: '2099-03-26' });
    expect(fixed.json()).toMatchObject({ date: '2099-03-26', version: 2 });
    const stale = await expectNothingWritten(t, () => cast.admin.patch(`/api/holidays/${h.id}`, { version: 1, name: 'Nyepi' }));
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { date: '2099-03-26' } });
    const taken = await expectNothingWritten(t, () => cast.admin.post('/api/holidays', { date: '2099-03-26', name: 'Lagi' }));
    expect(taken.json().error).toMatchObject({ code: 'HOLIDAY_DATE_TAKEN', fields: [{ path: 'date' }] });

    expect((await cast.admin.delete(`/api/holidays/${h.id}`)).statusCode).toBe(204);
    expect(await auditCount(t, 'holiday.delete', h.id)).toBe(1);
    const again = await expectNothingWritten(t, () => cast.admin.delete(`/api/holidays/${h.id}`));
    expect(again.statusCode, again.body).toBe(404);
    expect((await expectNothingWritten(t, () => cast.admin.patch(`/api/holidays/${randomUUID()}`, { version: 1, name: 'Libur' }))).statusCode).toBe(404);
  });

  it('rejects bad dates and names, writing nothing', async () => {
    for (const [body, path] of [[{ date: '2099-02-30', name: 'Salah' }, 'date'], [{ date: '30/03/2099', name: 'Salah' }, 'date'], [{ date: '2099-03-30' }, 'name'], [{ date: 20990330, name: 'Angka' }, 'date']] as const) {
      const res = await expectNothingWritten(t, () => cast.admin.post('/api/holidays', body));
      expect(res.statusCode).toBe(400);
      expect(fieldPaths(res.json())).toContain(path);
    }
    expect((await cast.admin.get('/api/holidays?year=abc')).statusCode).toBe(400);
  });

  it('is maintained by administrators only', async () => {
    const h = (await cast.admin.post('/api/holidays', { date: '2099-05-01', name: 'Hari Buruh' })).json();
    const others = await signInNonAdmins(t);
    await expectAdminOnly(t, others, (c) => c.post('/api/holidays', { date: '2099-06-01', name: 'Hari Lahir Pancasila' }));
    await expectAdminOnly(t, others, (c) => c.patch(`/api/holidays/${h.id}`, { version: 1, name: 'Ubah' }));
    await expectAdminOnly(t, others, (c) => c.delete(`/api/holidays/${h.id}`));
    expect((await (await t.client()).get('/api/holidays')).statusCode).toBe(401);
  });
});

describe('the service-standard clock on a request', () => {
  it('counts working days without weekends and holidays, and stands still while the unit revises', async () => {
    await cast.admin.post('/api/holidays', { date: '2099-03-04', name: 'Libur uji (Rabu)' });
    now = at('2099-03-02');
    const r = await requestAt(cast, 'submitted'); // stage 1 (target 3 working days) from Monday
    now = at('2099-03-05', '15:00'); // Thursday: Tuesday and Thursday count, Wednesday is a holiday
    expect((await cast.pemrakarsa.get(`/api/requests/${r.id}`)).json().clock).toMatchObject({
      usedDays: 2, targetDays: 31, overdue: false, current: { stage: 1, paused: false, usedDays: 2, targetDays: 3, overdue: false },
    });
    await actOk(cast.admin, r.id, 'request_revision', { reason: 'Lengkapi.' });
    now = at('2099-03-10'); // the next Tuesday: Friday, Monday and Tuesday waited for the unit
    cast = await castOf(t, DEMO); // the sessions of a week ago have run out
    const paused = (await cast.pemrakarsa.get(`/api/requests/${r.id}`)).json().clock;
    expect(paused.current).toEqual({ stage: 1, paused: true, usedDays: 2, targetDays: 3, overdue: false });
    expect(paused.stages[0]).toMatchObject({ usedDays: 2, pausedDays: 3 });
    await actOk(cast.pemrakarsa, r.id, 'answer_revision', { reason: 'Sudah.' });
    now = at('2099-03-12'); // Thursday: two more working days make 4 of 3
    const late = (await cast.admin.get(`/api/requests/${r.id}`)).json().clock;
    expect(late).toMatchObject({ usedDays: 4, overdue: true, current: { stage: 1, usedDays: 4, overdue: true } });
    const listed = (await cast.admin.get('/api/requests?pageSize=100')).json().items.find((i: { id: string }) => i.id === r.id);
    expect(listed.clock).toMatchObject({ usedDays: 4, overdue: true });
  });
});
