import type { Database } from '../../db/open.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.repo.ts';
import * as repo from './auth.repo.ts';
import { dummyPasswordHash, hashPassword, hashToken, newToken, verifyPassword } from './password.ts';

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 30;
const RESET_TOKEN_MINUTES = 60;

export interface AuthDeps {
  database: Database;
  mailer: Mailer;
  clock: () => Date;
  sessionDays: number;
  publicUrl: string;
}

export function createAuthService({ database, mailer, clock, sessionDays, publicUrl }: AuthDeps) {
  const { db } = database;

  return {
    async signIn(email: string, password: string, meta: { ip: string; userAgent?: string }) {
      const now = clock();
      const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
      const failures = await repo.countFailures(db, email, meta.ip, since);
      if (failures.byEmail >= MAX_FAILURES_PER_ACCOUNT || failures.byIp >= MAX_FAILURES_PER_ADDRESS) {
        throw new AppError(429, 'TOO_MANY_SIGN_INS', 'too_many_sign_ins', { minutes: SIGN_IN_WINDOW_MINUTES });
      }
      const user = await repo.findUserByEmail(db, email);
      const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyPassword(await dummyPasswordHash(), password);
      const success = Boolean(user && user.active && ok);
      await repo.recordSignInAttempt(db, { email, ip: meta.ip, success, at: now });
      if (!success || !user) throw new AppError(401, 'INVALID_CREDENTIALS', 'invalid_credentials');
      const { token, id } = newToken();
      await repo.insertSession(db, {
        id,
        userId: user.id,
        expiresAt: new Date(now.getTime() + sessionDays * 86_400_000),
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300),
      });
      await recordAudit(db, { actorId: user.id, action: 'auth.signIn', entity: 'user', entityId: user.id, ip: meta.ip });
      return { token, expiresAt: new Date(now.getTime() + sessionDays * 86_400_000) };
    },

    async userForToken(token: string) {
      return repo.sessionUser(db, hashToken(token), clock());
    },

    async signOut(token: string) {
      await repo.deleteSession(db, hashToken(token));
    },

    async changePassword(userId: string, currentToken: string, current: string, next: string) {
      const user = await db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, userId) });
      if (!user || !(await verifyPassword(user.passwordHash, current))) {
        throw fieldError(400, 'WRONG_CURRENT_PASSWORD', 'currentPassword', 'wrong_current_password');
      }
      if (current === next) throw fieldError(400, 'PASSWORD_SAME', 'newPassword', 'password_same');
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        await repo.setPassword(tx, userId, passwordHash, false);
        // Every other session of this account ends: a changed password locks out whoever else had it.
        await repo.deleteSessionsOfUser(tx, userId, hashToken(currentToken));
        await recordAudit(tx, { actorId: userId, action: 'auth.changePassword', entity: 'user', entityId: userId });
      });
    },

    /** Always succeeds from the caller's point of view, so it does not reveal which addresses have accounts. */
    async requestPasswordReset(email: string) {
      const user = await repo.findUserByEmail(db, email);
      if (!user || !user.active) return;
      const { token, id } = newToken();
      await db.transaction(async (tx) => {
        await repo.insertResetToken(tx, { id, userId: user.id, expiresAt: new Date(clock().getTime() + RESET_TOKEN_MINUTES * 60_000) });
        await mailer.enqueue(tx, {
          to: user.email,
          subject: 'Atur ulang kata sandi Manorta / Reset your Manorta password',
          text:
            `Yth. ${user.name},\n\nUntuk mengatur ulang kata sandi Anda, buka tautan berikut dalam ${RESET_TOKEN_MINUTES} menit:\n` +
            `${publicUrl}/atur-ulang-sandi?token=${token}\n\nAbaikan email ini jika Anda tidak memintanya.\n\n` +
            `To reset your password, open the link above within ${RESET_TOKEN_MINUTES} minutes. Ignore this e-mail if you did not ask for it.\n`,
        });
        await recordAudit(tx, { actorId: null, action: 'auth.requestReset', entity: 'user', entityId: user.id });
      });
      void mailer.flush();
    },

    async resetPassword(token: string, next: string) {
      const passwordHash = await hashPassword(next);
      await db.transaction(async (tx) => {
        const row = await repo.consumeResetToken(tx, hashToken(token), clock());
        if (!row) throw new AppError(400, 'RESET_TOKEN_INVALID', 'reset_token_invalid');
        await repo.setPassword(tx, row.userId, passwordHash, false);
        await repo.deleteSessionsOfUser(tx, row.userId);
        await recordAudit(tx, { actorId: row.userId, action: 'auth.resetPassword', entity: 'user', entityId: row.userId });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
