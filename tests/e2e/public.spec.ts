import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { mainNav } from './support/session.ts';

const UTAMA = [
  'Fasilitasi Penyusunan SOP',
  'Fasilitasi Monitoring dan Evaluasi SOP',
  'Fasilitasi Penyusunan Analisis Jabatan',
  'Fasilitasi Penyusunan Analisis Beban Kerja',
  'Fasilitasi Penyusunan Standar Kompetensi Jabatan',
  'Fasilitasi Penyusunan Informasi Faktor Jabatan (Evaluasi Jabatan)',
];
const PENUNJANG = [
  'Fasilitasi Penyusunan dan Evaluasi Proses Bisnis',
  'Fasilitasi Penyusunan Pedoman Tata Naskah Dinas (TND) dan TND Elektronik',
  'Fasilitasi Penyusunan Pedoman dan/atau Juklak',
];
const STAGES = [
  'Pengajuan dan Perencanaan Fasilitasi',
  'Penjabaran Konsep Usulan',
  'Analisis dan Identifikasi',
  'Penjabaran Usulan',
  'Pelaksanaan dan Pemantauan',
  'Output/Hasil',
];

test('the public sees the home page, the catalogue, a service and the help page', async ({ page }) => {
  // Home
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Layanan Manajemen Ortala' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Masuk ke portal' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kanal Layanan Utama' })).toBeVisible();
  await expectNoA11yViolations(page);

  // Layanan Tata Laksana: both channels and the nine services
  await mainNav(page).getByRole('link', { name: 'Layanan Tata Laksana' }).click();
  await expect(page).toHaveURL(/\/layanan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Layanan Tata Laksana' })).toBeVisible();
  const utama = page.getByRole('region', { name: 'Kanal Layanan Utama' });
  const penunjang = page.getByRole('region', { name: 'Kanal Layanan Penunjang' });
  await expect(utama.getByRole('heading', { level: 3 })).toHaveText(UTAMA);
  await expect(penunjang.getByRole('heading', { level: 3 })).toHaveText(PENUNJANG);
  await expect(page.getByRole('main').getByRole('article')).toHaveCount(9);
  await expectNoA11yViolations(page);

  // One service: the six stages of its Standar Pelayanan, and Daftar Sekarang → sign in first
  await utama.getByRole('link', { name: 'Fasilitasi Penyusunan SOP' }).click();
  await expect(page).toHaveURL(/\/layanan\/SOP$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Fasilitasi Penyusunan SOP' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Standar Pelayanan' })).toBeVisible();
  const standard = page.getByRole('table', { name: /Target hari kerja per tahap/ });
  await expect(standard.locator('tbody tr')).toHaveCount(6);
  await expect(standard.locator('tbody th')).toHaveText(STAGES);
  await expect(standard.locator('tfoot')).toContainText('Jumlah');
  await expectNoA11yViolations(page);

  await page.getByRole('link', { name: 'Daftar Sekarang' }).click();
  await expect(page).toHaveURL(/\/masuk\?next=(%2F|\/)permohonan(%2F|\/)baru(%3F|\?)layanan(%3D|=)SOP$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();
  await expect(page.getByText('Silakan masuk terlebih dahulu untuk melanjutkan.')).toBeVisible();
  await expectNoA11yViolations(page);

  // Bantuan
  await mainNav(page).getByRole('link', { name: 'Bantuan' }).click();
  await expect(page).toHaveURL(/\/bantuan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Bantuan' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tentang portal ini' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Peran dan kewenangannya' })).toBeVisible();
  await expectNoA11yViolations(page);
});
