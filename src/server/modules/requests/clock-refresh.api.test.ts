import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DEMO, unitIdOf } from '../../testing/fixtures.ts';
import { actOk, castOf, createDraft, requestAt, type Cast } from '../../testing/requests.ts';
import { createClockRefresh } from './clock-refresh.ts';

let t: TestApp;
let cast: Cast;
// Monday 6 April 2099, 09:00 WIB: far enough ahead that the test client's cookies stay valid.
let now = new Date('2099-04-06T02:00:00Z');
const at = (date: string, time = '09:00') => new Date(`${date}T${time}:00+07:00`);
/** Moves the clock; sessions last a week of it, so everyone signs in again. */
async function moveTo(date: string) {
  now = at(date);
  cast = await castOf(t, DEMO);
}
const refresh = () => createClockRefresh({ database: t.database, clock: () => now })();

type Stored = {
  registration_no: number | null;
  unit_label: string;
  days_used: number;
  target_days: number;
  overdue: boolean;
  clock_stages: { stage: number; usedDays: number; pausedDays: number; targetDays: number; overdue: boolean }[];
  clock_at: string | null;
};
async function stored(id: string): Promise<Stored> {
  const { rows } = await t.database.db.execute<Stored>(sql`
    select registration_no, unit_label, days_used, target_days, overdue, clock_stages, to_char(clock_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI') as clock_at
    from requests where id = ${id}`);
  return rows[0];
}
const utc = (d: Date) => d.toISOString().slice(0, 16);

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  cast = await castOf(t, DEMO);
});
afterAll(() => t?.close());

