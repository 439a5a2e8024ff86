import { z } from 'zod';
import { ZPageQuery } from '../../http/paging.ts';

export const ZNotification = z.object({
  id: z.string().uuid(),
  kind: z.string(),
  requestId: z.string().uuid().nullable(),
  /** The in-portal path a notice not about a request leads to (requests: `/permohonan/<requestId>`). */
  link: z.string().nullable(),
  /** In the caller's language. */
  text: z.string(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export const ZNotificationList = z.object({
  items: z.array(ZNotification),
  total: z.number().int(),
  unread: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export const ZNotificationQuery = ZPageQuery.omit({ q: true }).extend({ unread: z.enum(['true', 'false']).transform((v) => v === 'true').optional() });
export type TNotificationQuery = z.infer<typeof ZNotificationQuery>;
