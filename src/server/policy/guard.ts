import type { FastifyRequest } from 'fastify';
import { forbidden, unauthenticated } from '../http/errors.ts';
import { can, type Action, type Actor, type Subject } from './policy.ts';

/** Throws 401 for the public and 403 for a signed-in user who may not; returns the actor otherwise. */
export function authorize(request: FastifyRequest, action: Action, subject?: Subject): Actor | null {
  const actor = request.actor;
  if (can(actor, action, subject)) return actor;
  throw actor ? forbidden() : unauthenticated();
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthenticated();
  return request.actor;
}
