import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import smtpTester, { type MailServer } from 'smtp-tester';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, fieldPaths, unitIdOf } from '../../testing/fixtures.ts';
import { castOf, createSopWith, type Cast } from '../../testing/requests.ts';
import { validSop } from '../../../domain/sop/testing.ts';
import { createMonevReminders } from './monev.service.ts';

let t: TestApp;
let cast: Cast;
let smtp: MailServer;
let visitor: ApiClient;
let komjakUser: ApiClient;
let kompolnas: string;
let komjak: string;
let otl: string;
let now = new Date('2099-07-01T03:00:00Z');
const clock = () => now;
const received: { to: string[]; subject: string; body: string }[] = [];
let counter = 0;
let sendDue: () => Promise<number>;

/** Moves the clock; sessions last a week of it, so everyone signs in again. */
async function moveTo(at: string) {
  now = new Date(at);
  cast = await castOf(t, DEMO);
  komjakUser = await t.signIn(DEMO.pemrakarsaKomjak);
}

/** A ratified SOP of the unit: created by `c`, ratified by the head of the bureau. */
async function effectiveSop(c: ApiClient, unitId: string, title: string) {
  const sop = await createSopWith(c, unitId, title, (u) => {
    const content = validSop(u);
    content.identity.title = title;
    return content;
  });
  const res = await cast.kepalaBiro.post('/api/registry', { sopId: sop.id, version: 2, number: `${String(++counter).padStart(3, '0')}/SOP/MONEV/2099`, effectiveOn: '2099-03-01' });
  expect(res.statusCode, res.body).toBe(201);
  return { sopId: sop.id as string, registryId: res.json().id as string, title };
}

const countOf = async (table: string) => (await t.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0].n;

async function arrived(expected: [string, string][]) {
  const has = ([to, subject]: [string, string]) => received.some((m) => m.to.includes(to) && m.subject.startsWith(subject));
  for (let i = 0; i < 100 && !expected.every(has); i++) {
    await t.mailer.flush();
    await new Promise((r) => setTimeout(r, 50));
  }
  return expected.filter((e) => !has(e));
}

let sopA1: Awaited<ReturnType<typeof effectiveSop>>;
let sopA2: Awaited<ReturnType<typeof effectiveSop>>;
let sopB1: Awaited<ReturnType<typeof effectiveSop>>;

beforeAll(async () => {
  smtp = smtpTester.init(0);
  if (!smtp.smtpServer.server.listening) await once(smtp.smtpServer.server, 'listening');
  const { port } = smtp.smtpServer.server.address() as AddressInfo;
  smtp.bind((_address, _id, email) => received.push({ to: Object.keys(email.receivers), subject: String(email.headers.subject), body: email.body }));
  const smtpSettings = { host: '127.0.0.1', port, secure: false, from: 'Manorta <no-reply@manorta.local>' };
  t = await createTestApp({ smtp: smtpSettings, clock });
  sendDue = createMonevReminders({ database: t.database, mailer: t.mailer, clock, publicUrl: 'http://localhost:3000' });
  cast = await castOf(t, DEMO);
  [komjakUser, visitor] = await Promise.all([t.signIn(DEMO.pemrakarsaKomjak), t.client()]);
  kompolnas = await unitIdOf(cast.admin, 'SETKOMPOLNAS');
  komjak = await unitIdOf(cast.admin, 'SETKOMJAK');
  otl = await unitIdOf(cast.admin, 'BAG-OTL');
  sopA1 = await effectiveSop(cast.pemrakarsa, kompolnas, 'Penanganan Surat Masuk');
  sopA2 = await effectiveSop(cast.pemrakarsa, kompolnas, 'Pengelolaan Pengaduan Masyarakat');
  sopB1 = await effectiveSop(komjakUser, komjak, 'Penyusunan Laporan Kinerja');
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.stop(() => resolve()) : resolve()));
});

