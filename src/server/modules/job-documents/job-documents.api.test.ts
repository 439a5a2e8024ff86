import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectNothingWritten, fieldPaths, unitIdOf } from '../../testing/fixtures.ts';
import { validAnjab, validEvjab, validSkj } from '../../../domain/jabatan/testing.ts';
import type { AnjabContent, EvjabContent, JobDocumentContent } from '../../../domain/jabatan/model.ts';

let t: TestApp;
let admin: ApiClient;
let verifikator: ApiClient;
let kepalaBiro: ApiClient;
let pemrakarsa: ApiClient;
let pimpinan: ApiClient;
let otherUnit: ApiClient;
let kompolnas: string;
let komjak: string;
let subUnit: string;
// A fixed day in 2026 (WIB): new documents compute with 2026, the latest year not after today.
const now = new Date('2026-11-28T03:00:00Z');
let tick = 0;

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date(now.getTime() + tick++) });
  [admin, verifikator, kepalaBiro, pemrakarsa, pimpinan, otherUnit] = await Promise.all(
    [DEMO.admin, DEMO.verifikator, DEMO.kepalaBiro, DEMO.pemrakarsa, DEMO.pimpinan, DEMO.pemrakarsaKomjak].map((e) => t.signIn(e)),
  );
  kompolnas = await unitIdOf(admin, 'SETKOMPOLNAS');
  komjak = await unitIdOf(admin, 'SETKOMJAK');
  const sub = await admin.post('/api/units', { code: 'SUB-KOMPOLNAS', name: 'Subbagian Tata Usaha Kompolnas', kind: 'eselon3', parentId: kompolnas });
  expect(sub.statusCode, sub.body).toBe(201);
  subUnit = sub.json().id;
});
afterAll(() => t?.close());

