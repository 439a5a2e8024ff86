import { queryOptions } from '@tanstack/react-query';
import { api, fetchSession, rememberCsrfToken } from './client.ts';
import type { Session } from './types.ts';

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: fetchSession,
  staleTime: 60_000,
});

export async function signIn(input: { email: string; password: string }): Promise<Session> {
  const session = await api.post<Session>('/api/auth/sign-in', input);
  rememberCsrfToken(session.csrfToken);
  return session;
}

export const signOut = () => api.post<{ ok: true }>('/api/auth/sign-out');
export const changePassword = (input: { currentPassword: string; newPassword: string }) =>
  api.post<{ ok: true }>('/api/auth/password', input);
export const forgotPassword = (input: { email: string }) => api.post<{ ok: true }>('/api/auth/forgot-password', input);
export const resetPassword = (input: { token: string; newPassword: string }) =>
  api.post<{ ok: true }>('/api/auth/reset-password', input);

/** The server's limits for a new password (docs/API-CONTRACT.md). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;
