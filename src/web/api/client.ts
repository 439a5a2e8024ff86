import type { Session } from './types.ts';

export interface FieldError {
  path: string;
  message: string;
}

/**
 * A failed API call. `message` and the field messages come from the server, already in the chosen language;
 * `code` is stable (VALIDATION, VERSION_CONFLICT, …). Failures without an answer from the server carry
 * code NETWORK (status 0) or HTTP, and an empty message for the interface to phrase.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly body: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isConflict(): boolean {
    return this.code === 'VERSION_CONFLICT';
  }
}

export const isApiError = (err: unknown): err is ApiError => err instanceof ApiError;

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

let csrfToken: string | null = null;

/** The sign-in answer and the session both bring a CSRF token; the newest one wins. */
export function rememberCsrfToken(token: string): void {
  csrfToken = token;
}

export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function parse(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function toError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | undefined)?.error;
  if (error && typeof error.code === 'string') {
    const fields = Array.isArray(error.fields)
      ? error.fields.filter((f): f is FieldError => typeof f?.path === 'string' && typeof f?.message === 'string')
      : [];
    return new ApiError(status, error.code, typeof error.message === 'string' ? error.message : '', fields, body);
  }
  return new ApiError(status, 'HTTP', '', [], body);
}

async function send(method: string, path: string, body: unknown, withCsrf: boolean): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (withCsrf) headers['x-csrf-token'] = await currentCsrfToken();
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(0, 'NETWORK', '', [], err);
  }
}

/** GET /api/auth/session: the signed-in user (or null) and a fresh CSRF token. */
export async function fetchSession(): Promise<Session> {
  const response = await send('GET', '/api/auth/session', undefined, false);
  const body = await parse(response);
  if (!response.ok) throw toError(response.status, body);
  const session = body as Session;
  rememberCsrfToken(session.csrfToken);
  return session;
}

async function currentCsrfToken(): Promise<string> {
  if (csrfToken) return csrfToken;
  return (await fetchSession()).csrfToken;
}

const MUTATING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** One call to the JSON API. Mutating calls carry the CSRF token; a stale token is renewed once and the call retried. */
export async function apiRequest<T>(method: string, path: string, options: { body?: unknown; query?: Query } = {}): Promise<T> {
  const url = path + queryString(options.query);
  const mutating = MUTATING.has(method);
  let response = await send(method, url, options.body ?? (mutating ? {} : undefined), mutating);
  let body = await parse(response);
  if (mutating && response.status === 403 && toError(403, body).code === 'CSRF') {
    csrfToken = null;
    response = await send(method, url, options.body ?? {}, true);
    body = await parse(response);
  }
  if (!response.ok) throw toError(response.status, body);
  return body as T;
}

export const api = {
  get: <T>(path: string, query?: Query) => apiRequest<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, { body }),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, { body }),
  delete: <T>(path: string) => apiRequest<T>('DELETE', path),
};

export interface UploadOptions {
  /** Called with 0…1 as the body goes out (fetch cannot report upload progress; XMLHttpRequest can). */
  onProgress?: (fraction: number) => void;
}

function sendForm(path: string, form: FormData, token: string, options: UploadOptions): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = (xhr.getResponseHeader('content-type') ?? '').includes('application/json') ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', ''));
    xhr.send(form);
  });
}

/** The form of a one-file upload: the file in the field `file`. */
export const oneFileForm = (file: File) => () => {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
};

/** A multipart POST (file uploads) with the CSRF token and upload progress; failures are ApiErrors like apiRequest's. */
export async function apiUpload<T>(path: string, makeForm: () => FormData, options: UploadOptions = {}): Promise<T> {
  let result = await sendForm(path, makeForm(), await currentCsrfToken(), options);
  if (result.status === 403 && toError(403, result.body).code === 'CSRF') {
    csrfToken = null;
    result = await sendForm(path, makeForm(), await currentCsrfToken(), options);
  }
  if (result.status < 200 || result.status >= 300) throw toError(result.status, result.body);
  return result.body as T;
}
