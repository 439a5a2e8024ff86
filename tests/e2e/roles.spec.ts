import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { mainNav, signIn, signOut } from './support/session.ts';

const ADMIN_ENTRIES = ['Pengguna', 'Unit Kerja', 'Jabatan', 'Katalog Layanan', 'Organisasi', 'Hari Libur', 'Penomoran Dokumen', 'Kotak Keluar Email', 'Data Induk Jabatan'];

const ACCOUNTS = [
  { email: 'admin@demo.manorta.id', name: 'Rina Wulandari, S.Sos.', role: 'Administrator', admin: true, myUnit: false, bureau: true },
  { email: 'verifikator@demo.manorta.id', name: 'Andi Prasetyo, S.AP.', role: 'Verifikator', admin: false, myUnit: false, bureau: true },
  { email: 'kepala.biro@demo.manorta.id', name: 'Dr. Hendra Gunawan, M.Si.', role: 'Kepala Biro', admin: false, myUnit: false, bureau: true },
  { email: 'pemrakarsa@demo.manorta.id', name: 'Siti Rahmawati, S.H.', role: 'Pemrakarsa', admin: false, myUnit: false, bureau: false },
  { email: 'pimpinan@demo.manorta.id', name: 'Bambang Suryanto, S.H., M.H.', role: 'Pimpinan Unit', admin: false, myUnit: true, bureau: false },
];

for (const account of ACCOUNTS) {
  test(`${account.role} sees the menu of the role`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page.getByRole('heading', { level: 1, name: `Selamat datang, ${account.name}` })).toBeVisible();
    await expect(page.getByRole('main').getByText(account.role, { exact: true })).toBeVisible();

    const nav = mainNav(page);
    for (const entry of ['Beranda', 'Permohonan', 'Tabel Pemantauan', 'Layanan Tata Laksana', 'Akun', 'Bantuan']) {
      await expect(nav.getByRole('link', { name: entry, exact: true })).toBeVisible();
    }
    await expect(nav.getByRole('link', { name: 'Masuk', exact: true })).toHaveCount(0);

    const adminGroup = nav.getByRole('group', { name: 'Administrasi' });
    if (account.admin) {
      await expect(adminGroup.getByRole('link')).toHaveText(ADMIN_ENTRIES);
    } else {
      await expect(adminGroup).toHaveCount(0);
      for (const entry of ADMIN_ENTRIES) await expect(nav.getByRole('link', { name: entry, exact: true })).toHaveCount(0);
    }

    const bureauDashboard = nav.getByRole('link', { name: 'Dasbor Biro', exact: true });
    if (account.bureau) await expect(bureauDashboard).toBeVisible();
    else await expect(bureauDashboard).toHaveCount(0);

    // Periodic review and acknowledgement of SOPs: for everyone signed in; the acknowledgement progress for the bureau.
    for (const entry of ['Perlu Dibaca', 'Tinjauan Berkala SOP']) await expect(nav.getByRole('link', { name: entry, exact: true })).toBeVisible();
    const acks = nav.getByRole('link', { name: 'Tanda Baca SOP', exact: true });
    if (account.bureau) await expect(acks).toBeVisible();
    else await expect(acks).toHaveCount(0);

    const myUnit = nav.getByRole('link', { name: 'Unit Saya', exact: true });
    if (account.myUnit) await expect(myUnit).toBeVisible();
    else await expect(myUnit).toHaveCount(0);

    await expectNoA11yViolations(page);

    if (account.myUnit) {
      await myUnit.click();
      await expect(page).toHaveURL(/\/unit-saya$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Unit Saya' })).toBeVisible();
      await expect(page.getByText('Sekretariat Komisi Kepolisian Nasional (SETKOMPOLNAS)')).toBeVisible();
      const members = page.getByRole('table', { name: 'Pengguna Sekretariat Komisi Kepolisian Nasional' });
      await expect(members.getByRole('cell', { name: 'pemrakarsa@demo.manorta.id' })).toBeVisible();
      await expect(members.getByRole('cell', { name: 'pimpinan@demo.manorta.id' })).toBeVisible();
      await expect(members.getByRole('cell', { name: 'pemrakarsa.komjak@demo.manorta.id' })).toHaveCount(0);
    }

    await signOut(page);
    await expect(nav.getByRole('group', { name: 'Administrasi' })).toHaveCount(0);
  });
}
