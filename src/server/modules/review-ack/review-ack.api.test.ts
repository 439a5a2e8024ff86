import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import smtpTester, { type MailServer } from 'smtp-tester';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectNothingWritten, fieldPaths, unitIdOf } from '../../testing/fixtures.ts';
import { castOf, createSopWith, requestAt, saveSop, type Cast } from '../../testing/requests.ts';
import { validSop } from '../../../domain/sop/testing.ts';
import { createReviewReminders } from './review-reminders.ts';

/** The app's clock: 20 March 2098, 10:00 WIB. */
const NOW = new Date('2098-03-20T03:00:00Z');
let t: TestApp;
let cast: Cast;
let komjakUser: ApiClient;
let komjakHead: ApiClient;
let visitor: ApiClient;
let kompolnas: string;
let komjak: string;
let smtp: MailServer;
let counter = 0;
/** The clock moves a millisecond per reading, so decisions taken in one test keep their order. */
let tick = 0;
const received: { to: string[]; subject: string; body: string }[] = [];

beforeAll(async () => {
  smtp = smtpTester.init(0);
  if (!smtp.smtpServer.server.listening) await once(smtp.smtpServer.server, 'listening');
  const { port } = smtp.smtpServer.server.address() as AddressInfo;
  smtp.bind((_address, _id, email) => received.push({ to: Object.keys(email.receivers), subject: String(email.headers.subject), body: email.body }));
  t = await createTestApp({ clock: () => new Date(NOW.getTime() + tick++), smtp: { host: '127.0.0.1', port, secure: false, from: 'Manorta <no-reply@manorta.local>' } });
  cast = await castOf(t, DEMO);
  [komjakUser, komjakHead, visitor] = await Promise.all([t.signIn(DEMO.pemrakarsaKomjak), t.signIn(DEMO.pimpinanKomjak), t.client()]);
  kompolnas = await unitIdOf(cast.admin, 'SETKOMPOLNAS');
  komjak = await unitIdOf(cast.admin, 'SETKOMJAK');
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.stop(() => resolve()) : resolve()));
});

/** Waits until every expected (recipient, subject start) pair has arrived at the SMTP server. */
async function arrived(expected: [string, string][]) {
  const has = ([to, subject]: [string, string]) => received.some((m) => m.to.includes(to) && m.subject.startsWith(subject));
  for (let i = 0; i < 100 && !expected.every(has); i++) {
    await t.mailer.flush();
    await new Promise((r) => setTimeout(r, 50));
  }
  return expected.filter((e) => !has(e));
}

