import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { complaintSop } from '../../src/server/db/seed/demo-sops.ts';
import { takeAction } from './support/actions.ts';
import { apiAs } from './support/api.ts';
import { expectNoA11yViolations } from './support/axe.ts';
import { mainNav, signIn } from './support/session.ts';

/**
 * Ratification and the registry, end to end: an SOP request completed by the head of the bureau puts its SOP in the
 * public Daftar SOP (found despite a typo, its frozen PDF the same bytes on every download, its number verified, a
 * tampered copy refused); the unit starts a new version from the editor, takes it through a new request, and the
 * old version shows as superseded; the bureau ratifies an SOP outside a request and revokes it with a reason.
 */

const DEMO = {
  pemrakarsa: 'pemrakarsa@demo.manorta.id',
  pimpinan: 'pimpinan@demo.manorta.id',
  admin: 'admin@demo.manorta.id',
  verifikator: 'verifikator@demo.manorta.id',
  kepalaBiro: 'kepala.biro@demo.manorta.id',
} as const;

const SUFFIX = Date.now().toString(36).toUpperCase();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

type Api = Awaited<ReturnType<typeof apiAs>>;
interface Cast {
  pages: Page[];
  open: (email: string) => Promise<Page>;
  api: (email: string) => Promise<Api>;
  close: () => Promise<void>;
}

/** One browser context per person (signed in), and an anonymous visitor on demand (`open('')`). */
function castOf(browser: Browser): Cast {
  const pages: Page[] = [];
  const apis = new Map<string, Api>();
  const open = async (email: string) => {
    const page = await (await browser.newContext()).newPage();
    if (email) await signIn(page, email);
    pages.push(page);
    return page;
  };
  return {
    pages,
    open,
    api: async (email) => {
      if (!apis.has(email)) apis.set(email, await apiAs(await open(email)));
      return apis.get(email)!;
    },
    close: async () => {
      for (const p of pages) await p.context().close();
    },
  };
}

/** A new SOP of the unit with error-free content (version 2). */
async function unitSop(cast: Cast, title: string) {
  const unit = await cast.api(DEMO.pemrakarsa);
  const { user } = await unit.get<{ user: { unitId: string } }>('/api/auth/session');
  const sop = await unit.post<{ id: string }>('/api/sops', { unitId: user.unitId, title }, 201);
  await unit.put(`/api/sops/${sop.id}/content`, { version: 1, content: complaintSop(user.unitId, title) });
  return sop.id;
}

/** A draft SOP facilitation request of the unit with its documents; `sopId` is linked through the API when given. */
async function sopRequest(cast: Cast, title: string, sopId?: string) {
  const unit = await cast.api(DEMO.pemrakarsa);
  const request = await unit.post<{ id: string }>('/api/requests', {
    serviceCode: 'SOP',
    title,
    contactName: 'Siti Rahmawati, S.H.',
    contactPhone: '0812-3456-7890',
    contactEmail: DEMO.pemrakarsa,
    formValues: { jumlahSop: 1, jenisUsulan: 'SOP baru', dasarHukum: 'Peraturan Menteri PANRB Nomor 35 Tahun 2012', narahubung: 'Siti, 0812-3456-7890' },
  }, 201);
  for (const key of ['notaDinas', 'drafSop']) await unit.upload(`/api/requests/${request.id}/documents/${key}`, `${key}.pdf`, 'application/pdf', PDF);
  if (sopId) await unit.put(`/api/requests/${request.id}/sop`, { sopId });
  return request.id;
}

/** The early moves of a submitted request through the API (endorsement, completeness, assignment, plan, stages 3–6). */
async function toStage6(cast: Cast, requestId: string) {
  await (await cast.api(DEMO.pimpinan)).act(requestId, 'endorse');
  const admin = await cast.api(DEMO.admin);
  await admin.act(requestId, 'verify_completeness');
  const verifier = await cast.api(DEMO.verifikator);
  const { user } = await verifier.get<{ user: { id: string } }>('/api/auth/session');
  await admin.act(requestId, 'assign', { verifierIds: [user.id] });
  await (await cast.api(DEMO.kepalaBiro)).act(requestId, 'approve_plan');
  for (let stage = 3; stage <= 6; stage++) await verifier.act(requestId, 'advance');
  const request = await verifier.get<{ documentNumber: string }>(`/api/requests/${requestId}`);
  expect(request.documentNumber).toBeTruthy();
  return request.documentNumber;
}

