import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { NotificationList } from './types.ts';

export interface NotificationQuery {
  page?: number;
  pageSize?: number;
  unread?: boolean;
}

export const notificationKeys = {
  all: ['notifications'] as const,
  latest: ['notifications', 'latest'] as const,
  page: (q: NotificationQuery) => ['notifications', 'page', q] as const,
};

/** Polled modestly (slow networks): once a minute while the tab is visible, and when the window regains focus. */
export const POLL_MS = 60_000;
export const LATEST_COUNT = 5;

/** The bell: the unread count and the newest few. */
export const latestNotificationsQuery = queryOptions({
  queryKey: notificationKeys.latest,
  queryFn: () => api.get<NotificationList>('/api/notifications', { pageSize: LATEST_COUNT }),
  staleTime: 30_000,
  refetchInterval: POLL_MS,
  refetchIntervalInBackground: false,
  refetchOnWindowFocus: true,
});

export const notificationsPageQuery = (q: NotificationQuery) =>
  queryOptions({
    queryKey: notificationKeys.page(q),
    queryFn: () => api.get<NotificationList>('/api/notifications', { page: q.page, pageSize: q.pageSize, unread: q.unread || undefined }),
    placeholderData: (previous) => previous,
  });

export const markNotificationRead = (id: string) => api.post<{ updated: number }>(`/api/notifications/${id}/read`);
export const markAllNotificationsRead = () => api.post<{ updated: number }>('/api/notifications/read-all');
