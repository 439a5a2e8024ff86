import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Service, ServiceList } from './types.ts';

export const serviceKeys = {
  all: ['services'] as const,
  list: (includeInactive: boolean) => ['services', 'list', includeInactive] as const,
  one: (code: string) => ['services', 'one', code] as const,
};

export const servicesQuery = (includeInactive = false) =>
  queryOptions({
    queryKey: serviceKeys.list(includeInactive),
    queryFn: () => api.get<ServiceList>('/api/services', { includeInactive: includeInactive || undefined }),
    staleTime: 5 * 60_000,
  });

export const serviceQuery = (code: string) =>
  queryOptions({
    queryKey: serviceKeys.one(code),
    queryFn: () => api.get<Service>(`/api/services/${encodeURIComponent(code)}`),
    staleTime: 60_000,
  });

/** What an administrator edits: every field but the id, version and actions (the code only on creation). */
export type ServiceInput = Omit<Service, 'id' | 'version' | 'actions' | 'active'>;

/** New services start active; `active` changes through activate/deactivate. */
export const createService = (input: ServiceInput) => api.post<Service>('/api/services', input);
export const updateService = (code: string, input: Partial<Omit<ServiceInput, 'code'>> & { version: number }) =>
  api.patch<Service>(`/api/services/${encodeURIComponent(code)}`, input);
export const setServiceActive = (service: Pick<Service, 'code' | 'version'>, active: boolean) =>
  api.post<Service>(`/api/services/${encodeURIComponent(service.code)}/${active ? 'activate' : 'deactivate'}`, { version: service.version });
