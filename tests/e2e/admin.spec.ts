import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { mainNav, signIn, signOut, submitSignIn } from './support/session.ts';

/** Picks an option of a Mantine Select (its list opens in a portal, outside the dialog). */
async function choose(page: Page, input: Locator, option: string | RegExp, typed?: string) {
  await input.click();
  if (typed) await input.fill(typed);
  await page.getByRole('option', { name: option }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

test('the administrator adds a unit, a position and a user, who then signs in and changes the temporary password', async ({ page }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const unitCode = `E2E-${stamp}`;
  const unitName = `Bagian Uji Otomatis ${stamp}`;
  const positionName = `Analis Uji ${stamp}`;
  const userName = `Pengguna Uji ${stamp}`;
  const userEmail = `uji.${stamp.toLowerCase()}@demo.manorta.id`;
  const newPassword = `sandi-baru-${stamp}-ok`;

  await signIn(page, 'admin@demo.manorta.id');
  const admin = mainNav(page).getByRole('group', { name: 'Administrasi' });

  // --- Unit: under Biro Perencanaan dan Organisasi
  await admin.getByRole('link', { name: 'Unit Kerja' }).click();
  await expect(page).toHaveURL(/\/admin\/unit$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Unit Kerja' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Pohon unit kerja' })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('main').getByRole('button', { name: 'Tambah unit' }).click();
  const unitDialog = page.getByRole('dialog', { name: 'Tambah unit kerja' });
  await unitDialog.getByRole('textbox', { name: /^Nama/ }).fill(unitName);
  await unitDialog.getByRole('textbox', { name: /^Kode/ }).fill(unitCode);
  await choose(page, unitDialog.getByLabel(/^Jenis/), 'Eselon III');
  await choose(page, unitDialog.getByLabel(/^Unit induk/), 'Biro Perencanaan dan Organisasi (BRO-PO)', 'Perencanaan');
  await expectNoA11yViolations(page);
  await unitDialog.getByRole('button', { name: 'Tambah unit' }).click();
  await expect(unitDialog).toHaveCount(0);
  await expect(page.getByText(`Unit ${unitName} telah disimpan.`)).toBeVisible();

  await page.getByRole('tab', { name: 'Daftar' }).click();
  await page.getByRole('searchbox', { name: 'Cari nama atau kode unit' }).fill(unitCode);
  const unitRow = page.getByRole('table', { name: 'Daftar unit kerja' }).getByRole('row', { name: new RegExp(unitCode) });
  await expect(unitRow).toContainText(unitName);
  await expect(unitRow).toContainText('Biro Perencanaan dan Organisasi');

  // --- Position in the new unit
  await admin.getByRole('link', { name: 'Jabatan', exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/jabatan/);
  await expect(page.getByRole('heading', { level: 1, name: 'Jabatan' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Daftar jabatan' }).getByRole('row').nth(1)).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('main').getByRole('button', { name: 'Tambah jabatan' }).click();
  const positionDialog = page.getByRole('dialog', { name: 'Tambah jabatan' });
  await positionDialog.getByRole('textbox', { name: /^Nama jabatan/ }).fill(positionName);
  await choose(page, positionDialog.getByLabel(/^Unit Kerja/), `${unitName} (${unitCode})`, stamp);
  await choose(page, positionDialog.getByLabel(/^Jenis jabatan/), 'Fungsional');
  await positionDialog.getByRole('button', { name: 'Tambah jabatan' }).click();
  await expect(positionDialog).toHaveCount(0);
  await expect(page.getByText(`Jabatan ${positionName} telah disimpan.`)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari nama jabatan' }).fill(stamp);
  const positionRow = page.getByRole('table', { name: 'Daftar jabatan' }).getByRole('row', { name: new RegExp(positionName) });
  await expect(positionRow).toContainText(`${unitName} (${unitCode})`);
  await expect(positionRow).toContainText('Fungsional');

  // --- User in the new unit, with a role
  await admin.getByRole('link', { name: 'Pengguna' }).click();
  await expect(page).toHaveURL(/\/admin\/pengguna/);
  await expect(page.getByRole('heading', { level: 1, name: 'Pengguna' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Daftar pengguna' }).getByText('admin@demo.manorta.id')).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole('main').getByRole('button', { name: 'Tambah pengguna' }).click();
  const userDialog = page.getByRole('dialog', { name: 'Tambah pengguna' });
  await userDialog.getByRole('textbox', { name: /^Nama/ }).fill(userName);
  await userDialog.getByRole('textbox', { name: /^Email/ }).fill(userEmail);
  await choose(page, userDialog.getByLabel(/^Unit Kerja/), `${unitName} (${unitCode})`, stamp);
  await userDialog.getByRole('checkbox', { name: 'Pemrakarsa' }).check();
  await expectNoA11yViolations(page);
  await userDialog.getByRole('button', { name: 'Tambah pengguna' }).click();
  await expect(userDialog).toHaveCount(0);

  const passwordDialog = page.getByRole('dialog', { name: 'Kata sandi sementara' });
  await expect(passwordDialog.getByText(`Sampaikan kata sandi ini kepada ${userName}`)).toBeVisible();
  const temporaryPassword = (await passwordDialog.getByTestId('temporary-password').innerText()).trim();
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
  await expectNoA11yViolations(page);
  await passwordDialog.getByRole('button', { name: 'Selesai' }).click();
  await expect(passwordDialog).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Cari pengguna' }).fill(userEmail);
  const userRow = page.getByRole('table', { name: 'Daftar pengguna' }).getByRole('row', { name: new RegExp(userName) });
  await expect(userRow).toContainText(userEmail);
  await expect(userRow).toContainText('Pemrakarsa');
  await expect(userRow).toContainText('Wajib ganti kata sandi');

  await signOut(page);

  // --- The new user: temporary password, forced change, then signed in
  await page.goto('/masuk');
  await submitSignIn(page, userEmail, temporaryPassword);
  await expect(page).toHaveURL(/\/akun\/kata-sandi$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ubah Kata Sandi' })).toBeVisible();
  await expect(page.getByText('Anda masuk dengan kata sandi sementara. Buat kata sandi baru sebelum melanjutkan.')).toBeVisible();

  // Other signed-in pages wait until the password is changed.
  await page.goto('/beranda');
  await expect(page).toHaveURL(/\/akun\/kata-sandi$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ubah Kata Sandi' })).toBeVisible();

  const main = page.getByRole('main');
  await main.getByLabel(/^Kata sandi saat ini/).fill(temporaryPassword);
  await main.getByLabel(/^Kata sandi baru/).fill(newPassword);
  await main.getByLabel(/^Ulangi kata sandi baru/).fill(newPassword);
  await main.getByRole('button', { name: 'Ubah kata sandi' }).click();

  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByRole('heading', { level: 1, name: `Selamat datang, ${userName}` })).toBeVisible();
  await expect(page.getByText(`${unitName} (${unitCode})`)).toBeVisible();
  await expect(mainNav(page).getByRole('group', { name: 'Administrasi' })).toHaveCount(0);

  // The new password works for the next sign-in too.
  await signOut(page);
  await signIn(page, userEmail, newPassword);
  await expect(page.getByRole('heading', { level: 1, name: `Selamat datang, ${userName}` })).toBeVisible();
});