describe('No. Urut and the unit label', () => {
  it('gives the No. Urut at the first submission and keeps it through every later move', async () => {
    const draft = await createDraft(cast.pemrakarsa);
    expect(await stored(draft.id)).toMatchObject({ registration_no: null, unit_label: 'SETKOMPOLNAS Sekretariat Komisi Kepolisian Nasional' });

    const r = await requestAt(cast, 'stage3');
    const first = (await stored(r.id)).registration_no!;
    expect(first).toBeGreaterThan(0);
    await actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Lengkapi.' });
    await actOk(cast.pemrakarsa, r.id, 'answer_revision', { reason: 'Sudah.' });
    await actOk(cast.admin, r.id, 'hold', { reason: 'Tunggu.' });
    await actOk(cast.admin, r.id, 'resume');
    await actOk(cast.verifikator, r.id, 'advance');
    expect((await stored(r.id)).registration_no).toBe(first);

    const next = await requestAt(cast, 'submitted');
    expect((await stored(next.id)).registration_no).toBe(first + 1);

    // a draft withdrawn before submission never gets one, and never shows in the table
    const withdrawn = await createDraft(cast.pemrakarsa);
    await actOk(cast.pemrakarsa, withdrawn.id, 'withdraw');
    expect((await stored(withdrawn.id)).registration_no).toBeNull();
    const listed = (await (await t.client()).get('/api/monitoring?pageSize=100')).json().items.map((x: { id: string }) => x.id);
    expect(listed).toEqual([next.id, r.id]);
  });

  it('follows a change of the unit\'s code or name, for the unit\'s requests only', async () => {
    const kompolnas = await unitIdOf(cast.admin, 'SETKOMPOLNAS');
    const unit = (await cast.admin.get(`/api/units/${kompolnas}`)).json();
    const komjak = await t.signIn(DEMO.pemrakarsaKomjak);
    const other = await createDraft(komjak, { serviceCode: 'PEDOMAN', formValues: {} });
    const renamed = await cast.admin.patch(`/api/units/${kompolnas}`, { version: unit.version, code: 'KOMPOLNAS', name: 'Sekretariat Kompolnas' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const { rows } = await t.database.db.execute<{ unit_label: string; n: number }>(sql`
      select unit_label, count(*)::int as n from requests group by unit_label order by unit_label`);
    expect(rows.map((r) => r.unit_label)).toEqual(['KOMPOLNAS Sekretariat Kompolnas', 'SETKOMJAK Sekretariat Komisi Kejaksaan']);
    expect((await stored(other.id)).unit_label).toBe('SETKOMJAK Sekretariat Komisi Kejaksaan');
    const found = (await (await t.client()).get('/api/monitoring?q=kompolnas')).json();
    expect(found.total).toBe(2);
    const back = await cast.admin.patch(`/api/units/${kompolnas}`, { version: unit.version + 1, code: 'SETKOMPOLNAS', name: unit.name });
    expect(back.statusCode).toBe(200);
    expect((await (await t.client()).get('/api/monitoring?q=kompolnas')).json().total).toBe(0);
  });
});

describe('the stored service-standard clock', () => {
  const ids: Record<string, string> = {};

  it('is stored with every move, as the request page computes it', async () => {
    await moveTo('2099-04-13'); // Monday
    ids.running = (await requestAt(cast, 'stage2')).id; // SOP: 3, 5, 5, 5, 10, 3
    ids.done = (await requestAt(cast, 'selesai')).id;
    expect(await stored(ids.running)).toMatchObject({ days_used: 0, target_days: 31, overdue: false, clock_at: utc(now) });
    await moveTo('2099-04-16'); // Thursday: 3 working days at stage 2
    await actOk(cast.verifikator, ids.running, 'advance');
    const s = await stored(ids.running);
    expect(s).toMatchObject({ days_used: 3, target_days: 31, overdue: false, clock_at: utc(now) });
    expect(s.clock_stages[1]).toEqual({ stage: 2, usedDays: 3, pausedDays: 0, targetDays: 5, overdue: false });
    const live = (await cast.admin.get(`/api/requests/${ids.running}`)).json().clock;
    expect(s.clock_stages).toEqual(live.stages);
    expect(s.days_used).toBe(live.usedDays);

    ids.paused = (await requestAt(cast, 'stage2')).id;
    await actOk(cast.verifikator, ids.paused, 'request_revision', { reason: 'Lengkapi.' });
    ids.rejected = (await requestAt(cast, 'stage2')).id;
  });

  it('is recomputed for running requests by the refresh, once per change', async () => {
    const done = await stored(ids.done);
    await moveTo('2099-04-24'); // Friday: 6 working days at stage 3 (standard 5)
    expect(await stored(ids.running)).toMatchObject({ days_used: 3, overdue: false });
    // the five open requests of this file: their days went on counting
    expect(await refresh()).toBe(5);
    expect(await stored(ids.running)).toMatchObject({ days_used: 9, overdue: true, clock_at: utc(now) });
    expect((await stored(ids.running)).clock_stages[2]).toMatchObject({ stage: 3, usedDays: 6, overdue: true });
    // waiting for the unit: the days count as paused, not as used
    expect((await stored(ids.paused)).clock_stages[1]).toMatchObject({ usedDays: 0, pausedDays: 6 });
    expect(await stored(ids.done)).toEqual(done);
    expect(await refresh()).toBe(0);

    // overdue is the current stage's: it clears when the request moves on, and a closed request is never overdue
    await actOk(cast.verifikator, ids.running, 'advance');
    expect(await stored(ids.running)).toMatchObject({ days_used: 9, overdue: false });
    await actOk(cast.admin, ids.rejected, 'reject', { reason: 'Tidak sesuai.' });
    expect(await stored(ids.rejected)).toMatchObject({ days_used: 6, overdue: false });
  });

  it('is recounted when the holiday calendar changes, for the requests it touches', async () => {
    const done = await stored(ids.done);
    const holiday = await cast.admin.post('/api/holidays', { date: '2099-04-22', name: 'Libur uji' });
    expect(holiday.statusCode).toBe(201);
    expect(await stored(ids.running)).toMatchObject({ days_used: 8 });
    expect((await stored(ids.rejected)).days_used).toBe(5); // closed today, after the holiday
    expect((await stored(ids.paused)).clock_stages[1].pausedDays).toBe(5);
    expect(await stored(ids.done)).toEqual(done); // closed before it: untouched

    const moved = await cast.admin.patch(`/api/holidays/${holiday.json().id}`, { version: 1, date: '2099-04-10' });
    expect(moved.statusCode).toBe(200);
    expect(await stored(ids.running)).toMatchObject({ days_used: 9 });
    expect(await stored(ids.done)).toEqual(done);

    await cast.admin.patch(`/api/holidays/${holiday.json().id}`, { version: 2, date: '2099-04-21' });
    expect((await stored(ids.running)).days_used).toBe(8);
    expect((await cast.admin.delete(`/api/holidays/${holiday.json().id}`)).statusCode).toBe(204);
    expect((await stored(ids.running)).days_used).toBe(9);
    expect((await stored(ids.rejected)).days_used).toBe(6);
  });

  it('copes with thousands of running requests, a batch at a time', async () => {
    const since = at('2099-04-20');
    await t.database.db.execute(sql`
      with ins as (
        insert into requests (service_id, unit_id, title, state, stage, requires_endorsement, registration_no, submitted_at, created_by, created_at, updated_at)
        select s.id, u.id, 'Permohonan massal ' || g, 'diajukan', 1, false, nextval('request_registration_seq'), ${since.toISOString()}::timestamptz, usr.id, ${since.toISOString()}::timestamptz, ${since.toISOString()}::timestamptz
        from generate_series(1, 1234) g, (select id from services where code = 'SOP') s, (select id from units where code = 'SETKOMJAK') u, (select id from users order by email limit 1) usr
        returning id)
      insert into request_transitions (request_id, action, from_state, to_state, to_stage, at) select id, 'submit', 'draf', 'diajukan', 1, ${since.toISOString()}::timestamptz from ins`);
    expect(await refresh()).toBe(1234);
    const { rows } = await t.database.db.execute<{ days: number; overdue: boolean; n: number }>(sql`
      select days_used as days, overdue, count(*)::int as n from requests where title like 'Permohonan massal %' group by 1, 2`);
    expect(rows).toEqual([{ days: 4, overdue: true, n: 1234 }]);
    expect(await refresh()).toBe(0);
  });

  it('computes once the clock of closed requests stored before the clock was (clock_at empty)', async () => {
    const closed = await requestAt(cast, 'stage2');
    await actOk(cast.admin, closed.id, 'reject', { reason: 'Tidak sesuai.' });
    await t.database.db.execute(sql`update requests set days_used = 0, target_days = 0, clock_stages = '[]', clock_at = null where id = ${closed.id}`);
    expect(await refresh()).toBe(1);
    expect(await stored(closed.id)).toMatchObject({ days_used: 0, target_days: 31, clock_at: utc(now) });
    expect((await stored(closed.id)).clock_stages).toHaveLength(6);
    expect(await refresh()).toBe(0);
  });
});
