import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DEMO, expectNothingWritten } from '../../testing/fixtures.ts';
import { actOk, castOf, requestAt, type Cast } from '../../testing/requests.ts';
import { createNotifier } from './notifier.ts';
import { createOverdueCheck } from '../requests/overdue.ts';

let t: TestApp;
let cast: Cast;
// Monday 6 April 2099, 09:00 WIB: a fixed clock far enough ahead that the test client's cookies stay valid.
let now = new Date('2099-04-06T02:00:00Z');

let tick = 0;
beforeAll(async () => {
  // Each reading of the clock moves on a millisecond, so that notifications keep their order.
  t = await createTestApp({ clock: () => new Date(now.getTime() + tick++) });
  cast = await castOf(t, DEMO);
});
afterAll(() => t?.close());

let seen = 0;
/** Notifications written since the last call, as "kind → e-mail" lines; each must have its e-mail in the outbox. */
async function fresh(): Promise<string[]> {
  const { rows } = await t.database.db.execute<{ kind: string; email: string; n: number; mails: number }>(sql`
    select n.kind, u.email,
      (select count(*)::int from notifications) as n,
      (select count(*)::int from mail_outbox m where m."to" = u.email and m.subject = '[Manorta] ' || n.text_id) as mails
    from notifications n join users u on u.id = n.recipient_id
    order by n.created_at, n.kind, u.email offset ${seen}`);
  seen += rows.length;
  for (const r of rows) expect(r.mails, `${r.kind} → ${r.email}`).toBeGreaterThan(0);
  return rows.map((r) => `${r.kind} → ${r.email}`);
}

describe('notifications: exactly the people who must act', () => {
  it('follows a request through the workflow', async () => {
    await fresh();
    const r = await requestAt(cast, 'submitted');
    expect(await fresh()).toEqual([`endorsement_needed → ${DEMO.pimpinan}`, `submitted → ${DEMO.admin}`]);
    await actOk(cast.pimpinan, r.id, 'endorse');
    expect(await fresh()).toEqual([`endorsed → ${DEMO.admin}`]);
    await actOk(cast.admin, r.id, 'verify_completeness');
    expect(await fresh()).toEqual([]);
    await actOk(cast.admin, r.id, 'assign', { verifierIds: [cast.verifikatorId] });
    expect(await fresh()).toEqual([`assigned → ${DEMO.verifikator}`, `plan_approval_needed → ${DEMO.kepalaBiro}`]);
    await actOk(cast.kepalaBiro, r.id, 'approve_plan');
    expect(await fresh()).toEqual([`plan_approved → ${DEMO.verifikator}`, `stage_changed → ${DEMO.pemrakarsa}`, `stage_changed → ${DEMO.pimpinan}`]);
    await actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Lengkapi uraian tugas.' });
    expect(await fresh()).toEqual([`revision_requested → ${DEMO.pemrakarsa}`, `revision_requested → ${DEMO.pimpinan}`]);
    await actOk(cast.pemrakarsa, r.id, 'answer_revision', { reason: 'Sudah.' });
    expect(await fresh()).toEqual([`revision_answered → ${DEMO.verifikator}`]);
    for (const _ of [3, 4, 5]) await actOk(cast.verifikator, r.id, 'advance');
    expect(await fresh()).toEqual(Array(3).fill([`stage_changed → ${DEMO.pemrakarsa}`, `stage_changed → ${DEMO.pimpinan}`]).flat());
    await actOk(cast.admin, r.id, 'advance');
    expect(await fresh()).toEqual([`output_approval_needed → ${DEMO.kepalaBiro}`, `stage_changed → ${DEMO.pemrakarsa}`, `stage_changed → ${DEMO.pimpinan}`]);
    await actOk(cast.kepalaBiro, r.id, 'approve_output');
    // The SOP is ratified on completion: its unit is also asked to read the version now in effect (modules/review-ack).
    expect(await fresh()).toEqual([`completed → ${DEMO.pemrakarsa}`, `completed → ${DEMO.pimpinan}`, `sop_ack_requested → ${DEMO.pemrakarsa}`, `sop_ack_requested → ${DEMO.pimpinan}`]);
    const mail = (await t.database.db.execute<{ text: string }>(sql`select text from mail_outbox where subject like '%Permohonan selesai%' limit 1`)).rows[0];
    expect(mail.text).toContain(`http://localhost:3000/permohonan/${r.id}`);
    expect(mail.text).toMatch(/No\. Dokumen \d{3}\/SOP\/SETKOMPOLNAS\/IV\/2099/);
  });

  it('passes notes between the unit and the bureau', async () => {
    const r = await requestAt(cast, 'stage2');
    await fresh();
    await cast.pemrakarsa.post(`/api/requests/${r.id}/comments`, { body: 'Pertanyaan.' });
    expect(await fresh()).toEqual([`commented → ${DEMO.verifikator}`]);
    await cast.verifikator.post(`/api/requests/${r.id}/comments`, { body: 'Jawaban.' });
    expect(await fresh()).toEqual([`commented → ${DEMO.pemrakarsa}`, `commented → ${DEMO.pimpinan}`]);
  });
});

