import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc } from 'drizzle-orm';
import { mailOutbox } from '../../db/schema.ts';
import { DEMO_PASSWORD } from '../../db/seed/index.ts';
import { SESSION_COOKIE } from '../../http/session.ts';
import { createTestApp, type ApiClient, type TestApp } from '../../testing/test-app.ts';
import { DEMO, expectNothingWritten, unitIdOf } from '../../testing/fixtures.ts';

let t: TestApp;
let admin: ApiClient;
let unitId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn(DEMO.admin);
  unitId = await unitIdOf(admin, 'SETKOMJAK');
});
afterAll(() => t?.close());

let n = 0;
/** A fresh account with a password of its own, so that one test's failures never lock another's account. */
async function account(password = 'kata-sandi-awal-1') {
  const email = `akun${++n}@contoh.go.id`;
  const { user, temporaryPassword } = (await admin.post('/api/users', { email, name: `Akun Uji ${n}`, unitId, roles: ['pemrakarsa'] })).json();
  const c = await t.signIn(email, temporaryPassword);
  expect((await c.post('/api/auth/password', { currentPassword: temporaryPassword, newPassword: password })).statusCode).toBe(200);
  return { email, id: user.id as string, password };
}

const signIn = async (email: string, password: string) => (await t.client()).post('/api/auth/sign-in', { email, password });

describe('sign-in', () => {
  it('signs in with the right password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const res = await signIn(DEMO.verifikator, DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { email: DEMO.verifikator, roles: ['verifikator'], unitCode: 'BAG-OTL', mustChangePassword: false }, csrfToken: expect.any(String) });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const wrong = await signIn(DEMO.kepalaBiro, 'bukan-kata-sandinya');
    const unknown = await signIn('tidak.ada@contoh.go.id', 'bukan-kata-sandinya');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
  });

  it('refuses the sixth attempt after five failures, even with the right password', async () => {
    const { email, password } = await account();
    for (let i = 0; i < 5; i++) expect((await signIn(email, `salah-${i}-kata-sandi`)).statusCode).toBe(401);
    const res = await signIn(email, password);
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('TOO_MANY_SIGN_INS');
  });

  it('rejects a too-long password as bad input', async () => {
    const res = await expectNothingWritten(t, () => signIn(DEMO.verifikator, 'x'.repeat(129)));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([expect.objectContaining({ path: 'password' })]);
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const c = await t.client();
    const token = (await c.post('/api/auth/sign-in', { email: DEMO.pemrakarsa, password: DEMO_PASSWORD })).cookies.find((k) => k.name === SESSION_COOKIE)!.value;
    await c.refreshCsrf();
    expect((await c.get('/api/auth/session')).json().user.email).toBe(DEMO.pemrakarsa);
    const out = await c.post('/api/auth/sign-out');
    expect(out.statusCode).toBe(200);
    expect(out.cookies.find((k) => k.name === SESSION_COOKIE)?.value).toBe('');
    expect((await c.get('/api/auth/session')).json().user).toBeNull();
    const replay = await t.app.inject({ method: 'GET', url: '/api/auth/session', cookies: { [SESSION_COOKIE]: token } });
    expect(replay.json().user).toBeNull();
  });
});

describe('passwords', () => {
  it('a change ends the other sessions, and the old password stops working', async () => {
    const { email, password } = await account();
    const here = await t.signIn(email, password);
    const elsewhere = await t.signIn(email, password);
    const res = await here.post('/api/auth/password', { currentPassword: password, newPassword: 'kata-sandi-baru-2' });
    expect(res.statusCode).toBe(200);
    expect((await here.get('/api/auth/session')).json().user.email).toBe(email);
    expect((await elsewhere.get('/api/auth/session')).json().user).toBeNull();
    expect((await signIn(email, password)).statusCode).toBe(401);
    expect((await signIn(email, 'kata-sandi-baru-2')).statusCode).toBe(200);
  });

  it('refuses a wrong current password and a too-short new one, writing nothing', async () => {
    const { email, password } = await account();
    const c = await t.signIn(email, password);
    const wrong = await expectNothingWritten(t, () => c.post('/api/auth/password', { currentPassword: 'bukan-ini-sandinya', newPassword: 'kata-sandi-baru-3' }));
    expect(wrong.json().error).toMatchObject({ code: 'WRONG_CURRENT_PASSWORD', fields: [{ path: 'currentPassword' }] });
    const short = await expectNothingWritten(t, () => c.post('/api/auth/password', { currentPassword: password, newPassword: 'pendek' }));
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toEqual([{ path: 'newPassword', message: 'Kata sandi minimal 10 karakter.' }]);
    expect((await (await t.client()).post('/api/auth/password', { currentPassword: password, newPassword: 'kata-sandi-baru-3' })).statusCode).toBe(401);
  });

  it('an account made by an administrator signs in with the temporary password and must change it', async () => {
    const email = 'baru.dibuat@contoh.go.id';
    const { temporaryPassword } = (await admin.post('/api/users', { email, name: 'Baru Dibuat', unitId, roles: ['pemrakarsa'] })).json();
    const c = await t.signIn(email, temporaryPassword);
    expect((await c.get('/api/auth/session')).json().user).toMatchObject({ email, mustChangePassword: true });
    await c.post('/api/auth/password', { currentPassword: temporaryPassword, newPassword: 'pilihan-sendiri-1' });
    expect((await c.get('/api/auth/session')).json().user.mustChangePassword).toBe(false);
  });

  it('a forgotten password is reset once through the e-mailed link', async () => {
    const { email, password } = await account();
    const other = await t.signIn(email, password);
    const res = await (await t.client()).post('/api/auth/forgot-password', { email: email.toUpperCase() });
    expect(res.statusCode).toBe(202);
    const [mail] = await t.database.db.select().from(mailOutbox).orderBy(desc(mailOutbox.id)).limit(1);
    expect(mail.to).toBe(email);
    const token = /\/atur-ulang-sandi\?token=([\w-]+)/.exec(mail.text)![1];

    const reset = await (await t.client()).post('/api/auth/reset-password', { token, newPassword: 'sandi-setelah-lupa-1' });
    expect(reset.statusCode).toBe(200);
    expect((await other.get('/api/auth/session')).json().user).toBeNull();
    expect((await signIn(email, password)).statusCode).toBe(401);
    expect((await signIn(email, 'sandi-setelah-lupa-1')).statusCode).toBe(200);

    const again = await expectNothingWritten(t, async () => (await t.client()).post('/api/auth/reset-password', { token, newPassword: 'sandi-kedua-kali-1' }));
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('RESET_TOKEN_INVALID');
  });

  it('answers an unknown address the same, without sending anything', async () => {
    const res = await expectNothingWritten(t, async () => (await t.client()).post('/api/auth/forgot-password', { email: 'tidak.dikenal@contoh.go.id' }));
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ ok: true });
  });
});
