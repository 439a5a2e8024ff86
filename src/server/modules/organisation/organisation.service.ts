import type { Database } from '../../db/open.ts';

// STUB: to be written.
export function createOrganisationService({ database }: { database: Database }) {
  return { database };
}
export type OrganisationService = ReturnType<typeof createOrganisationService>;
