import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { SopContent } from '../../src/domain/sop/model.ts';
import { largeSop, twelveStepSop } from '../../src/domain/sop/testing.ts';
import { apiAs } from './support/api.ts';
import { expectNoA11yViolations } from './support/axe.ts';
import { mainNav, signIn } from './support/session.ts';

/**
 * The documents around the SOP editor: a unit's operator finds an SOP on /sop, downloads it as PDF, Word and
 * spreadsheet through the "Unduh" menu (each file read back here), imports the downloaded spreadsheet as a new SOP,
 * and sees a broken spreadsheet refused with its problem named by sheet and cell.
 */

const PEMRAKARSA = 'pemrakarsa@demo.manorta.id';
const TITLE = `Laporan Kinerja Uji ${Date.now().toString(36)}`;

test.use({ actionTimeout: 15_000 });
test.setTimeout(180_000);

interface ApiSop {
  id: string;
  version: number;
  title: string;
  content: SopContent;
}

/** Opens the "Unduh" menu, chooses the item and answers the downloaded file's bytes. */
async function download(page: Page, item: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: /^Unduh SOP/ }).click();
  const pending = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: item, exact: true }).click();
  const file = await pending;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(path) };
}

async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    parts.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  return { pages: doc.numPages, text: parts.join(' ').replace(/\s+/g, ' ') };
}

