import { once } from 'node:events';
import { expect } from '@playwright/test';
import smtpTester, { type MailServer } from 'smtp-tester';
import { E2E_SMTP_PORT } from '../../../playwright.config.ts';

export interface ReceivedMail {
  to: string[];
  subject: string;
  body: string;
}

/**
 * The SMTP server on loopback that the journey's portal sends to (playwright.config.ts points SMTP_PORT here).
 * Mail the portal could not deliver while no journey listened stays in its outbox and is retried.
 */
export async function startMailbox() {
  const server: MailServer = smtpTester.init(E2E_SMTP_PORT);
  if (!server.smtpServer.server.listening) await once(server.smtpServer.server, 'listening');
  const received: ReceivedMail[] = [];
  server.bind((_address, _id, email) => received.push({ to: Object.keys(email.receivers), subject: String(email.headers.subject), body: email.body }));

  return {
    received,
    /** Waits until a message to `to` whose subject starts with `subject` has arrived; answers it. */
    async expectMail(to: string, subject: string): Promise<ReceivedMail> {
      const find = () => received.find((m) => m.to.includes(to) && m.subject.startsWith(subject));
      await expect.poll(() => !!find(), { message: `e-mail to ${to}: "${subject}"`, timeout: 20_000 }).toBe(true);
      return find()!;
    },
    stop: () => new Promise<void>((resolve) => server.stop(() => resolve())),
  };
}
