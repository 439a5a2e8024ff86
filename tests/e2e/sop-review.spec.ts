import { expect, test, type Page } from '@playwright/test';
import type { SopContent } from '../../src/domain/sop/model.ts';
import { complaintSop } from '../../src/server/db/seed/demo-sops.ts';
import { apiAs } from './support/api.ts';
import { expectNoA11yViolations } from './support/axe.ts';
import { signIn } from './support/session.ts';
import { takeAction } from './support/actions.ts';

/**
 * An SOP request carries its SOP: the unit links one through the request page's SOP card, is stopped at submission
 * while the SOP has checker errors, the verifikator reviews the submitted version and comments on one step, and
 * after a revision round compares the two submitted versions.
 */

const DEMO = {
  pemrakarsa: 'pemrakarsa@demo.manorta.id',
  pimpinan: 'pimpinan@demo.manorta.id',
  admin: 'admin@demo.manorta.id',
  verifikator: 'verifikator@demo.manorta.id',
  kepalaBiro: 'kepala.biro@demo.manorta.id',
} as const;

const TITLE = `Penyusunan SOP Penanganan Pengaduan Uji ${Date.now().toString(36)}`;
const STEP4 = 'Meminta pengadu melengkapi identitas atau pokok pengaduan';
const STEP4_REVISED = 'Meminta pengadu melengkapi identitas dan pokok pengaduan paling lambat 3 hari kerja';
const NOTE = 'Tetapkan batas waktu bagi pengadu untuk melengkapi pengaduan.';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const act = takeAction;

const card = (page: Page) => page.getByRole('region', { name: 'SOP yang dilampirkan' });

/** The SOP content of the unit with one checker error (step 9 has no time) or none. */
function content(unitId: string, opts: { error?: boolean; step4?: string } = {}): SopContent {
  const c = complaintSop(unitId, TITLE);
  return {
    ...c,
    steps: c.steps.map((s) => (s.id === 's9' && opts.error ? { ...s, time: null } : s.id === 's4' && opts.step4 ? { ...s, description: opts.step4 } : s)),
  };
}

