import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../policy/guard.ts';
import { ZIdParams } from '../../http/paging.ts';
import { languageOf } from '../../http/language.ts';
import type { NotificationsService } from './notifications.service.ts';
import { ZNotificationList, ZNotificationQuery } from './notifications.schema.ts';

const ZUpdated = z.object({ updated: z.number().int() });

export function notificationsRoutes(app: FastifyInstance, { notifications }: { notifications: NotificationsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];

  r.get('/api/notifications', {
    schema: { tags, summary: 'My notifications, newest first, with the unread count (signed in)', querystring: ZNotificationQuery, response: { 200: ZNotificationList } },
  }, async (request) => notifications.list(authorize(request, 'notification.read')!, request.query, languageOf(request)));

  r.post('/api/notifications/:id/read', {
    schema: { tags, summary: 'Mark one of my notifications read', params: ZIdParams, response: { 200: ZUpdated } },
  }, async (request) => notifications.markRead(authorize(request, 'notification.read')!, request.params.id));

  r.post('/api/notifications/read-all', {
    schema: { tags, summary: 'Mark all my notifications read', response: { 200: ZUpdated } },
  }, async (request) => notifications.markAllRead(authorize(request, 'notification.read')!));
}
