import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Page, PageQuery, Role, User } from './types.ts';

export interface UserQuery extends PageQuery {
  unitId?: string;
  role?: Role;
  includeInactive?: boolean;
}

export const userKeys = {
  all: ['users'] as const,
  page: (q: UserQuery) => ['users', 'page', q] as const,
};

export const usersPageQuery = (q: UserQuery) =>
  queryOptions({
    queryKey: userKeys.page(q),
    queryFn: () => api.get<Page<User>>('/api/users', { ...q }),
    placeholderData: (previous) => previous,
  });

export interface UserInput {
  email: string;
  name: string;
  nip?: string | null;
  unitId: string;
  roles: Role[];
}

export const createUser = (input: UserInput) => api.post<{ user: User; temporaryPassword: string }>('/api/users', input);
export const updateUser = (id: string, input: Partial<UserInput> & { version: number }) => api.patch<User>(`/api/users/${id}`, input);
export const setUserActive = (user: Pick<User, 'id' | 'version'>, active: boolean) =>
  api.post<User>(`/api/users/${user.id}/${active ? 'activate' : 'deactivate'}`, { version: user.version });
export const resetUserPassword = (id: string) => api.post<{ temporaryPassword: string }>(`/api/users/${id}/reset-password`);
