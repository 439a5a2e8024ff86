import type { Database } from '../../db/open.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { AppError, fieldError, notFound, versionConflict } from '../../http/errors.ts';
import { offsetOf } from '../../http/paging.ts';
import { can, collectionActions, itemActions, type Actor } from '../../policy/policy.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import { deleteSessionsOfUser, setPassword } from '../auth/auth.repo.ts';
import { hashPassword, temporaryPassword } from '../auth/password.ts';
import { requireActiveUnit } from '../units/active-unit.ts';
import * as repo from './users.repo.ts';
import type { TCreateUser, TUpdateUser, TUser, TUserQuery } from './users.schema.ts';

export function createUsersService({ database }: { database: Database }) {
  const { db } = database;
  const present = (actor: Actor | null, row: repo.UserRow): TUser => ({
    ...row,
    actions: itemActions(actor, 'user', { id: row.id, unitId: row.unitId, active: row.active }),
  });

  const emailTaken = (email: string | undefined) => (err: unknown) => {
    if (isUniqueViolation(err)) throw fieldError(409, 'EMAIL_TAKEN', 'email', 'email_taken', { email: email ?? '' });
    throw err;
  };

  async function get(actor: Actor | null, id: string) {
    const row = await repo.getUser(db, id);
    if (!row) throw notFound();
    return present(actor, row);
  }

  /** A fresh one-time password; hashed before any transaction opens, since hashing is slow. */
  async function newTemporaryPassword() {
    const password = temporaryPassword();
    return { password, hash: await hashPassword(password) };
  }

  return {
    async list(actor: Actor, q: TUserQuery) {
      const { items, total } = await repo.listUsers(db, { ...q, limit: q.pageSize, offset: offsetOf(q) });
      return { items: items.map((r) => present(actor, r)), total, page: q.page, pageSize: q.pageSize, actions: collectionActions(actor, 'user') };
    },

    get,

    async create(actor: Actor, input: TCreateUser, ip?: string) {
      const temporary = await newTemporaryPassword();
      const { roles, ...values } = input;
      const id = await db
        .transaction(async (tx) => {
          await requireActiveUnit(tx, input.unitId);
          const newId = await repo.insertUser(tx, { ...values, nip: values.nip ?? null, passwordHash: temporary.hash, mustChangePassword: true }, roles);
          await recordAudit(tx, { actorId: actor.id, action: 'user.create', entity: 'user', entityId: newId, data: input, ip });
          return newId;
        })
        .catch(emailTaken(input.email));
      return { user: await get(actor, id), temporaryPassword: temporary.password };
    },

    async update(actor: Actor, id: string, input: TUpdateUser, ip?: string) {
      const { version, roles, ...changes } = input;
      await db
        .transaction(async (tx) => {
          const current = await repo.getUser(tx, id);
          if (!current) throw notFound();
          if (roles && id === actor.id && !roles.includes('administrator')) {
            throw fieldError(400, 'CANNOT_DROP_OWN_ADMIN', 'roles', 'cannot_drop_own_admin');
          }
          if (changes.unitId !== undefined && changes.unitId !== current.unitId) await requireActiveUnit(tx, changes.unitId);
          if (!(await repo.updateUser(tx, id, version, changes))) throw versionConflict(present(actor, current));
          if (roles) await repo.replaceRoles(tx, id, roles);
          await recordAudit(tx, { actorId: actor.id, action: 'user.update', entity: 'user', entityId: id, data: { from: current, to: { ...changes, roles } }, ip });
        })
        .catch(emailTaken(changes.email));
      return get(actor, id);
    },

    /** Deactivation ends every session of the user at once. */
    async setActive(actor: Actor, id: string, version: number, active: boolean, ip?: string) {
      if (!can(actor, 'user.deactivate', { id })) throw new AppError(403, 'CANNOT_DEACTIVATE_SELF', 'cannot_deactivate_self');
      await db.transaction(async (tx) => {
        const current = await repo.getUser(tx, id);
        if (!current) throw notFound();
        if (active) await requireActiveUnit(tx, current.unitId);
        if (!(await repo.updateUser(tx, id, version, { active }))) throw versionConflict(present(actor, current));
        if (!active) await deleteSessionsOfUser(tx, id);
        await recordAudit(tx, { actorId: actor.id, action: active ? 'user.activate' : 'user.deactivate', entity: 'user', entityId: id, ip });
      });
      return get(actor, id);
    },

    /** The user must choose a new password at the next sign-in; their sessions end now. */
    async resetPassword(actor: Actor, id: string, ip?: string) {
      const temporary = await newTemporaryPassword();
      await db.transaction(async (tx) => {
        if (!(await repo.getUser(tx, id))) throw notFound();
        await setPassword(tx, id, temporary.hash, true);
        await deleteSessionsOfUser(tx, id);
        await recordAudit(tx, { actorId: actor.id, action: 'user.resetPassword', entity: 'user', entityId: id, ip });
      });
      return { temporaryPassword: temporary.password };
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
