import { expect, test, type Locator } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { startMailbox } from './support/mail.ts';
import { accountApi, ratifiedSop } from './support/monev.ts';
import { mainNav, signIn } from './support/session.ts';

/**
 * A monitoring round with two units: the head of the bureau opens it for SETKOMPOLNAS and SETKOMJAK (their SOPs
 * ratified through the API); SETKOMPOLNAS fills in Table 7 and the criteria, finds one SOP not working, submits and
 * opens the prefilled revision request; SETKOMJAK does not submit, and the bureau sends it a reminder that arrives
 * at the SMTP server. Lateness needs a moved clock: the API tests cover it (src/server/modules/monev/monev.api.test.ts).
 */

const SUFFIX = Date.now().toString(36).toUpperCase();
const ROUND_TITLE = `Monev SOP uji ${SUFFIX}`;
const FAILING = `Pelayanan Pengaduan Monev ${SUFFIX}`;
const WORKING = `Penerimaan Surat Monev ${SUFFIX}`;
const KOMJAK_SOP = `Penyusunan Laporan Monev ${SUFFIX}`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Fills one SOP's card of Table 7 and saves it; a failing SOP answers "Tidak" to the second and third criteria. */
async function fillCard(card: Locator, working: boolean) {
  await card.getByRole('radio', { name: working ? 'Berjalan dengan baik' : 'Tidak berjalan dengan baik', exact: true }).check();
  await card.getByRole('textbox', { name: 'Catatan hasil penilaian' }).fill(working ? 'Dijalankan sesuai alur.' : 'Pengaduan tidak diteruskan ke pelaksana dalam 1 hari.');
  if (!working) await card.getByRole('textbox', { name: /^Tindakan yang harus diambil/ }).fill('Sederhanakan alur disposisi pengaduan.');
  await card.getByRole('textbox', { name: 'Nama penilai' }).fill('Bambang Suryanto');
  await card.getByRole('textbox', { name: 'Jabatan penilai' }).fill('Sekretaris Kompolnas');
  await card.getByRole('checkbox', { name: 'Observasi supervisor' }).check();
  const criteria = card.getByRole('group', { name: 'Evaluasi penerapan (Ya/Tidak)' }).getByRole('radiogroup');
  await expect(criteria).toHaveCount(7);
  for (let i = 0; i < 7; i++) {
    const no = !working && (i === 1 || i === 2);
    await criteria.nth(i).getByRole('radio', { name: no ? 'Tidak' : 'Ya', exact: true }).check();
  }
  await card.getByRole('button', { name: /^Simpan penilaian/ }).click();
  await expect(card.getByText('Lengkap', { exact: true })).toBeVisible();
}

let mailbox: Awaited<ReturnType<typeof startMailbox>>;
test.beforeAll(async () => {
  mailbox = await startMailbox();
});
test.afterAll(async () => {
  await mailbox?.stop();
});