/** A new error-free SOP of Kompolnas ratified by the head of the bureau; answers the registry entry. */
async function ratified(title: string, effectiveOn = '2098-03-01') {
  const sop = await createSopWith(cast.pemrakarsa, kompolnas, title, (unitId) => {
    const c = validSop(unitId);
    c.identity.title = title;
    return c;
  });
  const res = await cast.kepalaBiro.post('/api/registry', { sopId: sop.id, version: sop.version, effectiveOn, number: `${String(++counter).padStart(3, '0')}/SOP/TINJAU/2098` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; sopId: string; version: number; number: string; title: string };
}

const review = async (c: ApiClient, id: string) => c.get(`/api/sop-reviews/${id}`);
const noticesOf = async (email: string, text: string) => (await t.database.db.execute<{ n: number }>(sql`
  select count(*)::int as n from notifications n join users u on u.id = n.recipient_id where lower(u.email) = lower(${email}) and n.text_id like ${`%${text}%`}`)).rows[0].n;
const en = (c: ApiClient, method: 'POST' | 'GET' | 'PUT', url: string, payload?: object) => c.request({ method, url, payload, headers: { 'accept-language': 'en' } });

describe('ratification sets the review date and asks the carrying unit to read', () => {
  it('through POST /api/registry: due one period (12 months by default) after the effective date; the unit is asked in the portal and by e-mail', async () => {
    const e = await ratified('Penerimaan Surat Masuk Elektronik', '2098-03-01');
    const r = await review(cast.pemrakarsa, e.id);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ registryId: e.id, dueOn: '2099-03-01', daysLeft: 346, state: 'ok', newVersion: null, decisions: [], actions: ['noChange', 'newVersion'] });
    const status = (await cast.pemrakarsa.get(`/api/sop-acks/${e.id}`)).json();
    expect(status).toMatchObject({ asked: true, acknowledgedAt: null, actions: ['acknowledge'], carryingUnits: [{ id: kompolnas, code: 'SETKOMPOLNAS' }] });
    const subject = '[Manorta] SOP baru berlaku: mohon dibaca: Penerimaan Surat Masuk Elektronik';
    expect(await arrived([[DEMO.pemrakarsa, subject], [DEMO.pimpinan, subject]])).toEqual([]);
    const mail = received.find((m) => m.to.includes(DEMO.pemrakarsa) && m.subject === subject)!;
    expect(mail.body).toContain('New SOP in effect: please read');
    expect(mail.body).toContain(`/daftar-sop/${e.sopId}`);
    const bell = (await cast.pemrakarsa.get('/api/notifications')).json();
    expect(bell.items.find((n: { text: string }) => n.text.includes('Penerimaan Surat Masuk Elektronik'))).toMatchObject({ requestId: null, link: `/daftar-sop/${e.sopId}` });
    // only the carrying unit's users were asked
    expect(received.filter((m) => m.subject === subject).flatMap((m) => m.to).sort()).toEqual([DEMO.pemrakarsa, DEMO.pimpinan].sort());
    expect(await noticesOf(DEMO.pemrakarsaKomjak, 'Penerimaan Surat Masuk Elektronik')).toBe(0);
  });

  it('through the completion of an SOP facilitation request as well', async () => {
    const done = await requestAt(cast, 'selesai');
    const verdict = (await visitor.get(`/api/public/verify?number=${encodeURIComponent(done.documentNumber)}`)).json();
    const r = (await review(cast.pemrakarsa, verdict.entry.id)).json();
    const effectiveOn = validSop().identity.effectiveOn!;
    const [y, m, d] = effectiveOn.split('-');
    expect(r).toMatchObject({ registryId: verdict.entry.id, effectiveOn, dueOn: `${Number(y) + 1}-${m}-${d}` });
    expect((await cast.pimpinan.get('/api/sop-acks/to-read')).json().items.map((i: { registryId: string }) => i.registryId)).toContain(verdict.entry.id);
  });

  it('uses the organisation\'s period, which only an administrator sets (1 to 120 months)', async () => {
    const org = (await cast.admin.get('/api/organisation')).json();
    expect(org.sopReviewMonths).toBe(12);
    expect((await cast.kepalaBiro.patch('/api/organisation', { version: org.version, sopReviewMonths: 6 })).statusCode).toBe(403);
    for (const bad of [0, 121, 1.5]) {
      const res = await cast.admin.patch('/api/organisation', { version: org.version, sopReviewMonths: bad });
      expect(res.statusCode).toBe(400);
      expect(fieldPaths(res.json())).toEqual(['sopReviewMonths']);
    }
    const saved = await cast.admin.patch('/api/organisation', { version: org.version, sopReviewMonths: 6 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().sopReviewMonths).toBe(6);
    const e = await ratified('Pengelolaan Kas Kecil', '2098-01-31');
    expect((await review(cast.pemrakarsa, e.id)).json().dueOn).toBe('2098-07-31');
    const back = await cast.admin.patch('/api/organisation', { version: saved.json().version, sopReviewMonths: 12 });
    expect(back.statusCode).toBe(200);
  });
});

