import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { signIn } from './support/session.ts';

/**
 * A unit's operator writes an SOP in the editor: identity, two actors, a 12-step flow with two decisions and a
 * loop-back, the live preview and checker, autosave, moving and deleting steps, and a save conflict.
 */

const PEMRAKARSA = 'pemrakarsa@demo.manorta.id';

test.use({ actionTimeout: 15_000 });

interface ApiSop {
  id: string;
  version: number;
  title: string;
  content: {
    identity: { title: string };
    steps: { id: string; description: string; symbol: string; yes?: string | null; no?: string | null; next?: string | null }[];
    actors: { id: string; name: string }[];
  };
}

async function apiCall<T>(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: unknown): Promise<{ status: number; body: T }> {
  const session = await (await page.request.get('/api/auth/session')).json();
  const response = await page.request.fetch(path, {
    method,
    headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    data: data === undefined ? undefined : JSON.stringify(data),
  });
  return { status: response.status(), body: (await response.json()) as T };
}

/** Creates the SOP from the list page when it offers a button for it, otherwise through the API; returns its id. */
async function createSop(page: Page, title: string): Promise<string> {
  await page.goto('/sop');
  const create = page.getByRole('main').getByRole('button', { name: /^(Buat|Tambah) SOP/ });
  if (await create.first().isVisible().catch(() => false)) {
    await create.first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Nama SOP|Judul/ }).fill(title);
    await dialog.getByRole('button', { name: /^(Buat|Simpan)/ }).click();
    await expect(page).toHaveURL(/\/sop\/[0-9a-f-]{36}$/);
    return page.url().split('/').pop()!;
  }
  const session = await (await page.request.get('/api/auth/session')).json();
  const created = await apiCall<ApiSop>(page, 'POST', '/api/sops', { unitId: session.user.unitId, title });
  expect(created.status).toBe(201);
  await page.goto(`/sop/${created.body.id}`);
  return created.body.id;
}

const stepRow = (page: Page, n: number) => page.getByRole('group', { name: `Langkah ${n}`, exact: true });

/** Brings step n into the virtualised list (only the rows in view exist) and returns its row. */
async function showStep(page: Page, n: number): Promise<Locator> {
  const row = stepRow(page, n);
  const scroller = page.getByTestId('steps-scroller');
  for (let attempt = 0; attempt < 10 && (await row.count()) === 0; attempt++) {
    await scroller.evaluate((el, n) => {
      el.scrollTop = (el.scrollHeight / Number(el.dataset.count)) * (n - 1);
    }, n);
    await page.waitForTimeout(100);
  }
  await row.scrollIntoViewIfNeeded();
  return row;
}

async function pick(page: Page, field: Locator, option: string | RegExp) {
  await field.click();
  await page.getByRole('option', { name: option }).first().click();
}

async function savedVersion(page: Page): Promise<number> {
  const status = page.getByTestId('save-status');
  await expect(status).toHaveText(/Tersimpan · versi \d+/, { timeout: 15_000 });
  return Number(/versi (\d+)/.exec((await status.textContent()) ?? '')![1]);
}

interface StepSpec {
  description: string;
  actor?: string;
  symbol?: 'Mulai/Selesai' | 'Keputusan';
  minutes?: number;
}

const STEPS: StepSpec[] = [
  { description: 'Menerima berkas permohonan', symbol: 'Mulai/Selesai' },
  { description: 'Memeriksa kelengkapan berkas', minutes: 30 },
  { description: 'Apakah berkas lengkap?', symbol: 'Keputusan', actor: 'Kepala Subbagian Tata Usaha', minutes: 10 },
  { description: 'Mencatat berkas dalam agenda', actor: 'Analis Kebijakan', minutes: 15 },
  { description: 'Menyusun konsep jawaban', minutes: 60 },
  { description: 'Apakah konsep disetujui?', symbol: 'Keputusan', actor: 'Kepala Subbagian Tata Usaha', minutes: 20 },
  { description: 'Menandatangani jawaban', minutes: 10 },
  { description: 'Memberi nomor surat', actor: 'Analis Kebijakan', minutes: 5 },
  { description: 'Memindai surat jawaban', minutes: 5 },
  { description: 'Mengirim jawaban kepada pemohon', minutes: 15 },
  { description: 'Mengarsipkan berkas', minutes: 10 },
  { description: 'Permohonan selesai dijawab', symbol: 'Mulai/Selesai' },
];

