import type { Database } from '../../db/open.ts';
import { notFound } from '../../http/errors.ts';
import { offsetOf } from '../../http/paging.ts';
import type { Language } from '../../http/language.ts';
import type { Actor } from '../../policy/policy.ts';
import * as repo from './notifications.repo.ts';
import type { TNotificationQuery } from './notifications.schema.ts';

/** The bell: each user's own notifications, newest first. */
export function createNotificationsService({ database, clock }: { database: Database; clock: () => Date }) {
  const { db } = database;
  return {
    async list(actor: Actor, q: TNotificationQuery, lang: Language) {
      const { items, total, unread } = await repo.listNotifications(db, actor.id, { unreadOnly: q.unread, limit: q.pageSize, offset: offsetOf(q) });
      return {
        items: items.map((n) => ({
          id: n.id,
          kind: n.kind,
          requestId: n.requestId,
          link: n.link,
          text: lang === 'en' ? n.textEn : n.textId,
          readAt: n.readAt?.toISOString() ?? null,
          createdAt: n.createdAt.toISOString(),
        })),
        total,
        unread,
        page: q.page,
        pageSize: q.pageSize,
      };
    },

    /** Marking one that is already read changes nothing; someone else's answers 404. */
    async markRead(actor: Actor, id: string) {
      if (!(await repo.notificationExists(db, actor.id, id))) throw notFound();
      await repo.markRead(db, actor.id, clock(), id);
      return { updated: 1 };
    },

    async markAllRead(actor: Actor) {
      return { updated: await repo.markRead(db, actor.id, clock()) };
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