describe('review reminders (the daily job)', () => {
  it('30 and 10 days ahead and once past due, to the owning unit\'s pemrakarsa and head, never twice; e-mails arrive', async () => {
    const title = 'Pemeliharaan Jaringan Internet Kantor';
    const e = await ratified(title, '2097-06-30');
    expect((await review(cast.pemrakarsa, e.id)).json().dueOn).toBe('2098-06-30');
    const run = (iso: string) => createReviewReminders({ database: t.database, mailer: t.mailer, clock: () => new Date(iso), publicUrl: 'http://localhost:3000' })();
    const count = () => noticesOf(DEMO.pemrakarsa, title);
    const before = await count(); // the request to read it
    await run('2098-05-30T03:00:00Z'); // 31 days ahead
    expect(await count()).toBe(before);
    await run('2098-05-30T17:30:00Z'); // 00:30 WIB on 31 May: 30 days ahead
    expect(await count()).toBe(before + 1);
    await run('2098-05-31T10:00:00Z');
    await run('2098-06-10T03:00:00Z');
    expect(await count()).toBe(before + 1);
    await run('2098-06-20T03:00:00Z'); // 10 days ahead
    await run('2098-06-21T03:00:00Z');
    expect(await count()).toBe(before + 2);
    await run('2098-07-01T03:00:00Z'); // past due
    await run('2098-07-15T03:00:00Z');
    expect(await count()).toBe(before + 3);
    expect(await noticesOf(DEMO.pimpinan, `Tinjauan berkala SOP jatuh tempo dalam 30 hari (30/06/2098): ${title}`)).toBe(1);
    expect((await cast.pimpinan.get('/api/notifications')).json().items.find((n: { text: string }) => n.text.includes(title))).toMatchObject({ link: '/tinjauan-sop' });
    expect(await noticesOf(DEMO.pemrakarsaKomjak, title)).toBe(0);
    expect(await noticesOf(DEMO.verifikator, title)).toBe(0);
    expect(await arrived([
      [DEMO.pemrakarsa, `[Manorta] Tinjauan berkala SOP jatuh tempo dalam 30 hari (30/06/2098): ${title}`],
      [DEMO.pimpinan, `[Manorta] Tinjauan berkala SOP jatuh tempo dalam 10 hari (30/06/2098): ${title}`],
      [DEMO.pemrakarsa, `[Manorta] Tinjauan berkala SOP telah lewat jatuh tempo (30/06/2098): ${title}`],
    ])).toEqual([]);
    expect(received.filter((m) => m.subject.includes(`dalam 30 hari (30/06/2098): ${title}`) && m.to.includes(DEMO.pemrakarsa))).toHaveLength(1);
  });
});

