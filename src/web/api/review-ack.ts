import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

/** Periodic review of SOPs in effect and the acknowledgement of new versions (`/api/sop-reviews`, `/api/sop-acks`). */
export type ReviewState = 'ok' | 'due_soon' | 'due_very_soon' | 'overdue' | 'new_version';

export interface ReviewDecision {
  outcome: 'no_change' | 'new_version';
  note: string;
  dueOnBefore: string;
  dueOnAfter: string | null;
  sopVersion: number | null;
  decidedBy: { id: string; name: string };
  decidedAt: string;
}

export interface Review {
  registryId: string;
  sopId: string;
  version: number;
  title: string;
  number: string;
  unitId: string;
  unitLabel: string;
  effectiveOn: string;
  dueOn: string;
  daysLeft: number;
  state: ReviewState;
  newVersion: { version: number; startedAt: string } | null;
  reviewVersion: number;
  decisions: ReviewDecision[];
  actions: string[];
}

export interface ToReadItem {
  registryId: string;
  sopId: string;
  version: number;
  title: string;
  number: string;
  unitLabel: string;
  effectiveOn: string;
}

export interface CarryingUnit {
  id: string;
  code: string;
  name: string;
}

export interface AckStatus {
  registryId: string;
  status: string;
  carryingUnits: CarryingUnit[];
  asked: boolean;
  acknowledgedAt: string | null;
  actions: string[];
}

export type AckFilter = 'all' | 'pending' | 'acknowledged';

export interface AckProgress {
  registryId: string;
  sopId: string;
  version: number;
  title: string;
  number: string;
  status: string;
  effectiveOn: string;
  carryingUnits: CarryingUnit[];
  total: number;
  acknowledged: number;
  pending: number;
  percent: number;
  byUnit: { unitId: string; code: string; name: string; total: number; acknowledged: number }[];
  people: { userId: string; name: string; unitId: string; unitCode: string; acknowledgedAt: string | null }[];
  actions: string[];
}

export interface AckOverviewItem extends ToReadItem {
  total: number;
  acknowledged: number;
}

export const reviewAckKeys = {
  all: ['review-ack'] as const,
  reviews: ['review-ack', 'reviews'] as const,
  toRead: ['review-ack', 'to-read'] as const,
  status: (id: string) => ['review-ack', 'status', id] as const,
  progress: (id: string, filter: AckFilter) => ['review-ack', 'progress', id, filter] as const,
  overview: ['review-ack', 'overview'] as const,
};

export const reviewsQuery = queryOptions({
  queryKey: reviewAckKeys.reviews,
  queryFn: () => api.get<{ items: Review[] }>('/api/sop-reviews'),
});
/** Reviews due within 30 days or past due (the home page). */
export const reviewsDueQuery = queryOptions({
  queryKey: [...reviewAckKeys.reviews, 'due'] as const,
  queryFn: () => api.get<{ items: Review[] }>('/api/sop-reviews', { withinDays: 30 }),
});
export const toReadQuery = queryOptions({
  queryKey: reviewAckKeys.toRead,
  queryFn: () => api.get<{ items: ToReadItem[] }>('/api/sop-acks/to-read'),
});
export const ackStatusQuery = (registryId: string) =>
  queryOptions({ queryKey: reviewAckKeys.status(registryId), queryFn: () => api.get<AckStatus>(`/api/sop-acks/${registryId}`) });
export const ackProgressQuery = (registryId: string, filter: AckFilter) =>
  queryOptions({ queryKey: reviewAckKeys.progress(registryId, filter), queryFn: () => api.get<AckProgress>(`/api/sop-acks/${registryId}/progress`, { filter }) });
export const ackOverviewQuery = queryOptions({
  queryKey: reviewAckKeys.overview,
  queryFn: () => api.get<{ items: AckOverviewItem[] }>('/api/sop-acks'),
});

export const recordNoChange = (registryId: string, note: string, reviewVersion: number) =>
  api.post<Review>(`/api/sop-reviews/${registryId}/no-change`, { note, reviewVersion });
export const startVersionFromReview = (registryId: string) =>
  api.post<{ sopId: string; version: number; review: Review }>(`/api/sop-reviews/${registryId}/new-version`);
export const acknowledge = (registryId: string) => api.post<AckStatus>(`/api/sop-acks/${registryId}`);
export const remindPending = (registryId: string) => api.post<{ reminded: number }>(`/api/sop-acks/${registryId}/remind`);
export const setCarryingUnits = (registryId: string, unitIds: string[]) => api.put<AckStatus>(`/api/sop-acks/${registryId}/units`, { unitIds });
