import type { ReactNode } from 'react';
import type { Role } from '../api/types.ts';
import { useSessionUser } from '../features/auth/session.ts';
import { ForbiddenPage } from './ForbiddenPage.tsx';

/** Shows the page only to holders of one of `roles` (a courtesy: the server refuses the data anyway). */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const user = useSessionUser();
  if (!user || !user.roles.some((r) => roles.includes(r))) return <ForbiddenPage />;
  return <>{children}</>;
}
