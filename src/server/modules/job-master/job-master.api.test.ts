import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { auditCount, DEMO, expectAdminOnly, expectNothingWritten, fieldPaths, signInNonAdmins } from '../../testing/fixtures.ts';
import { CLASSES, EJ_BANDS, FUNGSIONAL_FACTORS, STRUKTURAL_FACTORS } from '../../../domain/jabatan/testing.ts';

let t: TestApp;
let admin: ApiClient;
let pemrakarsa: ApiClient;
let others: ApiClient[];
// A fixed day in 2026 (WIB), so that "the latest year not after today" does not move with the calendar.
const now = new Date('2026-11-28T03:00:00Z');
let tick = 0;

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date(now.getTime() + tick++) });
  admin = await t.signIn(DEMO.admin);
  others = await signInNonAdmins(t);
  pemrakarsa = others[2];
});
afterAll(() => t?.close());

const master = async (c: ApiClient = admin, query = '') => {
  const res = await c.get(`/api/job-master${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const source = 'Uji';
const bands = (version: number, list: object[]) => admin.put('/api/job-master/2026/ej-bands', { version, bands: list });
const band = (code: string, min: number, minInclusive = true) => ({ code, label: `Kategori ${code}`, min, minInclusive, source, unconfirmed: true });

describe('job master data: reading', () => {
  it('serves the seeded 2026 master data to every signed-in user, each row with its source and [U] flag', async () => {
    const m = await master(pemrakarsa);
    expect(m).toMatchObject({
      year: 2026,
      version: 1,
      years: [2026],
      actions: [],
      workingTime: { minutes: { hari: 300, minggu: 1500, bulan: 6250, tahun: 75000 }, unconfirmed: true, source: expect.stringContaining('PermenPANRB No. 1 Tahun 2020') },
      rounding: { mode: 'HALF_UP', unconfirmed: true },
    });
    expect(m.ejBands.map((b: { code: string; min: number; minInclusive: boolean; label: string }) => ({ code: b.code, label: b.label, min: b.min, minInclusive: b.minInclusive }))).toEqual(EJ_BANDS);
    expect(m.ejBands.every((b: { unconfirmed: boolean; source: string }) => b.unconfirmed && b.source.includes('Permendagri'))).toBe(true);
    const points = (set: { code: string; name: string; levels: { points: number }[] }[]) => set.map((f) => [f.code, f.name, f.levels.map((l) => l.points)]);
    expect(points(m.factors.fungsional_pelaksana)).toEqual(points(FUNGSIONAL_FACTORS));
    expect(points(m.factors.struktural)).toEqual(points(STRUKTURAL_FACTORS));
    expect(m.factors.fungsional_pelaksana[0].levels[0]).toMatchObject({ level: 1, points: 50, description: 'Tingkat 1-1', placeholder: true });
    expect(m.factors.struktural.filter((f: { unconfirmed: boolean }) => f.unconfirmed).map((f: { code: string }) => f.code)).toEqual(['3', '6']);
    expect(m.classes.map((c: { grade: number; minPoints: number }) => ({ grade: c.grade, minPoints: c.minPoints }))).toEqual(CLASSES);
    expect(m.classes[0]).toMatchObject({ grade: 1, minPoints: 190, maxPoints: 240 });
    expect(m.classes[16]).toMatchObject({ grade: 17, minPoints: 4051, maxPoints: null });
    expect(m.competencies.map((c: { code: string }) => c.code)).toEqual(['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01']);
    expect(m.competencies[0]).toMatchObject({ kind: 'manajerial', name: 'Integritas', unconfirmed: false, levels: [{ level: 1, description: expect.stringContaining('dalam kapasitas pribadi') }, {}, {}, {}, {}] });
    expect(m.competencies[8]).toMatchObject({ code: 'SK.01', kind: 'sosial_kultural', name: 'Perekat Bangsa', unconfirmed: true });
    expect((await master(admin)).actions).toEqual(['update', 'copy']);
  });

  it('is closed to the public, answers 404 for a missing year and 400 for a malformed one', async () => {
    expect((await (await t.client()).get('/api/job-master')).statusCode).toBe(401);
    const missing = await pemrakarsa.get('/api/job-master?year=2019');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ code: 'JOB_MASTER_YEAR_UNKNOWN', message: 'Data induk jabatan tahun 2019 belum ada.' });
    expect(fieldPaths((await pemrakarsa.get('/api/job-master?year=dua')).json())).toEqual(['querystring.year']);
  });
});

describe('job master data: editing', () => {
  it('changes the rounding mode and working time of a year with the version read, recording an audit entry', async () => {
    const m = await master();
    const res = await admin.put('/api/job-master/2026/rounding', { version: m.version, mode: 'CEIL', source: 'Keputusan Biro', unconfirmed: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: m.version + 1, rounding: { mode: 'CEIL', source: 'Keputusan Biro', unconfirmed: false } });
    const back = await admin.put('/api/job-master/2026/rounding', { version: m.version + 1, ...m.rounding });
    expect(back.json().rounding.mode).toBe('HALF_UP');
    expect(await auditCount(t, 'jobMaster.update', '2026')).toBeGreaterThanOrEqual(2);

    const stale = await expectNothingWritten(t, () => admin.put('/api/job-master/2026/working-time', { version: m.version, ...m.workingTime }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ error: { code: 'VERSION_CONFLICT' }, current: { year: 2026, version: m.version + 2 } });
  });

  it('refuses bad working time, rounding and bands with specific messages, writing nothing', async () => {
    const m = await master();
    const wke = await expectNothingWritten(t, () => admin.put('/api/job-master/2026/working-time', {
      version: m.version, minutes: { hari: 300, minggu: 1500, bulan: 1000, tahun: 75000 }, source, unconfirmed: true,
    }));
    expect(wke.json().error.fields).toEqual([{ path: 'minutes.bulan', message: 'Menit untuk periode yang lebih panjang tidak boleh lebih kecil dari periode yang lebih pendek.' }]);
    const zero = await expectNothingWritten(t, () => admin.put('/api/job-master/2026/working-time', {
      version: m.version, minutes: { hari: 0, minggu: 1500, bulan: 6250, tahun: 75000 }, source, unconfirmed: true,
    }));
    expect(fieldPaths(zero.json())).toContain('minutes.hari');
    const mode = await expectNothingWritten(t, () => admin.put('/api/job-master/2026/rounding', { version: m.version, mode: 'FLOOR', source, unconfirmed: true }));
    expect(mode.json().error.fields).toEqual([{ path: 'mode', message: 'Pilih salah satu: HALF_UP, CEIL.' }]);
    const noSource = await expectNothingWritten(t, () => admin.put('/api/job-master/2026/rounding', { version: m.version, mode: 'CEIL', source: ' ', unconfirmed: true }));
    expect(fieldPaths(noSource.json())).toEqual(['source']);

    const overlap = await expectNothingWritten(t, () => bands(m.version, [band('A', 1, false), band('B', 0.9), band('C', 0.95), band('E', 0)]));
    expect(overlap.json().error.fields).toEqual([{ path: 'bands.2.min', message: expect.stringContaining('jangan tumpang tindih') }]);
    const gap = await expectNothingWritten(t, () => bands(m.version, [band('A', 1), band('B', 0.5)]));
    expect(gap.json().error.fields).toEqual([{ path: 'bands.1.min', message: expect.stringContaining('mulai dari 0') }]);
    const dup = await expectNothingWritten(t, () => bands(m.version, [band('A', 1), band('a', 0)]));
    expect(fieldPaths(dup.json())).toEqual(['bands.1.code']);
    const english = await admin.request({ method: 'PUT', url: '/api/job-master/2026/ej-bands', payload: { version: m.version, bands: [band('A', 1), band('B', 0.5)] }, headers: { 'accept-language': 'en' } });
    expect(english.json().error.fields[0].message).toBe('The last band must start at 0 (inclusive) so that every EJ has a band.');
  });

  it('replaces the EJ bands', async () => {
    const m = await master();
    const res = await bands(m.version, [band('A', 1, false), band('B', 0.8), band('C', 0)]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().ejBands.map((b: { code: string }) => b.code)).toEqual(['A', 'B', 'C']);
    const restore = await admin.put('/api/job-master/2026/ej-bands', { version: m.version + 1, bands: m.ejBands });
    expect(restore.json().ejBands).toEqual(m.ejBands);
  });

  it('refuses factor levels that do not rise and classes with gaps; replaces a factor set', async () => {
    const m = await master();
    const factors = structuredClone(m.factors.struktural);
    factors[0].levels[2].points = 300;
    const falling = await expectNothingWritten(t, () => admin.put('/api/job-master/2026/factors/struktural', { version: m.version, factors }));
    expect(falling.json().error.fields).toEqual([{ path: 'factors.0.levels.2.points', message: 'Nilai tingkat ini harus lebih besar dari tingkat sebelumnya.' }]);
    const skipped = structuredClone(m.factors.struktural);
    skipped[1].levels[1].level = 3;
    expect(fieldPaths((await expectNothingWritten(t, () => admin.put('/api/job-master/2026/factors/struktural', { version: m.version, factors: skipped }))).json())).toEqual(['factors.1.levels.1.level']);
    expect((await admin.put('/api/job-master/2026/factors/lainnya', { version: m.version, factors: m.factors.struktural })).statusCode).toBe(400);

    const classes = m.classes.map(({ maxPoints: _max, ...c }: { maxPoints: number | null }) => c);
    const gap = classes.filter((c: { grade: number }) => c.grade !== 5);
    const gapRes = await expectNothingWritten(t, () => admin.put('/api/job-master/2026/classes', { version: m.version, classes: gap }));
    expect(gapRes.json().error.fields[0]).toEqual({ path: 'classes.4.grade', message: 'Kelas jabatan harus berurutan 1, 2, 3, … tanpa loncatan.' });
    const down = structuredClone(classes);
    down[3].minPoints = 250;
    expect((await expectNothingWritten(t, () => admin.put('/api/job-master/2026/classes', { version: m.version, classes: down }))).json().error.fields[0].path).toBe('classes.3.minPoints');
    // A table read can be sent back as it is (maxPoints is derived, and ignored).
    const same = await admin.put('/api/job-master/2026/classes', { version: m.version, classes: m.classes });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().classes).toEqual(m.classes);
    m.version += 1;

    const renamed = structuredClone(m.factors.fungsional_pelaksana);
    renamed[0].name = 'Pengetahuan dan Keahlian';
    renamed[0].levels[0].description = 'Pengetahuan dasar';
    renamed[0].levels[0].placeholder = false;
    const ok = await admin.put('/api/job-master/2026/factors/fungsional_pelaksana', { version: m.version, factors: renamed });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().factors.fungsional_pelaksana[0]).toMatchObject({ name: 'Pengetahuan dan Keahlian', levels: [{ description: 'Pengetahuan dasar', placeholder: false }, {}, {}, {}, {}, {}, {}, {}, {}] });
    expect(ok.json().factors.struktural).toEqual(m.factors.struktural);
  });

  it('replaces the competency dictionary, every competency with the levels 1–5', async () => {
    const m = await master();
    const four = structuredClone(m.competencies);
    four[2].levels.pop();
    expect(fieldPaths((await expectNothingWritten(t, () => admin.put('/api/job-master/2026/competencies', { version: m.version, competencies: four }))).json())).toEqual(['competencies.2.levels']);
    const badCode = structuredClone(m.competencies);
    badCode[8].code = 'SK1';
    const bad = await expectNothingWritten(t, () => admin.put('/api/job-master/2026/competencies', { version: m.version, competencies: badCode }));
    expect(bad.json().error.fields).toEqual([{ path: 'competencies.8.code', message: 'Kode kompetensi tidak valid (contoh: M.01, SK.01).' }]);
    const renamed = structuredClone(m.competencies);
    renamed[8] = { ...renamed[8], code: 'SK.1', unconfirmed: false };
    const ok = await admin.put('/api/job-master/2026/competencies', { version: m.version, competencies: renamed });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().competencies[8]).toMatchObject({ code: 'SK.1', unconfirmed: false, name: 'Perekat Bangsa' });
    const restore = await admin.put('/api/job-master/2026/competencies', { version: m.version + 1, competencies: m.competencies });
    expect(restore.json().competencies).toEqual(m.competencies);
  });

  it('copies a year to the next, which then changes on its own; the default year stays the current one', async () => {
    const res = await admin.post('/api/job-master/2026/copy', {});
    expect(res.statusCode, res.body).toBe(201);
    const y2027 = res.json();
    const y2026 = await master(admin, '?year=2026');
    const { year: _a, version: _b, actions: _c, years: _d, ...rows2027 } = y2027;
    const { year: _e, version: _f, actions: _g, years: _h, ...rows2026 } = y2026;
    expect(rows2027).toEqual(rows2026);
    expect(y2027).toMatchObject({ year: 2027, version: 1, years: [2027, 2026] });
    expect(await auditCount(t, 'jobMaster.copy', '2027')).toBe(1);

    const changed = await admin.put('/api/job-master/2027/working-time', { version: 1, minutes: { hari: 300, minggu: 1500, bulan: 6000, tahun: 72000 }, source: 'Perka BKN 19/2011', unconfirmed: false });
    expect(changed.json().workingTime).toEqual({ minutes: { hari: 300, minggu: 1500, bulan: 6000, tahun: 72000 }, source: 'Perka BKN 19/2011', unconfirmed: false });
    expect((await master(pemrakarsa)).workingTime.minutes.tahun).toBe(75000);
    expect((await master(pemrakarsa)).year).toBe(2026);

    const again = await expectNothingWritten(t, () => admin.post('/api/job-master/2026/copy', {}));
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'JOB_MASTER_YEAR_EXISTS', message: expect.stringContaining('2027') });
    expect((await expectNothingWritten(t, () => admin.post('/api/job-master/2019/copy', {}))).statusCode).toBe(404);
  });

  it('is refused to everyone but administrators', async () => {
    const m = await master();
    await expectAdminOnly(t, others, (c) => c.put('/api/job-master/2026/rounding', { version: m.version, mode: 'CEIL', source, unconfirmed: true }));
    await expectAdminOnly(t, others, (c) => c.put('/api/job-master/2026/working-time', { version: m.version, ...m.workingTime }));
    await expectAdminOnly(t, others, (c) => c.put('/api/job-master/2026/ej-bands', { version: m.version, bands: m.ejBands }));
    await expectAdminOnly(t, others, (c) => c.put('/api/job-master/2026/factors/struktural', { version: m.version, factors: m.factors.struktural }));
    await expectAdminOnly(t, others, (c) => c.put('/api/job-master/2026/classes', { version: m.version, classes: m.classes.map(({ maxPoints: _x, ...c2 }: { maxPoints: unknown }) => c2) }));
    await expectAdminOnly(t, others, (c) => c.put('/api/job-master/2026/competencies', { version: m.version, competencies: m.competencies }));
    await expectAdminOnly(t, others, (c) => c.post('/api/job-master/2026/copy', {}));
  });
});
