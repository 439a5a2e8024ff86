import { z } from 'zod';
import { ZPageQuery, pageOf } from '../../http/paging.ts';

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export const ZOutboxQuery = ZPageQuery.extend({ status: z.enum(OUTBOX_STATUSES).optional() });
export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;

export const ZOutboxMessage = z.object({
  id: z.number().int(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  status: z.enum(OUTBOX_STATUSES),
  actions: z.array(z.string()),
});
export type TOutboxMessage = z.infer<typeof ZOutboxMessage>;

/** With whether SMTP is configured: without it, every message stays here to be read. */
export const ZOutboxList = pageOf(ZOutboxMessage).extend({ smtpConfigured: z.boolean() });

export const ZOutboxParams = z.object({ id: z.coerce.number().int().min(1) });
