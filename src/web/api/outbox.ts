import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { OutboxMessage, OutboxPage, OutboxStatus, PageQuery } from './types.ts';

export interface OutboxQuery extends PageQuery {
  status?: OutboxStatus;
}

export const outboxKeys = {
  all: ['outbox'] as const,
  page: (q: OutboxQuery) => ['outbox', 'page', q] as const,
};

export const outboxPageQuery = (q: OutboxQuery) =>
  queryOptions({
    queryKey: outboxKeys.page(q),
    queryFn: () => api.get<OutboxPage>('/api/outbox', { ...q }),
    placeholderData: (previous) => previous,
  });

export const retryOutboxMessage = (id: number) => api.post<OutboxMessage>(`/api/outbox/${id}/retry`);
