import type { FastifyInstance } from 'fastify';
import type { CatalogueService } from './catalogue.service.ts';

// STUB: to be written.
export function catalogueRoutes(_app: FastifyInstance, _deps: { catalogue: CatalogueService }) {}
