import { expect, test } from '@playwright/test';
import { mainNav } from './support/session.ts';

test('the interface switches to English, remembers it after a reload, and switches back', async ({ page }) => {
  await page.goto('/layanan');
  await expect(page.getByRole('heading', { level: 1, name: 'Layanan Tata Laksana' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  const switcher = page.getByRole('radiogroup', { name: 'Bahasa' });
  await switcher.locator('label').filter({ hasText: 'EN' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Governance Services' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Main services' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Supporting services' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'SOP drafting facilitation' })).toBeVisible();
  const englishNav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(englishNav.getByRole('link', { name: 'Help', exact: true })).toBeVisible();
  await expect(englishNav.getByRole('link', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Governance Services' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Organisation & Governance Services' })).toBeVisible();
  const englishSwitch = page.getByRole('radiogroup', { name: 'Language' });
  await expect(englishSwitch.getByRole('radio', { name: /English/ })).toBeChecked();

  await englishSwitch.locator('label').filter({ hasText: 'ID' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Layanan Tata Laksana' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kanal Layanan Utama' })).toBeVisible();
  await expect(mainNav(page).getByRole('link', { name: 'Bantuan', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Layanan Tata Laksana' })).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'Bahasa' }).getByRole('radio', { name: /Bahasa Indonesia/ })).toBeChecked();
});