let counter = 0;
/** A fresh position, so that every test has its own one-draft-per-kind slot. */
const newPosition = async (unitId = kompolnas, kind: 'struktural' | 'fungsional' | 'pelaksana' = 'fungsional', name = `Analis Uji ${++counter}`) => {
  const res = await admin.post('/api/positions', { unitId, name, kind });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const create = async (positionId: string, kind: 'anjab' | 'evjab' | 'skj', c: ApiClient = pemrakarsa) => {
  const res = await c.post('/api/job-documents', { positionId, kind });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
const save = (c: ApiClient, id: string, version: number, content: JobDocumentContent, extra: object = {}) =>
  c.put(`/api/job-documents/${id}/content`, { version, content, ...extra });
const saved = async (c: ApiClient, id: string, version: number, content: JobDocumentContent, extra: object = {}) => {
  const res = await save(c, id, version, content, extra);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** regulations.md §2.3 worked example: per day 4 × 30, per week 2 × 300, per month 3 × 500, per year 10 × 1,200 minutes. */
function mixedPeriods(presentStaff = 1): AnjabContent {
  const c = validAnjab('', presentStaff);
  c.tasks = [
    { ...c.tasks[0], id: 't1', volume: 4, period: 'hari', minutesPerResult: 30 },
    { ...c.tasks[0], id: 't2', volume: 2, period: 'minggu', minutesPerResult: 300 },
    { ...c.tasks[1], id: 't3', volume: 3, period: 'bulan', minutesPerResult: 500 },
    { ...c.tasks[2], id: 't4', volume: 10, period: 'tahun', minutesPerResult: 1200 },
    { ...c.tasks[2], id: 't5', description: 'Tugas yang belum dihitung', volume: null, minutesPerResult: 60 },
  ];
  return c;
}

const masterVersion = async (year: number) => (await admin.get(`/api/job-master?year=${year}`)).json().version as number;

describe('job documents: creating and saving', () => {
  it('creates an empty Anjab draft for a position with its identity, master-data year and an audit entry', async () => {
    const positionId = await newPosition();
    const doc = await create(positionId, 'anjab');
    expect(doc).toMatchObject({
      kind: 'anjab', positionId, unitId: kompolnas, unitCode: 'SETKOMPOLNAS', status: 'draf', version: 1, masterYear: 2026, actions: ['edit'],
      content: { kind: 'anjab', identity: { positionId, name: `Analis Uji ${counter}`, unit: 'Sekretariat Komisi Kepolisian Nasional', kind: 'fungsional' }, tasks: [], presentStaff: 0 },
      abk: { masterYear: 2026, workingMinutesPerYear: 75000, rounding: 'HALF_UP', tasks: [], workload: 0, staffExact: 0, staffNeeded: 0, staffPresent: 0, ej: null, pj: null },
    });
    expect(await auditCount(t, 'jobDocument.create', doc.id)).toBe(1);

    const twice = await expectNothingWritten(t, () => pimpinan.post('/api/job-documents', { positionId, kind: 'anjab' }));
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ error: { code: 'JOB_DOCUMENT_EXISTS', message: 'Jabatan ini sudah memiliki draf ANJAB. Lanjutkan draf yang ada.' }, current: { id: doc.id } });
    expect((await create(positionId, 'evjab')).content).toMatchObject({ kind: 'evjab', factorSet: 'fungsional_pelaksana', positionId, choices: [] });
    expect((await create(positionId, 'skj')).content).toMatchObject({ kind: 'skj', identity: { positionId } });
  });

  it('computes the ABK of mixed periods through the API, leaving out tasks not yet filled in', async () => {
    const doc = await create(await newPosition(), 'anjab');
    const body = await saved(pemrakarsa, doc.id, 1, mixedPeriods(1), { note: 'Tiga periode' });
    expect(body).toMatchObject({ version: 2, note: 'Tiga periode', masterYear: 2026 });
    expect(body.abk.tasks.map((x: { id: string; yearlyVolume: number; workload: number; staff: number }) => [x.id, x.yearlyVolume, x.workload, x.staff])).toEqual([
      ['t1', 1000, 30000, 0.4], ['t2', 100, 30000, 0.4], ['t3', 36, 18000, 0.24], ['t4', 10, 12000, 0.16],
    ]);
    expect(body.abk).toMatchObject({
      incompleteTaskIds: ['t5'], workload: 90000, staffExact: 1.2, staffNeeded: 1, staffPresent: 1, difference: 0, ej: 1.2,
      pj: { code: 'A', label: 'Sangat Baik', min: 1, minInclusive: false },
    });
    expect(await auditCount(t, 'jobDocument.save', doc.id)).toBe(1);

    const three = await saved(pimpinan, doc.id, 2, mixedPeriods(3));
    expect(three.abk).toMatchObject({ staffNeeded: 1, staffPresent: 3, difference: 2, ej: 0.4, pj: { code: 'E' } });
    expect(three.updatedBy.name).toBe('Bambang Suryanto, S.H., M.H.');
  });

  it('rounds by the year\'s rounding mode: HALF_UP gives 1 and CEIL gives 2 for 1.2 staff', async () => {
    const doc = await create(await newPosition(), 'anjab');
    await saved(pemrakarsa, doc.id, 1, mixedPeriods(1));
    const m = (await admin.get('/api/job-master?year=2026')).json();
    const ceil = await admin.put('/api/job-master/2026/rounding', { version: m.version, mode: 'CEIL', source: m.rounding.source, unconfirmed: true });
    expect(ceil.statusCode, ceil.body).toBe(200);
    try {
      const res = (await pemrakarsa.get(`/api/job-documents/${doc.id}`)).json();
      expect(res.abk).toMatchObject({ rounding: 'CEIL', staffExact: 1.2, staffNeeded: 2, difference: -1 });
    } finally {
      await admin.put('/api/job-master/2026/rounding', { version: m.version + 1, ...m.rounding });
    }
    expect((await pemrakarsa.get(`/api/job-documents/${doc.id}`)).json().abk).toMatchObject({ rounding: 'HALF_UP', staffNeeded: 1, difference: 0 });
  });

  it('keeps earlier results as computed when a new year changes the effective working time', async () => {
    const doc = await create(await newPosition(), 'anjab');
    await saved(pemrakarsa, doc.id, 1, mixedPeriods(1));
    const copy = await admin.post('/api/job-master/2026/copy', {});
    expect(copy.statusCode, copy.body).toBe(201);
    const wke = await admin.put('/api/job-master/2027/working-time', {
      version: 1, minutes: { hari: 300, minggu: 1500, bulan: 6000, tahun: 72000 }, source: 'Perka BKN 19/2011', unconfirmed: false,
    });
    expect(wke.statusCode, wke.body).toBe(200);

    const after = (await pemrakarsa.get(`/api/job-documents/${doc.id}`)).json();
    expect(after).toMatchObject({ masterYear: 2026, abk: { masterYear: 2026, workingMinutesPerYear: 75000, workload: 90000, staffExact: 1.2 } });
    // New documents still compute with 2026 until the calendar reaches 2027.
    expect((await create(await newPosition(), 'anjab')).masterYear).toBe(2026);

    // Moving the document to 2027 recomputes it with 2027's figures: 240 days, 48 weeks, 12 months.
    const moved = await saved(pemrakarsa, doc.id, 2, after.content, { masterYear: 2027 });
    expect(moved).toMatchObject({ version: 3, masterYear: 2027, abk: { masterYear: 2027, workingMinutesPerYear: 72000, workload: 87600, staffExact: 1.2167 } });
    const v2 = (await pemrakarsa.get(`/api/job-documents/${doc.id}/versions/2`)).json();
    expect(v2).toMatchObject({ number: 2, masterYear: 2026, abk: { workload: 90000, staffExact: 1.2 } });
    const versions = (await pemrakarsa.get(`/api/job-documents/${doc.id}/versions`)).json();
    expect(versions.items.map((v: { number: number; masterYear: number }) => [v.number, v.masterYear])).toEqual([[3, 2027], [2, 2026], [1, 2026]]);

    const unknownYear = await expectNothingWritten(t, () => save(pemrakarsa, doc.id, 3, after.content, { masterYear: 2031 }));
    expect(unknownYear.json().error).toMatchObject({ code: 'JOB_MASTER_YEAR_UNKNOWN', fields: [{ path: 'masterYear', message: 'Data induk jabatan tahun 2031 belum ada.' }] });
  });

  it('refuses a save on a stale version naming who saved, and answers a retry of the same save without a new version', async () => {
    const doc = await create(await newPosition(), 'anjab');
    await saved(pemrakarsa, doc.id, 1, mixedPeriods(1));
    const stale = await expectNothingWritten(t, () => save(pimpinan, doc.id, 1, mixedPeriods(2)));
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      error: { code: 'VERSION_CONFLICT', message: expect.stringContaining('Siti Rahmawati, S.H. (versi 2)') },
      current: { version: 2, savedBy: { name: 'Siti Rahmawati, S.H.' } },
    });
    const retry = await expectNothingWritten(t, () => save(pemrakarsa, doc.id, 1, mixedPeriods(1)));
    expect(retry.statusCode).toBe(200);
    expect(retry.json().version).toBe(2);
    expect((await expectNothingWritten(t, () => save(pemrakarsa, doc.id, 2, mixedPeriods(1)))).json().version).toBe(2);
  });

  it('rejects malformed content naming the fields, writing nothing', async () => {
    const doc = await create(await newPosition(), 'anjab');
    const cases: [(c: AnjabContent) => void, string, string?][] = [
      [(c) => { c.tasks[0].volume = 0; }, 'content.tasks.0.volume', 'Jumlah hasil harus lebih dari 0; kosongkan bila belum diketahui.'],
      [(c) => { c.tasks[1].minutesPerResult = -1; }, 'content.tasks.1.minutesPerResult', 'Waktu penyelesaian harus lebih dari 0 menit; kosongkan bila belum diketahui.'],
      [(c) => { c.tasks[2].id = 't1'; }, 'content.tasks.2.id', 'Kode tugas ini sudah dipakai pada tugas lain.'],
      [(c) => { (c.tasks[0] as { period: string }).period = 'jam'; }, 'content.tasks.0.period', 'Pilih salah satu: hari, minggu, bulan, tahun.'],
      [(c) => { c.presentStaff = -1; }, 'content.presentStaff', 'Nilai minimal 0.'],
      [(c) => { c.summary = 'x'.repeat(4001); }, 'content.summary', 'Maksimal 4000 karakter.'],
      [(c) => { (c as unknown as Record<string, unknown>).colour = 'red'; }, 'content'],
    ];
    for (const [change, path, message] of cases) {
      const content = validAnjab();
      change(content);
      const res = await expectNothingWritten(t, () => save(pemrakarsa, doc.id, 1, content));
      expect(res.statusCode, path).toBe(400);
      expect(fieldPaths(res.json()), path).toContain(path);
      if (message) expect(res.json().error.fields.find((f: { path: string }) => f.path === path).message).toBe(message);
    }
    const wrongKind = await expectNothingWritten(t, () => save(pemrakarsa, doc.id, 1, validEvjab()));
    expect(wrongKind.json().error).toMatchObject({ code: 'JOB_KIND_MISMATCH', fields: [{ path: 'content.kind', message: 'Isi dokumen harus berjenis "anjab".' }] });
    expect(fieldPaths((await expectNothingWritten(t, () => pemrakarsa.put(`/api/job-documents/${doc.id}/content`, { content: validAnjab() }))).json())).toEqual(['version']);
    expect((await expectNothingWritten(t, () => save(pemrakarsa, doc.id, 1, { ...validAnjab(), kind: 'abk' } as unknown as AnjabContent))).statusCode).toBe(400);
  });

  it('refuses to create for an unknown or inactive position, or an unknown kind, writing nothing', async () => {
    const unknown = await expectNothingWritten(t, () => admin.post('/api/job-documents', { positionId: randomUUID(), kind: 'anjab' }));
    expect(unknown.json().error).toMatchObject({ code: 'POSITION_UNKNOWN', fields: [{ path: 'positionId', message: 'Jabatan tidak ditemukan.' }] });
    const closed = await newPosition();
    await admin.post(`/api/positions/${closed}/deactivate`, { version: 1 });
    expect((await expectNothingWritten(t, () => admin.post('/api/job-documents', { positionId: closed, kind: 'anjab' }))).json().error.code).toBe('POSITION_INACTIVE');
    const fresh = await newPosition();
    const abk = await expectNothingWritten(t, () => admin.post('/api/job-documents', { positionId: fresh, kind: 'abk' }));
    expect(abk.json().error.fields).toEqual([{ path: 'kind', message: 'Pilih salah satu: anjab, evjab, skj.' }]);
  });

  it('keeps the content on its own position whatever the client sends', async () => {
    const positionId = await newPosition();
    const doc = await create(positionId, 'anjab');
    const body = await saved(pemrakarsa, doc.id, 1, validAnjab(randomUUID()));
    expect(body.content.identity.positionId).toBe(positionId);
  });
});

