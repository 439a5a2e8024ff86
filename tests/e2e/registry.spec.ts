import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { validSop } from '../../src/domain/sop/testing.ts';
import { E2E_PORT } from '../../playwright.config.ts';
import { expectNoA11yViolations } from './support/axe.ts';
import { DEMO_PASSWORD, mainNav, signIn } from './support/session.ts';

/**
 * The public registry: the bureau ratifies an SOP (set up through the API), a visitor finds it by a misspelt word,
 * opens it, downloads its PDF and checks it on /verifikasi by number and by the file itself; a tampered copy fails;
 * once a new version is ratified the old one shows as superseded.
 */

const SUFFIX = Date.now().toString(36).toUpperCase();
const TITLE = 'Penerbitan Rekomendasi Pengawasan Kepolisian';
const NUMBER_1 = `${SUFFIX}/001/SOP/SETKOMPOLNAS/2026`;
const NUMBER_2 = `${SUFFIX}/002/SOP/SETKOMPOLNAS/2026`;

/** A signed-in API client of one demo account, with its CSRF token. */
async function apiAs(email: string): Promise<{ api: APIRequestContext; post: (url: string, data?: unknown) => Promise<unknown>; put: (url: string, data: unknown) => Promise<unknown>; get: (url: string) => Promise<any> }> {
  const api = await request.newContext({ baseURL: `http://localhost:${E2E_PORT}` });
  let csrf = (await (await api.get('/api/auth/session')).json()).csrfToken as string;
  const send = async (method: 'post' | 'put', url: string, data?: unknown) => {
    const res = await api[method](url, { data: data ?? {}, headers: { 'x-csrf-token': csrf } });
    expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
    return res.json();
  };
  await send('post', '/api/auth/sign-in', { email, password: DEMO_PASSWORD });
  csrf = (await (await api.get('/api/auth/session')).json()).csrfToken as string;
  return {
    api,
    post: (url, data) => send('post', url, data),
    put: (url, data) => send('put', url, data),
    get: async (url) => (await api.get(url)).json(),
  };
}

