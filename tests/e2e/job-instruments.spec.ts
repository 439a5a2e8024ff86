import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { takeAction } from './support/actions.ts';
import { apiAs } from './support/api.ts';
import { expectNoA11yViolations } from './support/axe.ts';
import { mainNav, signIn, signOut } from './support/session.ts';

/**
 * The job instruments: an administrator opens the master data; a unit's operator writes an Anjab with three tasks in
 * mixed periods and sees the ABK computed, scores the position's Evjab factors and sees its class, produces its SKJ,
 * downloads the exports (each read back here), and opens the unit's ABK summary and peta jabatan. Last, facilitation
 * requests of the Anjab, Evjab and SKJ services carry the three documents: the Anjab through the request page's card
 * (refused before, submitted after), the review page of the submitted version; the other two through the API. Axe on each page.
 */

const ADMIN = 'admin@demo.manorta.id';
const PEMRAKARSA = 'pemrakarsa@demo.manorta.id';
const POSITION = `Analis Jabatan Uji ${Date.now().toString(36)}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

type ServiceShape = {
  formFields: Array<{ key: string; type: string; required: boolean; options?: string[] }>;
  requiredAttachments: Array<{ key: string; required: boolean; types: string[] }>;
};

/** A draft request of a service, its required fields and attachments filled in through the API. */
async function draftRequest(api: Awaited<ReturnType<typeof apiAs>>, serviceCode: string, title: string): Promise<string> {
  const service = await api.get<ServiceShape>(`/api/services/${serviceCode}`);
  const formValues = Object.fromEntries(service.formFields.filter((f) => f.required).map((f) => [f.key,
    f.type === 'number' ? 1 : f.type === 'select' ? f.options![0] : f.type === 'date' ? '2026-11-02' : 'Uji dokumen jabatan']));
  const request = await api.post<{ id: string }>('/api/requests', {
    serviceCode, title, contactName: 'Siti Rahmawati, S.H.', contactPhone: '0812-3456-7890', contactEmail: PEMRAKARSA, formValues,
  }, 201);
  for (const a of service.requiredAttachments.filter((x) => x.required)) await api.upload(`/api/requests/${request.id}/documents/${a.key}`, `${a.key}.pdf`, 'application/pdf', PDF);
  return request.id;
}

test.use({ actionTimeout: 15_000 });
test.setTimeout(240_000);

async function download(page: Page, name: string): Promise<{ name: string; bytes: Buffer }> {
  const pending = page.waitForEvent('download');
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) parts.push((await (await doc.getPage(n)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' '));
  return parts.join(' ').replace(/\s+/g, ' ');
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('main').getByLabel(label, { exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function fillTask(page: Page, n: number, task: { description: string; unit: string; volume: string; period: string; minutes: string }) {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Tambah tugas' }).click();
  await main.getByLabel(`Uraian tugas ${n}`, { exact: true }).fill(task.description);
  await main.getByLabel(`Satuan hasil (${n})`, { exact: true }).fill(task.unit);
  await main.getByLabel(`Jumlah hasil (${n})`, { exact: true }).fill(task.volume);
  if (task.period !== 'Tahun') await choose(page, `per (${n})`, task.period);
  await main.getByLabel(`Waktu penyelesaian (menit per hasil) (${n})`, { exact: true }).fill(task.minutes);
}

test('job instruments: Anjab with ABK, Evjab, SKJ, exports, unit ABK and peta jabatan, master data, attached to facilitation requests', async ({ page }) => {
  // The administrator: a fresh position in the operator's unit, and the master data page.
  await signIn(page, ADMIN);
  const admin = await apiAs(page);
  const units = await admin.get<{ items: Array<{ id: string; code: string }> }>('/api/units?pageSize=500');
  const unitId = units.items.find((u) => u.code === 'SETKOMPOLNAS')!.id;
  await admin.post('/api/positions', { unitId, name: POSITION, kind: 'fungsional' }, 201);
  await expect(mainNav(page).getByRole('link', { name: 'Data Induk Jabatan' })).toHaveAttribute('href', '/admin/data-induk-jabatan');
  await page.goto('/admin/data-induk-jabatan');
  await expect(page.getByRole('heading', { level: 1, name: 'Data Induk Jabatan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Waktu kerja efektif (menit)' })).toBeVisible();
  await expect(page.getByLabel('Tahun', { exact: true })).toHaveValue('75.000');
  await expect(page.getByText('Belum terkonfirmasi').first()).toBeVisible();
  await expectNoA11yViolations(page);
  // Copying the year makes the next year's set (the documents keep computing with their own year).
  await page.getByRole('button', { name: 'Salin ke tahun 2027' }).click();
  await expect(page.getByText('Data induk disalin ke tahun 2027.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Tahun berlaku' })).toHaveValue('2027');
  // An edit of the new year's EJ bands (the 2026 documents below keep 2026's).
  await page.getByLabel('Sebutan 1', { exact: true }).fill('Sangat Baik Sekali');
  await page.getByRole('region', { name: 'Pita efektivitas jabatan (EJ)' }).getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('A — Sangat Baik Sekali: EJ > 1')).toBeVisible();
  await expectNoA11yViolations(page);
  await signOut(page);

  // The unit's operator: the positions of the unit.
  await signIn(page, PEMRAKARSA);
  await mainNav(page).locator('a[href="/jabatan"]').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anjab & Evjab' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: POSITION })).toBeVisible();
  await expectNoA11yViolations(page);

  // Anjab: three tasks in mixed periods; the ABK computed live.
  await page.getByRole('button', { name: `Buat Anjab — ${POSITION}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Analisis Jabatan (Anjab): ${POSITION}` })).toBeVisible();
  const main = page.getByRole('main');
  await main.getByLabel('2. Ikhtisar Jabatan').fill('Melakukan analisis jabatan dan beban kerja unit.');
  await fillTask(page, 1, { description: 'Menelaah surat masuk', unit: 'Dokumen', volume: '4', period: 'Hari', minutes: '30' });
  await fillTask(page, 2, { description: 'Menyusun laporan bulanan', unit: 'Laporan', volume: '10', period: 'Bulan', minutes: '120' });
  await fillTask(page, 3, { description: 'Menyusun rencana kerja', unit: 'Dokumen', volume: '12', period: 'Tahun', minutes: '600' });
  await main.getByLabel('Jumlah pegawai yang ada (pemangku jabatan saat ini)').fill('2');
  // 250 × 4 × 30 + 12 × 10 × 120 + 12 × 600 = 51.600 minutes; ÷ 75.000 = 0,688 → 1; EJ = 51.600 ÷ 150.000 = 0,344 (E).
  await expect(page.getByTestId('abk-workload')).toHaveText('51.600,00 menit/tahun');
  await expect(page.getByTestId('abk-need-exact')).toHaveText('0,6880');
  await expect(page.getByTestId('abk-need')).toHaveText('1');
  await expect(main.getByText('Kebutuhan pegawai (dibulatkan: ke bilangan terdekat, 0,5 ke atas)')).toBeVisible();
  await expect(page.getByTestId('abk-difference')).toHaveText('+1');
  await expect(page.getByTestId('abk-ej')).toHaveText('0,3440');
  await expect(page.getByTestId('abk-pj')).toHaveText('E — Kurang');
  await expect(page.getByTestId('abk-server')).toHaveText('Angka tersimpan di server: kebutuhan 1, EJ 0,3440.', { timeout: 20_000 });
  await expect(page.getByTestId('save-status')).toHaveText(/^Tersimpan/);
  await expectNoA11yViolations(page);

  const anjabPdf = await download(page, 'Unduh PDF');
  expect(anjabPdf.name).toBe(`Anjab - ${POSITION}.pdf`);
  const text = await pdfText(anjabPdf.bytes);
  expect(text).toContain('INFORMASI JABATAN');
  expect(text).toContain('Menelaah surat masuk (4,00 per Hari)');
  expect(text).toContain('51.600,00 : 75.000 = 0,6880 ≈ 1 orang');
  const anjabXlsx = await download(page, 'Unduh Excel');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(anjabXlsx.bytes as unknown as ArrayBuffer);
  const values: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => values.push((row.values as unknown[]).slice(1)));
  expect(values.find((r) => r[1] === 'Menyusun laporan bulanan (10,00 per Bulan)')).toEqual([2, 'Menyusun laporan bulanan (10,00 per Bulan)', 'Laporan', 120, 120, 75000, 0.192]);

  // Evjab: every factor at level 2 → 715 points, kelas 6.
  await main.getByRole('link', { name: 'Kembali ke daftar jabatan' }).click();
  await page.getByRole('button', { name: `Buat Evjab — ${POSITION}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Evaluasi Jabatan (Evjab): ${POSITION}` })).toBeVisible();
  const points: Record<string, number> = { '1': 200, '2': 125, '3': 125, '4': 75, '5': 75, '6': 25, '7': 50, '8': 20, '9': 20 };
  for (const [code, value] of Object.entries(points)) await choose(page, `Tingkat faktor ${code}`, `Tingkat ${code}-2 — ${value} nilai`);
  await main.getByLabel('Justifikasi faktor 1').fill('Menguasai prinsip dan konsep analisis jabatan.');
  await expect(page.getByTestId('evjab-total')).toHaveText('715');
  await expect(page.getByTestId('evjab-grade')).toHaveText('6');
  await expect(main.getByText('Nilai: 200').first()).toBeVisible();
  const api = await apiAs(page);
  const evjabId = page.url().split('/').pop()!;
  await expect.poll(async () => (await api.get<{ evaluation: { grade: number | null } }>(`/api/job-documents/${evjabId}`)).evaluation.grade, { timeout: 20_000 }).toBe(6);
  await expectNoA11yViolations(page);
  const evjabPdf = await pdfText((await download(page, 'Unduh PDF')).bytes);
  expect(evjabPdf).toContain('EVALUASI JABATAN');
  expect(evjabPdf).toContain('Menguasai prinsip dan konsep analisis jabatan.');
  expect(evjabPdf).toMatch(/Kelas Jabatan : 6/);

  // SKJ: a managerial level with its dictionary description, a requirement with its importance.
  await main.getByRole('link', { name: 'Kembali ke daftar jabatan' }).click();
  await page.getByRole('button', { name: `Buat SKJ — ${POSITION}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Standar Kompetensi Jabatan (SKJ): ${POSITION}` })).toBeVisible();
  await choose(page, 'Level M.01 Integritas', 'Level 2');
  await expect(main.getByText(/^Mampu mengingatkan, mengajak rekan kerja/)).toBeVisible();
  await main.getByRole('button', { name: 'Pendidikan: Tambah baris' }).click();
  await main.getByLabel('Jenjang 1', { exact: true }).fill('S1');
  await main.getByLabel('Bidang ilmu 1', { exact: true }).fill('Administrasi Negara');
  await choose(page, 'Tingkat pentingnya 1', 'Penting');
  const skjId = page.url().split('/').pop()!;
  await expect.poll(async () => (await api.get<{ content: { requirements: { education: Array<{ importance: string; field: string }> } } }>(`/api/job-documents/${skjId}`)).content.requirements.education[0],
    { timeout: 20_000 }).toEqual({ level: 'S1', field: 'Administrasi Negara', importance: 'penting' });
  await expectNoA11yViolations(page);

  // Someone else saves meanwhile: the next edit meets a 409 and the dialog lets the operator save theirs on top.
  const before = await api.get<{ version: number; content: Record<string, unknown> }>(`/api/job-documents/${skjId}`);
  await api.put(`/api/job-documents/${skjId}/content`, { version: before.version, content: { ...before.content, summary: 'Ringkasan dari rekan' } });
  await main.getByLabel('B. Ikhtisar Jabatan').fill('Ringkasan saya');
  const dialog = page.getByRole('dialog', { name: 'Dokumen ini baru saja disimpan orang lain' });
  await expect(dialog).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('save-status')).toHaveText('Belum tersimpan — ada versi yang lebih baru');
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Simpan sebagai versi baru di atas versi terbaru' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await api.get<{ content: { summary: string } }>(`/api/job-documents/${skjId}`)).content.summary, { timeout: 20_000 }).toBe('Ringkasan saya');
  const skjDocx = await download(page, 'Unduh Word');
  const xml = await (await JSZip.loadAsync(skjDocx.bytes)).file('word/document.xml')!.async('string');
  expect(xml).toContain('Integritas');
  expect(xml).toContain('Mampu mengingatkan');
  expect(xml).toContain('S1 Administrasi Negara');
  expect(xml).toContain('Penting');

  // The unit's ABK summary and peta jabatan.
  await main.getByRole('link', { name: 'Kembali ke daftar jabatan' }).click();
  await main.getByRole('link', { name: 'Ringkasan ABK unit (Formulir D)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Ringkasan ABK: / })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: POSITION }) });
  await expect(row).toContainText('51.600,00 : WKE = 0,6880 ≈ 1');
  await expect(row).toContainText('0,3440');
  await expect(row).toContainText('E (Kurang)');
  await expectNoA11yViolations(page);

  await main.getByRole('link', { name: 'Kembali ke daftar jabatan' }).click();
  await main.getByRole('link', { name: 'Peta jabatan unit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Peta Jabatan: / })).toBeVisible();
  await expect(page.getByRole('listitem', { name: `${POSITION}, Kelas 6 (kelas belum divalidasi), kebutuhan 1, pegawai yang ada 2` })).toBeVisible();
  const tableRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: POSITION }) });
  await expect(tableRow.getByRole('cell')).toHaveText([/.+/, '6 (kelas belum divalidasi)', '1', '2']);
  await expectNoA11yViolations(page);

  // Facilitation requests carry the documents. The Anjab service's draft: the card is empty, the checklist asks for documents.
  const ops = await apiAs(page);
  const docs = await ops.get<{ items: Array<{ id: string; kind: string; positionName: string; version: number }> }>(`/api/job-documents?unitId=${unitId}&pageSize=500`);
  const ofKind = (kind: string) => docs.items.find((d) => d.kind === kind && d.positionName === POSITION)!;
  const anjab = ofKind('anjab');
  const requestTitle = `Fasilitasi Anjab ${POSITION}`;
  const requestId = await draftRequest(ops, 'ANJAB', requestTitle);
  await page.goto(`/permohonan/${requestId}`);
  await expect(page.getByRole('heading', { level: 1, name: requestTitle })).toBeVisible();
  const card = page.getByRole('region', { name: 'Dokumen jabatan yang dilampirkan (Anjab)' });
  await expect(card).toContainText('Belum ada dokumen yang dilampirkan.');
  await expect(page.getByText('Lampirkan dokumen jabatan yang lengkap')).toBeVisible();
  await expectNoA11yViolations(page);
  // Submitting without a document is refused, naming the job documents.
  await takeAction(page, 'Ajukan permohonan');
  await expect(page.getByRole('alert').filter({ hasText: 'Dokumen jabatan:' })).toBeVisible();
  await page.keyboard.press('Escape');

  // The Anjab attached through the card: complete, its latest version; the checklist is satisfied.
  await card.getByLabel('Pilih dokumen Anjab unit').click();
  await page.getByRole('option', { name: new RegExp(`^${POSITION}`) }).click();
  await card.getByRole('button', { name: 'Lampirkan dokumen' }).click();
  await expect(page.getByText('Dokumen dilampirkan.')).toBeVisible();
  const anjabRow = card.getByRole('row').filter({ has: page.getByRole('rowheader', { name: POSITION }) });
  await expect(anjabRow).toContainText(`terakhir ${anjab.version}`);
  await expect(anjabRow).toContainText('Lengkap');
  await expect(anjabRow.getByRole('link', { name: `Ubah ${POSITION}` })).toHaveAttribute('href', `/jabatan/dokumen/${anjab.id}`);
  await expect(page.getByText('Siap diajukan')).toBeVisible();
  await expectNoA11yViolations(page);

  // Submitted: the version is recorded, the card says so, the timeline tells it.
  await takeAction(page, 'Ajukan permohonan');
  await expect(anjabRow).toContainText(`diajukan ${anjab.version}`);
  await expect(anjabRow.getByRole('button', { name: `Lepas ${POSITION}` })).toHaveCount(0);
  const timeline = page.getByRole('list', { name: 'Linimasa' });
  await expect(timeline).toContainText(`melampirkan Anjab ${POSITION} (versi ${anjab.version})`);
  await expect(timeline).toContainText(`Anjab ${POSITION} versi ${anjab.version} diajukan`);
  await expectNoA11yViolations(page);

  // The review page: the submitted version, read-only, with its downloads.
  await anjabRow.getByRole('link', { name: `Tinjau ${POSITION}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Tinjau Anjab: ${POSITION}` })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Versi yang ditinjau' })).toHaveValue(new RegExp(`^Versi ${anjab.version} · diajukan`));
  await expect(main.getByLabel('Uraian tugas 1', { exact: true })).toHaveValue('Menelaah surat masuk');
  await expect(main.getByLabel('Uraian tugas 1', { exact: true })).toHaveAttribute('readonly', '');
  const reviewed = await download(page, `Unduh versi ${anjab.version}: PDF`);
  expect(reviewed.name).toBe(`Anjab - ${POSITION}.pdf`);
  expect(await pdfText(reviewed.bytes)).toContain('Menelaah surat masuk');
  await expectNoA11yViolations(page);

  // The Evjab and SKJ services' requests carry theirs (attached and submitted through the API); their cards show them.
  const requestOf: Partial<Record<'evjab' | 'skj', string>> = {};
  for (const [service, kind, label] of [['EVJAB', 'evjab', 'Evjab'], ['SKJ', 'skj', 'SKJ']] as const) {
    const doc = ofKind(kind);
    const id = await draftRequest(ops, service, `Fasilitasi ${label} ${POSITION}`);
    requestOf[kind] = id;
    await ops.post(`/api/requests/${id}/job-documents`, { documentId: doc.id });
    await ops.act(id, 'submit');
    await page.goto(`/permohonan/${id}`);
    const row = page.getByRole('region', { name: `Dokumen jabatan yang dilampirkan (${label})` }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: POSITION }) });
    await expect(row).toContainText('Lengkap');
    await expect(row).toContainText(/diajukan \d+/);
  }

  // The verifikator reads the submitted request: the card without the unit's edit and detach, the review page read-only.
  await signOut(page);
  await signIn(page, 'verifikator@demo.manorta.id');
  await page.goto(`/permohonan/${requestId}`);
  const seen = card.getByRole('row').filter({ has: page.getByRole('rowheader', { name: POSITION }) });
  await expect(seen).toContainText(`diajukan ${anjab.version}`);
  await expect(seen.getByRole('link', { name: `Ubah ${POSITION}` })).toHaveCount(0);
  await expect(card.getByLabel('Pilih dokumen Anjab unit')).toHaveCount(0);
  await seen.getByRole('link', { name: `Tinjau ${POSITION}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Tinjau Anjab: ${POSITION}` })).toBeVisible();
  await expect(main.getByLabel('Uraian tugas 1', { exact: true })).toHaveValue('Menelaah surat masuk');
  await expect(main.getByRole('link', { name: `Unduh versi ${anjab.version}: Word` })).toHaveAttribute('href', `/api/job-documents/${anjab.id}/export.docx?version=${anjab.version}`);
  await expectNoA11yViolations(page);
  // An Evjab's review page carries its validation too (not yet submitted for validation: nothing to decide).
  await page.goto(`/permohonan/${requestOf.evjab}/dokumen-jabatan/${ofKind('evjab').id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Tinjau Evjab: ${POSITION}` })).toBeVisible();
  const validationPanel = page.getByRole('region', { name: 'Validasi Evjab' });
  await expect(validationPanel.getByTestId('evjab-status')).toHaveText('Draf');
  await expect(validationPanel.getByRole('button', { name: 'Simpan keputusan' })).toHaveCount(0);
  await expectNoA11yViolations(page);
});
