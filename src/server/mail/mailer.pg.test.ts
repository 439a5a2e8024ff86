import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { isNull } from 'drizzle-orm';
import smtpTester, { type MailServer } from 'smtp-tester';
import { openTestDatabase } from '../testing/database.ts';
import type { Database } from '../db/open.ts';
import { mailOutbox } from '../db/schema.ts';
import { createMailer } from './mailer.ts';

const COUNT = 40;
let database: Database;
let smtp: MailServer;
const received: string[] = [];

beforeAll(async () => {
  smtp = smtpTester.init(0);
  if (!smtp.smtpServer.server.listening) await once(smtp.smtpServer.server, 'listening');
  smtp.bind((_address, _id, email) => received.push(String(email.headers.subject)));
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.stop(() => resolve()) : resolve()));
});

describe('the outbox shared by several instances (PostgreSQL)', () => {
  it('sends every message exactly once when three instances flush at the same moment', async () => {
    const { port } = smtp.smtpServer.server.address() as AddressInfo;
    const settings = { host: '127.0.0.1', port, secure: false, from: 'Manorta <no-reply@manorta.local>' };
    const silent = { warn: () => undefined };
    const instances = [1, 2, 3].map(() => createMailer(database.db, settings, silent, { sharedDatabase: true }));
    await database.db.insert(mailOutbox).values(Array.from({ length: COUNT }, (_, i) => ({ to: 'unit@demo.manorta.id', subject: `Pesan ${i + 1}`, text: 'Isi' })));

    await Promise.all(instances.map((m) => m.flush()));

    await expect.poll(() => received.length).toBe(COUNT);
    expect(new Set(received).size).toBe(COUNT);
    expect(await database.db.select().from(mailOutbox).where(isNull(mailOutbox.sentAt))).toEqual([]);
  });
});
