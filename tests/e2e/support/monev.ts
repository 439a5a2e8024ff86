import fs from 'node:fs';
import { expect, request, type APIRequestContext, type Page } from '@playwright/test';
import { validSop } from '../../../src/domain/sop/testing.ts';
import { E2E_PORT } from '../../../playwright.config.ts';
import { DEMO_PASSWORD } from './session.ts';

/**
 * Preparing monitoring rounds through the API (tests/e2e/monev.spec.ts, monev-reports.spec.ts): a signed-in API
 * client of a demo account outside any browser, SOPs ratified by the head of the bureau, a unit's Table 7 filled in.
 */

export type AccountApi = { api: APIRequestContext; post: (url: string, data?: unknown) => Promise<any>; put: (url: string, data: unknown) => Promise<any>; get: (url: string) => Promise<any> };

/** A signed-in API client of one demo account, with its CSRF token. */
export async function accountApi(email: string): Promise<AccountApi> {
  const api = await request.newContext({ baseURL: `http://localhost:${E2E_PORT}` });
  let csrf = (await (await api.get('/api/auth/session')).json()).csrfToken as string;
  const send = async (method: 'post' | 'put', url: string, data?: unknown) => {
    const res = await api[method](url, { data: data ?? {}, headers: { 'x-csrf-token': csrf } });
    expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
    return res.json();
  };
  await send('post', '/api/auth/sign-in', { email, password: DEMO_PASSWORD });
  csrf = (await (await api.get('/api/auth/session')).json()).csrfToken as string;
  return { api, post: (url, data) => send('post', url, data), put: (url, data) => send('put', url, data), get: async (url) => (await api.get(url)).json() };
}

let counter = 0;
/** An SOP of the client's unit, ratified by the head of the bureau; its number starts with `prefix` (unique per run). */
export async function ratifiedSop(unit: AccountApi, head: AccountApi, title: string, prefix: string) {
  const unitId = (await unit.get('/api/auth/session')).user.unitId as string;
  const sop = await unit.post('/api/sops', { unitId, title });
  const content = validSop(unitId);
  content.identity.title = title;
  await unit.put(`/api/sops/${sop.id}/content`, { version: 1, content });
  await head.post('/api/registry', { sopId: sop.id, version: 2, number: `${prefix}/${String(++counter).padStart(3, '0')}/SOP/MONEV/2026`, effectiveOn: '2026-03-02' });
  return sop.id as string;
}

const ALL_YES = { K1: true, K2: true, K3: true, K4: true, K5: true, K6: true, K7: true };
/** A complete Table 7 row of an SOP that works; `failing` overrides for one that does not. */
export const WORKING_ROW = { assessment: 'berjalan_baik', notes: 'Dijalankan sesuai alur.', assessorName: 'Bambang Suryanto', assessorPosition: 'Sekretaris Kompolnas', methods: ['observasi'], criteria: ALL_YES };
export const FAILING_ROW = { ...WORKING_ROW, assessment: 'tidak_berjalan_baik', notes: 'Pengaduan tidak diteruskan dalam 1 hari.', action: 'Sederhanakan alur disposisi pengaduan.', criteria: { ...ALL_YES, K2: false, K3: false } };

/** Fills in every SOP of the unit's Table 7 in a round (`rowOf` by SOP title) and submits it. */
export async function fillAndSubmit(unit: AccountApi, roundId: string, unitId: string, rowOf: (title: string) => object) {
  const sheet = await unit.get(`/api/monev/rounds/${roundId}/units/${unitId}`);
  for (const a of sheet.assessments as { id: string; title: string }[]) await unit.put(`/api/monev/assessments/${a.id}`, rowOf(a.title));
  await unit.post(`/api/monev/rounds/${roundId}/units/${unitId}/submit`);
}

/** Clicks a download link in the page's main region and answers the file's suggested name and bytes. */
export async function downloadFrom(page: Page, name: string | RegExp): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('main').getByRole('link', { name, exact: typeof name === 'string' }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}
