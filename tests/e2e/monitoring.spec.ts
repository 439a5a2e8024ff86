import fs from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { mainNav, signIn } from './support/session.ts';

/**
 * The monitoring table, a row's public timeline and the bureau dashboard, on the demo requests
 * (src/server/db/seed/demo-requests.ts). Other journeys may add requests of this year to the same server, so the
 * checks count rows only in views that hold demo requests alone (the demo's earliest year, a unique title, a state).
 */

const COLUMNS = ['No. Urut', 'No. Dokumen', 'Revisi', 'Tgl. Revisi', 'Uraian', 'Kategori', 'Status', 'Tgl. Penyelesaian', 'Unit Kerja', 'Hari kerja terpakai'];
const REVISED_SOP = 'Penyusunan SOP Penanganan Pengaduan Masyarakat terhadap Kinerja Kepolisian';
const ANJAB_2025 = 'Penyusunan Analisis Jabatan Deputi Bidang Koordinasi Hukum dan Hak Asasi Manusia';
const OVERDUE_SKJ = 'Penyusunan Standar Kompetensi Jabatan Analis Hak Asasi Manusia';
const REJECTED = 'Penyusunan Petunjuk Pelaksanaan Koordinasi Pengamanan Kegiatan Masyarakat Berskala Nasional';
const EVJAB = 'Evaluasi Jabatan dan Penetapan Kelas Jabatan Sekretariat Komisi Kejaksaan';
/** The demo registers two requests two calendar years back, and nothing else in that year. */
const EARLIEST_YEAR = String(new Date().getFullYear() - 2);

const table = (page: Page) => page.getByRole('table', { name: 'Daftar Permohonan Fasilitasi' });
const rows = (page: Page) => table(page).locator('tbody tr');
const header = (page: Page, name: string) => table(page).getByRole('columnheader', { name, exact: true });
const titleLinks = (page: Page) => table(page).locator('tbody tr td:nth-child(5) a').filter({ hasNotText: 'Buka permohonan' });