const ROUND = { title: 'Monev SOP Semester II 2099', periodStart: '2099-07-01', periodEnd: '2099-12-31', deadline: '2099-07-10' };
let roundId: string;

const sheetOf = async (c: ApiClient, unitId = kompolnas) => {
  const res = await c.get(`/api/monev/rounds/${roundId}/units/${unitId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const rowOf = async (title: string, c: ApiClient = cast.pemrakarsa, unitId = kompolnas) => (await sheetOf(c, unitId)).assessments.find((a: { title: string }) => a.title === title);
const allYes = { K1: true, K2: true, K3: true, K4: true, K5: true, K6: true, K7: true };
const good = { assessment: 'berjalan_baik', notes: 'Dijalankan sesuai alur.', assessorName: 'Bambang Suryanto', assessorPosition: 'Sekretaris Kompolnas', methods: ['observasi', 'wawancara_pelaksana'], criteria: allYes };

describe('criteria', () => {
  it('are the seven rows of §1.7 from the database, the seventh marked unconfirmed; signed-in users only', async () => {
    const res = await cast.pemrakarsa.get('/api/monev/criteria');
    expect(res.statusCode).toBe(200);
    const rows = res.json();
    expect(rows.map((c: { id: string }) => c.id)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7']);
    expect(rows[1]).toMatchObject({ textId: 'Mudah dipahami', unconfirmed: false, active: true });
    expect(rows[6]).toMatchObject({ textId: 'Sinergi satu dengan lainnya', unconfirmed: true });
    expect((await visitor.get('/api/monev/criteria')).statusCode).toBe(401);
  });
});

describe('opening a round', () => {
  it('offers the current half-year and the units with their SOPs in effect, to administrators and the head of the bureau', async () => {
    const res = await cast.kepalaBiro.get('/api/monev/open-options');
    expect(res.statusCode).toBe(200);
    const o = res.json();
    expect(o).toMatchObject({ today: '2099-07-01', period: { start: '2099-07-01', end: '2099-12-31' }, reminderDays: [7, 1] });
    expect(o.units.find((u: { id: string }) => u.id === kompolnas).effectiveSops).toBe(2);
    expect(o.units.find((u: { id: string }) => u.id === otl).effectiveSops).toBe(0);
    for (const c of [cast.pemrakarsa, cast.verifikator]) expect((await c.get('/api/monev/open-options')).statusCode).toBe(403);
  });

  it('refuses bad dates, a unit without SOPs in effect (by name), and everyone but the bureau heads, writing nothing', async () => {
    const rounds = await countOf('monev_rounds');
    const post = (body: object, c: ApiClient = cast.kepalaBiro) => c.post('/api/monev/rounds', { ...ROUND, unitIds: [kompolnas], ...body });
    const badDate = await post({ deadline: '2099-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(fieldPaths(badDate.json())).toEqual(['deadline']);
    expect(badDate.json().error.fields[0].message).toBe('Tanggal harus berupa tanggal yang valid (TTTT-BB-HH).');
    const order = await post({ periodEnd: '2099-06-30', deadline: '2099-07-20' });
    expect(order.statusCode).toBe(400);
    expect(order.json().error.message).toBe('Akhir periode tidak boleh sebelum awal periode.');
    const past = await post({ periodStart: '2099-01-01', deadline: '2099-06-30' });
    expect(past.statusCode).toBe(400);
    expect(fieldPaths(past.json())).toEqual(['deadline']);
    const english = await cast.kepalaBiro.request({ method: 'POST', url: '/api/monev/rounds', payload: { ...ROUND, periodStart: '2099-01-01', deadline: '2099-06-30' }, headers: { 'accept-language': 'en' } });
    expect(english.json().error.message).toBe('The deadline cannot be before today.');
    const noSops = await post({ unitIds: [kompolnas, otl] });
    expect(noSops.statusCode).toBe(400);
    expect(noSops.json().error.code).toBe('NO_EFFECTIVE_SOPS');
    expect(noSops.json().error.message).toMatch(/^Unit berikut belum memiliki SOP yang berlaku sehingga tidak dapat dimonitor: BAG-OTL /);
    expect((await post({ title: 'x' })).statusCode).toBe(400);
    expect((await post({ unitIds: ['00000000-0000-4000-8000-000000000000'] })).statusCode).toBe(400);
    for (const c of [cast.pemrakarsa, cast.pimpinan, cast.verifikator]) expect((await post({}, c)).statusCode).toBe(403);
    expect((await post({}, visitor)).statusCode).toBe(401);
    expect(await countOf('monev_rounds')).toBe(rounds);
  });

  it('by default takes every unit with SOPs in effect, one row per SOP; the bureau closes it', async () => {
    const res = await cast.admin.post('/api/monev/rounds', { ...ROUND, title: 'Putaran bawaan' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json();
    expect(r.roundUnits.map((u: { unitId: string }) => u.unitId).sort()).toEqual([kompolnas, komjak].sort());
    expect(r.roundUnits.find((u: { unitId: string }) => u.unitId === kompolnas)).toMatchObject({ assessed: 0, total: 2, submittedAt: null, late: false, lastReminder: null });
    expect(r).toMatchObject({ status: 'open', reminderDays: [7, 1], version: 1, units: 2, submitted: 0, actions: ['manage'] });
    const closed = await cast.kepalaBiro.post(`/api/monev/rounds/${r.id}/close`, { version: 1 });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', actions: [] });
    expect((await cast.kepalaBiro.post(`/api/monev/rounds/${r.id}/close`, { version: 2 })).statusCode).toBe(409);
  });

  it('opens for the chosen units with the SOPs in effect at that moment', async () => {
    const res = await cast.kepalaBiro.post('/api/monev/rounds', { ...ROUND, unitIds: [kompolnas, komjak], reminderDays: [1, 7, 7] });
    expect(res.statusCode, res.body).toBe(201);
    roundId = res.json().id;
    expect(res.json().reminderDays).toEqual([7, 1]);
    const sheet = await sheetOf(cast.pemrakarsa);
    expect(sheet.assessments.map((a: { registryId: string }) => a.registryId).sort()).toEqual([sopA1.registryId, sopA2.registryId].sort());
    expect(sheet.criteria).toHaveLength(7);
    expect(sheet.assessments[0]).toMatchObject({ assessment: null, methods: [], criteria: {}, actions: ['edit'], revisionRequestId: null });
    expect(sheet.assessments[0].missing).toContain('criteria.K7');
    expect(sheet.unit.actions).toEqual(['edit', 'submit']);
  });
});

describe('access', () => {
  it('keeps a unit to its own sheet (other units 404), the whole bureau reads progress, only the heads manage', async () => {
    expect((await komjakUser.get(`/api/monev/rounds/${roundId}/units/${kompolnas}`)).statusCode).toBe(404);
    expect((await cast.pemrakarsa.get(`/api/monev/rounds/${roundId}/units/${otl}`)).statusCode).toBe(404);
    expect((await visitor.get(`/api/monev/rounds/${roundId}/units/${kompolnas}`)).statusCode).toBe(401);
    const own = (await komjakUser.get(`/api/monev/rounds/${roundId}`)).json();
    expect(own.roundUnits.map((u: { unitId: string }) => u.unitId)).toEqual([komjak]);
    expect(own.actions).toEqual([]);
    const listed = (await komjakUser.get('/api/monev/rounds?status=open')).json();
    expect(listed.map((r: { id: string }) => r.id)).toEqual([roundId]);
    expect(listed[0].mine).toEqual({ submittedAt: null, late: false });
    const bureau = (await cast.verifikator.get(`/api/monev/rounds/${roundId}`)).json();
    expect(bureau.roundUnits).toHaveLength(2);
    expect((await cast.verifikator.get(`/api/monev/rounds/${roundId}/units/${kompolnas}`)).statusCode).toBe(200);
    expect((await cast.verifikator.post(`/api/monev/rounds/${roundId}/units/${komjak}/remind`)).statusCode).toBe(403);
    expect((await cast.pemrakarsa.patch(`/api/monev/rounds/${roundId}`, { version: 1, deadline: '2099-07-20' })).statusCode).toBe(403);

    const row = await rowOf(sopA1.title);
    const before = await countOf('audit_log');
    expect((await komjakUser.put(`/api/monev/assessments/${row.id}`, { notes: 'x' })).statusCode).toBe(404);
    expect((await cast.verifikator.put(`/api/monev/assessments/${row.id}`, { notes: 'x' })).statusCode).toBe(403);
    expect((await visitor.put(`/api/monev/assessments/${row.id}`, { notes: 'x' })).statusCode).toBe(401);
    expect((await komjakUser.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/submit`)).statusCode).toBe(404);
    expect((await cast.verifikator.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/submit`)).statusCode).toBe(403);
    expect((await komjakUser.post(`/api/monev/assessments/${row.id}/revision-request`)).statusCode).toBe(404);
    expect((await cast.verifikator.post(`/api/monev/assessments/${row.id}/revision-request`)).statusCode).toBe(403);
    expect(await countOf('audit_log')).toBe(before);
  });
});

describe('filling in Table 7 and submitting', () => {
  it('saves as the unit goes, refusing unknown criteria and methods', async () => {
    const row = await rowOf(sopA1.title);
    const saved = await cast.pemrakarsa.put(`/api/monev/assessments/${row.id}`, { assessment: 'berjalan_baik', criteria: { K1: true, K2: false } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ assessment: 'berjalan_baik', criteria: { K1: true, K2: false }, evaluation: { yes: 1, no: 1, answered: 2, total: 7, percentYes: 50 } });
    const more = await cast.pimpinan.put(`/api/monev/assessments/${row.id}`, { notes: 'Sudah berjalan.', criteria: { K2: true } });
    expect(more.json()).toMatchObject({ assessment: 'berjalan_baik', notes: 'Sudah berjalan.', criteria: { K1: true, K2: true } });
    const unknown = await cast.pemrakarsa.put(`/api/monev/assessments/${row.id}`, { criteria: { K9: true } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe('Kriteria evaluasi tidak dikenal atau tidak aktif: K9.');
    expect((await cast.pemrakarsa.put(`/api/monev/assessments/${row.id}`, { methods: ['telepati'] })).statusCode).toBe(400);
    expect((await cast.pemrakarsa.put(`/api/monev/assessments/${row.id}`, { assessment: 'lumayan' })).statusCode).toBe(400);
    expect((await cast.pemrakarsa.put(`/api/monev/assessments/${row.id}`, { notes: 'x'.repeat(4001) })).statusCode).toBe(400);
  });

  it('refuses a save over a later one by someone else (version), writing nothing, in the caller\'s language', async () => {
    const row = await rowOf(sopA1.title);
    const loaded = (await cast.pemrakarsa.put(`/api/monev/assessments/${row.id}`, { assessorName: 'Bambang Suryanto' })).json().version as number;
    const theirs = await cast.pimpinan.put(`/api/monev/assessments/${row.id}`, { notes: 'Catatan pimpinan.', version: loaded });
    expect(theirs.statusCode, theirs.body).toBe(200);
    const before = (await t.database.db.execute<{ notes: string }>(sql`select notes from monev_assessments where id = ${row.id}`)).rows[0].notes;
    const stale = await cast.pemrakarsa.put(`/api/monev/assessments/${row.id}`, { notes: 'Catatan pemrakarsa.', version: loaded });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'MONEV_ASSESSMENT_CHANGED', message: expect.stringMatching(/^Penilaian SOP .+ telah diubah oleh pengguna lain/) });
    const english = await cast.pemrakarsa.request({ method: 'PUT', url: `/api/monev/assessments/${row.id}`, payload: { notes: 'x', version: loaded }, headers: { 'accept-language': 'en' } });
    expect(english.json().error.message).toMatch(/^The assessment of SOP .+ was changed by someone else/);
    expect((await t.database.db.execute<{ notes: string }>(sql`select notes from monev_assessments where id = ${row.id}`)).rows[0].notes).toBe(before);
    expect((await cast.pemrakarsa.put(`/api/monev/assessments/${row.id}`, { notes: 'x', version: 'kemarin' })).statusCode).toBe(400);
    // On the latest state, or knowingly without a version, the save goes through.
    const fresh = await cast.pemrakarsa.put(`/api/monev/assessments/${row.id}`, { notes: 'Catatan pemrakarsa.', version: theirs.json().version });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json().notes).toBe('Catatan pemrakarsa.');
  });

  it('refuses to submit while a row is incomplete, naming each SOP and what is missing', async () => {
    const a1 = await rowOf(sopA1.title);
    await cast.pemrakarsa.put(`/api/monev/assessments/${a1.id}`, good);
    const a2 = await rowOf(sopA2.title);
    await cast.pemrakarsa.put(`/api/monev/assessments/${a2.id}`, { ...good, assessment: 'tidak_berjalan_baik', notes: 'Alur pengaduan tidak diikuti.', methods: [], criteria: { ...allYes, K2: false, K3: false } });
    const res = await cast.pemrakarsa.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/submit`);
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body.error.code).toBe('MONEV_INCOMPLETE');
    expect(body.error.message).toContain(sopA2.title);
    expect(body.error.message).not.toContain(sopA1.title);
    expect(body.missing).toEqual([{ assessmentId: a2.id, fields: ['action', 'methods'] }]);
    expect(body.error.fields.map((f: { message: string }) => f.message)).toEqual([
      `${sopA2.title}: tindakan yang harus diambil wajib diisi untuk SOP yang tidak berjalan dengan baik.`,
      `${sopA2.title}: pilih minimal satu metode monitoring.`,
    ]);
    expect((await sheetOf(cast.pemrakarsa)).unit.submittedAt).toBeNull();
  });

  it('has no revision request before submitting', async () => {
    const a2 = await rowOf(sopA2.title);
    expect(a2.actions).toEqual(['edit']);
    const res = await cast.pemrakarsa.post(`/api/monev/assessments/${a2.id}/revision-request`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('NOT_FAILING');
  });

  it('submits once complete; read-only afterwards until the bureau reopens', async () => {
    const a2 = await rowOf(sopA2.title);
    await cast.pemrakarsa.put(`/api/monev/assessments/${a2.id}`, { action: 'Revisi alur penanganan pengaduan.', methods: ['diskusi_kelompok'] });
    const res = await cast.pemrakarsa.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/submit`);
    expect(res.statusCode, res.body).toBe(200);
    const sheet = res.json();
    expect(sheet.unit.submittedAt).toBe(now.toISOString());
    expect(sheet.unit.summary).toMatchObject({ total: 2, complete: 2, working: 1, notWorking: 1, yes: 12, answered: 14, percentYes: 86 });
    expect(sheet.unit.actions).toEqual([]);
    const failing = sheet.assessments.find((a: { title: string }) => a.title === sopA2.title);
    expect(failing.actions).toEqual(['requestRevision']);
    const edit = await cast.pemrakarsa.put(`/api/monev/assessments/${a2.id}`, { notes: 'ubah' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('ALREADY_SUBMITTED');
    expect((await cast.pemrakarsa.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/submit`)).statusCode).toBe(409);
    // The bureau reopens and the unit submits again.
    expect((await cast.pemrakarsa.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/reopen`)).statusCode).toBe(403);
    const reopened = await cast.kepalaBiro.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/reopen`);
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json().unit.submittedAt).toBeNull();
    expect((await cast.pemrakarsa.put(`/api/monev/assessments/${a2.id}`, { notes: 'Alur pengaduan tidak diikuti oleh pelaksana.' })).statusCode).toBe(200);
    expect((await cast.pemrakarsa.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/submit`)).statusCode).toBe(200);
    const progress = (await cast.verifikator.get(`/api/monev/rounds/${roundId}`)).json();
    expect(progress.roundUnits.find((u: { unitId: string }) => u.unitId === kompolnas)).toMatchObject({ assessed: 2, total: 2, late: false });
    expect(progress.roundUnits.find((u: { unitId: string }) => u.unitId === komjak)).toMatchObject({ assessed: 0, total: 1, submittedAt: null, late: false });
    expect(progress.submitted).toBe(1);
  });
});

describe('reminders', () => {
  const subjectBefore = `[Manorta] Pengingat monitoring dan evaluasi SOP: ${ROUND.title} (batas waktu 2099-07-10)`;
  const subjectLate = `[Manorta] Terlambat: monitoring dan evaluasi SOP ${ROUND.title} melewati batas waktu 2099-07-10`;

  it('go 7 days before the deadline only to units that have not submitted, by e-mail and in the portal, once a day', async () => {
    await moveTo('2099-07-02T23:00:00Z'); // 06:00 WIB on 3 July: 7 days ahead
    expect(await sendDue()).toBe(1);
    expect(await sendDue()).toBe(0);
    expect(await arrived([[DEMO.pemrakarsaKomjak, subjectBefore], [DEMO.pimpinanKomjak, subjectBefore]])).toEqual([]);
    const before = received.filter((m) => m.subject === subjectBefore).flatMap((m) => m.to);
    expect(before).not.toContain(DEMO.pemrakarsa);
    expect(before).not.toContain(DEMO.pimpinan);
    const mail = received.find((m) => m.subject === subjectBefore)!;
    expect(mail.body).toContain(`/monev/${roundId}/unit/${komjak}`);
    const bell = (await komjakUser.get('/api/notifications')).json();
    expect(bell.items[0]).toMatchObject({ kind: 'monev_before_deadline', requestId: null, link: `/monev/${roundId}/unit/${komjak}` });
    expect((await cast.pemrakarsa.get('/api/notifications')).json().items.some((n: { kind: string }) => n.kind.startsWith('monev_'))).toBe(false);
    await moveTo('2099-07-04T01:00:00Z'); // 4 July: nothing due
    expect(await sendDue()).toBe(0);
    const progress = (await cast.kepalaBiro.get(`/api/monev/rounds/${roundId}`)).json();
    expect(progress.roundUnits.find((u: { unitId: string }) => u.unitId === komjak).lastReminder).toEqual({ at: '2099-07-02T23:00:00.000Z', kind: 'before_deadline' });
  });

  it('"Kirim pengingat": the bureau reminds a unit now, once a day; not a unit that has submitted', async () => {
    const res = await cast.kepalaBiro.post(`/api/monev/rounds/${roundId}/units/${komjak}/remind`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ sent: 1, units: [{ unitId: komjak, recipients: 2 }] });
    const subject = `[Manorta] Pengingat dari Biro: monitoring dan evaluasi SOP ${ROUND.title} (batas waktu 2099-07-10)`;
    expect(await arrived([[DEMO.pemrakarsaKomjak, subject]])).toEqual([]);
    const again = await cast.kepalaBiro.post(`/api/monev/rounds/${roundId}/units/${komjak}/remind`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Pengingat sudah dikirim ke unit ini hari ini.');
    const done = await cast.kepalaBiro.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/remind`);
    expect(done.statusCode).toBe(409);
    expect(done.json().error.code).toBe('ALREADY_SUBMITTED');
    expect((await cast.kepalaBiro.post(`/api/monev/rounds/${roundId}/remind`)).json()).toEqual({ sent: 0, units: [] });
  });

  it('mark a unit late only after the deadline day has ended (WIB), and remind it daily, once a day', async () => {
    await moveTo('2099-07-10T16:59:00Z'); // 23:59 WIB on the deadline
    expect(await sendDue()).toBe(0);
    let komjakRow = (await cast.kepalaBiro.get(`/api/monev/rounds/${roundId}`)).json().roundUnits.find((u: { unitId: string }) => u.unitId === komjak);
    expect(komjakRow.late).toBe(false);
    await moveTo('2099-07-10T17:01:00Z'); // 00:01 WIB on 11 July
    const progress = (await cast.kepalaBiro.get(`/api/monev/rounds/${roundId}`)).json();
    komjakRow = progress.roundUnits.find((u: { unitId: string }) => u.unitId === komjak);
    expect(komjakRow.late).toBe(true);
    expect(progress.roundUnits.find((u: { unitId: string }) => u.unitId === kompolnas).late).toBe(false);
    expect((await komjakUser.get('/api/monev/rounds')).json()[0].mine).toEqual({ submittedAt: null, late: true });
    expect(await sendDue()).toBe(1);
    expect(await sendDue()).toBe(0);
    expect(await arrived([[DEMO.pemrakarsaKomjak, subjectLate]])).toEqual([]);
    expect(received.filter((m) => m.subject === subjectLate).flatMap((m) => m.to)).not.toContain(DEMO.pemrakarsa);
    await moveTo('2099-07-12T01:00:00Z');
    expect(await sendDue()).toBe(1);
    const rows = (await t.database.db.execute<{ kind: string; sent_on: string }>(sql`select kind, sent_on from monev_reminders where round_id = ${roundId} order by sent_at`)).rows;
    expect(rows.map((r) => `${r.kind} ${r.sent_on}`)).toEqual(['before_deadline 2099-07-03', 'manual 2099-07-04', 'late 2099-07-11', 'late 2099-07-12']);
  });
});