/** The final move in the UI: the head of the bureau approves the output; the request is Selesai. */
async function completeAsBureauHead(cast: Cast, requestId: string) {
  const head = await cast.open(DEMO.kepalaBiro);
  await head.goto(`/permohonan/${requestId}`);
  await expect(head.getByRole('button', { name: 'Setujui output' })).toBeVisible();
  await expectNoA11yViolations(head);
  await takeAction(head, 'Setujui output');
  await expect(head.getByRole('main').locator('dl').first()).toContainText('Selesai');
  return head;
}

/** Ratification follows the completing move once it has committed: wait for the number in the registry. */
async function ratified(page: Page, number: string) {
  await expect.poll(async () => (await (await page.request.get(`/api/public/verify?number=${encodeURIComponent(number)}`)).json()).valid, { timeout: 20_000 }).toBe(true);
}

async function downloadPdf(page: Page, dir: string, name: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF resmi' }).click()]);
  const file = path.join(dir, name);
  await download.saveAs(file);
  return file;
}

async function verifyNumber(page: Page, number: string) {
  await page.goto('/verifikasi');
  await expect(page.getByRole('heading', { level: 1, name: 'Verifikasi SOP' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nomor SOP' }).fill(number);
  await page.getByRole('button', { name: 'Periksa', exact: true }).click();
}

test('(a) an SOP ratified by completing its request is found despite a typo, downloads the same bytes twice and verifies by number; a tampered copy fails', async ({ browser }) => {
  test.setTimeout(180_000);
  const cast = castOf(browser);
  try {
    const title = `Penanganan Sengketa Informasi Publik ${SUFFIX}`;
    const sopId = await unitSop(cast, title);
    const requestId = await sopRequest(cast, `Penyusunan SOP Sengketa Informasi ${SUFFIX}`, sopId);
    await (await cast.api(DEMO.pemrakarsa)).act(requestId, 'submit');
    const number = await toStage6(cast, requestId);
    await completeAsBureauHead(cast, requestId);

    // An anonymous visitor finds it in the public registry with one letter missing.
    const visitor = await cast.open('');
    await ratified(visitor, number);
    await visitor.goto('/');
    await mainNav(visitor).getByRole('link', { name: 'Daftar SOP' }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: 'Daftar SOP' })).toBeVisible();
    await expect(visitor.getByRole('button', { name: 'Sahkan SOP' })).toHaveCount(0);
    await visitor.getByRole('searchbox', { name: 'Cari SOP' }).fill('sengketa informsi publik');
    const table = visitor.getByRole('table', { name: 'Daftar SOP yang disahkan' });
    const row = table.getByRole('row', { name: new RegExp(escape(number)) });
    await expect(row).toBeVisible();
    await expectNoA11yViolations(visitor);
    await row.getByRole('link', { name: title }).click();

    await expect(visitor).toHaveURL(new RegExp(`/daftar-sop/${sopId}$`));
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByRole('button', { name: 'Cabut SOP' })).toHaveCount(0);
    await expect(visitor.getByRole('button', { name: 'Mulai versi baru' })).toHaveCount(0);
    await expectNoA11yViolations(visitor);

    // The frozen PDF: the same bytes on every download.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manorta-registry-journey-'));
    const first = fs.readFileSync(await downloadPdf(visitor, dir, 'pertama.pdf'));
    const second = fs.readFileSync(await downloadPdf(visitor, dir, 'kedua.pdf'));
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(second.equals(first)).toBe(true);

    // Its printed number is the version in effect.
    await verifyNumber(visitor, number);
    await expect(visitor.getByText('SAH — versi berlaku')).toBeVisible();
    await expectNoA11yViolations(visitor);

    // A tampered copy is not.
    const tampered = Buffer.from(first);
    tampered[tampered.length - 40] ^= 0x01;
    const tamperedFile = path.join(dir, 'diubah.pdf');
    fs.writeFileSync(tamperedFile, tampered);
    const [chooser] = await Promise.all([visitor.waitForEvent('filechooser'), visitor.getByRole('button', { name: 'Berkas PDF' }).click()]);
    await chooser.setFiles(tamperedFile);
    await visitor.getByRole('button', { name: 'Periksa berkas' }).click();
    await expect(visitor.getByText('Tidak dikenal')).toBeVisible();
    await expect(visitor.getByText(/Berkas ini tidak sama dengan PDF resmi mana pun/)).toBeVisible();
    await expect(visitor.getByText('SAH — versi berlaku')).toHaveCount(0);
    await expectNoA11yViolations(visitor);
  } finally {
    await cast.close();
  }
});

