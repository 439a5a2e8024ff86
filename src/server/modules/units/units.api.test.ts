import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(() => t?.close());

describe('units API (harness smoke)', () => {
  it('lists units publicly', async () => {
    const c = await t.client();
    const res = await c.get('/api/units');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ page: 1, actions: [] });
  });

  it('refuses creation to the public', async () => {
    const c = await t.client();
    const res = await c.post('/api/units', { code: 'X1', name: 'Unit X', kind: 'eselon2', parentId: null });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a request without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'a@b.id', password: 'x' } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF');
  });

  it('answers malformed JSON with a clear 400', async () => {
    const c = await t.client();
    const res = await c.request({ method: 'POST', url: '/api/auth/sign-in', payload: '{"email":', headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'MALFORMED_JSON', message: 'Isi permintaan bukan JSON yang valid.' });
  });

  it('names the fields at fault, in the caller language', async () => {
    const c = await t.client();
    const res = await c.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'not-an-email' }, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('VALIDATION');
    expect(body.error.fields).toEqual(expect.arrayContaining([
      { path: 'email', message: 'Not a valid e-mail address.' },
      expect.objectContaining({ path: 'password' }),
    ]));
  });
});
