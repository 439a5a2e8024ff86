import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'manorta-demo-2026';

/** The main navigation (the side menu), visible at the default desktop viewport. */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Menu utama' });

/** Fills the sign-in form on the page as it stands (it must already show /masuk) and submits it. */
export async function submitSignIn(page: Page, email: string, password: string) {
  const main = page.getByRole('main');
  await main.getByRole('textbox', { name: /^Email/ }).fill(email);
  await main.getByLabel(/^Kata sandi/).fill(password);
  await main.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Opens /masuk, signs in and waits for the signed-in home (/beranda). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/masuk');
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/beranda$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Selamat datang, / })).toBeVisible();
}

/** Signs out through the user menu and waits for the public front page. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: /^Menu pengguna: / }).click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(mainNav(page).getByRole('link', { name: 'Masuk', exact: true })).toBeVisible();
}
