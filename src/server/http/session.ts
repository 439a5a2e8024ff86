import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../policy/policy.ts';
import type { AuthService } from '../modules/auth/auth.service.ts';
import type { TSessionUser } from '../modules/auth/auth.schema.ts';

export const SESSION_COOKIE = 'manorta_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionUser: TSessionUser | null;
    sessionToken: string | null;
  }
}

/** Resolves the session cookie of each API request to the signed-in user (from the database, shared by instances). */
export function installSessions(app: FastifyInstance, auth: AuthService) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionUser', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token || token.length > 100) return;
    const user = await auth.userForToken(token);
    if (!user) return;
    request.sessionToken = token;
    request.sessionUser = user;
    request.actor = { id: user.id, unitId: user.unitId, roles: user.roles };
  });
}

export function setSessionCookie(reply: FastifyReply, token: string, expires: Date, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, expires });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

export function clientIp(request: FastifyRequest): string {
  return request.ip || 'unknown';
}
