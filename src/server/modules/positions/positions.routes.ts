import type { FastifyInstance } from 'fastify';
import type { PositionsService } from './positions.service.ts';

// STUB: to be written.
export function positionsRoutes(_app: FastifyInstance, _deps: { positions: PositionsService }) {}