describe('"no change needed" and "start a new version"', () => {
  it('no change: the note is required (in both languages); the date moves one period from today and the history keeps the decision', async () => {
    const e = await ratified('Penyusunan Laporan Kinerja Bulanan', '2097-04-01');
    const before = (await review(cast.pimpinan, e.id)).json();
    expect(before).toMatchObject({ dueOn: '2098-04-01', daysLeft: 12, state: 'due_soon' });
    await t.mailer.flush();
    const noNote = await expectNothingWritten(t, () => cast.pimpinan.post(`/api/sop-reviews/${e.id}/no-change`, { note: '   ' }));
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.fields).toEqual([{ path: 'note', message: 'Catatan wajib diisi: jelaskan mengapa SOP ini tidak perlu diubah.' }]);
    const noNoteEn = await en(cast.pimpinan, 'POST', `/api/sop-reviews/${e.id}/no-change`, {});
    expect(noNoteEn.json().error.fields).toEqual([{ path: 'note', message: 'A note is required: explain why this SOP needs no change.' }]);

    const ok = await cast.pimpinan.post(`/api/sop-reviews/${e.id}/no-change`, { note: 'Prosedur masih sesuai dengan praktik.', reviewVersion: before.reviewVersion });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      dueOn: '2099-03-20', state: 'ok',
      decisions: [{ outcome: 'no_change', note: 'Prosedur masih sesuai dengan praktik.', dueOnBefore: '2098-04-01', dueOnAfter: '2099-03-20', decidedBy: { name: expect.any(String) } }],
    });
    // a decision made on a stale read is refused
    const stale = await cast.pemrakarsa.post(`/api/sop-reviews/${e.id}/no-change`, { note: 'Lagi', reviewVersion: before.reviewVersion });
    expect(stale.statusCode).toBe(409);
    const again = await cast.pemrakarsa.post(`/api/sop-reviews/${e.id}/no-change`, { note: 'Ditinjau lagi.' });
    expect(again.json().decisions.map((d: { note: string }) => d.note)).toEqual(['Ditinjau lagi.', 'Prosedur masih sesuai dengan praktik.']);
    expect(await auditCount(t, 'sopReview.noChange', e.sopId)).toBe(2);
    // a reminder for the old due date is not repeated for the new one until it is near
    expect((await cast.pemrakarsa.get('/api/sop-reviews?withinDays=30')).json().items.map((i: { registryId: string }) => i.registryId)).not.toContain(e.id);
  });

  it('only the owning unit (and administrators) decide; the bureau reads; another unit sees nothing; bad ids are refused', async () => {
    const e = await ratified('Pengamanan Gedung Kantor');
    await t.mailer.flush(); // the e-mails of the ratification are out before the snapshot
    await expectNothingWritten(t, async () => {
      for (const c of [komjakUser, komjakHead]) {
        expect((await review(c, e.id)).statusCode).toBe(404);
        expect((await c.post(`/api/sop-reviews/${e.id}/no-change`, { note: 'x' })).statusCode).toBe(404);
        expect((await c.post(`/api/sop-reviews/${e.id}/new-version`)).statusCode).toBe(404);
      }
      expect((await review(cast.verifikator, e.id)).json().actions).toEqual([]);
      expect((await cast.verifikator.post(`/api/sop-reviews/${e.id}/no-change`, { note: 'x' })).statusCode).toBe(403);
      expect((await cast.kepalaBiro.post(`/api/sop-reviews/${e.id}/new-version`)).statusCode).toBe(403);
      expect((await visitor.post(`/api/sop-reviews/${e.id}/no-change`, { note: 'x' })).statusCode).toBe(401);
      const bad = await cast.pemrakarsa.post('/api/sop-reviews/bukan-id/no-change', { note: 'x' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields).toEqual([{ path: 'params.registryId', message: 'Pengenal tidak valid.' }]);
      expect((await en(cast.pemrakarsa, 'POST', '/api/sop-reviews/bukan-id/no-change', { note: 'x' })).json().error.fields[0].message).toBe('Not a valid identifier.');
      expect((await review(cast.pemrakarsa, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    });
    const list = (await komjakUser.get('/api/sop-reviews')).json().items.map((i: { registryId: string }) => i.registryId);
    expect(list).not.toContain(e.id);
    expect((await cast.verifikator.get(`/api/sop-reviews?unitId=${kompolnas}`)).json().items.map((i: { registryId: string }) => i.registryId)).toContain(e.id);
  });

  it('new version: the registry starts the draft, the outcome is recorded, no more decisions on it; the next ratification has a fresh due date and the same carrying units', async () => {
    const e = await ratified('Pengelolaan Arsip Vital', '2097-04-10');
    expect((await cast.kepalaBiro.put(`/api/sop-acks/${e.id}/units`, { unitIds: [kompolnas, komjak] })).statusCode).toBe(200);
    const started = await cast.pimpinan.post(`/api/sop-reviews/${e.id}/new-version`);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ sopId: e.sopId, version: e.version + 1, review: { state: 'new_version', newVersion: { version: e.version + 1 }, actions: [], decisions: [{ outcome: 'new_version', sopVersion: e.version + 1, dueOnBefore: '2098-04-10', dueOnAfter: null }] } });
    expect((await cast.pemrakarsa.get(`/api/sops/${e.sopId}`)).json()).toMatchObject({ status: 'draf', version: e.version + 1 });
    expect(await auditCount(t, 'registry.newVersion', e.sopId)).toBe(1);
    const twice = await cast.pemrakarsa.post(`/api/sop-reviews/${e.id}/new-version`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({ code: 'NEW_VERSION_STARTED', message: `Versi baru SOP ini sudah dimulai dari tinjauan ini (versi ${e.version + 1}); tinjauan berikutnya ditetapkan saat versi itu disahkan.` });
    expect((await cast.pemrakarsa.post(`/api/sop-reviews/${e.id}/no-change`, { note: 'x' })).statusCode).toBe(409);

    const content = validSop(kompolnas);
    content.identity.title = 'Pengelolaan Arsip Vital';
    content.steps[1].description = 'Memilah arsip vital';
    const saved = await saveSop(cast.pemrakarsa, e.sopId, content);
    const next = await cast.kepalaBiro.post('/api/registry', { sopId: e.sopId, version: saved.version, effectiveOn: '2098-03-15', number: `${String(++counter).padStart(3, '0')}/SOP/TINJAU/2098` });
    expect(next.statusCode, next.body).toBe(201);
    const fresh = (await review(cast.pemrakarsa, next.json().id)).json();
    expect(fresh).toMatchObject({ dueOn: '2099-03-15', state: 'ok', decisions: [], actions: ['noChange', 'newVersion'] });
    const ids = (await cast.pemrakarsa.get('/api/sop-reviews')).json().items.map((i: { registryId: string }) => i.registryId);
    expect(ids).toContain(next.json().id);
    expect(ids).not.toContain(e.id);
    const units = (await cast.verifikator.get(`/api/sop-acks/${next.json().id}/progress`)).json().carryingUnits.map((u: { id: string }) => u.id).sort();
    expect(units).toEqual([kompolnas, komjak].sort());
    expect((await komjakUser.get('/api/sop-acks/to-read')).json().items.map((i: { registryId: string }) => i.registryId)).toContain(next.json().id);
  });
});

describe('a new version started elsewhere', () => {
  it('is the outcome of the review when the unit chooses "start a new version", and no reminder goes out while it is drafted', async () => {
    const title = 'Penyusunan Jadwal Piket Kantor';
    const e = await ratified(title, '2097-04-15');
    expect((await cast.pemrakarsa.post(`/api/registry/${e.id}/new-version`)).statusCode).toBe(201);
    const before = await noticesOf(DEMO.pemrakarsa, `Tinjauan berkala SOP jatuh tempo dalam 30 hari (15/04/2098): ${title}`);
    await createReviewReminders({ database: t.database, mailer: t.mailer, clock: () => new Date('2098-03-20T03:00:00Z'), publicUrl: 'http://localhost:3000' })();
    expect(await noticesOf(DEMO.pemrakarsa, `Tinjauan berkala SOP jatuh tempo dalam 30 hari (15/04/2098): ${title}`)).toBe(before);
    const started = await cast.pemrakarsa.post(`/api/sop-reviews/${e.id}/new-version`);
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json()).toMatchObject({ version: e.version + 1, review: { state: 'new_version', decisions: [{ outcome: 'new_version', sopVersion: e.version + 1 }] } });
    expect(await auditCount(t, 'registry.newVersion', e.sopId)).toBe(1);
  });
});

