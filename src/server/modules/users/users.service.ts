import type { Database } from '../../db/open.ts';

// STUB: to be written.
export function createUsersService({ database }: { database: Database }) {
  return { database };
}
export type UsersService = ReturnType<typeof createUsersService>;