test('(b) a new version started in the editor goes through a new request and supersedes the old one, whose frozen PDF never changes', async ({ browser }) => {
  test.setTimeout(240_000);
  const cast = castOf(browser);
  try {
    const title = `Pelayanan Permohonan Informasi ${SUFFIX}`;
    const sopId = await unitSop(cast, title);
    const firstRequest = await sopRequest(cast, `Penyusunan SOP Permohonan Informasi ${SUFFIX}`, sopId);
    await (await cast.api(DEMO.pemrakarsa)).act(firstRequest, 'submit');
    const oldNumber = await toStage6(cast, firstRequest);
    await (await cast.api(DEMO.kepalaBiro)).act(firstRequest, 'approve_output');
    const unit = await cast.open(DEMO.pemrakarsa);
    await ratified(unit, oldNumber);
    const registry = await unit.request.get(`/api/public/sops/${sopId}`);
    const oldEntry = (await registry.json()).current as { id: string; sha256: string; downloads: { pdf: string } };
    const pdfBefore = await (await unit.request.get(oldEntry.downloads.pdf)).body();

    // The effective SOP in the editor: read-only, with its number and the way to change it.
    await unit.goto(`/sop/${sopId}`);
    const banner = unit.getByTestId('sop-not-draft');
    await expect(banner).toContainText(`SOP ini sudah berlaku (nomor ${oldNumber}). Untuk mengubahnya, mulai versi baru.`);
    await expect(unit.getByTestId('save-status')).toHaveCount(0);
    await expectNoA11yViolations(unit);
    await banner.getByRole('button', { name: 'Mulai versi baru' }).click();

    // The new draft opens in the editor; a step is changed and saved.
    await expect(unit.getByTestId('sop-not-draft')).toHaveCount(0);
    await expect(unit.getByTestId('save-status')).toBeVisible();
    const changed = 'Mencatat permohonan informasi dalam register elektronik dan memberikan nomor agenda';
    const main = unit.getByRole('main');
    await main.getByRole('tab', { name: /^Langkah/ }).click();
    const step2 = main.getByRole('group', { name: 'Langkah 2', exact: true });
    await step2.getByLabel('Uraian Kegiatan').fill(changed);
    await step2.getByLabel('Uraian Kegiatan').blur();
    await expect(unit.getByTestId('save-status')).toHaveText(/Tersimpan · versi [4-9]/, { timeout: 15_000 });
    await expectNoA11yViolations(unit);

    // A ratified version never changes: its frozen PDF is byte for byte what it was.
    const pdfAfter = await (await unit.request.get(oldEntry.downloads.pdf)).body();
    expect(pdfAfter.equals(pdfBefore)).toBe(true);

    // One draft at a time: the registry page now opens that draft; the unit cannot revoke.
    await unit.goto(`/daftar-sop/${sopId}`);
    await expect(unit.getByText(/Draf versi baru SOP ini sedang disusun \(versi \d+\)\./)).toBeVisible();
    await expect(unit.getByRole('button', { name: 'Cabut SOP' })).toHaveCount(0);
    await expectNoA11yViolations(unit);
    await unit.getByRole('button', { name: 'Buka draf versi baru' }).click();
    await expect(unit).toHaveURL(new RegExp(`/sop/${sopId}$`));
    await expect(unit.getByTestId('save-status')).toBeVisible();

    // The draft is attached to a new SOP request through its SOP card and submitted.
    const secondRequest = await sopRequest(cast, `Revisi SOP Permohonan Informasi ${SUFFIX}`);
    await unit.goto(`/permohonan/${secondRequest}`);
    const card = unit.getByRole('region', { name: 'SOP yang dilampirkan' });
    await card.getByRole('combobox', { name: 'Pilih draf SOP unit' }).click();
    await unit.getByRole('option', { name: new RegExp(`^${escape(title)}`) }).click();
    await card.getByRole('button', { name: 'Lampirkan SOP' }).click();
    await expect(card.locator('[data-sop-card]')).toHaveAttribute('data-sop-card', sopId);
    await expect(card).toContainText('Tidak ada kesalahan.');
    await expectNoA11yViolations(unit);
    await takeAction(unit, 'Ajukan permohonan');
    await expect(unit.getByRole('main').locator('dl').first()).toContainText('Diajukan');
    const newNumber = await toStage6(cast, secondRequest);
    expect(newNumber).not.toBe(oldNumber);
    await completeAsBureauHead(cast, secondRequest);

    // The public registry: the new version in effect, the old one superseded.
    const visitor = await cast.open('');
    await ratified(visitor, newNumber);
    await visitor.goto(`/daftar-sop/${sopId}`);
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const versions = visitor.getByRole('table', { name: 'Versi SOP yang pernah disahkan' });
    await expect(versions.locator('tbody tr')).toHaveCount(2);
    await expect(versions.locator('tbody tr[data-status="effective"]')).toContainText(newNumber);
    await expect(versions.locator('tbody tr[data-status="effective"]')).toContainText('Berlaku');
    const oldRow = versions.locator('tbody tr[data-status="superseded"]');
    await expect(oldRow).toContainText(oldNumber);
    await expect(oldRow).toContainText('Digantikan');
    await expect(visitor.getByRole('listitem').filter({ hasText: changed })).toBeVisible();
    await expectNoA11yViolations(visitor);

    // The old printed number is no longer the version in effect.
    await verifyNumber(visitor, oldNumber);
    await expect(visitor.getByText(`TIDAK BERLAKU — digantikan oleh ${newNumber}`)).toBeVisible();
    await expectNoA11yViolations(visitor);
    expect((await (await visitor.request.get(oldEntry.downloads.pdf)).body()).equals(pdfBefore)).toBe(true);
  } finally {
    await cast.close();
  }
});

