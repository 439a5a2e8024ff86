import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { sql } from 'drizzle-orm';
import smtpTester, { type MailServer } from 'smtp-tester';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { DEMO } from '../../testing/fixtures.ts';
import { actOk, castOf, requestAt, type Cast } from '../../testing/requests.ts';

let t: TestApp;
let cast: Cast;
let smtp: MailServer;
const received: { to: string[]; subject: string; body: string }[] = [];

beforeAll(async () => {
  smtp = smtpTester.init(0);
  if (!smtp.smtpServer.server.listening) await once(smtp.smtpServer.server, 'listening');
  const { port } = smtp.smtpServer.server.address() as AddressInfo;
  smtp.bind((_address, _id, email) => received.push({ to: Object.keys(email.receivers), subject: String(email.headers.subject), body: email.body }));
  t = await createTestApp({ smtp: { host: '127.0.0.1', port, secure: false, from: 'Manorta <no-reply@manorta.local>' } });
  cast = await castOf(t, DEMO);
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

describe('e-mail notifications over SMTP', () => {
  it('reach the people who must act, sent after commit from the outbox', async () => {
    const r = await requestAt(cast, 'stage2');
    await actOk(cast.verifikator, r.id, 'request_revision', { reason: 'Lengkapi uraian tugas.' });
    const title = 'Penyusunan SOP Pengelolaan Pengaduan Masyarakat';
    expect(await arrived([
      [DEMO.admin, `[Manorta] Permohonan baru diajukan: ${title}`],
      [DEMO.pimpinan, `[Manorta] Permohonan menunggu persetujuan pimpinan unit: ${title}`],
      [DEMO.admin, `[Manorta] Permohonan telah disetujui pimpinan unit: ${title}`],
      [DEMO.verifikator, `[Manorta] Anda ditugaskan sebagai verifikator: ${title}`],
      [DEMO.kepalaBiro, `[Manorta] Rencana fasilitasi menunggu persetujuan Kepala Biro: ${title}`],
      [DEMO.verifikator, `[Manorta] Rencana fasilitasi disetujui`],
      [DEMO.pemrakarsa, '[Manorta] Permohonan masuk Tahap 2'],
      [DEMO.pemrakarsa, `[Manorta] Permohonan perlu revisi: ${title}`],
      [DEMO.pimpinan, `[Manorta] Permohonan perlu revisi: ${title}`],
    ])).toEqual([]);
    const revision = received.find((m) => m.to.includes(DEMO.pemrakarsa) && m.subject.includes('perlu revisi'))!;
    expect(revision.body).toContain('Revision requested');
    expect(revision.body).toContain('Catatan / Note: Lengkapi uraian tugas.');
    expect(revision.body).toContain(`/permohonan/${r.id}`);
    // nobody else heard of the revision, and the actor was not told of their own move
    const revisionTo = received.filter((m) => m.subject.includes('perlu revisi')).flatMap((m) => m.to).sort();
    expect(revisionTo).toEqual([DEMO.pemrakarsa, DEMO.pimpinan].sort());
    expect(received.filter((m) => m.to.includes(DEMO.kepalaBiro)).map((m) => m.subject)).toEqual([`[Manorta] Rencana fasilitasi menunggu persetujuan Kepala Biro: ${title}`]);

    await t.mailer.flush();
    const { rows } = await t.database.db.execute<{ pending: number; sent: number }>(sql`
      select count(*) filter (where sent_at is null)::int as pending, count(sent_at)::int as sent from mail_outbox`);
    expect(rows[0]).toEqual({ pending: 0, sent: received.length });
  });
});
