import type { FastifyInstance } from 'fastify';
import type { OrganisationService } from './organisation.service.ts';

// STUB: to be written.
export function organisationRoutes(_app: FastifyInstance, _deps: { organisation: OrganisationService }) {}
