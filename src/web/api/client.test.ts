import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, ApiError, queryString, rememberCsrfToken } from './client.ts';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('queryString', () => {
  it('leaves out empty values', () => {
    expect(queryString({ page: 2, q: '', unitId: undefined, includeInactive: true })).toBe('?page=2&includeInactive=true');
    expect(queryString({})).toBe('');
  });
});

describe('apiRequest', () => {
  it('sends the CSRF token, same-origin credentials and JSON on mutating calls', async () => {
    rememberCsrfToken('token-1');
    const fetchMock = vi.fn(async () => json(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    await apiRequest('POST', '/api/units', { body: { code: 'X' } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/units');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('token-1');
    expect(init.body).toBe('{"code":"X"}');
  });

  it('turns the error shape into an ApiError with its field messages', async () => {
    vi.stubGlobal('fetch', vi.fn(async () =>
      json(400, { error: { code: 'VALIDATION', message: 'Data tidak valid.', fields: [{ path: 'email', message: 'Alamat email tidak valid.' }] } })));
    const error = await apiRequest('GET', '/api/users').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION', message: 'Data tidak valid.', fields: [{ path: 'email', message: 'Alamat email tidak valid.' }] });
  });

  it('recognises a version conflict', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(409, { error: { code: 'VERSION_CONFLICT', message: 'Diubah orang lain.' }, current: {} })));
    const error = (await apiRequest('PATCH', '/api/units/1', { body: { version: 1 } }).catch((e: unknown) => e)) as ApiError;
    expect(error.isConflict).toBe(true);
  });

  it('renews a stale CSRF token once and retries', async () => {
    rememberCsrfToken('stale');
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(json(403, { error: { code: 'CSRF', message: 'x' } }))
      .mockResolvedValueOnce(json(200, { user: null, csrfToken: 'fresh' }))
      .mockResolvedValueOnce(json(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(apiRequest('POST', '/api/auth/sign-out')).resolves.toEqual({ ok: true });
    expect(fetchMock.mock.calls[1][0]).toBe('/api/auth/session');
    expect((fetchMock.mock.calls[2][1] as RequestInit).headers).toMatchObject({ 'x-csrf-token': 'fresh' });
  });

  it('reports a network failure as code NETWORK', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await expect(apiRequest('GET', '/api/units')).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });
});
