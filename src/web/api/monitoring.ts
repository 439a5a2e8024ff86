import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { BureauDashboard, MonitoringOptions, MonitoringPage, MonitoringTimeline } from './types.ts';
import { toApiQuery, type MonitoringSearch } from '../features/monitoring/search.ts';

export const monitoringKeys = {
  all: ['monitoring'] as const,
  page: (search: MonitoringSearch) => ['monitoring', 'page', search] as const,
  options: ['monitoring', 'options'] as const,
  timeline: (id: string) => ['monitoring', 'timeline', id] as const,
  dashboard: (year: number | undefined) => ['dashboard', year ?? 'current'] as const,
};

/** One page of the table; the previous page stays on screen while the next one loads. */
export const monitoringPageQuery = (search: MonitoringSearch) =>
  queryOptions({
    queryKey: monitoringKeys.page(search),
    queryFn: () => api.get<MonitoringPage>('/api/monitoring', toApiQuery(search)),
    placeholderData: (previous) => previous,
  });

export const monitoringOptionsQuery = queryOptions({
  queryKey: monitoringKeys.options,
  queryFn: () => api.get<MonitoringOptions>('/api/monitoring/options'),
  staleTime: 5 * 60_000,
});

export const monitoringTimelineQuery = (id: string) =>
  queryOptions({
    queryKey: monitoringKeys.timeline(id),
    queryFn: () => api.get<MonitoringTimeline>(`/api/monitoring/${encodeURIComponent(id)}/timeline`),
  });

export const dashboardQuery = (year: number | undefined) =>
  queryOptions({
    queryKey: monitoringKeys.dashboard(year),
    queryFn: () => api.get<BureauDashboard>('/api/dashboard', { year }),
    placeholderData: (previous) => previous,
  });
