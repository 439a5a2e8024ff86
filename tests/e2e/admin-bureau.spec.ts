import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { mainNav, signIn } from './support/session.ts';

/** The bureau's own settings: the holiday calendar the working-day clock counts with, and the e-mail outbox. */

test('the administrator keeps the holiday calendar', async ({ page }) => {
  const year = new Date().getFullYear() + 1;
  const name = `Cuti Bersama Uji ${Date.now().toString(36)}`;
  await signIn(page, 'admin@demo.manorta.id');
  await mainNav(page).getByRole('link', { name: 'Hari Libur', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hari Libur' })).toBeVisible();

  // A year ahead: the form's calendar opens on January of the year on screen.
  await page.getByRole('combobox', { name: 'Tahun' }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
  const table = page.getByRole('table', { name: `Hari libur tahun ${year}` });
  await expect(table).toBeVisible();

  await page.getByRole('button', { name: 'Tambah hari libur' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tambah hari libur' });
  await dialog.getByRole('button', { name: 'Tambah hari libur' }).click();
  await expect(dialog.getByText('Wajib diisi.').first()).toBeVisible();
  const pickDate = async (day: string) => {
    await dialog.getByRole('button', { name: /^Tanggal/ }).click();
    await page.getByRole('button', { name: 'Pilih bulan' }).click();
    await page.getByRole('button', { name: 'Des', exact: true }).click();
    await page.getByRole('button', { name: `${day} Desember ${year}`, exact: true }).click();
  };
  await pickDate('24');
  await expect(dialog.getByRole('button', { name: /^Tanggal/ })).toContainText(`24 Desember ${year}`);
  await dialog.getByRole('textbox', { name: /^Keterangan/ }).fill(name);
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Tambah hari libur' }).click();
  await expect(dialog).toHaveCount(0);

  const row = table.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('24 Desember');
  await expectNoA11yViolations(page);

  await row.getByRole('button', { name: `Ubah ${name}` }).click();
  const edit = page.getByRole('dialog', { name: `Ubah hari libur: ${name}` });
  await edit.getByRole('textbox', { name: /^Keterangan/ }).fill(`${name} (diubah)`);
  await edit.getByRole('button', { name: 'Simpan' }).click();
  await expect(edit).toHaveCount(0);
  await expect(row).toContainText(`${name} (diubah)`);

  // The same date twice is refused, on the field.
  await page.getByRole('button', { name: 'Tambah hari libur' }).click();
  await pickDate('24');
  await dialog.getByRole('textbox', { name: /^Keterangan/ }).fill('Hari lain');
  await dialog.getByRole('button', { name: 'Tambah hari libur' }).click();
  await expect(dialog.getByText(/sudah tercatat sebagai hari libur/).first()).toBeVisible();
  await dialog.getByRole('button', { name: 'Batal' }).click();

  await row.getByRole('button', { name: `Hapus ${name}` }).click();
  await page.getByRole('dialog', { name: 'Hapus hari libur?' }).getByRole('button', { name: 'Hapus' }).click();
  await expect(table.getByRole('row').filter({ hasText: name })).toHaveCount(0);
});

test('the administrator reads an e-mail in the outbox', async ({ page, browser }) => {
  // Someone asks for a password reset: the portal writes the e-mail to its outbox.
  const visitor = await browser.newPage();
  await visitor.goto('/lupa-sandi');
  await visitor.getByRole('textbox', { name: /^Email/ }).fill('pemrakarsa.komjak@demo.manorta.id');
  await visitor.getByRole('button', { name: 'Kirim tautan' }).click();
  await expect(visitor.getByText('Permintaan diterima')).toBeVisible();
  await visitor.close();

  await signIn(page, 'admin@demo.manorta.id');
  await mainNav(page).getByRole('link', { name: 'Kotak Keluar Email', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kotak Keluar Email' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari penerima atau subjek' }).fill('pemrakarsa.komjak');
  const table = page.getByRole('table', { name: 'Daftar email' });
  const row = table.getByRole('row').filter({ hasText: 'Atur ulang kata sandi Manorta' });
  await expect(row.first()).toBeVisible();
  await expectNoA11yViolations(page);

  await row.first().getByRole('button', { name: /^Baca: / }).click();
  const message = page.getByRole('dialog', { name: /Atur ulang kata sandi Manorta/ });
  await expect(message.getByText('pemrakarsa.komjak@demo.manorta.id')).toBeVisible();
  await expect(message.getByLabel('Isi email')).toContainText('/atur-ulang-sandi?token=');
  await expectNoA11yViolations(page);
});

test('the administrator edits a numbering template and sees the next number before saving', async ({ page }) => {
  await signIn(page, 'admin@demo.manorta.id');
  await mainNav(page).getByRole('link', { name: 'Penomoran Dokumen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Penomoran Dokumen' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Templat penomoran' });
  const sop = table.getByRole('row').filter({ has: page.getByRole('cell', { name: 'SOP', exact: true }) });
  await expect(sop).toContainText('001/SOP/KODE/');
  const original = (await sop.getByRole('cell').nth(1).textContent())!;
  await expectNoA11yViolations(page);

  await sop.getByRole('button', { name: 'Ubah SOP' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ubah templat SOP' });
  const field = dialog.getByRole('textbox', { name: /^Templat/ });
  await field.fill('SOP/{unit}');
  await expect(dialog.getByText('Ada penanda yang tidak dikenal; pakai penanda dari daftar di bawah.')).toBeVisible();
  await expect(dialog.getByText('Templat harus memuat nomor urut {seq}.')).toBeVisible();
  await field.fill('{seq:4}/SOP-{kodeUnit}/{tahun}');
  const year = new Date().getFullYear();
  await expect(dialog.getByText(`0007/SOP-ROREN/${year}`)).toBeVisible();
  await expectNoA11yViolations(page);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(sop).toContainText(`0001/SOP-KODE/${year}`);

  // Back to the demo's template: the request journey expects its numbers.
  await sop.getByRole('button', { name: 'Ubah SOP' }).click();
  await field.fill(original);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(sop).toContainText(original);
});
