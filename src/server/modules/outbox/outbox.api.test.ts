import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import smtpTester, { type MailServer } from 'smtp-tester';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, auditCount, expectAdminOnly, expectNothingWritten, fieldPaths, signInNonAdmins } from '../../testing/fixtures.ts';
import { mailOutbox } from '../../db/schema.ts';
import { MAX_ATTEMPTS } from '../../mail/mailer.ts';

/** One message of each status: waiting, sent, and one whose tries ran out. */
async function fillOutbox(t: TestApp) {
  await t.database.db.execute(sql`delete from mail_outbox`);
  const [pending, sent, failed] = await t.database.db
    .insert(mailOutbox)
    .values([
      { to: 'siti@demo.manorta.id', subject: '[Manorta] Permohonan baru diajukan: Penyusunan SOP Arsip', text: 'Isi 1' },
      { to: 'andi@demo.manorta.id', subject: '[Manorta] Anda ditugaskan sebagai verifikator', text: 'Isi 2', sentAt: new Date(), attempts: 1 },
      { to: 'hendra@demo.manorta.id', subject: '[Manorta] Rencana fasilitasi menunggu persetujuan', text: 'Isi 3', attempts: MAX_ATTEMPTS, lastError: 'connect ECONNREFUSED' },
    ])
    .returning({ id: mailOutbox.id });
  return { pending: pending.id, sent: sent.id, failed: failed.id };
}

describe('the e-mail outbox without SMTP', () => {
  let t: TestApp;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn(DEMO.admin);
  });
  afterAll(() => t?.close());

  it('lets the administrator read every message, newest first, by status and by search', async () => {
    const ids = await fillOutbox(t);
    const all = (await admin.get('/api/outbox')).json();
    expect(all.smtpConfigured).toBe(false);
    expect(all.total).toBe(3);
    expect(all.items.map((m: { id: number }) => m.id)).toEqual([ids.failed, ids.sent, ids.pending]);
    expect(all.items[0]).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: 'connect ECONNREFUSED', text: 'Isi 3', sentAt: null, actions: [] });
    expect(all.items[1]).toMatchObject({ status: 'sent', sentAt: expect.any(String) });
    expect(all.items[2]).toMatchObject({ status: 'pending', to: 'siti@demo.manorta.id' });

    for (const status of ['pending', 'sent', 'failed'] as const) {
      const res = (await admin.get(`/api/outbox?status=${status}`)).json();
      expect(res.items.map((m: { id: number }) => m.id)).toEqual([ids[status]]);
    }
    expect((await admin.get('/api/outbox?q=verifikator')).json().items.map((m: { id: number }) => m.id)).toEqual([ids.sent]);
    expect((await admin.get('/api/outbox?q=HENDRA@')).json().total).toBe(1);
    const paged = (await admin.get('/api/outbox?pageSize=2&page=2')).json();
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.items).toHaveLength(1);
  });

  it("refuses a bad status with the field named, in the caller's language", async () => {
    const res = await admin.get('/api/outbox?status=lost');
    expect(res.statusCode).toBe(400);
    expect(fieldPaths(res.json())).toEqual(['querystring.status']);
    expect(res.json().error.fields[0].message).toBe('Pilih salah satu: pending, sent, failed.');
    admin.headers['accept-language'] = 'en';
    expect((await admin.get('/api/outbox?status=lost')).json().error.fields[0].message).toBe('Choose one of: pending, sent, failed.');
    delete admin.headers['accept-language'];
  });

  it('cannot send again without SMTP, nor a sent message, nor an unknown one; nothing is written', async () => {
    const ids = await fillOutbox(t);
    const noSmtp = await expectNothingWritten(t, () => admin.post(`/api/outbox/${ids.failed}/retry`));
    expect(noSmtp.statusCode).toBe(409);
    expect(noSmtp.json().error.code).toBe('OUTBOX_NO_SMTP');
    const sent = await expectNothingWritten(t, () => admin.post(`/api/outbox/${ids.sent}/retry`));
    expect(sent.json().error.code).toBe('OUTBOX_ALREADY_SENT');
    expect((await admin.post('/api/outbox/999999/retry')).statusCode).toBe(404);
    expect((await admin.post('/api/outbox/abc/retry')).statusCode).toBe(400);
  });

  it('is the administrators’ alone', async () => {
    const ids = await fillOutbox(t);
    const others = await signInNonAdmins(t);
    await expectAdminOnly(t, others, (c) => c.get('/api/outbox'));
    await expectAdminOnly(t, others, (c) => c.post(`/api/outbox/${ids.failed}/retry`));
  });
});

describe('the e-mail outbox with SMTP', () => {
  let t: TestApp;
  let smtp: MailServer;
  const received: string[] = [];
  beforeAll(async () => {
    smtp = smtpTester.init(0);
    if (!smtp.smtpServer.server.listening) await once(smtp.smtpServer.server, 'listening');
    smtp.bind((_address, _id, email) => received.push(String(email.headers.subject)));
    const { port } = smtp.smtpServer.server.address() as AddressInfo;
    t = await createTestApp({ smtp: { host: '127.0.0.1', port, secure: false, from: 'Manorta <no-reply@manorta.local>' } });
  });
  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.stop(() => resolve()) : resolve()));
  });

  it('sends a message whose tries ran out once the administrator asks, with an audit entry', async () => {
    const admin = await t.signIn(DEMO.admin);
    const ids = await fillOutbox(t);
    const listed = (await admin.get('/api/outbox?status=failed')).json();
    expect(listed.smtpConfigured).toBe(true);
    expect(listed.items[0].actions).toEqual(['retry']);
    const stillTrying = await expectNothingWritten(t, () => admin.post(`/api/outbox/${ids.pending}/retry`));
    expect(stillTrying.json().error.code).toBe('OUTBOX_STILL_TRYING');

    const res = await admin.post(`/api/outbox/${ids.failed}/retry`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: ids.failed, status: 'sent', lastError: null, actions: [] });
    await expect.poll(() => received).toContain('[Manorta] Rencana fasilitasi menunggu persetujuan');
    expect(await auditCount(t, 'outbox.retry', String(ids.failed))).toBe(1);
  });
});