test('the unit attaches an SOP, fixes its errors, the verifikator comments on a step and compares the revised version', async ({ browser }) => {
  test.setTimeout(180_000);
  const pages: Page[] = [];
  const open = async (email: string) => {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, email);
    pages.push(page);
    return page;
  };
  try {
    // A draft SOP request with its documents (prepared through the API).
    const unit = await open(DEMO.pemrakarsa);
    const unitApi = await apiAs(unit);
    const request = await unitApi.post<{ id: string; unitId: string }>('/api/requests', {
      serviceCode: 'SOP',
      title: TITLE,
      contactName: 'Siti Rahmawati, S.H.',
      contactPhone: '0812-3456-7890',
      contactEmail: DEMO.pemrakarsa,
      formValues: { jumlahSop: 1, jenisUsulan: 'SOP baru', dasarHukum: 'Peraturan Menteri PANRB Nomor 35 Tahun 2012', narahubung: 'Siti, 0812-3456-7890' },
    }, 201);
    for (const key of ['notaDinas', 'drafSop']) await unitApi.upload(`/api/requests/${request.id}/documents/${key}`, `${key}.pdf`, 'application/pdf', PDF);
    const url = `/permohonan/${request.id}`;

    // The SOP card offers the unit's drafts and a new SOP; the checklist asks for an SOP.
    await unit.goto(url);
    await expect(unit.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(card(unit)).toContainText('Belum ada SOP yang dilampirkan');
    await expect(unit.getByText('Lampirkan SOP yang bebas kesalahan')).toBeVisible();
    await expectNoA11yViolations(unit);
    await card(unit).getByRole('button', { name: 'Buat SOP baru' }).click();
    await expect(card(unit).getByRole('link', { name: 'Buka editor' })).toBeVisible();
    const sopId = (await card(unit).locator('[data-sop-card]').getAttribute('data-sop-card'))!;
    await expect(card(unit).getByRole('link', { name: 'Buka editor' })).toHaveAttribute('href', `/sop/${sopId}`);

    // Its content, written through the API to save time, still has one error: the card says so in red.
    await unitApi.put(`/api/sops/${sopId}/content`, { version: 1, content: content(request.unitId, { error: true }) });
    await unit.reload();
    await expect(card(unit)).toContainText('1 kesalahan: harus diperbaiki sebelum diajukan');
    await expect(unit.getByText('Perbaiki 1 kesalahan pada SOP')).toBeVisible();
    await act(unit, 'Ajukan permohonan');
    const refused = unit.getByRole('alert').filter({ hasText: 'SOP masih memiliki 1 kesalahan' });
    await expect(refused).toContainText('SOP: SOP masih memiliki 1 kesalahan yang harus diperbaiki sebelum diajukan.');
    await expect(unit.getByRole('main').locator('dl').first()).toContainText('Draf');
    await unit.keyboard.press('Escape');

    // Fixed, it is submitted: the card shows the submitted version.
    await unitApi.put(`/api/sops/${sopId}/content`, { version: 2, content: content(request.unitId) });
    await unit.reload();
    await expect(card(unit)).toContainText('Tidak ada kesalahan.');
    await expect(unit.getByText('Siap diajukan')).toBeVisible();
    await act(unit, 'Ajukan permohonan');
    await expect(card(unit)).toContainText('Versi yang diajukan: 3');

    // The head of unit endorses, the administrator checks it and assigns the verifikator; the head of bureau approves the plan.
    const head = await open(DEMO.pimpinan);
    await (await apiAs(head)).act(request.id, 'endorse');
    const admin = await open(DEMO.admin);
    await (await apiAs(admin)).act(request.id, 'verify_completeness');
    await admin.goto(url);
    await act(admin, 'Tugaskan verifikator', { verifier: /^Andi Prasetyo, S\.AP\./ });
    await expect(admin.getByRole('main').locator('dl').first()).toContainText('Andi Prasetyo, S.AP.');
    const bureauHead = await open(DEMO.kepalaBiro);
    await (await apiAs(bureauHead)).act(request.id, 'approve_plan');

    // The verifikator reviews the submitted version and comments on step 4.
    const verifier = await open(DEMO.verifikator);
    await verifier.goto(url);
    await card(verifier).getByRole('link', { name: 'Tinjau SOP' }).click();
    await expect(verifier).toHaveURL(new RegExp(`${url}/sop$`));
    await expect(verifier.getByRole('heading', { level: 1, name: /^Tinjau SOP: / })).toBeVisible();
    await expect(verifier.getByText(/^Versi 3 \(diajukan /)).toBeVisible();
    const steps = verifier.getByRole('list', { name: 'Uraian kegiatan' });
    await expect(steps.getByRole('listitem').filter({ has: verifier.getByRole('heading', { level: 3 }) })).toHaveCount(11);
    await steps.getByRole('button', { name: 'Komentari langkah: Langkah 4' }).click();
    await verifier.getByRole('textbox', { name: /^Catatan untuk langkah 4/ }).fill(NOTE);
    await verifier.getByRole('button', { name: 'Kirim catatan' }).click();
    await expect(verifier.locator('[data-step="s4"]')).toContainText(NOTE);
    await expect(verifier.getByText('Baru ada satu versi yang diajukan', { exact: false })).toBeVisible();
    await expectNoA11yViolations(verifier);

    // On the request page the note names its step; the verifikator asks for a revision.
    await verifier.goto(url);
    await expect(verifier.getByRole('list', { name: 'Komentar' })).toContainText(`Langkah 4: ${STEP4}`);
    await act(verifier, 'Minta revisi', { reason: 'Perbaiki langkah 4 sesuai catatan.' });
    await expect(verifier.getByRole('main').locator('dl').first()).toContainText('Perlu Revisi');

    // The unit saves a new SOP version and answers: Revisi rises.
    await unitApi.put(`/api/sops/${sopId}/content`, { version: 3, content: content(request.unitId, { step4: STEP4_REVISED }) });
    await unit.goto(url);
    await expect(card(unit)).toContainText('Versi terakhir: 4');
    await act(unit, 'Kirim jawaban revisi', { reason: 'Langkah 4 telah diperbaiki.' });
    await expect(card(unit)).toContainText('Versi yang diajukan: 4');
    await expect(unit.getByRole('main').locator('dl').first()).toContainText('Revisi ke-1');

    // The verifikator compares the two submitted versions: step 4 changed.
    await verifier.goto(`${url}/sop`);
    await expect(verifier.getByText(/^Versi 4 \(diajukan /)).toBeVisible();
    const compare = verifier.getByRole('region', { name: 'Bandingkan versi' });
    await expect(compare.getByRole('combobox', { name: 'Versi lama' })).toHaveValue(/^Versi 3 /);
    await expect(compare.getByRole('combobox', { name: 'Versi baru' })).toHaveValue(/^Versi 4 /);
    await compare.getByRole('button', { name: 'Bandingkan' }).click();
    await expect(compare.locator('[data-kind="changed"]')).toContainText(STEP4_REVISED);
    await expectNoA11yViolations(verifier);

    // The timeline tells the SOP's story.
    await verifier.goto(url);
    const timeline = verifier.getByRole('list', { name: 'Linimasa' });
    await expect(timeline).toContainText(`melampirkan SOP "${TITLE}" (versi 1)`);
    await expect(timeline).toContainText(`versi 3 diajukan oleh`);
    await expect(timeline).toContainText(`versi 4 diajukan oleh`);
  } finally {
    for (const page of pages) await page.context().close();
  }
});
