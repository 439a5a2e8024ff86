import { expect, type Page } from '@playwright/test';

/**
 * Calls the API as the user signed in on `page` (the browser context's cookies), with the CSRF token the session
 * hands out: for journeys that prepare data faster than clicking would, e.g. an SOP's content.
 */
export async function apiAs(page: Page) {
  const session = await page.request.get('/api/auth/session');
  expect(session.ok()).toBe(true);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': csrfToken };
  return {
    get: async <T>(url: string): Promise<T> => {
      const res = await page.request.get(url);
      expect(res.status(), await res.text()).toBe(200);
      return (await res.json()) as T;
    },
    post: async <T>(url: string, data: unknown, status = 200): Promise<T> => {
      const res = await page.request.post(url, { data, headers });
      expect(res.status(), await res.text()).toBe(status);
      return (await res.json()) as T;
    },
    /** One file in the multipart field 'file', as the upload button sends it. */
    upload: async (url: string, name: string, mimeType: string, buffer: Buffer) => {
      const res = await page.request.post(url, { multipart: { file: { name, mimeType, buffer } }, headers });
      expect(res.status(), await res.text()).toBe(201);
    },
    /** A workflow move with the version the request has now. */
    act: async (requestId: string, action: string, body: object = {}) => {
      const { version } = (await (await page.request.get(`/api/requests/${requestId}`)).json()) as { version: number };
      const res = await page.request.post(`/api/requests/${requestId}/actions/${action}`, { data: { version, ...body }, headers });
      expect(res.status(), await res.text()).toBe(200);
    },
    put: async <T>(url: string, data: unknown): Promise<T> => {
      const res = await page.request.put(url, { data, headers });
      expect(res.status(), await res.text()).toBe(200);
      return (await res.json()) as T;
    },
  };
}

/** Saves new content into an SOP (as the editor would) and answers the new version with its checker counts. */
export async function saveSopContent(page: Page, sopId: string, change: (content: SopContentLike) => SopContentLike) {
  const api = await apiAs(page);
  const sop = await api.get<{ version: number; content: SopContentLike }>(`/api/sops/${sopId}`);
  return api.put<{ version: number; errorCount: number; warningCount: number }>(`/api/sops/${sopId}/content`, { version: sop.version, content: change(sop.content) });
}

export interface SopContentLike {
  identity: Record<string, unknown> & { unitId: string; title: string; ratifiedBy: { position: string; name: string; nip: string } };
  actors: { id: string; name: string }[];
  steps: Record<string, unknown>[];
}