test('a monitoring round: one unit reports a failing SOP and opens its revision request, the other is reminded by the bureau', async ({ browser }) => {
  test.setTimeout(180_000);
  const unitA = await accountApi('pemrakarsa@demo.manorta.id');
  const unitB = await accountApi('pemrakarsa.komjak@demo.manorta.id');
  const headApi = await accountApi('kepala.biro@demo.manorta.id');
  const failingSopId = await ratifiedSop(unitA, headApi, FAILING, SUFFIX);
  await ratifiedSop(unitA, headApi, WORKING, SUFFIX);
  await ratifiedSop(unitB, headApi, KOMJAK_SOP, SUFFIX);

  // The head of the bureau opens the round for the two units.
  const head = await (await browser.newContext()).newPage();
  await signIn(head, 'kepala.biro@demo.manorta.id');
  await mainNav(head).getByRole('link', { name: 'Monev SOP' }).click();
  await expect(head.getByRole('heading', { level: 1, name: 'Monitoring dan Evaluasi SOP' })).toBeVisible();
  await expectNoA11yViolations(head);
  await head.getByRole('button', { name: 'Buka putaran monitoring' }).click();
  const dialog = head.getByRole('dialog', { name: 'Buka putaran monitoring' });
  await dialog.getByRole('textbox', { name: /^Nama putaran/ }).fill(ROUND_TITLE);
  const year = new Date().getFullYear();
  await dialog.getByRole('button', { name: /^Batas waktu pengisian/ }).click();
  await head.getByRole('button', { name: 'Pilih bulan' }).click();
  await head.getByRole('button', { name: 'Des', exact: true }).click();
  await head.getByRole('button', { name: `31 Desember ${year}`, exact: true }).click();
  await expect(dialog.getByRole('button', { name: /^Batas waktu pengisian/ })).toContainText(`31 Desember ${year}`);
  // Exactly the two units: other units with SOPs in effect (from other journeys) are taken out.
  await dialog.getByLabel(/^Unit yang dimonitor/).click();
  const chosen = head.getByRole('option', { selected: true });
  for (let guard = 0; guard < 20; guard++) {
    const others = chosen.filter({ hasNotText: /SETKOMPOLNAS|SETKOMJAK/ });
    if ((await others.count()) === 0) break;
    await others.first().click();
  }
  await expect(chosen).toHaveCount(2);
  await dialog.getByText(/^Setiap unit yang dipilih/).click();
  await expectNoA11yViolations(head);
  await dialog.getByRole('button', { name: 'Buka putaran', exact: true }).click();
  await expect(head.getByRole('heading', { level: 1, name: ROUND_TITLE })).toBeVisible();
  const roundUrl = head.url();
  const progress = head.getByRole('table', { name: 'Kemajuan per unit' });
  await expect(progress.getByTestId('monev-unit-SETKOMPOLNAS')).toContainText('Belum diserahkan');
  await expect(progress.getByTestId('monev-unit-SETKOMJAK')).toContainText('Belum diserahkan');
  await expect(progress.getByTestId('monev-unit-SETKOMJAK')).toContainText('0/1');
  await expectNoA11yViolations(head);

  // Unit A finds the round under Monev SOP and fills in Table 7.
  const a = await (await browser.newContext()).newPage();
  await signIn(a, 'pemrakarsa@demo.manorta.id');
  await mainNav(a).getByRole('link', { name: 'Monev SOP' }).click();
  const rounds = a.getByRole('table', { name: 'Putaran monitoring' });
  await expect(rounds.getByRole('row', { name: new RegExp(escape(ROUND_TITLE)) })).toContainText('Belum diserahkan');
  await expectNoA11yViolations(a);
  await rounds.getByRole('link', { name: ROUND_TITLE }).click();
  await expect(a.getByRole('table', { name: 'Kemajuan per unit' }).getByRole('row')).toHaveCount(2); // its own unit only
  await a.getByRole('link', { name: /^Lihat hasil SETKOMPOLNAS/ }).click();
  await expect(a.getByRole('heading', { level: 1, name: /^Tabel 7 — SETKOMPOLNAS/ })).toBeVisible();
  await expect(a.getByText('perlu diverifikasi').first()).toBeVisible();
  await expectNoA11yViolations(a);

  // Submitting too early: refused, naming what is missing.
  await a.getByRole('button', { name: 'Serahkan hasil monitoring' }).click();
  await expect(a.getByRole('alert').filter({ hasText: /^Belum dapat diserahkan/ })).toContainText(FAILING);

  const cards = a.getByTestId('monev-sop');
  const n = await cards.count();
  expect(n).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    const failing = (await card.getByRole('heading', { level: 2 }).textContent())?.includes(FAILING) ?? false;
    await fillCard(card, !failing);
  }
  await a.getByRole('button', { name: 'Serahkan hasil monitoring' }).click();
  await expect(a.getByTestId('monev-submitted')).toContainText('Diserahkan');
  await expect(a.getByRole('button', { name: /^Simpan penilaian/ })).toHaveCount(0);
  await expectNoA11yViolations(a);

  // The failing SOP opens a prefilled revision request with a new draft version of the SOP.
  const failingCard = cards.filter({ has: a.getByRole('heading', { name: new RegExp(escape(FAILING)) }) });
  await failingCard.getByRole('button', { name: `Ajukan permohonan revisi ${FAILING}` }).click();
  await expect(a).toHaveURL(/\/permohonan\/[0-9a-f-]{36}$/);
  await expect(a.getByRole('heading', { level: 1, name: `Revisi SOP ${FAILING}` })).toBeVisible();
  const sopCard = a.locator(`[data-sop-card="${failingSopId}"]`);
  await expect(sopCard).toContainText(FAILING);
  await expect(sopCard).toContainText('Versi terakhir: 3');
  await expect(a.getByRole('list', { name: 'Komentar' })).toContainText('Sederhanakan alur disposisi pengaduan.');
  await expectNoA11yViolations(a);
  const requestUrl = a.url();
  // A second visit opens the same request.
  await a.goBack();
  await failingCard.getByRole('link', { name: 'Buka permohonan revisi' }).click();
  await expect(a).toHaveURL(requestUrl);

  // The bureau sees A submitted and B not, and reminds B; the e-mail arrives.
  await head.goto(roundUrl);
  await expect(progress.getByTestId('monev-unit-SETKOMPOLNAS')).toContainText('Sudah diserahkan');
  await expect(progress.getByTestId('monev-unit-SETKOMPOLNAS')).toContainText('1 tidak');
  const rowB = progress.getByTestId('monev-unit-SETKOMJAK');
  await expect(rowB).toContainText('Belum diserahkan');
  await rowB.getByRole('button', { name: /^Kirim pengingat ke SETKOMJAK/ }).click();
  await expect(rowB).toContainText('(manual)');
  const mail = await mailbox.expectMail('pemrakarsa.komjak@demo.manorta.id', `[Manorta] Pengingat dari Biro: monitoring dan evaluasi SOP ${ROUND_TITLE}`);
  expect(mail.body).toContain('/monev/');
  await expectNoA11yViolations(head);

  // The bureau reads A's results, read-only.
  await progress.getByRole('link', { name: /^Lihat hasil SETKOMPOLNAS/ }).click();
  await expect(head.getByRole('heading', { level: 1, name: /^Tabel 7 — SETKOMPOLNAS/ })).toBeVisible();
  await expect(head.getByTestId('monev-summary')).toContainText('tidak berjalan baik');
  await expect(head.getByRole('button', { name: /^Simpan penilaian/ })).toHaveCount(0);
  await expectNoA11yViolations(head);
});
