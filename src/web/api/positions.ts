import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Page, PageQuery, Position, PositionKind } from './types.ts';

export interface PositionQuery extends PageQuery {
  unitId?: string;
  includeInactive?: boolean;
}

export const positionKeys = {
  all: ['positions'] as const,
  page: (q: PositionQuery) => ['positions', 'page', q] as const,
};

export const positionsPageQuery = (q: PositionQuery) =>
  queryOptions({
    queryKey: positionKeys.page(q),
    queryFn: () => api.get<Page<Position>>('/api/positions', { ...q }),
    placeholderData: (previous) => previous,
  });

export interface PositionInput {
  unitId: string;
  name: string;
  kind: PositionKind;
}

export const createPosition = (input: PositionInput) => api.post<Position>('/api/positions', input);
export const updatePosition = (id: string, input: Partial<PositionInput> & { version: number }) =>
  api.patch<Position>(`/api/positions/${id}`, input);
export const setPositionActive = (position: Pick<Position, 'id' | 'version'>, active: boolean) =>
  api.post<Position>(`/api/positions/${position.id}/${active ? 'activate' : 'deactivate'}`, { version: position.version });
