import { expect, test, type Page } from '@playwright/test';
import { apiAs } from './support/api.ts';
import { expectNoA11yViolations } from './support/axe.ts';
import { signIn, signOut } from './support/session.ts';

/**
 * Issue 6, the rest: an administrator edits a factor level's points (and meets the server's refusal of points that do
 * not rise), a competency level description and the required-level table on /admin/data-induk-jabatan; the unit's
 * operator picks a bakat kerja from the list in an Anjab, sees the SKJ prefilled from the table and justifies a
 * different level, and submits an Evjab; the bureau validates it with its team and minutes; the unit then sees
 * "Divalidasi" and a read-only document. Axe on every page. The 2026 master data is put back at the end.
 */

const ADMIN = 'admin@demo.manorta.id';
const PEMRAKARSA = 'pemrakarsa@demo.manorta.id';
const VERIFIKATOR = 'verifikator@demo.manorta.id';
const POSITION = `Pengadministrasi Uji ${Date.now().toString(36)}`;

test.use({ actionTimeout: 15_000 });
test.setTimeout(240_000);

type Master = {
  version: number;
  factors: { struktural: Array<{ code: string; levels: Array<{ level: number; points: number }> }> };
  competencies: Array<{ code: string; levels: Array<{ level: number; description: string }> }>;
  requiredLevels: Array<{ jenjang: string; code: string; level: number }>;
};

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('main').getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('job master data editors, reference lists, SKJ prefill and Evjab validation', async ({ page }) => {
  await signIn(page, ADMIN);
  const admin = await apiAs(page);
  const original = await admin.get<Master & Record<string, unknown>>('/api/job-master?year=2026');
  const units = await admin.get<{ items: Array<{ id: string; code: string }> }>('/api/units?pageSize=500');
  const unitId = units.items.find((u) => u.code === 'SETKOMPOLNAS')!.id;
  await admin.post('/api/positions', { unitId, name: POSITION, kind: 'pelaksana' }, 201);

  try {
    await page.goto('/admin/data-induk-jabatan?year=2026');
    await expect(page.getByRole('heading', { level: 1, name: 'Data Induk Jabatan' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Tahun berlaku' }).click();
    await page.getByRole('option', { name: '2026', exact: true }).click();
    const main = page.getByRole('main');
    await expect(main.getByText('[U] belum terkonfirmasi').first()).toBeVisible();

    // A struktural factor level: points that do not rise are refused with the field's message, then a valid change saves.
    await main.getByRole('button', { name: /^Faktor 6: Kondisi Lain/ }).last().click();
    await main.getByLabel('Nilai tingkat 6-6', { exact: true }).fill('1200');
    await main.getByRole('button', { name: 'Ubah faktor Faktor jabatan struktural' }).click();
    await expect(main.getByRole('alert').filter({ hasText: 'Nilai tingkat ini harus lebih besar dari tingkat sebelumnya.' })).toBeVisible();
    await expectNoA11yViolations(page);
    await main.getByLabel('Nilai tingkat 6-6', { exact: true }).fill('1330');
    await main.getByRole('button', { name: 'Ubah faktor Faktor jabatan struktural' }).click();
    await expect(page.getByText('Data induk tersimpan.')).toBeVisible();
    await expect.poll(async () => (await admin.get<Master>('/api/job-master?year=2026')).factors.struktural.find((f) => f.code === '6')!.levels[5].points).toBe(1330);

    // A competency level description.
    await main.getByRole('button', { name: /^M\.08 Pengambilan Keputusan/ }).click();
    await main.getByLabel('M.08 level 5', { exact: true }).fill('Menghasilkan solusi strategis berdampak nasional (uji).');
    await main.getByRole('button', { name: 'Simpan kamus kompetensi' }).click();
    await expect.poll(async () => (await admin.get<Master>('/api/job-master?year=2026')).competencies.find((c) => c.code === 'M.08')!.levels[4].description)
      .toBe('Menghasilkan solusi strategis berdampak nasional (uji).');
    await main.getByRole('button', { name: /^M\.08 Pengambilan Keputusan/ }).click();
    await expect(main.getByLabel('M.08 level 5', { exact: true })).toHaveValue('Menghasilkan solusi strategis berdampak nasional (uji).');

    // The required-level table: M.01 at level 2 for pelaksana.
    await main.getByLabel('Level M.01 Integritas untuk Pelaksana', { exact: true }).selectOption('2');
    await main.getByRole('button', { name: 'Simpan tingkat kompetensi yang dipersyaratkan' }).click();
    await expect.poll(async () => (await admin.get<Master>('/api/job-master?year=2026')).requiredLevels).toEqual([expect.objectContaining({ jenjang: 'pelaksana', code: 'M.01', level: 2, unconfirmed: true })]);
    await expect(main.getByLabel('Level M.01 Integritas untuk Pelaksana', { exact: true })).toHaveValue('2');
    await main.getByRole('button', { name: /^Bakat kerja \(11\)/ }).click();
    await expect(main.getByLabel('Bakat kerja: Nama baris 1', { exact: true })).toHaveValue('Intelegensia');
    await expectNoA11yViolations(page);
    await signOut(page);

    // The unit: an Anjab with a bakat kerja picked from the list.
    await signIn(page, PEMRAKARSA);
    const api = await apiAs(page);
    await page.goto('/jabatan');
    await page.getByRole('button', { name: `Buat Anjab — ${POSITION}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Analisis Jabatan (Anjab): ${POSITION}` })).toBeVisible();
    await main.getByLabel('Bakat kerja', { exact: true }).click();
    await expect(page.getByRole('option', { name: /^G — Intelegensia/ })).toContainText('Kemampuan belajar secara umum.');
    await page.getByRole('option', { name: /^G — Intelegensia/ }).click();
    await page.keyboard.press('Escape');
    await expect(main.getByText('G — Intelegensia: Kemampuan belajar secara umum.')).toBeVisible();
    const anjabId = page.url().split('/').pop()!;
    await expect.poll(async () => (await api.get<{ content: { requirements: { aptitudes: string[] } } }>(`/api/job-documents/${anjabId}`)).content.requirements.aptitudes, { timeout: 20_000 }).toEqual(['G']);
    await expectNoA11yViolations(page);

    // The SKJ starts at the table's level; a different level is marked and justified.
    await main.getByRole('link', { name: 'Kembali ke daftar jabatan' }).click();
    await page.getByRole('button', { name: `Buat SKJ — ${POSITION}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Standar Kompetensi Jabatan (SKJ): ${POSITION}` })).toBeVisible();
    await expect(main.getByLabel('Jenjang jabatan', { exact: true })).toHaveValue('Pelaksana');
    await expect(main.getByLabel('Level M.01 Integritas', { exact: true })).toHaveValue('Level 2');
    await expect(main.getByText('Tabel: level 2')).toBeVisible();
    await choose(page, 'Level M.01 Integritas', 'Level 3');
    await expect(main.getByText('Berbeda dari tabel (level 2)')).toBeVisible();
    await main.getByLabel('Alasan level M.01 Integritas berbeda dari tabel', { exact: true }).fill('Mengelola arsip rahasia.');
    const skjId = page.url().split('/').pop()!;
    await expect.poll(async () => (await api.get<{ skj: { competencies: Array<{ code: string; level: number; required: number | null; justification: string }> } }>(`/api/job-documents/${skjId}`)).skj.competencies[0], { timeout: 20_000 })
      .toMatchObject({ code: 'M.01', level: 3, required: 2, justification: 'Mengelola arsip rahasia.' });
    await expectNoA11yViolations(page);

    // The Evjab, scored (through the API, the scoring is the other journey's), submitted for validation.
    await main.getByRole('link', { name: 'Kembali ke daftar jabatan' }).click();
    await page.getByRole('button', { name: `Buat Evjab — ${POSITION}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Evaluasi Jabatan (Evjab): ${POSITION}` })).toBeVisible();
    const evjabUrl = page.url();
    const evjabId = evjabUrl.split('/').pop()!;
    const evjab = await api.get<{ version: number; content: Record<string, unknown> }>(`/api/job-documents/${evjabId}`);
    await api.put(`/api/job-documents/${evjabId}/content`, {
      version: evjab.version,
      content: {
        ...evjab.content,
        choices: ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((code) => ({ code, level: 1, justification: `Alasan ${code}` })),
        validation: { team: [{ name: 'Dra. Sri Wahyuni', role: 'ketua', position: 'Kepala Bagian OTL' }], decisionNumber: '', decisionDate: null, minutes: '' },
      },
    });
    await page.reload();
    await expect(page.getByTestId('evjab-grade')).toHaveText('1');
    await expect(page.getByTestId('evjab-status')).toHaveText('Draf');
    await main.getByRole('button', { name: 'Ajukan untuk validasi' }).click();
    await expect(page.getByTestId('evjab-status')).toHaveText('Diajukan untuk validasi');
    await expect(main.getByText('Evjab ini sedang diajukan untuk validasi dan tidak dapat diubah sampai biro memutuskan.')).toBeVisible();
    await expectNoA11yViolations(page);
    await signOut(page);

    // The bureau validates with its team and the minutes.
    await signIn(page, VERIFIKATOR);
    await page.goto(evjabUrl);
    await expect(page.getByTestId('evjab-status')).toHaveText('Diajukan untuk validasi');
    const panel = page.getByRole('region', { name: 'Validasi Evjab' });
    await expect(panel.getByLabel('Nama 1', { exact: true })).toHaveValue('Dra. Sri Wahyuni');
    await panel.getByRole('button', { name: 'Tim validasi: Tambah baris' }).click();
    await panel.getByLabel('Nama 2', { exact: true }).fill('Budi Santoso');
    await panel.getByLabel('Jabatan 2', { exact: true }).fill('Analis SDM Aparatur');
    await panel.getByRole('button', { name: 'Simpan keputusan' }).click();
    await expect(panel.getByRole('alert').filter({ hasText: 'Isi tanggal validasi.' })).toContainText('Isi nomor berita acara validasi.');
    await panel.getByRole('button', { name: /^Tanggal validasi/ }).click();
    await page.getByRole('button', { name: /^15 \S+ \d{4}$/ }).first().click();
    await panel.getByLabel('Nomor berita acara', { exact: true }).fill('BA-07/OTL/2026');
    await expectNoA11yViolations(page);
    await panel.getByRole('button', { name: 'Simpan keputusan' }).click();
    await expect(page.getByTestId('evjab-status')).toHaveText('Divalidasi');
    await expect(main.getByText(/memvalidasi \(versi \d+\), berita acara BA-07\/OTL\/2026/)).toBeVisible();
    // The signed berita acara, scanned, goes with the validation.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), panel.getByRole('button', { name: 'Unggah berita acara bertanda tangan' }).click()]);
    await chooser.setFiles({ name: 'BA-07-OTL-2026.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 berita acara bertanda tangan') });
    await expect(panel.getByRole('link', { name: 'Unduh berita acara BA-07-OTL-2026.pdf' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Ganti berkas berita acara' })).toBeVisible();
    await signOut(page);

    // The unit sees it validated and read-only, with the way to a new version.
    await signIn(page, PEMRAKARSA);
    await page.goto(evjabUrl);
    await expect(page.getByTestId('evjab-status')).toHaveText('Divalidasi');
    await expect(main.getByText('Evjab ini sudah divalidasi dan hanya dapat dibaca. Buka versi baru untuk mengubahnya.')).toBeVisible();
    await expect(main.getByText(/berita acara BA-07\/OTL\/2026/).first()).toBeVisible();
    const minutes = page.waitForEvent('download');
    await main.getByRole('link', { name: 'Unduh berita acara BA-07-OTL-2026.pdf' }).click();
    expect((await minutes).suggestedFilename()).toBe('BA-07-OTL-2026.pdf');
    await expect(main.getByRole('button', { name: 'Unggah berita acara bertanda tangan' })).toHaveCount(0);
    await expect(main.getByLabel('Justifikasi faktor 1', { exact: true })).toHaveAttribute('readonly', '');
    await expect(main.getByRole('button', { name: 'Buka versi baru' })).toBeVisible();
    await expectNoA11yViolations(page);
    // The list of positions shows the status; the peta jabatan marks the class as validated.
    await main.getByRole('link', { name: 'Kembali ke daftar jabatan' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: POSITION }) });
    await expect(row).toContainText('Divalidasi');
    await expectNoA11yViolations(page);
    await main.getByRole('link', { name: 'Peta jabatan unit' }).click();
    await expect(page.getByRole('listitem', { name: new RegExp(`^${POSITION}, Kelas 1 \\(kelas divalidasi\\), kebutuhan`) })).toBeVisible();
    await expectNoA11yViolations(page);
  } finally {
    // Put 2026 back for the other journeys.
    await signOut(page).catch(() => undefined);
    await signIn(page, ADMIN);
    const restore = await apiAs(page);
    let m = await restore.get<Master>('/api/job-master?year=2026');
    m = await restore.put<Master>('/api/job-master/2026/factors/struktural', { version: m.version, factors: original.factors.struktural });
    m = await restore.put<Master>('/api/job-master/2026/competencies', { version: m.version, competencies: original.competencies });
    await restore.put<Master>('/api/job-master/2026/required-levels', { version: m.version, levels: original.requiredLevels });
  }
});
