import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { validSop } from '../../src/domain/sop/testing.ts';
import { E2E_PORT } from '../../playwright.config.ts';
import { expectNoA11yViolations } from './support/axe.ts';
import { startMailbox } from './support/mail.ts';
import { DEMO_PASSWORD, mainNav, signIn, signOut } from './support/session.ts';

/**
 * Periodic review and acknowledgement: a new version of an SOP takes effect (prepared through the API as the
 * bureau); a user of the carrying unit finds it under "Perlu Dibaca", opens it and acknowledges it; the bureau sees
 * who has and who has not and reminds the rest; the unit records "Tidak perlu perubahan" on an SOP due for review.
 */

const SUFFIX = Date.now().toString(36).toUpperCase();
const TITLE = 'Penanganan Surat Pengaduan Kepolisian';
const TITLE_DUE = 'Pengelolaan Perpustakaan Kantor';
const PEMRAKARSA = 'pemrakarsa@demo.manorta.id';
const PIMPINAN = 'pimpinan@demo.manorta.id';

type Api = { post: (url: string, data?: unknown) => Promise<any>; put: (url: string, data: unknown) => Promise<any>; patch: (url: string, data: unknown) => Promise<any>; get: (url: string) => Promise<any>; dispose: () => Promise<void> };

/** A signed-in API client of one demo account, with its CSRF token. */
async function apiAs(email: string): Promise<Api> {
  const api: APIRequestContext = await request.newContext({ baseURL: `http://localhost:${E2E_PORT}` });
  let csrf = (await (await api.get('/api/auth/session')).json()).csrfToken as string;
  const send = async (method: 'post' | 'put' | 'patch', url: string, data?: unknown) => {
    const res = await api[method](url, { data: data ?? {}, headers: { 'x-csrf-token': csrf } });
    expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
    return res.json();
  };
  await send('post', '/api/auth/sign-in', { email, password: DEMO_PASSWORD });
  csrf = (await (await api.get('/api/auth/session')).json()).csrfToken as string;
  return {
    post: (url, data) => send('post', url, data),
    put: (url, data) => send('put', url, data),
    patch: (url, data) => send('patch', url, data),
    get: async (url) => (await api.get(url)).json(),
    dispose: () => api.dispose(),
  };
}

/** A new SOP of the pemrakarsa's unit with an error-free version 2; answers its id. */
async function newSop(unit: Api, unitId: string, title: string): Promise<string> {
  const sop = await unit.post('/api/sops', { unitId, title });
  const content = validSop(unitId);
  content.identity.title = title;
  await unit.put(`/api/sops/${sop.id}/content`, { version: 1, content });
  return sop.id;
}

async function switchUser(page: Page, email: string) {
  await signOut(page);
  await signIn(page, email);
}