describe('notifications API: the bell', () => {
  it('lists my notifications in my language with the unread count, and marks them read', async () => {
    const mine = (await cast.pimpinan.get('/api/notifications?pageSize=5')).json();
    expect(mine.unread).toBeGreaterThan(3);
    expect(mine.total).toBe(mine.unread);
    expect(mine.items).toHaveLength(5);
    expect(mine.items[0]).toMatchObject({ kind: 'commented', text: expect.stringContaining('Catatan baru pada permohonan'), readAt: null, requestId: expect.any(String) });
    cast.pimpinan.headers['accept-language'] = 'en';
    expect((await cast.pimpinan.get('/api/notifications?pageSize=1')).json().items[0].text).toMatch(/^New note on the request/);
    delete cast.pimpinan.headers['accept-language'];

    const one = await cast.pimpinan.post(`/api/notifications/${mine.items[0].id}/read`);
    expect(one.json()).toEqual({ updated: 1 });
    const after = (await cast.pimpinan.get('/api/notifications?unread=true&pageSize=100')).json();
    expect(after.unread).toBe(mine.unread - 1);
    expect(after.items.map((n: { id: string }) => n.id)).not.toContain(mine.items[0].id);

    // someone else's notification, or an unknown one, is not there
    expect((await expectNothingWritten(t, () => cast.pemrakarsa.post(`/api/notifications/${mine.items[1].id}/read`))).statusCode).toBe(404);
    expect((await cast.pimpinan.post(`/api/notifications/${randomUUID()}/read`)).statusCode).toBe(404);

    expect((await cast.pimpinan.post('/api/notifications/read-all')).json()).toEqual({ updated: mine.unread - 1 });
    expect((await cast.pimpinan.get('/api/notifications')).json().unread).toBe(0);
    expect((await (await t.client()).get('/api/notifications')).statusCode).toBe(401);
    expect((await cast.pimpinan.get('/api/notifications?unread=ya')).statusCode).toBe(400);
  });
});

describe('the overdue check', () => {
  it('tells the assigned verifikator and the administrators once per stage', async () => {
    now = new Date('2099-04-06T02:00:00Z');
    cast = await castOf(t, DEMO);
    const r = await requestAt(cast, 'stage2'); // stage 2 of SOP: 5 working days
    const check = createOverdueCheck({ database: t.database, mailer: t.mailer, notifier: createNotifier({ mailer: t.mailer, publicUrl: 'http://localhost:3000' }), clock: () => now });
    const told = async () => (await t.database.db.execute<{ kind: string; email: string }>(sql`
      select n.kind, u.email from notifications n join users u on u.id = n.recipient_id
      where n.kind = 'overdue' and n.request_id = ${r.id} order by u.email`)).rows.map((x) => x.email);
    now = new Date('2099-04-13T02:00:00Z'); // 5 working days later: on time
    await check();
    expect(await told()).toEqual([]);
    now = new Date('2099-04-14T02:00:00Z'); // 6: overdue
    expect(await check()).toBeGreaterThanOrEqual(1);
    expect(await told()).toEqual([DEMO.admin, DEMO.verifikator]);
    expect(await check()).toBe(0);
    expect(await told()).toHaveLength(2);
    cast = await castOf(t, DEMO);
    await actOk(cast.verifikator, r.id, 'advance'); // stage 3, 5 days again
    now = new Date('2099-04-22T02:00:00Z');
    await check();
    expect(await told()).toEqual([DEMO.admin, DEMO.admin, DEMO.verifikator, DEMO.verifikator]);
  });
});
