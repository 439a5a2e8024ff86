import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { accountApi, downloadFrom, FAILING_ROW, fillAndSubmit, ratifiedSop, WORKING_ROW } from './support/monev.ts';
import { signIn } from './support/session.ts';

/**
 * The monev reports: a round for SETKOMPOLNAS prepared through the API (two SOPs ratified besides the demo ones, Table 7
 * filled in with one SOP not working, submitted); the head of the bureau opens the round's report from the round page, reads Table 7,
 * downloads the workbook and the PDF, and looks at the SOP's report over time. Axe on each view.
 */

const SUFFIX = Date.now().toString(36).toUpperCase();
const ROUND_TITLE = `Laporan Monev uji ${SUFFIX}`;
const FAILING = `Pelayanan Pengaduan Laporan ${SUFFIX}`;
const WORKING = `Penerimaan Surat Laporan ${SUFFIX}`;

/** The half-year that holds today (WIB): the round's period; its deadline is the period's last day. */
function currentHalf() {
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const year = today.slice(0, 4);
  return Number(today.slice(5, 7)) <= 6 ? { periodStart: `${year}-01-01`, periodEnd: `${year}-06-30` } : { periodStart: `${year}-07-01`, periodEnd: `${year}-12-31` };
}

test('the bureau reads a round report, downloads it as Excel and PDF, and follows an SOP over time', async ({ browser }) => {
  test.setTimeout(180_000);
  const unit = await accountApi('pemrakarsa@demo.manorta.id');
  const headApi = await accountApi('kepala.biro@demo.manorta.id');
  const unitId = (await unit.get('/api/auth/session')).user.unitId as string;
  const failingSopId = await ratifiedSop(unit, headApi, FAILING, SUFFIX);
  await ratifiedSop(unit, headApi, WORKING, SUFFIX);
  const period = currentHalf();
  const round = await headApi.post('/api/monev/rounds', { title: ROUND_TITLE, ...period, deadline: period.periodEnd, unitIds: [unitId] });
  await fillAndSubmit(unit, round.id, unitId, (title) => (title === FAILING ? FAILING_ROW : WORKING_ROW));

  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, 'kepala.biro@demo.manorta.id');
  await page.goto(`/monev/${round.id}`);
  await expect(page.getByRole('heading', { level: 1, name: ROUND_TITLE })).toBeVisible();
  await page.getByRole('link', { name: 'Laporan putaran ini' }).click();
  await expect(page).toHaveURL(new RegExp(`/monev/laporan\\?jenis=putaran&id=${round.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Laporan Monev SOP' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: ROUND_TITLE })).toBeVisible();
  await expect(page.getByTestId('monev-report-totals')).toContainText('1 dari 1 unit sudah menyerahkan');
  await expect(page.getByTestId('monev-report-totals')).toContainText(/\d+ SOP: \d+ berjalan dengan baik, 1 tidak berjalan dengan baik, 0 belum dinilai/);

  const table7 = page.getByRole('table', { name: /^Monitoring Pelaksanaan SOP AP \(Tabel 7\): SETKOMPOLNAS/ });
  await expect(table7.getByRole('columnheader')).toHaveText(['No.', 'Prosedur', 'Penilaian Terhadap Penerapan', 'Catatan Hasil Penilaian', 'Tindakan yang Harus Diambil', 'Penilai dan metode']);
  const failingRow = table7.getByRole('row').filter({ hasText: FAILING });
  await expect(failingRow).toContainText('Tidak berjalan dengan baik');
  await expect(failingRow).toContainText('Sederhanakan alur disposisi pengaduan.');
  await expect(failingRow).toContainText('Bambang Suryanto, Sekretaris Kompolnas');
  await expect(table7.getByRole('row').filter({ hasText: WORKING })).toContainText('Berjalan dengan baik');
  const evaluation = page.getByRole('table', { name: /^Evaluasi Penerapan SOP AP: SETKOMPOLNAS/ });
  await expect(evaluation.getByRole('row').filter({ hasText: FAILING })).toContainText('71%');
  await expectNoA11yViolations(page);

  const xlsx = await downloadFrom(page, 'Unduh Excel');
  expect(xlsx.name).toBe(`Laporan Monev - ${ROUND_TITLE}.xlsx`);
  expect(xlsx.bytes.length).toBeGreaterThan(1000);
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  const pdf = await downloadFrom(page, 'Unduh PDF');
  expect(pdf.name).toBe(`Laporan Monev - ${ROUND_TITLE}.pdf`);
  expect(pdf.bytes.length).toBeGreaterThan(1000);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

  // The SOP over time: chosen from the list of assessed SOPs.
  await page.getByText('Per SOP', { exact: true }).click();
  await expect(page).toHaveURL(/jenis=sop$/);
  await page.getByRole('combobox', { name: 'SOP', exact: true }).click();
  await page.getByRole('option', { name: new RegExp(`^${FAILING}`) }).click();
  await expect(page).toHaveURL(new RegExp(`jenis=sop&id=${failingSopId}$`));
  await expect(page.getByRole('heading', { level: 2, name: FAILING })).toBeVisible();
  const entries = page.getByRole('table', { name: `Penilaian per putaran: ${FAILING}` });
  await expect(entries.getByRole('row').filter({ hasText: ROUND_TITLE })).toContainText('Tidak berjalan dengan baik');
  await expectNoA11yViolations(page);
  const sopXlsx = await downloadFrom(page, 'Unduh Excel');
  expect(sopXlsx.name).toBe(`Laporan Monev SOP - ${FAILING}.xlsx`);
  expect(sopXlsx.bytes.length).toBeGreaterThan(1000);

  // The unit across rounds, from the unit's own account: only its own unit is offered.
  const unitPage = await (await browser.newContext()).newPage();
  await signIn(unitPage, 'pemrakarsa@demo.manorta.id');
  await unitPage.goto(`/monev/laporan?jenis=unit&id=${unitId}`);
  await expect(unitPage.getByRole('heading', { level: 2, name: /^SETKOMPOLNAS/ })).toBeVisible();
  await expect(unitPage.getByRole('table', { name: /^Hasil per putaran: SETKOMPOLNAS/ }).getByRole('row').filter({ hasText: ROUND_TITLE })).toContainText(/\d+%/);
  await expectNoA11yViolations(unitPage);
  // The SOP's registry page leads its unit to the SOP's report; the public sees no such link.
  await unitPage.goto(`/daftar-sop/${failingSopId}`);
  await unitPage.getByRole('link', { name: 'Laporan monev SOP ini' }).click();
  await expect(unitPage).toHaveURL(new RegExp(`/monev/laporan\\?jenis=sop&id=${failingSopId}$`));
  await expect(unitPage.getByRole('heading', { level: 2, name: FAILING })).toBeVisible();
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/daftar-sop/${failingSopId}`);
  await expect(visitor.getByRole('heading', { level: 1, name: FAILING })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Laporan monev SOP ini' })).toHaveCount(0);
});