test('a new version is acknowledged by its unit, the bureau follows who has read it, and the unit reviews an SOP that is due', async ({ page }) => {
  const mailbox = await startMailbox();
  const unit = await apiAs(PEMRAKARSA);
  const head = await apiAs('kepala.biro@demo.manorta.id');
  const admin = await apiAs('admin@demo.manorta.id');
  try {
    const session = await unit.get('/api/auth/session');
    const unitId = session.user.unitId as string;
    const pemrakarsaName = session.user.name as string;
    const pimpinanApi = await apiAs(PIMPINAN);
    const pimpinanName = (await pimpinanApi.get('/api/auth/session')).user.name as string;
    await pimpinanApi.dispose();

    // The bureau's setup: version 2 takes effect, the unit starts a new version, the head of the bureau ratifies it.
    const sopId = await newSop(unit, unitId, TITLE);
    const first = await head.post('/api/registry', { sopId, version: 2, number: `${SUFFIX}/101/SOP/SETKOMPOLNAS/2026`, effectiveOn: '2026-03-02' });
    await unit.post(`/api/registry/${first.id}/new-version`);
    const changed = validSop(unitId);
    changed.identity.title = TITLE;
    changed.steps[1].description = 'Mencatat surat pengaduan';
    await unit.put(`/api/sops/${sopId}/content`, { version: 3, content: changed });
    const second = await head.post('/api/registry', { sopId, version: 4, number: `${SUFFIX}/102/SOP/SETKOMPOLNAS/2026`, effectiveOn: '2026-06-01' });
    const mail = await mailbox.expectMail(PEMRAKARSA, `[Manorta] SOP baru berlaku: mohon dibaca: ${TITLE}`);
    expect(mail.body).toContain(`/daftar-sop/${sopId}`);

    // The unit's user sees it to read on the home page and under "Perlu Dibaca", opens it and acknowledges.
    await signIn(page, PEMRAKARSA);
    // The bell's notice leads to the SOP's registry page.
    await page.getByRole('button', { name: /^Notifikasi, \d+ belum dibaca$/ }).click();
    await page.getByRole('dialog', { name: 'Notifikasi' }).getByRole('button', { name: new RegExp(`SOP baru berlaku: mohon dibaca: ${TITLE}`) }).first().click();
    await expect(page).toHaveURL(new RegExp(`/daftar-sop/${sopId}$`));
    await page.goto('/beranda');
    const card = page.getByRole('region', { name: /^Perlu Dibaca/ });
    await expect(card.getByRole('link', { name: TITLE })).toBeVisible();
    await expectNoA11yViolations(page);
    await mainNav(page).getByRole('link', { name: 'Perlu Dibaca', exact: true }).click();
    await expect(page).toHaveURL(/\/perlu-dibaca$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Perlu Dibaca' })).toBeVisible();
    const toRead = page.getByRole('table', { name: 'SOP yang perlu dibaca' });
    await expect(toRead.locator(`tr[data-registry-id="${second.id}"]`)).toBeVisible();
    await expectNoA11yViolations(page);
    await toRead.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/daftar-sop/${sopId}$`));
    await expect(page.getByRole('heading', { level: 2, name: 'Diagram alir' })).toBeVisible();
    const panel = page.getByRole('region', { name: 'Tanda baca SOP' });
    await expect(panel.getByText('Mohon baca SOP ini')).toBeVisible();
    await expectNoA11yViolations(page);
    await panel.getByRole('button', { name: 'Saya telah membaca dan memahami' }).click();
    await expect(panel.getByText(/^Anda telah menandai membaca SOP ini pada /)).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Saya telah membaca dan memahami' })).toHaveCount(0);
    await expectNoA11yViolations(page);
    await page.goto('/perlu-dibaca');
    await expect(page.locator(`tr[data-registry-id="${second.id}"]`)).toHaveCount(0);

    // The bureau: who has read it and who has not; only those who have not; a reminder to them.
    await switchUser(page, 'kepala.biro@demo.manorta.id');
    await mainNav(page).getByRole('link', { name: 'Tanda Baca SOP' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tanda Baca SOP' })).toBeVisible();
    const overview = page.getByRole('table', { name: 'Kemajuan tanda baca SOP yang berlaku' });
    await expect(overview.locator(`tr[data-registry-id="${second.id}"]`)).toContainText('1 dari 2');
    await expectNoA11yViolations(page);
    await overview.locator(`tr[data-registry-id="${second.id}"]`).getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Tanda baca: ${TITLE}` })).toBeVisible();
    await expect(page.getByTestId('ack-acknowledged')).toHaveText('1');
    await expect(page.getByTestId('ack-pending')).toHaveText('1');
    const people = page.getByRole('table', { name: 'Pengguna unit pelaksana dan tanda bacanya' });
    await expect(people.getByRole('row', { name: new RegExp(pemrakarsaName) })).toContainText('Sudah,');
    await expect(people.getByRole('row', { name: new RegExp(pimpinanName) })).toContainText('Belum');
    await expectNoA11yViolations(page);
    await page.locator('label', { hasText: /^Belum$/ }).click();
    await expect(page.getByRole('radio', { name: 'Belum' })).toBeChecked();
    await expect(people.getByRole('row', { name: new RegExp(pemrakarsaName) })).toHaveCount(0);
    await expect(people.getByRole('row', { name: new RegExp(pimpinanName) })).toBeVisible();
    await page.getByRole('button', { name: 'Ingatkan yang belum membaca (1)' }).click();
    await expect(page.getByText('Pengingat dikirim kepada 1 pengguna.')).toBeVisible();
    await mailbox.expectMail(PIMPINAN, `[Manorta] Pengingat: mohon baca SOP yang berlaku: ${TITLE}`);
    await expectNoA11yViolations(page);

    // A review falls due: the administrator sets a one-month period, so an SOP effective since January is past its review date.
    await switchUser(page, 'admin@demo.manorta.id');
    await page.goto('/admin/organisasi');
    const months = page.getByRole('textbox', { name: /^Periode tinjauan berkala SOP/ });
    await expect(page.getByText(/Peraturan tidak menetapkan periodenya \[belum dikonfirmasi\]/)).toBeVisible();
    await months.fill('0');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Isi bilangan bulat antara 1 dan 120.')).toBeVisible();
    await months.fill('1');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText('Data organisasi telah disimpan.')).toBeVisible();
    await expectNoA11yViolations(page);
    expect((await admin.get('/api/organisation')).sopReviewMonths).toBe(1);
    const dueId = await newSop(unit, unitId, TITLE_DUE);
    const due = await head.post('/api/registry', { sopId: dueId, version: 2, number: `${SUFFIX}/103/SOP/SETKOMPOLNAS/2026`, effectiveOn: '2026-01-05' });
    const restored = await admin.get('/api/organisation');
    await admin.patch('/api/organisation', { version: restored.version, sopReviewMonths: 12 });

    await switchUser(page, PIMPINAN);
    const dueCard = page.getByRole('region', { name: /^Tinjauan berkala SOP yang jatuh tempo/ });
    await expect(dueCard.getByText(TITLE_DUE)).toBeVisible();
    await expectNoA11yViolations(page);
    await mainNav(page).getByRole('link', { name: 'Tinjauan Berkala SOP' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tinjauan Berkala SOP' })).toBeVisible();
    const review = page.locator(`section[data-registry-id="${due.id}"]`);
    await expect(review.getByText('Jatuh tempo tinjauan: 5 Februari 2026', { exact: false })).toBeVisible();
    await expect(review.getByText('Lewat jatuh tempo')).toBeVisible();
    await expectNoA11yViolations(page);
    await review.getByRole('button', { name: 'Tidak perlu perubahan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tidak perlu perubahan' });
    await dialog.getByRole('button', { name: 'Simpan hasil tinjauan' }).click();
    await expect(dialog.getByText('Catatan wajib diisi: jelaskan mengapa SOP ini tidak perlu diubah.')).toBeVisible();
    await expectNoA11yViolations(page);
    await dialog.getByRole('textbox', { name: /^Catatan hasil tinjauan/ }).fill('Prosedur masih sesuai dengan praktik unit.');
    await dialog.getByRole('button', { name: 'Simpan hasil tinjauan' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(review.getByText(/tidak perlu perubahan \("Prosedur masih sesuai dengan praktik unit\."\); jatuh tempo 5 Februari 2026 →/)).toBeVisible();
    await expect(review.getByText('Lewat jatuh tempo')).toHaveCount(0);
    await expectNoA11yViolations(page);
  } finally {
    await Promise.all([unit.dispose(), head.dispose(), admin.dispose()]);
    await mailbox.stop();
  }
});
