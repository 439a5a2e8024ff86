import nodemailer from 'nodemailer';
import { and, asc, isNull, lt, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/open.ts';
import { mailOutbox } from '../db/schema.ts';

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
  from: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Writes the message to the outbox inside the caller's transaction; nothing is sent yet. */
  enqueue(tx: Db | Tx, message: MailMessage): Promise<void>;
  /** Sends what is waiting in the outbox; call it after the transaction commits. Never throws. */
  flush(): Promise<void>;
  readonly smtpConfigured: boolean;
}

/** After this many failed sends a message waits for an administrator to retry it (/admin/kotak-keluar). */
export const MAX_ATTEMPTS = 5;

/** Every e-mail lands in the outbox first, so a failed send never loses it; without SMTP it stays there to be read. */
export function createMailer(
  db: Db,
  smtp: SmtpSettings | undefined,
  log: { warn: (o: object, m: string) => void },
  /** `sharedDatabase`: other app instances may flush the same outbox (PostgreSQL). */
  opts: { sharedDatabase?: boolean } = {},
): Mailer {
  const transport = smtp
    ? nodemailer.createTransport({ host: smtp.host, port: smtp.port, secure: smtp.secure, auth: smtp.auth, ignoreTLS: !smtp.secure && !smtp.auth })
    : undefined;
  let flushing: Promise<void> | undefined;
  /** A flush asked for while one runs: mail committed after that run read the outbox must not wait for the next event. */
  let again = false;

  async function send(row: typeof mailOutbox.$inferSelect, tx: Db | Tx) {
    try {
      await transport!.sendMail({ from: smtp!.from, to: row.to, subject: row.subject, text: row.text });
      await tx.update(mailOutbox).set({ sentAt: new Date(), attempts: row.attempts + 1, lastError: null }).where(eq(mailOutbox.id, row.id));
    } catch (err) {
      log.warn({ err, outboxId: row.id }, 'e-mail delivery failed; will retry');
      await tx
        .update(mailOutbox)
        .set({ attempts: sql`${mailOutbox.attempts} + 1`, lastError: String((err as Error).message).slice(0, 500) })
        .where(eq(mailOutbox.id, row.id));
    }
  }

  const pendingRows = (tx: Db | Tx, limit: number) =>
    tx.select().from(mailOutbox).where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, MAX_ATTEMPTS))).orderBy(asc(mailOutbox.id)).limit(limit);

  async function deliverPending() {
    if (!transport || !smtp) return;
    if (!opts.sharedDatabase) {
      for (const row of await pendingRows(db, 50)) await send(row, db);
      return;
    }
    // Several instances flush the same outbox: each message is claimed (row lock, skipping the claimed ones)
    // for the time of its send, so no two instances send it.
    for (let i = 0; i < 50; i++) {
      const more = await db.transaction(async (tx) => {
        const [row] = await pendingRows(tx, 1).for('update', { skipLocked: true });
        if (!row) return false;
        await send(row, tx);
        return true;
      });
      if (!more) return;
    }
  }

  return {
    smtpConfigured: Boolean(transport),
    async enqueue(tx, message) {
      await tx.insert(mailOutbox).values(message);
    },
    flush() {
      if (flushing) {
        again = true;
        return flushing;
      }
      const run = async (): Promise<void> => {
        do {
          again = false;
          await deliverPending().catch((err) => log.warn({ err }, 'outbox flush failed'));
        } while (again);
      };
      flushing = run().finally(() => {
        flushing = undefined;
      });
      return flushing;
    },
  };
}