describe('job documents: Evjab and SKJ', () => {
  it('computes the total and the class of an Evjab, naming what is missing', async () => {
    const doc = await create(await newPosition(), 'evjab');
    const full = await saved(pemrakarsa, doc.id, 1, validEvjab());
    expect(full.evaluation).toMatchObject({ masterYear: 2026, total: 715, grade: 6, problems: [] });
    expect(full.evaluation.points[0]).toEqual({ code: '1', name: 'Pengetahuan yang Dibutuhkan Jabatan', level: 2, points: 200 });

    const partial = validEvjab();
    partial.choices = partial.choices.filter((c) => c.code !== '9');
    partial.choices[0].level = 12;
    const res = await saved(pemrakarsa, doc.id, 2, partial);
    expect(res.evaluation).toMatchObject({ grade: null });
    expect(res.evaluation.problems).toEqual([
      { code: 'level_unknown', params: { factor: '1', level: 12 }, message: 'Faktor 1 tidak memiliki tingkat 12.' },
      { code: 'factor_missing', params: { factor: '9' }, message: 'Faktor 9 belum dinilai.' },
    ]);
    const english = await pemrakarsa.request({ method: 'GET', url: `/api/job-documents/${doc.id}`, headers: { 'accept-language': 'en' } });
    expect(english.json().evaluation.problems[1].message).toBe('Factor 9 has no level yet.');
  });

  it('scores the lowest and highest fungsional totals and the struktural minimum into their classes', async () => {
    const doc = await create(await newPosition(), 'evjab');
    const at = (level: (max: number) => number, set: 'fungsional_pelaksana' | 'struktural', codes: Record<string, number>): EvjabContent => ({
      ...validEvjab(), factorSet: set, choices: Object.entries(codes).map(([code, max]) => ({ code, level: level(max), justification: '' })),
    });
    const fungsional = { 1: 9, 2: 5, 3: 5, 4: 6, 5: 6, 6: 4, 7: 4, 8: 3, 9: 3 };
    const lowest = await saved(pemrakarsa, doc.id, 1, at(() => 1, 'fungsional_pelaksana', fungsional));
    expect(lowest.evaluation).toMatchObject({ total: 190, grade: 1 });
    const highest = await saved(pemrakarsa, doc.id, 2, at((max) => max, 'fungsional_pelaksana', fungsional));
    expect(highest.evaluation).toMatchObject({ total: 4480, grade: 17 });
    const struktural = await saved(pemrakarsa, doc.id, 3, at(() => 1, 'struktural', { 1: 5, 2: 3, 3: 3, '4A': 4, '4B': 4, 5: 8, 6: 6 }));
    expect(struktural.evaluation).toMatchObject({ total: 1165, grade: 8, problems: [] });
    const unknown = await saved(pemrakarsa, doc.id, 4, { ...validEvjab(), factorSet: 'struktural' });
    expect(unknown.evaluation.problems.map((p: { code: string; params: { factor: string } }) => `${p.code}:${p.params.factor}`)).toContain('factor_unknown:7');
  });

  it('shows the SKJ competencies with the dictionary\'s names and level descriptions, naming unknown codes', async () => {
    const doc = await create(await newPosition(), 'skj');
    const skj = validSkj();
    skj.managerial.push({ code: 'M.09', level: 1 });
    const res = await saved(pemrakarsa, doc.id, 1, skj);
    expect(res.skj.competencies).toEqual([
      { code: 'M.01', kind: 'manajerial', name: 'Integritas', level: 2, description: 'Mampu mengingatkan, mengajak rekan kerja untuk bertindak sesuai nilai, norma, dan etika organisasi', unconfirmed: false, required: null, justification: '' },
      { code: 'M.02', kind: 'manajerial', name: 'Kerjasama', level: 2, description: 'Menumbuhkan tim kerja yang partisipatif dan efektif', unconfirmed: false, required: null, justification: '' },
      { code: 'M.09', kind: 'manajerial', name: null, level: 1, description: null, unconfirmed: false, required: null, justification: '' },
      { code: 'SK.01', kind: 'sosial_kultural', name: 'Perekat Bangsa', level: 2, description: 'Aktif mengembangkan sikap saling menghargai, menekankan persamaan dan persatuan', unconfirmed: true, required: null, justification: '' },
    ]);
    expect(res.skj.problems).toEqual([{ code: 'competency_unknown', params: { code: 'M.09', year: 2026 }, message: 'Kompetensi M.09 tidak ada dalam kamus kompetensi tahun 2026.' }]);
    expect(res.content.requirements.education[0]).toEqual({ level: 'S1', field: 'Administrasi Negara', importance: 'mutlak' });
  });
});

