import type { Database } from '../../db/open.ts';

// STUB: to be written.
export function createCatalogueService({ database }: { database: Database }) {
  return { database };
}
export type CatalogueService = ReturnType<typeof createCatalogueService>;
