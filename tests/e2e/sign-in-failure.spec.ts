import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe.ts';
import { submitSignIn } from './support/session.ts';

test('a wrong password shows the Indonesian error message and keeps the user signed out', async ({ page }) => {
  await page.goto('/masuk');
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk' })).toBeVisible();
  await submitSignIn(page, 'pemrakarsa.komjak@demo.manorta.id', 'kata-sandi-yang-salah');

  await expect(page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' })).toBeVisible();
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByRole('button', { name: /^Menu pengguna: / })).toHaveCount(0);
  await expectNoA11yViolations(page);
});
