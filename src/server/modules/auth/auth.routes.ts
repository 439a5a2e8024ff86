import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../policy/guard.ts';
import { clearSessionCookie, clientIp, setSessionCookie } from '../../http/session.ts';
import type { AuthService } from './auth.service.ts';
import { ZChangePassword, ZForgotPassword, ZResetPassword, ZSessionResponse, ZSignIn } from './auth.schema.ts';

const ZOk = z.object({ ok: z.literal(true) });

export function authRoutes(app: FastifyInstance, { auth, secureCookies }: { auth: AuthService; secureCookies: boolean }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.get('/api/auth/session', {
    schema: { tags, summary: 'The signed-in user (or null) and the CSRF token for state-changing requests', response: { 200: ZSessionResponse } },
  }, async (request, reply) => ({ user: request.sessionUser, csrfToken: reply.generateCsrf() }));

  r.post('/api/auth/sign-in', {
    schema: { tags, summary: 'Sign in with e-mail and password', body: ZSignIn, response: { 200: ZSessionResponse } },
  }, async (request, reply) => {
    const { token, expiresAt } = await auth.signIn(request.body.email, request.body.password, {
      ip: clientIp(request),
      userAgent: request.headers['user-agent'],
    });
    setSessionCookie(reply, token, expiresAt, secureCookies);
    return { user: (await auth.userForToken(token)) ?? null, csrfToken: reply.generateCsrf() };
  });

  r.post('/api/auth/sign-out', { schema: { tags, summary: 'End this session', response: { 200: ZOk } } }, async (request, reply) => {
    if (request.sessionToken) await auth.signOut(request.sessionToken);
    clearSessionCookie(reply, secureCookies);
    return { ok: true as const };
  });

  r.post('/api/auth/password', {
    schema: { tags, summary: 'Change the own password; other sessions end', body: ZChangePassword, response: { 200: ZOk } },
  }, async (request) => {
    const actor = requireActor(request);
    await auth.changePassword(actor.id, request.sessionToken!, request.body.currentPassword, request.body.newPassword);
    return { ok: true as const };
  });

  r.post('/api/auth/forgot-password', {
    schema: { tags, summary: 'E-mail a reset link (answers the same whether or not the address is known)', body: ZForgotPassword, response: { 202: ZOk } },
  }, async (request, reply) => {
    await auth.requestPasswordReset(request.body.email);
    return reply.status(202).send({ ok: true as const });
  });

  r.post('/api/auth/reset-password', {
    schema: { tags, summary: 'Set a new password with the token from the e-mail', body: ZResetPassword, response: { 200: ZOk } },
  }, async (request) => {
    await auth.resetPassword(request.body.token, request.body.newPassword);
    return { ok: true as const };
  });
}
