import type { Database } from '../../db/open.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { offsetOf } from '../../http/paging.ts';
import { can, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import * as repo from './outbox.repo.ts';
import type { TOutboxMessage, TOutboxQuery } from './outbox.schema.ts';

/** The e-mail outbox as the administrator reads it: every message the portal sent or still has to send. */
export function createOutboxService({ database, mailer }: { database: Database; mailer: Mailer }) {
  const { db } = database;

  const present = (actor: Actor, row: repo.OutboxRow): TOutboxMessage => {
    const status = repo.statusOf(row);
    return {
      id: row.id,
      to: row.to,
      subject: row.subject,
      text: row.text,
      createdAt: row.createdAt.toISOString(),
      sentAt: row.sentAt ? row.sentAt.toISOString() : null,
      attempts: row.attempts,
      lastError: row.lastError,
      status,
      actions: status === 'failed' && mailer.smtpConfigured && can(actor, 'outbox.retry') ? ['retry'] : [],
    };
  };

  return {
    async list(actor: Actor, q: TOutboxQuery) {
      const { items, total } = await repo.listOutbox(db, { status: q.status, q: q.q, limit: q.pageSize, offset: offsetOf(q) });
      return { items: items.map((r) => present(actor, r)), total, page: q.page, pageSize: q.pageSize, actions: [], smtpConfigured: mailer.smtpConfigured };
    },

    async retry(actor: Actor, id: number, ip?: string) {
      await db.transaction(async (tx) => {
        const row = await repo.getOutboxMessage(tx, id);
        if (!row) throw notFound();
        const status = repo.statusOf(row);
        if (status === 'sent') throw new AppError(409, 'OUTBOX_ALREADY_SENT', 'outbox_already_sent');
        if (!mailer.smtpConfigured) throw new AppError(409, 'OUTBOX_NO_SMTP', 'outbox_no_smtp');
        if (status !== 'failed') throw new AppError(409, 'OUTBOX_STILL_TRYING', 'outbox_still_trying');
        await repo.resetAttempts(tx, id);
        await recordAudit(tx, { actorId: actor.id, action: 'outbox.retry', entity: 'mail_outbox', entityId: String(id), data: { to: row.to, subject: row.subject }, ip });
      });
      await mailer.flush();
      const row = await repo.getOutboxMessage(db, id);
      return present(actor, row!);
    },
  };
}

export type OutboxService = ReturnType<typeof createOutboxService>;