describe('job documents: unit summaries', () => {
  it('lists every position of the unit in the ABK summary with need, present, difference, EJ and band', async () => {
    const unit = (await admin.post('/api/units', { code: 'ABK-UJI', name: 'Bagian Uji ABK', kind: 'eselon3', parentId: kompolnas })).json().id;
    const busy = await newPosition(unit, 'fungsional', 'Analis Sibuk');
    const idle = await newPosition(unit, 'pelaksana', 'Pengadministrasi Tanpa Anjab');
    const head = await newPosition(unit, 'struktural', 'Kepala Bagian Uji');
    const doc = await create(busy, 'anjab', admin);
    await saved(admin, doc.id, 1, mixedPeriods(2));
    const headDoc = await create(head, 'anjab', admin);
    const headContent = validAnjab('', 1);
    await saved(admin, headDoc.id, 1, headContent);

    const res = await verifikator.get(`/api/job-documents/units/${unit}/abk`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ unitId: unit, unitCode: 'ABK-UJI', unitName: 'Bagian Uji ABK' });
    expect(body.rows.map((r: { positionId: string }) => r.positionId)).toEqual([head, busy, idle]);
    expect(body.rows[1]).toEqual({
      positionId: busy, positionName: 'Analis Sibuk', positionKind: 'fungsional', documentId: doc.id, masterYear: 2026,
      workload: 90000, staffExact: 1.2, staffNeeded: 1, staffPresent: 2, difference: 1, ej: 0.6, pj: { code: 'D', label: 'Sedang', min: 0.5, minInclusive: true },
    });
    expect(body.rows[0]).toMatchObject({ workload: 51600, staffExact: 0.688, staffNeeded: 1, staffPresent: 1, difference: 0, ej: 0.688, pj: { code: 'D' } });
    expect(body.rows[2]).toMatchObject({ positionName: 'Pengadministrasi Tanpa Anjab', documentId: null, workload: null, staffNeeded: null, ej: null, pj: null });
    expect(body.totals).toEqual({ workload: 141600, staffExact: 1.888, staffNeeded: 2, staffPresent: 3, difference: 1 });
  });

  it('draws the peta jabatan of a unit and its sub-units with class, need and present', async () => {
    const headPos = await newPosition(subUnit, 'struktural', 'Kepala Subbagian Tata Usaha');
    const staffPos = await newPosition(subUnit, 'pelaksana', 'Pengadministrasi Umum');
    // The sub-unit has no members of its own here: an administrator drafts for it.
    const evjab = await create(headPos, 'evjab', admin);
    await saved(admin, evjab.id, 1, validEvjab());
    const anjab = await create(headPos, 'anjab', admin);
    await saved(admin, anjab.id, 1, mixedPeriods(1));

    const res = await pemrakarsa.get(`/api/job-documents/units/${kompolnas}/peta-jabatan`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.unitId).toBe(kompolnas);
    expect(body.nodes[0]).toMatchObject({ unitId: kompolnas, parentId: null, depth: 0, code: 'SETKOMPOLNAS' });
    expect(body.nodes[0].positions[0]).toMatchObject({ kind: 'struktural' });
    const sub = body.nodes.find((n: { unitId: string }) => n.unitId === subUnit);
    expect(sub).toMatchObject({ parentId: kompolnas, depth: 1, code: 'SUB-KOMPOLNAS' });
    expect(sub.positions).toEqual([
      { positionId: headPos, name: 'Kepala Subbagian Tata Usaha', kind: 'struktural', evjabId: evjab.id, evjabStatus: 'draf', points: 715, grade: 6, staffNeeded: 1, staffPresent: 1 },
      { positionId: staffPos, name: 'Pengadministrasi Umum', kind: 'pelaksana', evjabId: null, evjabStatus: null, points: null, grade: null, staffNeeded: null, staffPresent: null },
    ]);
    // A sub-unit's own map starts at it.
    const own = (await kepalaBiro.get(`/api/job-documents/units/${subUnit}/peta-jabatan`)).json();
    expect(own.nodes.map((n: { unitId: string; parentId: string | null }) => [n.unitId, n.parentId])).toEqual([[subUnit, null]]);
  });

  it('keeps other units out of a unit\'s summaries, and answers 404 for an unknown unit', async () => {
    for (const url of [`/api/job-documents/units/${kompolnas}/abk`, `/api/job-documents/units/${kompolnas}/peta-jabatan`]) {
      expect((await otherUnit.get(url)).statusCode, url).toBe(403);
      expect((await pimpinan.get(url)).statusCode, url).toBe(200);
      expect((await kepalaBiro.get(url)).statusCode, url).toBe(200);
      expect((await (await t.client()).get(url)).statusCode, url).toBe(401);
    }
    expect((await admin.get(`/api/job-documents/units/${randomUUID()}/abk`)).statusCode).toBe(404);
    expect(fieldPaths((await admin.get('/api/job-documents/units/abc/peta-jabatan')).json())).toEqual(['params.unitId']);
  });
});

