import { expect, type Page } from '@playwright/test';

/** The request page's group of workflow buttons. */
export const actions = (page: Page) => page.getByRole('group', { name: 'Tindakan atas permohonan' });

/** Takes a move through its button and confirming dialog; returns the dialog (open while the server refuses). */
export async function takeAction(page: Page, action: string, opts: { reason?: string; verifier?: RegExp } = {}) {
  await actions(page).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: action });
  await expect(dialog).toBeVisible();
  if (opts.verifier) {
    await dialog.getByLabel(/^Verifikator/).click();
    await page.getByRole('option', { name: opts.verifier }).click();
  }
  if (opts.reason) await dialog.getByRole('textbox', { name: /^Alasan atau catatan/ }).fill(opts.reason);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  return dialog;
}