/** Picks the downloaded file in the import dialog and submits it. */
async function importFile(page: Page, name: string, bytes: Buffer) {
  await page.getByRole('main').getByRole('button', { name: 'Impor dari templat' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor dari templat' });
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
  await dialog.getByRole('button', { name: 'Impor', exact: true }).click();
  return dialog;
}

test('downloads an SOP as PDF, Word and spreadsheet, and imports the spreadsheet back', async ({ page }) => {
  await signIn(page, PEMRAKARSA);
  const api = await apiAs(page);
  const session = await api.get<{ user: { unitId: string } }>('/api/auth/session');
  const unitId = session.user.unitId;
  const content = twelveStepSop(unitId);
  content.identity.title = TITLE;
  content.identity.related = [{ title: 'SOP Penyusunan Naskah Dinas' }];
  content.actors = content.actors.map(({ id, name }) => ({ id, name }));
  const created = await api.post<ApiSop>('/api/sops', { unitId, title: TITLE }, 201);
  const saved = await api.put<ApiSop>(`/api/sops/${created.id}/content`, { version: created.version, content });
  const steps = content.steps.map((s) => s.description);

  // The list, from the main menu: the unit's SOP with its version and checker badges; accessible.
  await mainNav(page).getByRole('link', { name: 'SOP', exact: true }).click();
  await expect(page).toHaveURL(/\/sop$/);
  await expect(page.getByRole('heading', { level: 1, name: 'SOP' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari SOP' }).or(page.getByRole('textbox', { name: 'Cari SOP' })).fill(TITLE);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: TITLE }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText(String(saved.version));
  await expect(page.getByRole('main').getByRole('link', { name: 'Unduh templat kosong' })).toHaveAttribute('href', '/api/sops/template.xlsx');
  await expectNoA11yViolations(page);

  // The SOP's page offers the downloads.
  await row.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`/sop/${created.id}$`));

  // The preview draws the pages lazily, labelled "Halaman n dari N"; a step's symbol selects the step.
  const preview = page.getByRole('region', { name: 'Pratinjau diagram alir' }).last();
  await expect(preview.getByRole('figure', { name: /^Halaman 1 dari \d+$/ })).toBeVisible();
  const pageLabels = await preview.getByRole('figure').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  const total = pageLabels.length;
  expect(total).toBeGreaterThanOrEqual(2);
  expect(pageLabels[total - 1]).toBe(`Halaman ${total} dari ${total}`);
  await preview.getByRole('figure', { name: `Halaman 2 dari ${total}` }).scrollIntoViewIfNeeded();
  const decision = preview.getByRole('button', { name: 'Langkah 4: Apakah konsep sudah lengkap?' });
  await decision.click();
  await expect(decision).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/^Total waktu jalur utama: \d+ hari/)).toBeVisible();

  // Versions: the two saved versions, newest first, and what changed between them.
  await page.getByRole('button', { name: 'Riwayat versi' }).click();
  const drawer = page.getByRole('dialog', { name: 'Riwayat versi' });
  const versionRows = drawer.getByRole('table', { name: 'Versi SOP, terbaru di atas' }).getByRole('row');
  await expect(versionRows).toHaveCount(3);
  await expect(versionRows.nth(1).getByRole('cell').first()).toContainText(String(saved.version));
  await expect(drawer.getByRole('link', { name: `Unduh PDF versi ${created.version}` })).toHaveAttribute('href', `/api/sops/${created.id}/export.pdf?version=${created.version}`);
  const diff = drawer.getByTestId('sop-diff');
  await expect(diff).toContainText(`Perubahan dari versi ${created.version} ke versi ${saved.version}`);
  await expect(diff.getByRole('listitem').filter({ hasText: 'Langkah 4: Apakah konsep sudah lengkap?' })).toContainText('Ditambahkan');
  await expect(diff.getByRole('listitem').filter({ hasText: 'Analis Kinerja' })).toContainText('Ditambahkan');
  await drawer.getByRole('button', { name: 'Tutup' }).click();

  const pdf = await download(page, 'PDF (A4)');
  expect(pdf.name).toMatch(/\.pdf$/);
  const read = await pdfText(pdf.bytes);
  expect(read.pages).toBeGreaterThanOrEqual(2);
  expect(read.text).toContain(TITLE);
  expect(read.text).toContain('Mengumpulkan data kinerja');

  const docx = await download(page, 'Word (.docx)');
  expect(docx.name).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(docx.bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  for (const text of ['Mengumpulkan data kinerja', 'Memaraf konsep', 'Laporan selesai']) expect(documentXml).toContain(text);
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && !zip.files[f].dir);
  expect(media).toHaveLength(steps.length);

  const xlsx = await download(page, 'Spreadsheet (.xlsx)');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const langkah = wb.getWorksheet('Langkah')!;
  const described: string[] = [];
  langkah.eachRow((r, n) => {
    if (n >= 2 && r.getCell('B').text.trim()) described.push(r.getCell('B').text.trim());
  });
  expect(described).toEqual(steps);
  expect(wb.getWorksheet('Diagram Alir')!.getImages().length).toBe(steps.length);

  // The downloaded spreadsheet, imported back on /sop, becomes a new SOP with the same twelve steps.
  await page.goto('/sop');
  await importFile(page, xlsx.name, xlsx.bytes);
  await expect(page).toHaveURL(/\/sop\/[0-9a-f-]{36}$/);
  const newId = page.url().split('/').pop()!;
  expect(newId).not.toBe(created.id);
  const imported = await api.get<ApiSop>(`/api/sops/${newId}`);
  expect(imported.content.steps.map((s) => s.description)).toEqual(steps);
  expect(imported.content.identity.title).toBe(TITLE);

  // A broken spreadsheet (step 2 names an actor the Pelaksana sheet does not have) is refused, nothing saved.
  const before = await api.get<{ total: number }>('/api/sops?pageSize=1');
  langkah.getCell('C3').value = 'Pelaksana Tak Dikenal';
  const broken = Buffer.from(await wb.xlsx.writeBuffer());
  await page.goto('/sop');
  const dialog = await importFile(page, 'rusak.xlsx', broken);
  const problems = dialog.getByRole('table', { name: 'Masalah pada berkas' });
  await expect(problems).toBeVisible();
  const problem = problems.getByRole('row').filter({ hasText: 'Pelaksana Tak Dikenal' });
  await expect(problem.getByRole('cell').nth(0)).toHaveText('Langkah');
  await expect(problem.getByRole('cell').nth(1)).toHaveText('C3');
  await expect(dialog).toContainText('Berkas tidak diimpor');
  await expect(page).toHaveURL(/\/sop$/);
  await expectNoA11yViolations(page);
  expect((await api.get<{ total: number }>('/api/sops?pageSize=1')).total).toBe(before.total);
});

/**
 * The preview on a 100-step SOP: only the pages in view are drawn, a keystroke is painted in the next frame, and the
 * preview catches up with the typed text soon after. Measured in the page (Chromium, this machine) and printed.
 */
test('the preview of a 100-step SOP draws only what is in view and follows the typing', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1000 });
  await signIn(page, PEMRAKARSA);
  const api = await apiAs(page);
  const session = await api.get<{ user: { unitId: string } }>('/api/auth/session');
  const content = largeSop(100);
  content.identity.unitId = session.user.unitId;
  const created = await api.post<ApiSop>('/api/sops', { unitId: session.user.unitId, title: 'SOP Seratus Langkah Pratinjau' }, 201);
  await api.put(`/api/sops/${created.id}/content`, { version: created.version, content });

  await page.goto(`/sop/${created.id}`);
  const preview = page.getByRole('region', { name: 'Pratinjau diagram alir' }).last();
  await expect(preview.getByRole('figure', { name: /^Halaman 1 dari \d+$/ })).toBeVisible();
  const total = await preview.getByRole('figure').count();
  expect(total).toBeGreaterThanOrEqual(9);
  await expect(preview.locator('.sop-preview-svg').first()).toBeVisible();
  const drawn = await preview.locator('.sop-preview-svg').count();
  expect(drawn).toBeLessThan(total);

  // Typing into step 50's description: first with the preview at its first pages (the editor's own cost), then
  // with the page holding step 50 drawn (what the preview adds: its layout and the repaint of that page).
  const scroller = page.getByTestId('steps-scroller');
  await scroller.evaluate((el) => (el.scrollTop = (el.scrollHeight / 100) * 49));
  const description = page.getByRole('group', { name: 'Langkah 50', exact: true }).getByLabel('Uraian Kegiatan');
  await description.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[] };
    w.__frames = [];
    document.addEventListener('keydown', () => {
      const t0 = performance.now();
      requestAnimationFrame(() => setTimeout(() => w.__frames.push(performance.now() - t0), 0));
    }, { capture: true });
  });
  const frames = async () => {
    await page.waitForTimeout(600);
    const xs = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.splice(0));
    const sorted = [...xs].sort((a, b) => a - b);
    return { median: Math.round(sorted[Math.floor(sorted.length / 2)]), max: Math.round(sorted[sorted.length - 1]), n: sorted.length };
  };
  await page.keyboard.type(' telah', { delay: 30 });
  const withoutPage = await frames();

  const stepInPreview = preview.locator('[data-step-id="s50"]').first();
  for (let i = 1; i <= total && (await stepInPreview.count()) === 0; i++) {
    await preview.getByRole('figure', { name: `Halaman ${i} dari ${total}` }).scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
  }
  await expect(stepInPreview).toBeAttached();
  await description.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' diperiksa', { delay: 30 });
  // From the last keystroke to the preview showing the whole typed text (the drawing wraps, so its last word).
  const catchUp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        const region = [...document.querySelectorAll('[data-testid="sop-preview"]')].pop()!;
        const check = () => ([...region.querySelectorAll('.sop-preview-svg text')].some((t) => t.textContent?.includes('diperiksa')) ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        check();
      }),
  );
  const withPage = await frames();
  const report = { pages: total, drawnPages: drawn, keystrokeToFrameMs: { previewAtTop: withoutPage, previewOnEditedPage: withPage }, previewCatchUpAfterLastKeyMs: Math.round(catchUp) };
  console.log('SOP preview speed (100 steps):', JSON.stringify(report));
  test.info().annotations.push({ type: 'speed', description: JSON.stringify(report) });
  // What drawing the edited page adds to a keystroke stays small; the preview catches up within a second or two.
  expect(withPage.median - withoutPage.median).toBeLessThan(100);
  expect(catchUp).toBeLessThan(2000);
});
