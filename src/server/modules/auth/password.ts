import { hash, verify } from '@node-rs/argon2';
import { createHash, randomBytes } from 'node:crypto';

// argon2id with the library's defaults (19 MiB, t=2), OWASP's minimum recommendation.
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password).catch(() => false);

/** A random token for a cookie or a link; only its hash is stored. */
export function newToken(): { token: string; id: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, id: hashToken(token) };
}
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A readable temporary password for an administrator to hand over once. */
export function temporaryPassword(): string {
  return `${randomBytes(9).toString('base64url')}-${randomBytes(3).toString('hex')}`;
}

// A dummy hash to verify against when the account does not exist, so timing does not reveal which e-mails are registered.
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hash('not-a-real-password'));
