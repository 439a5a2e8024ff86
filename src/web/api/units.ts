import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Page, PageQuery, Unit, UnitKind, UnitMember } from './types.ts';

export interface UnitQuery extends PageQuery {
  parentId?: string;
  includeInactive?: boolean;
}

export const unitKeys = {
  all: ['units'] as const,
  page: (q: UnitQuery) => ['units', 'page', q] as const,
  everything: (includeInactive: boolean) => ['units', 'everything', includeInactive] as const,
  members: (id: string) => ['units', 'members', id] as const,
};

export const unitsPageQuery = (q: UnitQuery) =>
  queryOptions({
    queryKey: unitKeys.page(q),
    queryFn: () => api.get<Page<Unit>>('/api/units', { ...q }),
    placeholderData: (previous) => previous,
  });

const ALL_PAGE_SIZE = 500;

/** Every unit (for pickers and the tree): pages of 500 until the total is reached. */
export async function fetchAllUnits(includeInactive: boolean): Promise<{ items: Unit[]; actions: string[] }> {
  const items: Unit[] = [];
  let actions: string[] = [];
  for (let page = 1; ; page += 1) {
    const result = await api.get<Page<Unit>>('/api/units', { page, pageSize: ALL_PAGE_SIZE, includeInactive: includeInactive || undefined });
    items.push(...result.items);
    actions = result.actions;
    if (items.length >= result.total || result.items.length === 0) break;
  }
  return { items, actions };
}

export const allUnitsQuery = (includeInactive = false) =>
  queryOptions({
    queryKey: unitKeys.everything(includeInactive),
    queryFn: () => fetchAllUnits(includeInactive),
    staleTime: 60_000,
  });

export const unitMembersQuery = (unitId: string) =>
  queryOptions({
    queryKey: unitKeys.members(unitId),
    queryFn: () => api.get<UnitMember[]>(`/api/units/${unitId}/users`),
  });

export interface UnitInput {
  code: string;
  name: string;
  kind: UnitKind;
  parentId: string | null;
}

export const createUnit = (input: UnitInput) => api.post<Unit>('/api/units', input);
export const updateUnit = (id: string, input: Partial<UnitInput> & { version: number }) => api.patch<Unit>(`/api/units/${id}`, input);
export const setUnitActive = (unit: Pick<Unit, 'id' | 'version'>, active: boolean) =>
  api.post<Unit>(`/api/units/${unit.id}/${active ? 'activate' : 'deactivate'}`, { version: unit.version });