/** Picks an option of a Mantine Select (its list opens in a portal). */
async function choose(page: Page, input: Locator, option: string) {
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

const sortedParams = (url: string) => [...new URL(url).searchParams].sort(([a], [b]) => a.localeCompare(b));

/** RFC 4180 lines and fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) out.push([...row, field]);
  return out;
}

test('the public searches, filters, sorts and pages the monitoring table, all kept in the URL, downloads it and opens a timeline', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: 'Buka Tabel Pemantauan' }).click();
  await expect(page).toHaveURL(/\/pemantauan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tabel Layanan Fasilitasi Ketatalaksanaan' })).toBeVisible();
  await expect(table(page).locator('thead th')).toHaveText(COLUMNS);
  await expect(rows(page).first()).toBeVisible();
  expect(await rows(page).count()).toBeGreaterThanOrEqual(12);
  // Newest registration first; the public opens timelines only, never the full request.
  await expect(header(page, 'No. Urut')).toHaveAttribute('aria-sort', 'descending');
  await expect(table(page).getByRole('link', { name: /^Buka permohonan/ })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // Paging: 10 rows a page, then the second page; a reload keeps it, back goes to the first page.
  await choose(page, page.getByRole('combobox', { name: 'Baris per halaman' }), '10');
  await expect(page).toHaveURL(/[?&]pageSize=10(&|$)/);
  await expect(rows(page)).toHaveCount(10);
  const lastOfFirst = Number(await rows(page).nth(9).locator('td').first().textContent());
  await page.getByRole('button', { name: 'Halaman berikutnya' }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(rows(page).first().locator('td').first()).toHaveText(String(lastOfFirst - 1));
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Baris per halaman' })).toHaveValue('10');
  await expect(rows(page).first().locator('td').first()).toHaveText(String(lastOfFirst - 1));
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]page=2/);
  await expect(rows(page).nth(9).locator('td').first()).toHaveText(String(lastOfFirst));

  // Search (debounced): the best match first, ordered by relevance.
  await page.getByRole('searchbox', { name: 'Cari permohonan' }).fill('kelas jabatan');
  await expect(page).toHaveURL(/[?&]q=kelas(\+|%20)jabatan/);
  await expect(titleLinks(page).first()).toHaveText(EVJAB);
  await expect(page.getByText('Hasil pencarian diurutkan menurut kecocokan.', { exact: false })).toBeVisible();
  await expect(header(page, 'No. Urut')).not.toHaveAttribute('aria-sort', /.+/);
  await page.getByRole('searchbox', { name: 'Cari permohonan' }).fill('');
  await expect(page).not.toHaveURL(/[?&]q=/);

  // Filters: a state, the overdue ones, the demo's earliest year.
  await choose(page, page.getByRole('combobox', { name: 'Status', exact: true }), 'Ditolak');
  await expect(page).toHaveURL(/[?&]state=ditolak(&|$)/);
  await expect(titleLinks(page).filter({ hasText: REJECTED })).toHaveCount(1);
  // Every row shown (once the filtered page has replaced the previous one) carries the state.
  await expect(rows(page).filter({ hasNot: page.getByText('Ditolak', { exact: true }) })).toHaveCount(0);
  await expect(rows(page).filter({ hasText: REJECTED })).toContainText('Berhenti pada Tahap 1: Pengajuan dan Perencanaan Fasilitasi');
  await page.getByRole('button', { name: 'Hapus filter' }).click();
  await expect(page).not.toHaveURL(/state=/);

  await page.getByRole('checkbox', { name: 'Hanya yang terlambat' }).check();
  await expect(page).toHaveURL(/[?&]overdue=true(&|$)/);
  await expect(titleLinks(page).filter({ hasText: OVERDUE_SKJ })).toHaveCount(1);
  await expect(rows(page).filter({ hasNot: page.getByText('Terlambat', { exact: true }) })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Hanya yang terlambat' }).uncheck();

  await choose(page, page.getByRole('combobox', { name: 'Tahun', exact: true }), EARLIEST_YEAR);
  await expect(page).toHaveURL(new RegExp(`[?&]year=${EARLIEST_YEAR}(&|$)`));
  await expect(titleLinks(page)).toHaveText([ANJAB_2025, REVISED_SOP]);

  // Sorting by Uraian: ascending, then descending; the header says so.
  await header(page, 'Uraian').getByRole('button').click();
  await expect(page).toHaveURL(/[?&]sort=title&dir=asc|[?&]dir=asc.*sort=title/);
  await expect(header(page, 'Uraian')).toHaveAttribute('aria-sort', 'ascending');
  await expect(titleLinks(page)).toHaveText([ANJAB_2025, REVISED_SOP]);
  await header(page, 'Uraian').getByRole('button').click();
  await expect(header(page, 'Uraian')).toHaveAttribute('aria-sort', 'descending');
  await expect(titleLinks(page)).toHaveText([REVISED_SOP, ANJAB_2025]);
  await expect(header(page, 'No. Urut')).not.toHaveAttribute('aria-sort', /.+/);

  // A reload (or a shared link) shows the same view.
  const view = page.url();
  await page.reload();
  expect(page.url()).toBe(view);
  await expect(page.getByRole('combobox', { name: 'Tahun', exact: true })).toHaveValue(EARLIEST_YEAR);
  await expect(header(page, 'Uraian')).toHaveAttribute('aria-sort', 'descending');
  await expect(titleLinks(page)).toHaveText([REVISED_SOP, ANJAB_2025]);
  const revised = rows(page).filter({ hasText: REVISED_SOP });
  await expect(revised.locator('td').nth(1)).toHaveText(new RegExp(`^001/SOP/SETKOMPOLNAS/[IVX]+/${EARLIEST_YEAR}$`));
  await expect(revised.locator('td').nth(2)).toHaveText('1');
  await expect(revised.getByText('Selesai', { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  // Downloads of the current view.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh XLSX' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^tabel-layanan-fasilitasi-\d{8}\.xlsx$/);
  expect(fs.statSync((await xlsx.path())!).size).toBeGreaterThan(0);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^tabel-layanan-fasilitasi-\d{8}\.csv$/);
  const lines = parseCsv(fs.readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, '')).filter((l) => l.some((f) => f !== ''));
  for (const column of ['No. Urut', 'No. Dokumen', 'Revisi', 'Tgl. Revisi', 'Uraian', 'Kategori', 'Status', 'Tgl. Penyelesaian', 'Unit Kerja']) {
    expect(lines[0]).toContain(column);
  }
  const uraian = lines[0].indexOf('Uraian');
  expect(lines.slice(1).map((l) => l[uraian])).toEqual([REVISED_SOP, ANJAB_2025]);

  // The row's public timeline: the moves in words, no reasons or names; back to the same view.
  await titleLinks(page).filter({ hasText: REVISED_SOP }).click();
  await expect(page).toHaveURL(/\/pemantauan\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: REVISED_SOP })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Linimasa' })).toBeVisible();
  const events = page.getByRole('list', { name: 'Linimasa' }).getByRole('listitem');
  await expect(events.first()).toContainText('Permohonan diajukan');
  await expect(events.last()).toContainText('Output disetujui; permohonan selesai');
  await expect(page.getByRole('list', { name: 'Linimasa' })).toContainText('Dikembalikan untuk revisi');
  await expect(page.getByRole('list', { name: 'Linimasa' })).toContainText('Menjadi: Perlu Revisi, Tahap 3: Analisis dan Identifikasi');
  await expect(page.getByText('Uraian kegiatan nomor 4', { exact: false })).toHaveCount(0);
  await expect(page.getByText('Andi Prasetyo', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Buka permohonan' })).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page.getByRole('link', { name: 'Kembali ke tabel' }).click();
  await expect(page).toHaveURL(/\/pemantauan\?/);
  expect(sortedParams(page.url())).toEqual(sortedParams(view));
  await expect(titleLinks(page)).toHaveText([REVISED_SOP, ANJAB_2025]);
});

test('a unit opens its own requests from the table and is not allowed on the bureau dashboard', async ({ page }) => {
  await signIn(page, 'pemrakarsa@demo.manorta.id');
  await mainNav(page).getByRole('link', { name: 'Tabel Pemantauan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tabel Layanan Fasilitasi Ketatalaksanaan' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari permohonan' }).fill('kelas jabatan');
  await expect(titleLinks(page).first()).toHaveText(EVJAB);
  // Another unit's request (Sekretariat Komisi Kejaksaan): the timeline only.
  await expect(rows(page).filter({ hasText: EVJAB }).getByRole('link', { name: /^Buka permohonan/ })).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Cari permohonan' }).fill('penanganan pengaduan');
  await expect(titleLinks(page).first()).toHaveText(REVISED_SOP);
  await expect(rows(page).first().getByRole('link', { name: `Buka permohonan ${REVISED_SOP}` })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.goto('/dasbor');
  await expect(page.getByRole('heading', { level: 1, name: 'Akses tidak diizinkan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Permohonan per tahap' })).toHaveCount(0);
  await expectNoA11yViolations(page);
});

test('the head of bureau sees the dashboard: figures, charts with their tables, another year', async ({ page }) => {
  await signIn(page, 'kepala.biro@demo.manorta.id');
  await mainNav(page).getByRole('link', { name: 'Dasbor Biro', exact: true }).click();
  await expect(page).toHaveURL(/\/dasbor$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dasbor Biro' })).toBeVisible();
  const charts = [
    'Permohonan per tahap',
    'Permohonan terlambat per tahap',
    'Permohonan per layanan',
    'Permohonan per unit kerja (15 terbanyak)',
    'Rata-rata hari kerja per tahap dibanding Standar Pelayanan',
    'Permohonan selesai per bulan',
  ];
  for (const name of charts) await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.locator('.recharts-wrapper').first()).toBeVisible();
  const figure = (name: string) => page.getByRole('group', { name, exact: true }).locator('p').last();
  await expect(figure('Permohonan diajukan')).toHaveText(/^\d+$/);
  await expect(figure('Terlambat')).toHaveText(/^[1-9]\d*$/);
  await expectNoA11yViolations(page);

  // Each chart's numbers as a table, whose rows open the monitoring table filtered.
  const byService = page.getByRole('region', { name: 'Permohonan per layanan' });
  await byService.getByText('Tampilkan angka dalam tabel').click();
  const serviceTable = byService.getByRole('table', { name: 'Permohonan per layanan' });
  await expect(serviceTable).toBeVisible();
  await expectNoA11yViolations(page);

  // The demo's earliest year: the two requests registered then, both completed.
  await choose(page, page.getByRole('combobox', { name: 'Tahun', exact: true }), EARLIEST_YEAR);
  await expect(page).toHaveURL(new RegExp(`/dasbor\\?year=${EARLIEST_YEAR}$`));
  await expect(figure('Permohonan diajukan')).toHaveText('2');
  await expect(figure(`Selesai pada ${EARLIEST_YEAR}`)).toHaveText(/^[12]$/);
  if (!(await serviceTable.isVisible())) await byService.getByText('Tampilkan angka dalam tabel').click();
  const anjab = serviceTable.getByRole('link', { name: /\(ANJAB\)$/ });
  await expect(anjab).toBeVisible();
  await anjab.click();
  await expect(page).toHaveURL(new RegExp(`/pemantauan\\?.*serviceCode=ANJAB`));
  await expect(page).toHaveURL(new RegExp(`[?&]year=${EARLIEST_YEAR}(&|$)`));
  await expect(titleLinks(page)).toHaveText([ANJAB_2025]);
});

test('on a phone the table scrolls sideways and the filters open on request', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/pemantauan?state=selesai');
  await expect(rows(page).first()).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Tampilkan filter (1 aktif)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveCount(0);
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Sembunyikan filter (1 aktif)' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('combobox', { name: 'Status', exact: true })).toHaveValue('Selesai');
  const scroller = page.locator('div[aria-label="Daftar Permohonan Fasilitasi"]');
  expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expectNoA11yViolations(page);
});