test('(c) the bureau ratifies an SOP from Daftar SOP, then revokes it with a reason the public sees', async ({ browser }) => {
  test.setTimeout(180_000);
  const cast = castOf(browser);
  try {
    const title = `Pengelolaan Barang Milik Negara ${SUFFIX}`;
    const sopId = await unitSop(cast, title);
    // A number already in use, to see the server's refusal in the user's language.
    const takenNumber = `${SUFFIX}/900/SOP/SETKOMPOLNAS/2026`;
    const other = await unitSop(cast, `Pengelolaan Persediaan ${SUFFIX}`);
    await (await cast.api(DEMO.kepalaBiro)).post('/api/registry', { sopId: other, version: 2, number: takenNumber, effectiveOn: '2026-03-02' }, 201);

    // The unit's users are not offered the bureau's actions.
    const unit = await cast.open(DEMO.pemrakarsa);
    await unit.goto('/daftar-sop');
    await expect(unit.getByRole('heading', { level: 1, name: 'Daftar SOP' })).toBeVisible();
    await expect(unit.getByRole('button', { name: 'Sahkan SOP' })).toHaveCount(0);

    const head = await cast.open(DEMO.kepalaBiro);
    await mainNav(head).getByRole('link', { name: 'Daftar SOP' }).click();
    await expect(head.getByRole('heading', { level: 1, name: 'Daftar SOP' })).toBeVisible();
    await expectNoA11yViolations(head);
    await head.getByRole('button', { name: 'Sahkan SOP' }).click();
    const dialog = head.getByRole('dialog', { name: 'Sahkan SOP' });
    await expect(dialog).toBeVisible();

    // Nothing chosen: each required field says so.
    await dialog.getByRole('button', { name: 'Sahkan', exact: true }).click();
    await expect(dialog.getByText('Pilih unit kerja.')).toBeVisible();
    await expect(dialog.getByText('Nomor SOP wajib diisi.')).toBeVisible();

    await dialog.getByRole('combobox', { name: /^Unit kerja/ }).click();
    await head.getByRole('option', { name: /\(SETKOMPOLNAS\)$/ }).click();
    await dialog.getByRole('combobox', { name: /^SOP/ }).click();
    await head.getByRole('option', { name: new RegExp(`^${escape(title)}`) }).click();
    await expect(dialog.getByRole('combobox', { name: /^Versi/ })).toHaveValue(/^Versi 2 /);
    await expect(dialog.getByTestId('ratify-check')).toHaveText('Versi ini tidak memiliki kesalahan dan dapat disahkan.');
    // The official comes from the version's identity.
    await expect(dialog.getByRole('textbox', { name: /^Nama/ })).toHaveValue('Dr. Bayu Wicaksono, S.H., M.H.');
    await expect(dialog.getByRole('textbox', { name: /^NIP/ })).toHaveValue('197205141998031002');

    const year = new Date().getFullYear();
    await dialog.getByRole('button', { name: /^Tanggal berlaku/ }).click();
    await head.getByRole('button', { name: 'Pilih bulan' }).click();
    await head.getByRole('button', { name: 'Jan', exact: true }).click();
    await head.getByRole('button', { name: `5 Januari ${year}`, exact: true }).click();
    await expect(dialog.getByRole('button', { name: /^Tanggal berlaku/ })).toContainText(`5 Januari ${year}`);

    // A number another ratified SOP carries: refused by the server, in Indonesian, beside the field.
    await dialog.getByRole('textbox', { name: /^Nomor SOP/ }).fill(takenNumber);
    await expectNoA11yViolations(head);
    await dialog.getByRole('button', { name: 'Sahkan', exact: true }).click();
    await expect(dialog.getByText('Nomor SOP ini sudah dipakai oleh SOP lain yang disahkan.').first()).toBeVisible();

    const number = `${SUFFIX}/901/SOP/SETKOMPOLNAS/${year}`;
    await dialog.getByRole('textbox', { name: /^Nomor SOP/ }).fill(number);
    await dialog.getByRole('button', { name: 'Sahkan', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(head).toHaveURL(new RegExp(`/daftar-sop/${sopId}$`));
    await expect(head.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(head.getByRole('main')).toContainText(number);
    await expectNoA11yViolations(head);

    // Revocation needs a reason and a confirmation.
    await head.getByRole('button', { name: 'Cabut SOP' }).click();
    const confirm = head.getByRole('dialog', { name: `Cabut SOP ${number}?` });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Cabut SOP' }).click();
    await expect(confirm.getByText('Alasan pencabutan wajib diisi.')).toBeVisible();
    await expectNoA11yViolations(head);
    const reason = 'Digabung ke dalam SOP Pengelolaan Persediaan.';
    await confirm.getByRole('textbox', { name: /^Alasan pencabutan/ }).fill(reason);
    await confirm.getByRole('button', { name: 'Cabut SOP' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(head.getByText('SOP ini tidak berlaku lagi.')).toBeVisible();
    await expect(head.getByRole('button', { name: 'Cabut SOP' })).toHaveCount(0);

    // The public page: Dicabut, with the reason.
    const visitor = await cast.open('');
    await visitor.goto(`/daftar-sop/${sopId}`);
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const versions = visitor.getByRole('table', { name: 'Versi SOP yang pernah disahkan' });
    await expect(versions.locator('tbody tr[data-status="revoked"]')).toContainText('Dicabut');
    await expect(versions.locator('tbody tr[data-status="revoked"]')).toContainText(`Alasan: ${reason}`);
    await expect(visitor.getByRole('alert').filter({ hasText: 'SOP ini tidak berlaku lagi.' })).toContainText(reason);
    await expectNoA11yViolations(visitor);
    await verifyNumber(visitor, number);
    await expect(visitor.getByText('TIDAK BERLAKU — dicabut')).toBeVisible();
  } finally {
    await cast.close();
  }
});