test('a visitor finds a ratified SOP, downloads it, verifies it by number and file; a tampered copy and a superseded version are told apart', async ({ page }) => {
  // The bureau's setup: the unit drafts the SOP, the head of the bureau ratifies version 2.
  const unit = await apiAs('pemrakarsa@demo.manorta.id');
  const head = await apiAs('kepala.biro@demo.manorta.id');
  const session = await unit.get('/api/auth/session');
  const unitId = session.user.unitId as string;
  const sop = (await unit.post('/api/sops', { unitId, title: TITLE })) as { id: string };
  const content = validSop(unitId);
  content.identity.title = TITLE;
  await unit.put(`/api/sops/${sop.id}/content`, { version: 1, content });
  const first = (await head.post('/api/registry', { sopId: sop.id, version: 2, number: NUMBER_1, effectiveOn: '2026-03-02' })) as { id: string; code: string };

  // A visitor finds it by a misspelt word.
  await page.goto('/');
  await mainNav(page).getByRole('link', { name: 'Daftar SOP' }).click();
  await expect(page).toHaveURL(/\/daftar-sop$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Daftar SOP' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari SOP' }).fill('rekomendsi pengawasan');
  await expect(page).toHaveURL(/q=rekomendsi/);
  const table = page.getByRole('table', { name: 'Daftar SOP yang disahkan' });
  await expect(table.getByRole('row', { name: new RegExp(NUMBER_1.replace(/[/]/g, '\\/')) })).toBeVisible();
  await expectNoA11yViolations(page);

  // Nothing found: a helpful empty state.
  await page.getByRole('searchbox', { name: 'Cari SOP' }).fill('zzqqxx');
  await expect(page.getByText('Tidak ada SOP yang cocok dengan pencarian atau filter ini.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari SOP' }).fill('rekomendsi');
  await table.getByRole('link', { name: TITLE }).click();

  // Its page: identity, downloads, versions, flowchart.
  await expect(page).toHaveURL(new RegExp(`/daftar-sop/${sop.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Identitas SOP' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Diagram alir' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pratinjau diagram alir' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Menyusun konsep laporan' })).toBeVisible();
  await expectNoA11yViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF resmi' }).click()]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manorta-registry-'));
  const file = path.join(dir, 'sop.pdf');
  await download.saveAs(file);
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // Verification by number …
  await page.goto('/verifikasi');
  await expect(page.getByRole('heading', { level: 1, name: 'Verifikasi SOP' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nomor SOP' }).fill(NUMBER_1);
  await page.getByRole('button', { name: 'Periksa', exact: true }).click();
  await expect(page.getByText('SAH — versi berlaku')).toBeVisible();
  await expectNoA11yViolations(page);

  // … by the downloaded file, and a tampered copy.
  const choose = async (name: string) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Berkas PDF' }).click()]);
    await chooser.setFiles(name);
  };
  await choose(file);
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await expect(page.getByText('SAH — versi berlaku')).toBeVisible();
  const tampered = Buffer.from(bytes);
  tampered[tampered.length - 40] ^= 0x01;
  const tamperedFile = path.join(dir, 'sop-diubah.pdf');
  fs.writeFileSync(tamperedFile, tampered);
  await choose(tamperedFile);
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await expect(page.getByText('Tidak dikenal')).toBeVisible();
  await expect(page.getByText(/Berkas ini tidak sama dengan PDF resmi mana pun/)).toBeVisible();
  await expect(page.getByText('SAH — versi berlaku')).toHaveCount(0);
  await expectNoA11yViolations(page);

  // A new version is ratified: the old one is superseded, on the SOP's page and at verification (QR address).
  await unit.post(`/api/registry/${first.id}/new-version`);
  const changed = structuredClone(content);
  changed.steps[1].description = 'Menyusun konsep rekomendasi';
  await unit.put(`/api/sops/${sop.id}/content`, { version: 3, content: changed });
  await head.post('/api/registry', { sopId: sop.id, version: 4, number: NUMBER_2, effectiveOn: '2026-06-01' });

  await page.goto(`/daftar-sop/${sop.id}`);
  const versions = page.getByRole('table', { name: 'Versi SOP yang pernah disahkan' });
  await expect(versions.locator('tbody tr')).toHaveCount(2);
  const oldRow = versions.locator('tbody tr[data-status="superseded"]');
  await expect(oldRow).toContainText(NUMBER_1);
  await expect(oldRow).toContainText('Digantikan');
  await expect(oldRow).toContainText(`Digantikan oleh ${NUMBER_2} (versi 4).`);
  await expect(versions.locator('tbody tr[data-status="effective"]')).toContainText('Berlaku');
  await expectNoA11yViolations(page);

  await page.goto(`/verifikasi/${first.code}`);
  await expect(page.getByText(`TIDAK BERLAKU — digantikan oleh ${NUMBER_2}`)).toBeVisible();
  await expectNoA11yViolations(page);

  await page.goto('/daftar-sop?status=superseded');
  await expect(page.getByRole('table', { name: 'Daftar SOP yang disahkan' }).getByRole('row', { name: new RegExp(NUMBER_1.replace(/[/]/g, '\\/')) })).toBeVisible();
  await Promise.all([unit.api.dispose(), head.api.dispose()]);
});

test('a unit names a related SOP by picking it from the registry in the editor', async ({ page }) => {
  const unit = await apiAs('pemrakarsa@demo.manorta.id');
  const head = await apiAs('kepala.biro@demo.manorta.id');
  const unitId = (await unit.get('/api/auth/session')).user.unitId as string;
  const ratifiedTitle = `Penanganan Pengaduan Masyarakat ${SUFFIX}`;
  const ratified = (await unit.post('/api/sops', { unitId, title: ratifiedTitle })) as { id: string };
  const content = validSop(unitId);
  content.identity.title = ratifiedTitle;
  await unit.put(`/api/sops/${ratified.id}/content`, { version: 1, content });
  const number = `${SUFFIX}/003/SOP/SETKOMPOLNAS/2026`;
  await head.post('/api/registry', { sopId: ratified.id, version: 2, number, effectiveOn: '2026-04-01' });
  const draft = (await unit.post('/api/sops', { unitId, title: 'Tindak Lanjut Pengaduan' })) as { id: string };

  await signIn(page, 'pemrakarsa@demo.manorta.id');
  await page.goto(`/sop/${draft.id}`);
  const main = page.getByRole('main');
  await main.getByRole('tab', { name: 'Identitas' }).click();
  const picker = main.getByPlaceholder('Cari di Daftar SOP (judul atau nomor)…');
  await picker.fill(`pengaduan ${SUFFIX.toLowerCase()}`);
  await page.getByRole('option', { name: `${number} · ${ratifiedTitle}` }).click();
  await expect(main.getByText('Dari Daftar SOP', { exact: true })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/Tersimpan · versi [2-9]/, { timeout: 15_000 });
  const saved = await unit.get(`/api/sops/${draft.id}`);
  expect(saved.content.identity.related).toContainEqual({ sopId: ratified.id, title: `${number} ${ratifiedTitle}` });
  expect(saved.problems.filter((p: { code: string }) => p.code === 'related_unknown')).toEqual([]);
  await expectNoA11yViolations(page);
});
