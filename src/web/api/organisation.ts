import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { Organisation } from './types.ts';

export const organisationQuery = queryOptions({
  queryKey: ['organisation'],
  queryFn: () => api.get<Organisation>('/api/organisation'),
  staleTime: 5 * 60_000,
});

export type OrganisationInput = Pick<Organisation, 'name' | 'shortName' | 'bureauName' | 'address' | 'sopReviewMonths'>;
export const updateOrganisation = (input: Partial<OrganisationInput> & { version: number }) =>
  api.patch<Organisation>('/api/organisation', input);