test('a unit writes a 12-step SOP in the editor, with preview, checker, autosave, moves, deletion and a conflict', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await signIn(page, PEMRAKARSA);
  const id = await createSop(page, 'Penanganan Surat Permohonan');
  await expect(page.getByRole('heading', { level: 1, name: 'Penyusunan SOP' })).toBeVisible();
  const main = page.getByRole('main');

  // Identity
  await main.getByRole('tab', { name: 'Identitas' }).click();
  await main.getByLabel('Nomor SOP').fill('012/SOP/SETKOMPOLNAS/XI/2026');
  await main.getByRole('textbox', { name: 'Nama SOP' }).fill('Penanganan Surat Permohonan');
  await main.getByRole('textbox', { name: 'Jabatan', exact: true }).fill('Sekretaris Kompolnas');
  await main.getByRole('textbox', { name: 'Nama', exact: true }).fill('Dr. Budi Santoso, M.Si.');
  await main.getByRole('textbox', { name: 'NIP' }).fill('197501012000031001');
  await main.getByRole('button', { name: 'Tambah: Dasar Hukum' }).click();
  await main.getByRole('textbox', { name: 'Dasar Hukum nomor 1' }).fill('Peraturan Menteri PANRB Nomor 35 Tahun 2012');

  // Two actors, typed
  await main.getByRole('tab', { name: /^Pelaksana/ }).click();
  for (const name of ['Analis Kebijakan', 'Kepala Subbagian Tata Usaha']) {
    await main.getByRole('combobox', { name: 'Pelaksana baru' }).fill(name);
    await main.getByRole('button', { name: 'Tambah pelaksana' }).click();
  }
  await expect(main.getByRole('textbox', { name: 'Nama pelaksana 2' })).toHaveValue('Kepala Subbagian Tata Usaha');

  // Twelve steps
  await main.getByRole('tab', { name: /^Langkah/ }).click();
  await main.getByRole('button', { name: 'Tambah langkah pertama' }).click();
  for (const [i, spec] of STEPS.entries()) {
    const n = i + 1;
    if (n > 1) await main.getByRole('button', { name: 'Tambah langkah di akhir' }).click();
    const row = stepRow(page, n);
    await expect(row).toBeVisible();
    await row.getByLabel('Uraian Kegiatan').fill(spec.description);
    if (spec.actor) {
      // Replace the actor copied from the step above.
      await row.getByLabel('Pelaksana', { exact: true }).click({ force: true });
      const current = page.getByRole('option', { selected: true });
      if (await current.count()) await current.first().click();
      await page.getByRole('option', { name: spec.actor }).click();
      await page.keyboard.press('Escape');
    }
    if (n > 1 && spec.symbol) await pick(page, row.getByLabel('Simbol', { exact: true }), spec.symbol);
    if (spec.minutes) await row.getByRole('textbox', { name: 'Waktu', exact: true }).fill(String(spec.minutes));
  }
  // The last step ends the flow.
  await pick(page, (await showStep(page, 12)).getByLabel('Lanjut ke', { exact: true }), 'Selesai (alur berakhir)');

  // Decisions: step 3 gets only its "Ya" first, and the checker reports the missing "Tidak".
  await pick(page, (await showStep(page, 3)).getByLabel('Jika Ya, lanjut ke', { exact: true }), '4. Mencatat berkas dalam agenda');
  await pick(page, (await showStep(page, 6)).getByLabel('Jika Ya, lanjut ke', { exact: true }), '7. Menandatangani jawaban');
  await pick(page, (await showStep(page, 6)).getByLabel('Jika Tidak, lanjut ke', { exact: true }), '5. Menyusun konsep jawaban');
  await expect(main.getByText('1 kesalahan perlu diperbaiki', { exact: true })).toBeVisible();
  await expect(page.locator('#sop-f-steps-2-no')).toBeAttached();

  // The problems panel leads to the field at fault.
  await main.getByRole('tab', { name: 'Identitas' }).click();
  await main.getByRole('button', { name: /^Tuju ke: .*Tidak/ }).click();
  await expect(main.getByRole('tab', { name: /^Langkah/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#sop-f-steps-2-no')).toBeFocused();
  await page.keyboard.press('Escape');
  // The loop-back: "Tidak" returns to the check of step 2.
  await pick(page, (await showStep(page, 3)).getByLabel('Jika Tidak, lanjut ke', { exact: true }), '2. Memeriksa kelengkapan berkas');
  await expect(main.getByText('Tidak ada kesalahan', { exact: true })).toBeVisible();
  await expect(main.getByText('Waktu jalur utama: 3 jam', { exact: true })).toBeVisible();

  // The preview draws the flow.
  const preview = page.getByTestId('sop-preview-region');
  await expect(preview.locator('svg').first()).toBeVisible();

  // Autosave, then a reload keeps everything.
  const saved = await savedVersion(page);
  await page.reload();
  await expect((await showStep(page, 1)).getByLabel('Uraian Kegiatan')).toHaveValue('Menerima berkas permohonan');
  await expect(page.getByTestId('save-status')).toHaveText(`Tersimpan · versi ${saved}`);
  await expect(main.getByText('Tidak ada kesalahan', { exact: true })).toBeVisible();
  const fromServer = await apiCall<ApiSop>(page, 'GET', `/api/sops/${id}`);
  expect(fromServer.body.content.steps.map((s) => s.description)).toEqual(STEPS.map((s) => s.description));
  expect(fromServer.body.content.identity.title).toBe('Penanganan Surat Permohonan');
  expect(fromServer.body.content.actors.map((a) => a.name)).toEqual(['Analis Kebijakan', 'Kepala Subbagian Tata Usaha']);
  const s3 = fromServer.body.content.steps[2];
  expect(s3).toMatchObject({ symbol: 'decision', yes: fromServer.body.content.steps[3].id, no: fromServer.body.content.steps[1].id });

  await expect(preview.locator('svg').first()).toBeVisible();
  await expect(preview).toHaveScreenshot('sop-editor-preview.png', { maxDiffPixelRatio: 0.02 });
  await expectNoA11yViolations(page);

  // Move step 4 down with Alt+ArrowDown: it becomes step 5, the flow stays as it was.
  await (await showStep(page, 4)).getByLabel('Uraian Kegiatan').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(stepRow(page, 5).getByLabel('Uraian Kegiatan')).toHaveValue('Mencatat berkas dalam agenda');
  await expect(stepRow(page, 4).getByLabel('Uraian Kegiatan')).toHaveValue('Menyusun konsep jawaban');
  await expect(main.getByRole('status').filter({ hasText: 'Langkah 4 dipindah ke nomor 5 dari 12' })).toBeAttached();
  await expect(main.getByText('Tidak ada kesalahan', { exact: true })).toBeVisible();

  // And back up by dragging its handle above step 4.
  const handle = stepRow(page, 5).getByRole('button', { name: 'Pegangan seret langkah 5' });
  const target = stepRow(page, 4);
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, to.y + 10, { steps: 10 });
  await page.mouse.up();
  await expect(stepRow(page, 4).getByLabel('Uraian Kegiatan')).toHaveValue('Mencatat berkas dalam agenda');
  await expect(main.getByText('Tidak ada kesalahan', { exact: true })).toBeVisible();

  // Delete step 2, which step 3's "Tidak" points to: the editor asks, the user relinks to step 1.
  await (await showStep(page, 2)).getByRole('button', { name: 'Hapus langkah 2' }).click();
  const dialog = page.getByRole('dialog', { name: /^Hapus langkah 2\./ });
  await expect(dialog.getByText('3. Apakah berkas lengkap? (Jika Tidak, lanjut ke)')).toBeVisible();
  // Step 1 has no link of its own: it flows on to the next step and is not asked about.
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await expect(dialog.getByLabel('Langkah tujuan', { exact: true })).toHaveValue('3. Apakah berkas lengkap?');
  await pick(page, dialog.getByLabel('Langkah tujuan', { exact: true }), '1. Menerima berkas permohonan');
  await dialog.getByRole('button', { name: 'Hapus langkah' }).click();
  await expect(stepRow(page, 2).getByLabel('Uraian Kegiatan')).toHaveValue('Apakah berkas lengkap?');
  await expect(stepRow(page, 2).getByLabel('Jika Tidak, lanjut ke', { exact: true })).toHaveValue('1. Menerima berkas permohonan');
  await expect(main.getByRole('tab', { name: 'Langkah (11)' })).toBeVisible();
  const afterDelete = await savedVersion(page);
  expect(afterDelete).toBeGreaterThan(saved);

  // A conflict: the same SOP saved elsewhere (the API, same user) while this page edits it.
  const latest = (await apiCall<ApiSop>(page, 'GET', `/api/sops/${id}`)).body;
  const elsewhere = await apiCall<ApiSop>(page, 'PUT', `/api/sops/${id}/content`, {
    version: latest.version,
    content: { ...latest.content, identity: { ...latest.content.identity, warnings: 'Diubah di tempat lain' } },
  });
  expect(elsewhere.status).toBe(200);
  await stepRow(page, 1).getByLabel('Uraian Kegiatan').fill('Menerima berkas permohonan lengkap');
  const conflict = page.getByRole('dialog', { name: 'SOP ini baru saja disimpan orang lain' });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText(`Siti Rahmawati, S.H. menyimpan versi ${elsewhere.body.version}`);
  await expect(page.getByTestId('save-status')).toHaveText('Belum tersimpan — ada versi yang lebih baru');
  await conflict.getByRole('button', { name: 'Simpan sebagai versi baru di atas versi terbaru' }).click();
  await expect(conflict).toBeHidden();
  const mine = await savedVersion(page);
  expect(mine).toBe(elsewhere.body.version + 1);
  const resaved = (await apiCall<ApiSop>(page, 'GET', `/api/sops/${id}`)).body;
  expect(resaved.content.steps[0].description).toBe('Menerima berkas permohonan lengkap');

  // A second conflict, resolved by loading the latest version: the other edit wins, mine is dropped.
  const other = await apiCall<ApiSop>(page, 'PUT', `/api/sops/${id}/content`, {
    version: resaved.version,
    content: { ...resaved.content, steps: resaved.content.steps.map((s, i) => (i === 0 ? { ...s, description: 'Versi dari tempat lain' } : s)) },
  });
  expect(other.status).toBe(200);
  await stepRow(page, 1).getByLabel('Uraian Kegiatan').fill('Perubahan yang akan dibuang');
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await conflict.getByRole('button', { name: 'Muat versi terbaru (buang perubahan saya)' }).click();
  await expect(conflict).toBeHidden();
  await expect(stepRow(page, 1).getByLabel('Uraian Kegiatan')).toHaveValue('Versi dari tempat lain');
  await expect(page.getByTestId('save-status')).toHaveText(`Tersimpan · versi ${other.body.version}`);
});

test('a verifier sees an SOP read-only: the data and the preview, no inputs to change them', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, PEMRAKARSA);
  const session = await (await page.request.get('/api/auth/session')).json();
  const created = await apiCall<ApiSop>(page, 'POST', '/api/sops', { unitId: session.user.unitId, title: 'SOP Hanya Baca' });
  expect(created.status).toBe(201);

  const context = await browser.newContext();
  const verifier = await context.newPage();
  await signIn(verifier, 'verifikator@demo.manorta.id');
  await verifier.goto(`/sop/${created.body.id}`);
  await expect(verifier.getByRole('heading', { level: 1, name: 'Penyusunan SOP' })).toBeVisible();
  await expect(verifier.getByText('Hanya baca · versi 1')).toBeVisible();
  await expect(verifier.getByRole('button', { name: 'Impor versi baru' })).toHaveCount(0);
  await expect(verifier.getByRole('button', { name: 'Tambah langkah pertama' })).toHaveCount(0);
  await verifier.getByRole('tab', { name: /^Pelaksana/ }).click();
  await expect(verifier.getByRole('button', { name: 'Tambah pelaksana' })).toHaveCount(0);
  await context.close();
});
