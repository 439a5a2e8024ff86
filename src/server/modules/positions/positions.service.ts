import type { Database } from '../../db/open.ts';

// STUB: to be written.
export function createPositionsService({ database }: { database: Database }) {
  return { database };
}
export type PositionsService = ReturnType<typeof createPositionsService>;
