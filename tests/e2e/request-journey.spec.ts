import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { startMailbox } from './support/mail.ts';
import { signIn } from './support/session.ts';
import { actions, takeAction } from './support/actions.ts';

/**
 * One SOP-drafting request from registration to completion, each role in its own browser, against the real
 * server: the pages, the public monitoring table at each step, and the e-mails at the SMTP server on loopback.
 */

const DEMO = {
  pemrakarsa: 'pemrakarsa@demo.manorta.id',
  pimpinan: 'pimpinan@demo.manorta.id',
  admin: 'admin@demo.manorta.id',
  verifikator: 'verifikator@demo.manorta.id',
  kepalaBiro: 'kepala.biro@demo.manorta.id',
} as const;
type Account = keyof typeof DEMO;

const STAGES = ['Pengajuan dan Perencanaan Fasilitasi', 'Penjabaran Konsep Usulan', 'Analisis dan Identifikasi', 'Penjabaran Usulan', 'Pelaksanaan dan Pemantauan', 'Output/Hasil'];
const stageText = (n: number) => `Tahap ${n}: ${STAGES[n - 1]}`;

const TITLE = `Penyusunan SOP Pengelolaan Arsip Dinamis Uji ${Date.now().toString(36)}`;
const REVISION_REASON = 'Mohon lengkapi kolom mutu baku waktu pada setiap kegiatan dalam draf SOP.';
const ANSWER = 'Mutu baku waktu telah dilengkapi pada draf SOP versi baru.';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
/** The SOP template of the seed, {seq:3}/SOP/{kodeUnit}/{bulanRomawi}/{tahun}, for this month in WIB. */
function expectedNumber(): RegExp {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit' }).format(new Date()).split('-');
  return new RegExp(`^\\d{3}/SOP/SETKOMPOLNAS/${ROMAN[Number(month) - 1]}/${year}$`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A small but well-formed PDF in a temporary folder. */
function pdf(dir: string, name: string, note: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${note}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
  return file;
}

async function chooseFile(page: Page, button: Locator, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(file);
}

/** The value beside a label in the request page's header. */
const fact = (page: Page, label: string) => page.getByRole('main').locator('dl').first().locator('dt', { hasText: new RegExp(`^${escape(label)}$`) }).locator('xpath=following-sibling::dd[1]');

async function expectPosition(page: Page, state: string, stage: string) {
  await expect(fact(page, 'Status')).toHaveText(state);
  await expect(fact(page, 'Tahap')).toHaveText(stage);
}

/** Takes a move through its button and confirming dialog, which closes once the server has taken the move. */
async function act(page: Page, action: string, opts: { reason?: string; verifier?: RegExp } = {}) {
  const dialog = await takeAction(page, action, opts);
  // The dialog closes once the server has taken the move.
  await expect(dialog).toHaveCount(0);
}

const MONITORING = 'Daftar Permohonan Fasilitasi';
/** The request's row of the public table, found through the search box (the search lands in the URL). */
async function publicRow(page: Page, viaSearchBox = false): Promise<Locator> {
  if (viaSearchBox) {
    await page.goto('/pemantauan');
    await page.getByRole('searchbox', { name: 'Cari permohonan' }).fill(TITLE);
    await expect(page).toHaveURL(/[?&]q=/);
  } else {
    await page.goto(`/pemantauan?q=${encodeURIComponent(TITLE)}`);
  }
  const row = page.getByRole('table', { name: MONITORING }).locator('tbody tr').filter({ has: page.getByRole('link', { name: TITLE, exact: true }) });
  await expect(row).toHaveCount(1);
  return row;
}
const cell = (row: Locator, column: 'noUrut' | 'noDokumen' | 'revisi' | 'tglRevisi' | 'status' | 'tglPenyelesaian' | 'unit') =>
  row.locator('td').nth({ noUrut: 0, noDokumen: 1, revisi: 2, tglRevisi: 3, status: 6, tglPenyelesaian: 7, unit: 8 }[column]);

let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let dir: string;

test.beforeAll(async () => {
  mailbox = await startMailbox();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manorta-journey-'));
});

test.afterAll(async () => {
  await mailbox?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('a facilitation request goes from registration to a numbered, approved output, with the public table and the e-mails at each step', async ({ browser }) => {
  test.setTimeout(240_000); // the whole six-stage journey with five people; slow office machines need the room
  const pages = new Map<Account | 'public', Page>();
  const open = async (who: Account | 'public') => {
    let page = pages.get(who);
    if (!page) {
      page = await (await browser.newContext()).newPage();
      if (who !== 'public') await signIn(page, DEMO[who]);
      pages.set(who, page);
    }
    return page;
  };
  let requestUrl = '';
  const asRole = async (who: Account) => {
    const page = await open(who);
    await page.goto(requestUrl);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    return page;
  };
  const mail = (to: string, subject: string) => mailbox.expectMail(to, `[Manorta] ${subject}: ${TITLE}`);

  try {
    // Registration: the service page's Daftar Sekarang opens the intake form of SOP.
    const unit = await open('pemrakarsa');
    await unit.goto('/layanan/SOP');
    await unit.getByRole('link', { name: 'Daftar Sekarang' }).click();
    await expect(unit).toHaveURL(/\/permohonan\/baru\?layanan=SOP$/);
    await expect(unit.getByRole('heading', { level: 1, name: 'Daftar: Fasilitasi Penyusunan SOP' })).toBeVisible();
    await unit.getByRole('textbox', { name: /^Uraian/ }).fill(TITLE);
    await unit.getByRole('textbox', { name: /^Jumlah SOP yang diusulkan/ }).fill('3');
    await unit.getByRole('combobox', { name: /^Jenis usulan/ }).click();
    await unit.getByRole('option', { name: 'SOP baru', exact: true }).click();
    await expect(unit.getByRole('listbox')).toHaveCount(0);
    await unit.getByRole('textbox', { name: /^Dasar hukum/ }).fill('Peraturan Menteri PANRB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP AP.');
    await unit.getByRole('textbox', { name: /^Narahubung \(nama dan nomor telepon\)/ }).fill('Siti Rahmawati, 0812-3456-7890');
    await expect(unit.getByRole('textbox', { name: /^Nama narahubung/ })).toHaveValue('Siti Rahmawati, S.H.');
    await unit.getByRole('textbox', { name: /^Telepon narahubung/ }).fill('0812-3456-7890');
    await expect(unit.getByRole('textbox', { name: /^Email narahubung/ })).toHaveValue(DEMO.pemrakarsa);
    await chooseFile(unit, unit.getByRole('button', { name: 'Pilih berkas: Nota dinas permohonan fasilitasi' }), pdf(dir, 'nota-dinas.pdf', 'nota dinas'));
    await chooseFile(unit, unit.getByRole('button', { name: 'Pilih berkas: Draf SOP' }), pdf(dir, 'draf-sop.pdf', 'draf SOP versi 1'));
    await expect(unit.getByRole('group', { name: 'Draf SOP' })).toContainText('draf-sop.pdf');
    await expectNoA11yViolations(unit);
    await unit.getByRole('button', { name: 'Simpan draf' }).click();
    await expect(unit).toHaveURL(/\/permohonan\/[0-9a-f-]{36}$/);
    requestUrl = new URL(unit.url()).pathname;
    await expect(unit.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expectPosition(unit, 'Draf', 'Belum diajukan');
    await expect(unit.getByRole('article', { name: 'Draf SOP' })).toContainText('draf-sop.pdf');
    await expect(unit.getByRole('article', { name: 'Nota dinas permohonan fasilitasi' })).toContainText('nota-dinas.pdf');
    // The SOP service asks for an SOP: the unit links one of its drafts (the one of its withdrawn demo request) through the SOP card.
    await expect(unit.getByText('Lampirkan SOP yang bebas kesalahan')).toBeVisible();
    const sopCard = unit.getByRole('region', { name: 'SOP yang dilampirkan' });
    await sopCard.getByRole('combobox', { name: 'Pilih draf SOP unit' }).click();
    await unit.getByRole('option', { name: /^SOP Penerimaan Saran dan Keluhan melalui Kanal Digital/ }).click();
    await sopCard.getByRole('button', { name: 'Lampirkan SOP' }).click();
    await expect(sopCard).toContainText('Tidak ada kesalahan.');
    await expect(unit.getByText('Siap diajukan')).toBeVisible();
    await act(unit, 'Ajukan permohonan');
    await expectPosition(unit, 'Diajukan', stageText(1));
    await expect(fact(unit, 'Persetujuan Pimpinan Unit')).toHaveText('Belum disetujui');
    for (const heading of ['Data permohonan', 'Lampiran', 'Standar Pelayanan', 'Diskusi', 'Linimasa']) {
      await expect(unit.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    await expect(unit.getByText('Memuat', { exact: false })).toHaveCount(0);
    await expectNoA11yViolations(unit);
    await mail(DEMO.admin, 'Permohonan baru diajukan');
    await mail(DEMO.pimpinan, 'Permohonan menunggu persetujuan pimpinan unit');

    // The public sees the new request at stage 1, without signing in.
    const visitor = await open('public');
    let row = await publicRow(visitor, true);
    await expect(cell(row, 'status')).toHaveText(`Diajukan${stageText(1)}`);
    await expect(cell(row, 'noDokumen')).toHaveText('—');
    await expect(cell(row, 'revisi')).toHaveText('0');
    await expect(cell(row, 'unit')).toContainText('SETKOMPOLNAS');
    await expect(row.getByRole('link', { name: /^Buka permohonan/ })).toHaveCount(0);

    // The head of the unit endorses; the administrator checks completeness and assigns the verifikator.
    const head = await asRole('pimpinan');
    await act(head, 'Setujui pengajuan');
    await expect(fact(head, 'Persetujuan Pimpinan Unit')).toHaveText('Sudah disetujui');
    await mail(DEMO.admin, 'Permohonan telah disetujui pimpinan unit');

    const admin = await asRole('admin');
    await act(admin, 'Nyatakan lengkap');
    await expect(fact(admin, 'Kelengkapan')).toHaveText('Sudah diverifikasi administrator');
    await act(admin, 'Tugaskan verifikator', { verifier: /^Andi Prasetyo, S\.AP\./ });
    await expect(fact(admin, 'Verifikator')).toHaveText('Andi Prasetyo, S.AP.');
    await mail(DEMO.verifikator, 'Anda ditugaskan sebagai verifikator');
    await mail(DEMO.kepalaBiro, 'Rencana fasilitasi menunggu persetujuan Kepala Biro');

    // The head of bureau approves the plan: stage 2.
    const bureauHead = await asRole('kepalaBiro');
    await act(bureauHead, 'Setujui rencana fasilitasi');
    await expectPosition(bureauHead, 'Diajukan', stageText(2));
    await mail(DEMO.verifikator, 'Rencana fasilitasi disetujui, permohonan masuk Tahap 2');
    await mail(DEMO.pemrakarsa, 'Permohonan masuk Tahap 2');
    await mail(DEMO.pimpinan, 'Permohonan masuk Tahap 2');
    row = await publicRow(visitor);
    await expect(cell(row, 'status')).toHaveText(`Diajukan${stageText(2)}`);

    // The verifikator returns it for revision, with the reason.
    const verifier = await asRole('verifikator');
    await act(verifier, 'Minta revisi', { reason: REVISION_REASON });
    await expectPosition(verifier, 'Perlu Revisi', stageText(2));
    for (const to of [DEMO.pemrakarsa, DEMO.pimpinan]) expect((await mail(to, 'Permohonan perlu revisi')).body).toContain(REVISION_REASON);
    row = await publicRow(visitor);
    await expect(cell(row, 'status')).toHaveText(`Perlu Revisi${stageText(2)}`);

    // The unit hears of it on the bell, opens the request from there, uploads a new version and answers.
    await unit.goto('/beranda');
    const bell = unit.getByRole('button', { name: /^Notifikasi, \d+ belum dibaca$/ });
    await expect(bell).toBeVisible();
    const unread = Number((await bell.getAttribute('aria-label'))!.match(/\d+/)![0]);
    await bell.click();
    await unit.getByRole('dialog', { name: 'Notifikasi' }).getByRole('button', { name: new RegExp(`Permohonan perlu revisi: ${escape(TITLE)}`) }).click();
    await expect(unit).toHaveURL(new RegExp(`${escape(requestUrl)}$`));
    await expect(unit.getByRole('button', { name: `Notifikasi, ${unread - 1} belum dibaca` })).toBeVisible();
    await expectPosition(unit, 'Perlu Revisi', stageText(2));
    await expect(unit.getByRole('list', { name: 'Linimasa' })).toContainText(REVISION_REASON);
    await chooseFile(unit, unit.getByRole('button', { name: 'Unggah versi baru: Draf SOP' }), pdf(dir, 'draf-sop-revisi-1.pdf', 'draf SOP versi 2'));
    const drafSop = unit.getByRole('article', { name: 'Draf SOP' });
    await expect(drafSop).toContainText('draf-sop-revisi-1.pdf');
    await expect(drafSop).toContainText('Versi 2 · Revisi 1');
    await expect(fact(unit, 'Revisi')).toHaveText('Revisi ke-1');
    await act(unit, 'Kirim jawaban revisi', { reason: ANSWER });
    await expectPosition(unit, 'Diajukan', stageText(2));
    expect((await mail(DEMO.verifikator, 'Unit telah menjawab permintaan revisi')).body).toContain(ANSWER);

    // Revisi 1 in the public table.
    row = await publicRow(visitor);
    await expect(cell(row, 'revisi')).toHaveText('1');
    await expect(cell(row, 'tglRevisi')).not.toHaveText('—');
    await expect(cell(row, 'status')).toHaveText(`Diajukan${stageText(2)}`);

    // The verifikator takes it through the stages; reaching stage 6 gives it its number.
    await verifier.reload();
    for (const stage of [3, 4, 5, 6]) {
      await act(verifier, 'Lanjut ke tahap berikutnya');
      await expectPosition(verifier, 'Diajukan', stageText(stage));
      await mail(DEMO.pemrakarsa, `Permohonan masuk Tahap ${stage}`);
      if (stage === 4) {
        row = await publicRow(visitor);
        await expect(cell(row, 'status')).toHaveText(`Diajukan${stageText(4)}`);
      }
    }
    await expect(fact(verifier, 'No. Dokumen')).toHaveText(expectedNumber());
    const number = (await fact(verifier, 'No. Dokumen').textContent())!;
    await expect(actions(verifier).getByRole('button', { name: 'Beri No. Dokumen' })).toHaveCount(0);
    await mailbox.expectMail(DEMO.kepalaBiro, `[Manorta] Output menunggu persetujuan Kepala Biro (No. Dokumen ${number}): ${TITLE}`);
    row = await publicRow(visitor);
    await expect(cell(row, 'status')).toHaveText(`Diajukan${stageText(6)}`);
    await expect(cell(row, 'noDokumen')).toHaveText(number);

    // The head of bureau approves the output: finished.
    await bureauHead.reload();
    await act(bureauHead, 'Setujui output');
    await expect(fact(bureauHead, 'Status')).toHaveText('Selesai');
    await expect(fact(bureauHead, 'Tahap')).toHaveText('Keenam tahap selesai');
    await expect(bureauHead.getByText(`dengan No. Dokumen ${number}.`)).toBeVisible();
    await expect(actions(bureauHead)).toHaveCount(0);
    for (const to of [DEMO.pemrakarsa, DEMO.pimpinan]) await mailbox.expectMail(to, `[Manorta] Permohonan selesai (No. Dokumen ${number}): ${TITLE}`);

    // The public table: Selesai, the number, Revisi 1 and the completion date.
    row = await publicRow(visitor);
    await expect(cell(row, 'status')).toHaveText('Selesai');
    await expect(cell(row, 'noDokumen')).toHaveText(number);
    await expect(cell(row, 'revisi')).toHaveText('1');
    await expect(cell(row, 'tglPenyelesaian')).not.toHaveText('—');
    await expectNoA11yViolations(visitor);

    // Each e-mail went to the people who must act, and to no one else.
    const recipients = (subject: string) => mailbox.received.filter((m) => m.subject === `[Manorta] ${subject}: ${TITLE}`).flatMap((m) => m.to).sort();
    expect(recipients('Permohonan baru diajukan')).toEqual([DEMO.admin]);
    expect(recipients('Permohonan menunggu persetujuan pimpinan unit')).toEqual([DEMO.pimpinan]);
    expect(recipients('Anda ditugaskan sebagai verifikator')).toEqual([DEMO.verifikator]);
    expect(recipients('Rencana fasilitasi menunggu persetujuan Kepala Biro')).toEqual([DEMO.kepalaBiro]);
    expect(recipients('Permohonan perlu revisi')).toEqual([DEMO.pemrakarsa, DEMO.pimpinan].sort());
    expect(recipients(`Permohonan selesai (No. Dokumen ${number})`)).toEqual([DEMO.pemrakarsa, DEMO.pimpinan].sort());
  } finally {
    for (const page of pages.values()) await page.context().close();
  }
});
