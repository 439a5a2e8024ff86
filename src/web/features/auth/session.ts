import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { sessionQuery, signOut } from '../../api/auth.ts';
import { fetchSession } from '../../api/client.ts';
import type { Role, SessionUser } from '../../api/types.ts';

/** The signed-in user, or null for the public (the root route loads the session before the first page). */
export function useSessionUser(): SessionUser | null {
  const { data } = useQuery(sessionQuery);
  return data?.user ?? null;
}

/** For the menu only: which pages to offer. The server decides every action on its own. */
export function useHasRole(...roles: Role[]): boolean {
  const user = useSessionUser();
  return !!user && user.roles.some((r) => roles.includes(r));
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await signOut();
    } finally {
      queryClient.clear();
      // A fresh session answer (user null) with a new CSRF token for the next sign-in.
      await queryClient.fetchQuery({ ...sessionQuery, queryFn: fetchSession }).catch(() => undefined);
      await navigate({ to: '/' });
    }
  }, [queryClient, navigate]);
}