describe('an SOP found not to work opens a revision request', () => {
  it('creates a draft SOP facilitation request prefilled from the evaluation, with a new draft version of the SOP, once', async () => {
    const a2 = await rowOf(sopA2.title);
    const res = await cast.pemrakarsa.post(`/api/monev/assessments/${a2.id}/revision-request`);
    expect(res.statusCode, res.body).toBe(201);
    const { requestId, sopId, sopVersion } = res.json();
    expect(sopId).toBe(sopA2.sopId);
    expect(sopVersion).toBe(3);
    const request = (await cast.pemrakarsa.get(`/api/requests/${requestId}`)).json();
    expect(request).toMatchObject({ title: `Revisi SOP ${sopA2.title}`, state: 'draf', serviceCode: 'SOP', unitId: kompolnas, sop: { id: sopA2.sopId, latestVersion: 3 } });
    expect(request.formValues).toMatchObject({ jenisUsulan: 'Revisi SOP', jumlahSop: 1 });
    const sop = (await cast.pemrakarsa.get(`/api/sops/${sopA2.sopId}`)).json();
    expect(sop.status).toBe('draf');
    const comments = (await cast.pemrakarsa.get(`/api/requests/${requestId}/comments`)).json();
    const body = JSON.stringify(comments);
    for (const s of ['Alur pengaduan tidak diikuti oleh pelaksana.', 'Revisi alur penanganan pengaduan.', 'Mudah dipahami', 'Mudah dilaksanakan']) expect(body).toContain(s);
    expect(body).not.toContain('Sinergi');

    const again = await cast.pimpinan.post(`/api/monev/assessments/${a2.id}/revision-request`);
    expect(again.statusCode).toBe(200);
    expect(again.json().requestId).toBe(requestId);
    expect((await rowOf(sopA2.title)).actions).toEqual(['openRevision']);
    expect((await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from requests where title = ${`Revisi SOP ${sopA2.title}`}`)).rows[0].n).toBe(1);
  });

  it('is refused for an SOP that works well', async () => {
    const a1 = await rowOf(sopA1.title);
    expect(a1.actions).toEqual([]);
    const res = await cast.pemrakarsa.post(`/api/monev/assessments/${a1.id}/revision-request`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/^Permohonan revisi hanya dapat diajukan untuk SOP yang dinilai tidak berjalan dengan baik/);
  });
});

describe('changing and closing the round', () => {
  it('moves the deadline with the current version only, then closes; nothing can be saved in a closed round', async () => {
    const r = (await cast.kepalaBiro.get(`/api/monev/rounds/${roundId}`)).json();
    const stale = await cast.kepalaBiro.patch(`/api/monev/rounds/${roundId}`, { version: r.version + 5, deadline: '2099-07-31' });
    expect(stale.statusCode).toBe(409);
    const past = await cast.kepalaBiro.patch(`/api/monev/rounds/${roundId}`, { version: r.version, deadline: '2099-07-01' });
    expect(past.statusCode).toBe(400);
    const moved = await cast.kepalaBiro.patch(`/api/monev/rounds/${roundId}`, { version: r.version, deadline: '2099-07-31', reminderDays: [3] });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ deadline: '2099-07-31', reminderDays: [3], version: r.version + 1 });
    expect(moved.json().roundUnits.find((u: { unitId: string }) => u.unitId === komjak).late).toBe(false);
    const closed = await cast.admin.post(`/api/monev/rounds/${roundId}/close`, { version: r.version + 1 });
    expect(closed.statusCode).toBe(200);
    const b1 = await rowOf(sopB1.title, komjakUser, komjak);
    expect(b1.actions).toEqual([]);
    const save = await komjakUser.put(`/api/monev/assessments/${b1.id}`, { notes: 'Terlambat.' });
    expect(save.statusCode).toBe(409);
    expect(save.json().error.message).toBe('Putaran monitoring ini sudah ditutup.');
    await moveTo('2099-08-05T01:00:00Z');
    expect(await sendDue()).toBe(0);
  });
});

describe('a revision of an SOP whose new draft is already open', () => {
  it('links that draft instead of starting another', async () => {
    const sopC = await effectiveSop(cast.pemrakarsa, kompolnas, 'Pengelolaan Arsip Aktif');
    const started = await cast.pemrakarsa.post(`/api/registry/${sopC.registryId}/new-version`);
    expect(started.statusCode, started.body).toBe(201);
    const opened = await cast.kepalaBiro.post('/api/monev/rounds', { ...ROUND, title: 'Putaran kedua', periodStart: '2099-07-01', deadline: '2099-08-20', unitIds: [kompolnas] });
    expect(opened.statusCode, opened.body).toBe(201);
    roundId = opened.json().id;
    for (const row of (await sheetOf(cast.pemrakarsa)).assessments) {
      const failing = row.title === sopC.title;
      const res = await cast.pemrakarsa.put(`/api/monev/assessments/${row.id}`, failing ? { ...good, assessment: 'tidak_berjalan_baik', action: 'Perbarui daftar arsip.' } : good);
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await cast.pemrakarsa.post(`/api/monev/rounds/${roundId}/units/${kompolnas}/submit`)).statusCode).toBe(200);
    const row = await rowOf(sopC.title);
    const res = await cast.pemrakarsa.post(`/api/monev/assessments/${row.id}/revision-request`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ sopId: sopC.sopId, sopVersion: 3 });
    expect((await cast.pemrakarsa.get(`/api/sops/${sopC.sopId}`)).json()).toMatchObject({ status: 'draf', version: expect.any(Number) });
    const versions = (await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from sop_versions where sop_id = ${sopC.sopId}`)).rows[0].n;
    expect(versions).toBe(3);
  });
});