describe('job documents: who may do what', () => {
  it('keeps a unit out of another unit\'s documents and lets the bureau read them all', async () => {
    const doc = await create(await newPosition(), 'anjab');
    await saved(pemrakarsa, doc.id, 1, mixedPeriods(1));
    for (const url of [`/api/job-documents/${doc.id}`, `/api/job-documents/${doc.id}/versions`, `/api/job-documents/${doc.id}/versions/1`]) {
      expect((await otherUnit.get(url)).statusCode, url).toBe(404);
    }
    expect((await expectNothingWritten(t, () => save(otherUnit, doc.id, 2, mixedPeriods(2)))).statusCode).toBe(404);
    expect((await otherUnit.get(`/api/job-documents?unitId=${kompolnas}`)).statusCode).toBe(403);
    expect((await otherUnit.get('/api/job-documents?pageSize=100')).json().items.map((d: { id: string }) => d.id)).not.toContain(doc.id);
    for (const c of [verifikator, kepalaBiro, admin]) {
      expect((await c.get(`/api/job-documents/${doc.id}`)).statusCode).toBe(200);
      expect((await c.get(`/api/job-documents?unitId=${kompolnas}&kind=anjab&pageSize=100`)).json().items.map((d: { id: string }) => d.id)).toContain(doc.id);
    }
    expect((await verifikator.get(`/api/job-documents/${doc.id}`)).json().actions).toEqual([]);
    expect((await admin.get(`/api/job-documents/${doc.id}`)).json().actions).toEqual(['edit']);
    expect((await pemrakarsa.get(`/api/job-documents/${doc.id}/versions/9`)).json().error.code).toBe('JOB_DOCUMENT_VERSION_UNKNOWN');
    expect((await pemrakarsa.get(`/api/job-documents/${randomUUID()}`)).statusCode).toBe(404);
  });

  it('lets the unit and administrators write, not the other bureau roles nor other units', async () => {
    const positionId = await newPosition();
    const doc = await create(positionId, 'anjab');
    for (const c of [verifikator, kepalaBiro]) {
      expect((await expectNothingWritten(t, () => save(c, doc.id, 1, mixedPeriods()))).statusCode).toBe(403);
      expect((await expectNothingWritten(t, () => c.post('/api/job-documents', { positionId, kind: 'skj' }))).statusCode).toBe(403);
    }
    expect((await expectNothingWritten(t, () => otherUnit.post('/api/job-documents', { positionId, kind: 'skj' }))).statusCode).toBe(403);
    expect((await save(admin, doc.id, 1, mixedPeriods())).statusCode).toBe(200);
    const komjakDoc = await create(await newPosition(komjak), 'skj', admin);
    expect(komjakDoc.unitId).toBe(komjak);
    expect((await otherUnit.get(`/api/job-documents/${komjakDoc.id}`)).json().actions).toEqual(['edit']);
  });

  it('lists own unit\'s documents filtered by position and kind, with the create action', async () => {
    const positionId = await newPosition();
    const anjab = await create(positionId, 'anjab');
    const skj = await create(positionId, 'skj');
    const list = (await pimpinan.get(`/api/job-documents?positionId=${positionId}`)).json();
    expect(list).toMatchObject({ total: 2, actions: ['create'] });
    expect(list.items.map((d: { id: string }) => d.id).sort()).toEqual([anjab.id, skj.id].sort());
    expect((await pimpinan.get(`/api/job-documents?positionId=${positionId}&kind=skj`)).json().items.map((d: { id: string }) => d.id)).toEqual([skj.id]);
    expect((await verifikator.get(`/api/job-documents?positionId=${positionId}`)).json()).toMatchObject({ total: 2, actions: [] });
    expect(fieldPaths((await pimpinan.get('/api/job-documents?kind=abk')).json())).toEqual(['querystring.kind']);
  });

  it('is closed to the public', async () => {
    const doc = await create(await newPosition(), 'anjab');
    const pub = await t.client();
    const results = await expectNothingWritten(t, () => Promise.all([
      pub.get('/api/job-documents'), pub.get(`/api/job-documents/${doc.id}`), pub.get(`/api/job-documents/${doc.id}/versions`),
      pub.get(`/api/job-documents/${doc.id}/versions/1`), pub.post('/api/job-documents', { positionId: doc.positionId, kind: 'skj' }),
      pub.put(`/api/job-documents/${doc.id}/content`, { version: 1, content: validAnjab() }),
    ]));
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(401));
  });
});

