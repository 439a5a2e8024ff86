import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, unitIdOf } from '../../testing/fixtures.ts';
import { castOf, createSopWith, type Cast } from '../../testing/requests.ts';
import { validSop } from '../../../domain/sop/testing.ts';

/**
 * Two rounds half a year apart: SETKOMPOLNAS takes part in both (one SOP fails in the first and works in the second),
 * SETKOMJAK only in the first (and never submits). The reports per round, per unit and per SOP, their workbook and
 * PDF, and who may read them.
 */

let t: TestApp;
let cast: Cast;
let visitor: ApiClient;
let komjakUser: ApiClient;
let kompolnas: string;
let komjak: string;
let now = new Date('2099-01-05T03:00:00Z');
const clock = () => now;
let counter = 0;

async function moveTo(at: string) {
  now = new Date(at);
  cast = await castOf(t, DEMO);
  komjakUser = await t.signIn(DEMO.pemrakarsaKomjak);
}

async function effectiveSop(c: ApiClient, unitId: string, title: string) {
  const sop = await createSopWith(c, unitId, title, (u) => {
    const content = validSop(u);
    content.identity.title = title;
    return content;
  });
  const res = await cast.kepalaBiro.post('/api/registry', { sopId: sop.id, version: 2, number: `${String(++counter).padStart(3, '0')}/SOP/LAPORAN/2099`, effectiveOn: '2099-01-02' });
  expect(res.statusCode, res.body).toBe(201);
  return { sopId: sop.id as string, title };
}

const allYes = { K1: true, K2: true, K3: true, K4: true, K5: true, K6: true, K7: true };
const good = { assessment: 'berjalan_baik', notes: 'Dijalankan sesuai alur.', assessorName: 'Bambang Suryanto', assessorPosition: 'Sekretaris Kompolnas', methods: ['observasi'], criteria: allYes };
const failing = {
  ...good,
  assessment: 'tidak_berjalan_baik',
  notes: 'Pengaduan tidak diteruskan dalam 1 hari.',
  action: 'Sederhanakan alur disposisi.',
  methods: ['observasi', 'diskusi_kelompok'],
  criteria: { ...allYes, K2: false, K3: false },
};

