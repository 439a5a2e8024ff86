import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiUpload, ApiError, rememberCsrfToken } from './client.ts';

interface Answer {
  status: number;
  body?: unknown;
}

/** Just enough of XMLHttpRequest: records what is sent, reports progress, answers from a script. */
function fakeXhr(answers: Answer[]) {
  const sent: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  class FakeXhr {
    status = 0;
    responseText = '';
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    private url = '';
    private headers: Record<string, string> = {};
    private type = '';
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    getResponseHeader(name: string) {
      return name === 'content-type' ? this.type : null;
    }
    send(body: unknown) {
      sent.push({ url: this.url, headers: this.headers, body });
      const answer = answers.shift();
      queueMicrotask(() => {
        if (!answer) return this.onerror?.();
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
        this.status = answer.status;
        this.type = answer.body === undefined ? 'text/plain' : 'application/json; charset=utf-8';
        this.responseText = answer.body === undefined ? '' : JSON.stringify(answer.body);
        this.onload?.();
      });
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

const form = () => {
  const f = new FormData();
  f.append('file', new Blob(['x']), 'a.pdf');
  return f;
};

describe('apiUpload', () => {
  it('posts the form with the CSRF token and reports progress', async () => {
    rememberCsrfToken('token-1');
    const sent = fakeXhr([{ status: 201, body: { id: 'd1' } }]);
    const progress: number[] = [];
    const result = await apiUpload<{ id: string }>('/api/requests/r1/documents/notaDinas', form, { onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ id: 'd1' });
    expect(sent[0].url).toBe('/api/requests/r1/documents/notaDinas');
    expect(sent[0].headers['x-csrf-token']).toBe('token-1');
    expect(sent[0].body).toBeInstanceOf(FormData);
    expect(progress).toEqual([0.5, 1]);
  });

  it('turns a refusal into an ApiError with the server\'s message and field', async () => {
    rememberCsrfToken('token-1');
    fakeXhr([{ status: 413, body: { error: { code: 'ATTACHMENT_TOO_LARGE', message: 'Berkas melebihi batas 10 MB.', fields: [{ path: 'file', message: 'Berkas melebihi batas 10 MB.' }] } } }]);
    const err = await apiUpload('/api/x', form).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 413, code: 'ATTACHMENT_TOO_LARGE', message: 'Berkas melebihi batas 10 MB.', fields: [{ path: 'file' }] });
  });

  it('renews a stale CSRF token once and sends the form again', async () => {
    rememberCsrfToken('stale');
    const sent = fakeXhr([{ status: 403, body: { error: { code: 'CSRF', message: 'x' } } }, { status: 201, body: { id: 'c1' } }]);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ user: null, csrfToken: 'fresh' }), { status: 200, headers: { 'content-type': 'application/json' } })));
    const makeForm = vi.fn(form);
    await expect(apiUpload('/api/x', makeForm)).resolves.toEqual({ id: 'c1' });
    expect(sent.map((s) => s.headers['x-csrf-token'])).toEqual(['stale', 'fresh']);
    expect(makeForm).toHaveBeenCalledTimes(2);
  });

  it('says NETWORK when no answer comes', async () => {
    rememberCsrfToken('token-1');
    fakeXhr([]);
    await expect(apiUpload('/api/x', form)).rejects.toMatchObject({ status: 0, code: 'NETWORK' });
  });
});