describe('job documents: API description', () => {
  it('describes every job endpoint with a summary in the OpenAPI document, with the three content kinds', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const ops: [string, string][] = [
      ['/api/job-master', 'get'], ['/api/job-master/{year}/working-time', 'put'], ['/api/job-master/{year}/rounding', 'put'],
      ['/api/job-master/{year}/ej-bands', 'put'], ['/api/job-master/{year}/factors/{set}', 'put'], ['/api/job-master/{year}/classes', 'put'],
      ['/api/job-master/{year}/competencies', 'put'], ['/api/job-master/{year}/copy', 'post'],
      ['/api/job-documents', 'get'], ['/api/job-documents', 'post'], ['/api/job-documents/{id}', 'get'], ['/api/job-documents/{id}/content', 'put'],
      ['/api/job-documents/{id}/versions', 'get'], ['/api/job-documents/{id}/versions/{n}', 'get'],
      ['/api/job-documents/units/{unitId}/abk', 'get'], ['/api/job-documents/units/{unitId}/peta-jabatan', 'get'],
    ];
    for (const [path, method] of ops) expect(doc.paths[path]?.[method]?.summary, `${method} ${path}`).toMatch(/\w{5}/);
    const content = doc.paths['/api/job-documents/{id}/content'].put.requestBody.content['application/json'].schema.properties.content;
    expect(JSON.stringify(content)).toContain('"presentStaff"');
    expect(JSON.stringify(content)).toContain('"factorSet"');
    expect(JSON.stringify(content)).toContain('"socioCultural"');
  });
});