async function openRound(body: object) {
  const res = await cast.kepalaBiro.post('/api/monev/rounds', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function fill(roundId: string, answers: Record<string, object>) {
  const sheet = (await cast.pemrakarsa.get(`/api/monev/rounds/${roundId}/units/${kompolnas}`)).json();
  for (const a of sheet.assessments) {
    const res = await cast.pemrakarsa.put(`/api/monev/assessments/${a.id}`, answers[a.title]);
    expect(res.statusCode, res.body).toBe(200);
  }
  const submitted = await cast.pemrakarsa.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/submit`);
  expect(submitted.statusCode, submitted.body).toBe(200);
}

let sopA1: Awaited<ReturnType<typeof effectiveSop>>;
let sopA2: Awaited<ReturnType<typeof effectiveSop>>;
let sopB1: Awaited<ReturnType<typeof effectiveSop>>;
let round1: string;
let round2: string;

beforeAll(async () => {
  t = await createTestApp({ clock });
  cast = await castOf(t, DEMO);
  [komjakUser, visitor] = await Promise.all([t.signIn(DEMO.pemrakarsaKomjak), t.client()]);
  kompolnas = await unitIdOf(cast.admin, 'SETKOMPOLNAS');
  komjak = await unitIdOf(cast.admin, 'SETKOMJAK');
  sopA1 = await effectiveSop(cast.pemrakarsa, kompolnas, 'Penanganan Surat Masuk');
  sopA2 = await effectiveSop(cast.pemrakarsa, kompolnas, 'Pengelolaan Pengaduan Masyarakat');
  sopB1 = await effectiveSop(komjakUser, komjak, 'Penyusunan Laporan Kinerja');
  round1 = await openRound({ title: 'Monev SOP Semester I 2099', periodStart: '2099-01-01', periodEnd: '2099-06-30', deadline: '2099-01-20', unitIds: [kompolnas, komjak] });
  await fill(round1, { [sopA1.title]: good, [sopA2.title]: failing });
  await moveTo('2099-07-01T03:00:00Z');
  round2 = await openRound({ title: 'Monev SOP Semester II 2099', periodStart: '2099-07-01', periodEnd: '2099-12-31', deadline: '2099-07-20', unitIds: [kompolnas] });
  await fill(round2, { [sopA1.title]: good, [sopA2.title]: good });
});
afterAll(async () => {
  await t?.close();
});

async function workbookOf(res: { statusCode: number; body: string; rawPayload: Buffer; headers: Record<string, unknown> }) {
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return wb;
}

/** The rows of a sheet as arrays of plain cell values (from column 1). */
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

const TABLE7 = ['No.', 'Prosedur', 'Penilaian Terhadap Penerapan', 'Catatan Hasil Penilaian', 'Tindakan yang Harus Diambil', 'Paraf Penilai'];

describe('the round report', () => {
  it("shows the bureau every unit's Table 7 rows, criteria and totals", async () => {
    for (const c of [cast.kepalaBiro, cast.verifikator, cast.admin]) {
      const res = await c.get(`/api/monev-reports/rounds/${round1}`);
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json();
      expect(r.round).toMatchObject({ id: round1, title: 'Monev SOP Semester I 2099', status: 'open' });
      expect(r.criteria.map((x: { id: string }) => x.id)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7']);
      expect(r.units.map((u: { code: string }) => u.code)).toEqual(['SETKOMJAK', 'SETKOMPOLNAS']);
      const [b, a] = r.units;
      expect(b.progress).toEqual({ assessed: 0, total: 1, submitted: false, late: true });
      expect(a.progress).toEqual({ assessed: 2, total: 2, submitted: true, late: false });
      expect(a.sops.map((s: { no: number; title: string; assessment: string }) => [s.no, s.title, s.assessment])).toEqual([
        [1, sopA1.title, 'berjalan_baik'],
        [2, sopA2.title, 'tidak_berjalan_baik'],
      ]);
      expect(a.sops[1]).toMatchObject({ action: 'Sederhanakan alur disposisi.', assessorName: 'Bambang Suryanto', evaluation: { yes: 5, no: 2, percentYes: 71 } });
      expect(a.criteria.find((x: { id: string }) => x.id === 'K2')).toEqual({ id: 'K2', yes: 1, no: 1, percentYes: 50 });
      expect(r.totals).toEqual({ units: 2, submitted: 1, late: 1, sops: 3, assessed: 2, working: 1, notWorking: 1, unassessed: 1, percentYes: 86 });
    }
  });

  it("shows a unit's users only their own unit; another unit's round is 404; anonymous 401", async () => {
    const own = await cast.pemrakarsa.get(`/api/monev-reports/rounds/${round1}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().units.map((u: { code: string }) => u.code)).toEqual(['SETKOMPOLNAS']);
    expect(own.json().totals).toMatchObject({ units: 1, sops: 2 });
    const komjakOwn = await komjakUser.get(`/api/monev-reports/rounds/${round1}`);
    expect(komjakOwn.json().units.map((u: { code: string }) => u.code)).toEqual(['SETKOMJAK']);
    for (const url of [`/api/monev-reports/rounds/${round2}`, `/api/monev-reports/rounds/${round2}/export.xlsx`, `/api/monev-reports/rounds/${round2}/export.pdf`]) {
      expect((await komjakUser.get(url)).statusCode).toBe(404);
      expect((await visitor.get(url)).statusCode).toBe(401);
    }
  });

  it('answers 400 for an id that is not one and 404 for an unknown round', async () => {
    const bad = await cast.kepalaBiro.get('/api/monev-reports/rounds/abc');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ path: 'params.id', message: 'Kode putaran monitoring tidak valid.' }]);
    const english = await cast.kepalaBiro.request({ method: 'GET', url: '/api/monev-reports/rounds/abc/export.pdf', headers: { 'accept-language': 'en' } });
    expect(english.statusCode).toBe(400);
    expect(english.json().error.fields).toEqual([{ path: 'params.id', message: 'The monitoring round id is not valid.' }]);
    expect((await cast.kepalaBiro.get('/api/monev-reports/rounds/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('exports a workbook with Table 7 and the evaluation, and a PDF', async () => {
    const res = await cast.kepalaBiro.get(`/api/monev-reports/rounds/${round1}/export.xlsx`);
    expect(res.headers['content-disposition']).toContain('filename="Laporan Monev - Monev SOP Semester I 2099.xlsx"');
    const wb = await workbookOf(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Monitoring Pelaksanaan SOP AP', 'Evaluasi Penerapan SOP AP']);
    const monitoring = rowsOf(wb.getWorksheet('Monitoring Pelaksanaan SOP AP')!);
    expect(monitoring.filter((r) => JSON.stringify(r) === JSON.stringify(TABLE7))).toHaveLength(2);
    expect(monitoring.some((r) => r[0] === 'SETKOMPOLNAS Sekretariat Kompolnas · diserahkan 5 Januari 2099' || String(r[0]).startsWith('SETKOMPOLNAS'))).toBe(true);
    const failingRow = monitoring.find((r) => String(r[1]).startsWith(sopA2.title))!;
    expect(failingRow[0]).toBe(2);
    expect(failingRow.slice(2, 5)).toEqual(['Tidak berjalan dengan baik', 'Pengaduan tidak diteruskan dalam 1 hari.', 'Sederhanakan alur disposisi.']);
    expect(failingRow[5]).toBe('Bambang Suryanto, Sekretaris Kompolnas\nMetode: Observasi supervisor; Pertemuan dan diskusi kelompok kerja');
    expect(monitoring.find((r) => String(r[1]).startsWith(sopB1.title))![2]).toBe('Belum dinilai');

    const evaluation = rowsOf(wb.getWorksheet('Evaluasi Penerapan SOP AP')!);
    expect(evaluation.some((r) => r[0] === 'K7' && String(r[1]).endsWith('(perlu diverifikasi)'))).toBe(true);
    const header = evaluation.find((r) => r[0] === 'No.' && r[1] === 'Prosedur')!;
    expect(header).toEqual(['No.', 'Prosedur', 'K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'Ya', 'Tidak', '% Ya']);
    const a2 = evaluation.find((r) => String(r[1]).startsWith(sopA2.title))!;
    expect(a2.slice(2)).toEqual(['Ya', 'Tidak', 'Tidak', 'Ya', 'Ya', 'Ya', 'Ya', 5, 2, 71]);
    expect(evaluation.find((r) => r[0] === 'Jumlah')).toEqual(['Jumlah', 3, 2, 1, 1, 12, 14, 86, '1 dari 2 diserahkan']);

    const pdf = await cast.kepalaBiro.get(`/api/monev-reports/rounds/${round1}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('.pdf"');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(5000);
  });

  it("exports only the caller's unit for a unit's user", async () => {
    const wb = await workbookOf(await cast.pemrakarsa.get(`/api/monev-reports/rounds/${round1}/export.xlsx`));
    const monitoring = rowsOf(wb.getWorksheet('Monitoring Pelaksanaan SOP AP')!);
    expect(monitoring.some((r) => String(r[1]).startsWith(sopA2.title))).toBe(true);
    expect(monitoring.some((r) => String(r[1]).startsWith(sopB1.title))).toBe(false);
  });
});

describe('the unit report', () => {
  it('puts the rounds oldest first with working / not working, criteria "Ya" and the trend', async () => {
    for (const c of [cast.kepalaBiro, cast.pemrakarsa, cast.pimpinan]) {
      const res = await c.get(`/api/monev-reports/units/${kompolnas}`);
      expect(res.statusCode, res.body).toBe(200);
      const r = res.json();
      expect(r.unit).toMatchObject({ id: kompolnas, code: 'SETKOMPOLNAS' });
      expect(r.rounds.map((x: { round: { id: string }; summary: { working: number; notWorking: number; percentYes: number }; trend: string | null }) => [x.round.id, x.summary.working, x.summary.notWorking, x.summary.percentYes, x.trend])).toEqual([
        [round1, 1, 1, 86, null],
        [round2, 2, 0, 100, 'up'],
      ]);
      expect(r.rounds[0].criteria.find((x: { id: string }) => x.id === 'K3')).toEqual({ id: 'K3', yes: 1, no: 1, percentYes: 50 });
      const a2 = r.sops.find((s: { sopId: string }) => s.sopId === sopA2.sopId);
      expect(a2.cells.map((x: { assessment: string }) => x.assessment)).toEqual(['tidak_berjalan_baik', 'berjalan_baik']);
      expect(a2.trend).toBe('up');
    }
  });

  it("is 404 for another unit's users and an unknown unit, 400 for a bad id, 401 anonymous", async () => {
    expect((await komjakUser.get(`/api/monev-reports/units/${kompolnas}`)).statusCode).toBe(404);
    expect((await komjakUser.get(`/api/monev-reports/units/${kompolnas}/export.xlsx`)).statusCode).toBe(404);
    expect((await cast.pemrakarsa.get(`/api/monev-reports/units/${komjak}/export.pdf`)).statusCode).toBe(404);
    expect((await cast.kepalaBiro.get('/api/monev-reports/units/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const bad = await cast.kepalaBiro.get('/api/monev-reports/units/123');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ path: 'params.unitId', message: 'Kode unit tidak valid.' }]);
    expect((await visitor.get(`/api/monev-reports/units/${kompolnas}`)).statusCode).toBe(401);
  });

  it('exports Table 7 per round, the evaluation and a trend sheet; and a PDF', async () => {
    const res = await cast.kepalaBiro.get(`/api/monev-reports/units/${kompolnas}/export.xlsx`);
    const wb = await workbookOf(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Monitoring Pelaksanaan SOP AP', 'Evaluasi Penerapan SOP AP', 'Tren']);
    const monitoring = rowsOf(wb.getWorksheet('Monitoring Pelaksanaan SOP AP')!);
    expect(monitoring.filter((r) => JSON.stringify(r) === JSON.stringify(TABLE7))).toHaveLength(2);
    expect(monitoring.filter((r) => String(r[1]).startsWith(sopA2.title)).map((r) => r[2])).toEqual(['Tidak berjalan dengan baik', 'Berjalan dengan baik']);
    const trend = rowsOf(wb.getWorksheet('Tren')!);
    expect(trend.find((r) => r[0] === 'Monev SOP Semester II 2099 (1 Juli 2099 s.d. 31 Desember 2099)')).toEqual([
      'Monev SOP Semester II 2099 (1 Juli 2099 s.d. 31 Desember 2099)', 2, 2, 0, 0, 14, 14, 100, 'Naik',
    ]);
    const pdf = await cast.pemrakarsa.get(`/api/monev-reports/units/${kompolnas}/export.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the SOP report', () => {
  it('lists each round of the SOP oldest first with its assessment, criteria and trend', async () => {
    const res = await cast.verifikator.get(`/api/monev-reports/sops/${sopA2.sopId}`);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.sop).toMatchObject({ id: sopA2.sopId, title: sopA2.title, unit: { id: kompolnas, code: 'SETKOMPOLNAS' } });
    expect(r.entries.map((e: { round: { id: string }; assessment: string; evaluation: { percentYes: number }; trend: string | null }) => [e.round.id, e.assessment, e.evaluation.percentYes, e.trend])).toEqual([
      [round1, 'tidak_berjalan_baik', 71, null],
      [round2, 'berjalan_baik', 100, 'up'],
    ]);
    expect(r.entries[0].criteria).toMatchObject({ K2: false, K3: false, K1: true });
    const own = await cast.pemrakarsa.get(`/api/monev-reports/sops/${sopA2.sopId}`);
    expect(own.statusCode).toBe(200);
  });

  it("is 404 for another unit's users and unknown SOPs, 400 for a bad id, 401 anonymous", async () => {
    for (const suffix of ['', '/export.xlsx', '/export.pdf']) expect((await komjakUser.get(`/api/monev-reports/sops/${sopA2.sopId}${suffix}`)).statusCode).toBe(404);
    expect((await cast.kepalaBiro.get('/api/monev-reports/sops/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const bad = await cast.kepalaBiro.get('/api/monev-reports/sops/nope/export.xlsx');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual([{ path: 'params.sopId', message: 'Kode SOP tidak valid.' }]);
    expect((await visitor.get(`/api/monev-reports/sops/${sopA2.sopId}`)).statusCode).toBe(401);
  });

  it('exports the SOP round by round as a workbook and a PDF', async () => {
    const wb = await workbookOf(await cast.pemrakarsa.get(`/api/monev-reports/sops/${sopA2.sopId}/export.xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Monitoring Pelaksanaan SOP AP', 'Evaluasi Penerapan SOP AP', 'Tren']);
    const monitoring = rowsOf(wb.getWorksheet('Monitoring Pelaksanaan SOP AP')!);
    expect(monitoring.find((r) => r[0] === 'No.')).toEqual(TABLE7);
    expect(monitoring.filter((r) => typeof r[0] === 'number').map((r) => [r[0], r[2]])).toEqual([[1, 'Tidak berjalan dengan baik'], [2, 'Berjalan dengan baik']]);
    const trend = rowsOf(wb.getWorksheet('Tren')!);
    expect(trend.filter((r) => String(r[0]).startsWith('Monev SOP')).map((r) => [r[6], r[7]])).toEqual([[71, '-'], [100, 'Naik']]);
    const pdf = await cast.kepalaBiro.get(`/api/monev-reports/sops/${sopA2.sopId}/export.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('the pickers', () => {
  it("offer the bureau every round, unit and assessed SOP, and a unit's users their own", async () => {
    const all = (await cast.kepalaBiro.get('/api/monev-reports/options')).json();
    expect(all.rounds.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining([round1, round2]));
    expect(all.rounds[0].id).toBe(round2);
    expect(all.units.map((u: { code: string }) => u.code)).toEqual(expect.arrayContaining(['SETKOMJAK', 'SETKOMPOLNAS']));
    expect(all.sops.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([sopA1.sopId, sopA2.sopId, sopB1.sopId]));
    const komjakOptions = (await komjakUser.get('/api/monev-reports/options')).json();
    expect(komjakOptions.rounds.map((r: { id: string }) => r.id)).toEqual([round1]);
    expect(komjakOptions.units.map((u: { code: string }) => u.code)).toEqual(['SETKOMJAK']);
    expect(komjakOptions.sops.map((s: { id: string }) => s.id)).toEqual([sopB1.sopId]);
    expect((await visitor.get('/api/monev-reports/options')).statusCode).toBe(401);
  });
});