describe('acknowledgement', () => {
  let e: { id: string; sopId: string };
  beforeAll(async () => {
    e = await ratified('Penanganan Permintaan Informasi Publik');
  });

  it('a user of a carrying unit sees it to read and acknowledges once; a second time changes nothing', async () => {
    const toRead = (await cast.pemrakarsa.get('/api/sop-acks/to-read')).json().items;
    expect(toRead.find((i: { registryId: string }) => i.registryId === e.id)).toMatchObject({ sopId: e.sopId, title: 'Penanganan Permintaan Informasi Publik' });
    const first = await cast.pemrakarsa.post(`/api/sop-acks/${e.id}`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ asked: true, acknowledgedAt: expect.stringMatching(/^2098-03-20T03:00/), actions: [] });
    const second = await cast.pemrakarsa.post(`/api/sop-acks/${e.id}`);
    expect(second.json().acknowledgedAt).toBe(first.json().acknowledgedAt);
    expect(await auditCount(t, 'sopAck.acknowledge', e.sopId)).toBe(1);
    expect((await cast.pemrakarsa.get('/api/sop-acks/to-read')).json().items.map((i: { registryId: string }) => i.registryId)).not.toContain(e.id);
  });

  it('is refused to users of other units (403, in their language), for unknown or malformed ids, and to the public', async () => {
    await t.mailer.flush();
    await expectNothingWritten(t, async () => {
      const other = await komjakUser.post(`/api/sop-acks/${e.id}`);
      expect(other.statusCode).toBe(403);
      expect(other.json().error).toMatchObject({ code: 'NOT_CARRYING_UNIT', message: 'Unit Anda bukan unit pelaksana SOP ini, sehingga Anda tidak diminta menandai telah membacanya.' });
      expect((await en(komjakUser, 'POST', `/api/sop-acks/${e.id}`)).json().error.message).toBe('Your unit does not carry out this SOP, so you are not asked to acknowledge it.');
      expect((await cast.verifikator.post(`/api/sop-acks/${e.id}`)).statusCode).toBe(403);
      expect((await cast.pimpinan.post('/api/sop-acks/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
      expect((await cast.pimpinan.post('/api/sop-acks/123')).statusCode).toBe(400);
      expect((await visitor.post(`/api/sop-acks/${e.id}`)).statusCode).toBe(401);
    });
    expect((await komjakUser.get(`/api/sop-acks/${e.id}`)).json()).toMatchObject({ asked: false, actions: [] });
  });

  it('the bureau sees who has and who has not, per unit and person, filters the pending, and reminds them', async () => {
    const p = await cast.verifikator.get(`/api/sop-acks/${e.id}/progress`);
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json()).toMatchObject({ total: 2, acknowledged: 1, pending: 1, percent: 50, byUnit: [{ unitId: kompolnas, total: 2, acknowledged: 1 }], actions: ['remind'] });
    const people = p.json().people as { name: string; acknowledgedAt: string | null }[];
    expect(people.filter((x) => x.acknowledgedAt).length).toBe(1);
    const pending = (await cast.verifikator.get(`/api/sop-acks/${e.id}/progress?filter=pending`)).json().people;
    expect(pending).toHaveLength(1);
    expect(pending[0].acknowledgedAt).toBeNull();
    expect((await cast.verifikator.get(`/api/sop-acks/${e.id}/progress?filter=belum`)).statusCode).toBe(400);
    const overview = (await cast.kepalaBiro.get('/api/sop-acks')).json().items.find((i: { registryId: string }) => i.registryId === e.id);
    expect(overview).toMatchObject({ total: 2, acknowledged: 1 });
    for (const c of [cast.pemrakarsa, cast.pimpinan, komjakUser]) {
      expect((await c.get(`/api/sop-acks/${e.id}/progress`)).statusCode).toBe(403);
      expect((await c.get('/api/sop-acks')).statusCode).toBe(403);
      expect((await c.post(`/api/sop-acks/${e.id}/remind`)).statusCode).toBe(403);
    }
    const reminded = await cast.verifikator.post(`/api/sop-acks/${e.id}/remind`);
    expect(reminded.json()).toEqual({ reminded: 1 });
    expect(await arrived([[DEMO.pimpinan, '[Manorta] Pengingat: mohon baca SOP yang berlaku: Penanganan Permintaan Informasi Publik']])).toEqual([]);
    expect(await noticesOf(DEMO.pemrakarsa, 'Pengingat: mohon baca SOP yang berlaku: Penanganan Permintaan Informasi Publik')).toBe(0);
  });

  it('the head of the bureau edits the carrying units: new units are asked; bad lists are refused', async () => {
    expect((await cast.verifikator.put(`/api/sop-acks/${e.id}/units`, { unitIds: [kompolnas, komjak] })).statusCode).toBe(403);
    expect((await cast.pemrakarsa.put(`/api/sop-acks/${e.id}/units`, { unitIds: [kompolnas, komjak] })).statusCode).toBe(403);
    const empty = await cast.kepalaBiro.put(`/api/sop-acks/${e.id}/units`, { unitIds: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual([{ path: 'unitIds', message: 'Pilih minimal satu unit pelaksana.' }]);
    expect((await en(cast.kepalaBiro, 'PUT', `/api/sop-acks/${e.id}/units`, { unitIds: [] })).json().error.fields[0].message).toBe('Choose at least one unit that carries out the SOP.');
    const unknown = await cast.kepalaBiro.put(`/api/sop-acks/${e.id}/units`, { unitIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.json().error.fields).toEqual([{ path: 'unitIds', message: 'Unit yang dipilih tidak ditemukan atau tidak aktif.' }]);
    expect((await cast.kepalaBiro.put(`/api/sop-acks/${e.id}/units`, { unitIds: ['x'] })).statusCode).toBe(400);

    const set = await cast.kepalaBiro.put(`/api/sop-acks/${e.id}/units`, { unitIds: [kompolnas, komjak] });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().carryingUnits.map((u: { code: string }) => u.code)).toEqual(['SETKOMJAK', 'SETKOMPOLNAS']);
    expect(await noticesOf(DEMO.pimpinanKomjak, 'SOP baru berlaku: mohon dibaca: Penanganan Permintaan Informasi Publik')).toBe(1);
    expect((await komjakUser.post(`/api/sop-acks/${e.id}`)).statusCode).toBe(200);
    const p = (await cast.admin.get(`/api/sop-acks/${e.id}/progress`)).json();
    expect(p).toMatchObject({ total: 4, acknowledged: 2, pending: 2, percent: 50 });
    expect(p.byUnit).toEqual([
      { unitId: komjak, code: 'SETKOMJAK', name: expect.any(String), total: 2, acknowledged: 1 },
      { unitId: kompolnas, code: 'SETKOMPOLNAS', name: expect.any(String), total: 2, acknowledged: 1 },
    ]);
  });
});
