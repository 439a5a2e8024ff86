import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, expectNothingWritten, fieldPaths, unitIdOf } from '../../testing/fixtures.ts';
import { actOk, castOf, createDraft, requestAt, type Cast } from '../../testing/requests.ts';
import { createClockRefresh } from '../requests/clock-refresh.ts';

let t: TestApp;
let cast: Cast;
let komjak: ApiClient;
let now = new Date('2098-11-03T02:00:00Z');
const at = (date: string) => new Date(`${date}T09:00:00+07:00`);
/** Moves the clock; sessions last a week of it, so everyone signs in again. */
async function moveTo(date: string) {
  now = at(date);
  cast = await castOf(t, DEMO);
  komjak = await t.signIn(DEMO.pemrakarsaKomjak);
}
const PEDOMAN = { serviceCode: 'PEDOMAN', title: 'Pedoman uji', formValues: { jenisDokumen: 'Pedoman', judulUsulan: 'Uji', jenisUsulan: 'Baru', dasarHukum: 'Uji', narahubung: 'Dewi' } };

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  await moveTo('2098-11-03');
  await requestAt(cast, 'selesai'); // 2098
  await moveTo('2099-04-06'); // Monday
  const p1 = await requestAt(cast, 'stage2');
  const p2 = await requestAt(cast, 'stage2');
  await actOk(cast.verifikator, p2.id, 'request_revision', { reason: 'Lengkapi.' });
  const p3 = await requestAt(cast, 'stage2', PEDOMAN, komjak);
  const p4 = await requestAt(cast, 'submitted', PEDOMAN, komjak);
  await actOk(komjak, p4.id, 'withdraw');
  const p5 = await requestAt(cast, 'submitted');
  await actOk(cast.admin, p5.id, 'reject', { reason: 'Tidak sesuai.' });
  await createDraft(cast.pemrakarsa);
  await moveTo('2099-04-09');
  await actOk(cast.verifikator, p1.id, 'advance'); // 3 working days at stage 2
  await moveTo('2099-04-10');
  for (let i = 0; i < 4; i++) await actOk(cast.verifikator, p3.id, 'advance'); // 4 working days at stage 2
  await actOk(cast.kepalaBiro, p3.id, 'approve_output');
  await moveTo('2099-04-27');
  await createClockRefresh({ database: t.database, clock: () => now })(); // p1: 12 working days at stage 3 (standard 5)
});
afterAll(() => t?.close());

const zeroStages = (counts: Record<number, number>) => [1, 2, 3, 4, 5, 6].map((stage) => ({ stage, count: counts[stage] ?? 0 }));

describe('bureau dashboard', () => {
  it('counts the year\'s requests by stage, state, service and unit, with overdue, stage times and completions', async () => {
    const res = await cast.kepalaBiro.get('/api/dashboard?year=2099');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    const [kompolnas, setkomjak] = [await unitIdOf(cast.admin, 'SETKOMPOLNAS'), await unitIdOf(cast.admin, 'SETKOMJAK')];
    expect(d).toMatchObject({
      year: 2099,
      total: 5,
      byStage: zeroStages({ 2: 1, 3: 1 }),
      byState: [
        { state: 'diajukan', count: 1 },
        { state: 'perlu_revisi', count: 1 },
        { state: 'ditunda', count: 0 },
        { state: 'dibatalkan', count: 1 },
        { state: 'ditolak', count: 1 },
        { state: 'selesai', count: 1 },
      ],
      byUnit: [
        { unitId: kompolnas, code: 'SETKOMPOLNAS', name: 'Sekretariat Komisi Kepolisian Nasional', count: 3, overdue: 1 },
        { unitId: setkomjak, code: 'SETKOMJAK', name: 'Sekretariat Komisi Kejaksaan', count: 2, overdue: 0 },
      ],
      otherUnits: { units: 0, count: 0, overdue: 0 },
      overdue: { total: 1, byStage: zeroStages({ 3: 1 }) },
      stageTimes: [
        { stage: 1, avgUsedDays: 0, targetDays: 3, count: 3 },
        { stage: 2, avgUsedDays: 3.5, targetDays: 5, count: 2 },
        { stage: 3, avgUsedDays: 0, targetDays: 7, count: 1 },
        { stage: 4, avgUsedDays: 0, targetDays: 7, count: 1 },
        { stage: 5, avgUsedDays: 0, targetDays: 10, count: 1 },
        { stage: 6, avgUsedDays: 0, targetDays: 3, count: 1 },
      ],
    });
    expect(d.byService).toHaveLength(9);
    expect(d.byService[0]).toEqual({ code: 'SOP', name: 'Fasilitasi Penyusunan SOP', nameEn: expect.any(String), count: 3, overdue: 1 });
    expect(d.byService.find((s: { code: string }) => s.code === 'PEDOMAN')).toMatchObject({ count: 2, overdue: 0 });
    expect(d.byService.reduce((n: number, s: { count: number }) => n + s.count, 0)).toBe(5);
    expect(d.completionsPerMonth).toEqual(Array.from({ length: 12 }, (_, i) => ({ month: `2099-${String(i + 1).padStart(2, '0')}`, count: i === 3 ? 1 : 0 })));
  });

  it('takes the current year by default and keeps years apart', async () => {
    expect((await cast.admin.get('/api/dashboard')).json()).toMatchObject({ year: 2099, total: 5 });
    const old = (await cast.verifikator.get('/api/dashboard?year=2098')).json();
    expect(old).toMatchObject({ year: 2098, total: 1, byStage: zeroStages({}), overdue: { total: 0 } });
    expect(old.completionsPerMonth[10]).toEqual({ month: '2098-11', count: 1 });
    expect(old.stageTimes.map((s: { count: number }) => s.count)).toEqual([1, 1, 1, 1, 1, 1]);
    const empty = (await cast.admin.get('/api/dashboard?year=2097')).json();
    expect(empty).toMatchObject({ total: 0, byUnit: [], stageTimes: [1, 2, 3, 4, 5, 6].map((stage) => ({ stage, avgUsedDays: null, targetDays: null, count: 0 })) });
  });

  it('is for the bureau only', async () => {
    for (const c of [cast.pemrakarsa, cast.pimpinan, komjak]) {
      const res = await c.get('/api/dashboard');
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    const res = await (await t.client()).get('/api/dashboard');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a bad year, in the caller\'s language', async () => {
    for (const year of ['20', '1999', 'tahun', '2101']) {
      const res = await expectNothingWritten(t, () => cast.admin.get(`/api/dashboard?year=${year}`));
      expect(res.statusCode).toBe(400);
      expect(fieldPaths(res.json())).toEqual(['querystring.year']);
    }
    const en = await cast.admin.request({ method: 'GET', url: '/api/dashboard?year=abc', headers: { 'accept-language': 'en' } });
    expect(en.json().error.fields).toEqual([{ path: 'querystring.year', message: 'The year must be a number from 2000 to 2100.' }]);
  });
});
