import type { FastifyInstance } from 'fastify';
import type { UsersService } from './users.service.ts';

// STUB: to be written.
export function usersRoutes(_app: FastifyInstance, _deps: { users: UsersService }) {}
