import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { authorize } from '../../policy/guard.ts';
import { ZIdParams, ZVersion, pageOf } from '../../http/paging.ts';
import type { UsersService } from './users.service.ts';
import { ZCreateUser, ZCreatedUser, ZTemporaryPassword, ZUpdateUser, ZUser, ZUserQuery } from './users.schema.ts';

export function usersRoutes(app: FastifyInstance, { users }: { users: UsersService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  r.get('/api/users', {
    schema: { tags, summary: 'User accounts, searchable by name, e-mail or NIP (administrator)', querystring: ZUserQuery, response: { 200: pageOf(ZUser) } },
  }, async (request) => users.list(authorize(request, 'user.list')!, request.query));

  r.get('/api/users/:id', { schema: { tags, params: ZIdParams, response: { 200: ZUser } } }, async (request) =>
    users.get(authorize(request, 'user.read', { id: request.params.id }), request.params.id));

  r.post('/api/users', {
    schema: { tags, summary: 'Create an account (administrator); answers a one-time temporary password', body: ZCreateUser, response: { 201: ZCreatedUser } },
  }, async (request, reply) => reply.status(201).send(await users.create(authorize(request, 'user.create')!, request.body, request.ip)));

  r.patch('/api/users/:id', {
    schema: { tags, summary: 'Edit an account and its roles (administrator); send the version you read', params: ZIdParams, body: ZUpdateUser, response: { 200: ZUser } },
  }, async (request) => users.update(authorize(request, 'user.update')!, request.params.id, request.body, request.ip));

  r.post('/api/users/:id/deactivate', {
    schema: { tags, summary: 'Deactivate an account and end its sessions (administrator; not the own account)', params: ZIdParams, body: ZVersion, response: { 200: ZUser } },
  }, async (request) => users.setActive(authorize(request, 'user.update')!, request.params.id, request.body.version, false, request.ip));

  r.post('/api/users/:id/activate', {
    schema: { tags, summary: 'Reactivate an account (administrator)', params: ZIdParams, body: ZVersion, response: { 200: ZUser } },
  }, async (request) => users.setActive(authorize(request, 'user.update')!, request.params.id, request.body.version, true, request.ip));

  r.post('/api/users/:id/reset-password', {
    schema: { tags, summary: 'Issue a new temporary password; the user must change it and their sessions end (administrator)', params: ZIdParams, response: { 200: ZTemporaryPassword } },
  }, async (request) => users.resetPassword(authorize(request, 'user.resetPassword')!, request.params.id, request.ip));
}
