import { expect, test, type Page } from '@playwright/test';
import { largeSop } from '../src/domain/sop/testing.ts';
import { signIn } from '../tests/e2e/support/session.ts';

/**
 * The editor stays fast on a 100-step SOP (Chromium, this machine): a keystroke in a step's description, the first
 * render of the steps tab, and moving a row with Alt+ArrowDown. Each is measured in the page from the keydown (or
 * the click) to the first frame painted after React has handled it, and the numbers are printed.
 */

async function api(page: Page, method: 'POST' | 'PUT', path: string, data: unknown) {
  const session = await (await page.request.get('/api/auth/session')).json();
  const response = await page.request.fetch(path, { method, headers: { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' }, data: JSON.stringify(data) });
  expect(response.ok(), await response.text()).toBe(true);
  return response.json();
}

/** Installs a probe: for each keydown, the time until the next frame after the event has been handled. */
async function installKeyProbe(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __keyTimes: number[] };
    w.__keyTimes = [];
    document.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        // The frame after the one React renders the change in: rAF runs before paint, the timeout after it.
        requestAnimationFrame(() => setTimeout(() => w.__keyTimes.push(performance.now() - t0), 0));
      },
      { capture: true },
    );
  });
}

const keyTimes = (page: Page) => page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes.splice(0));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

test('a 100-step SOP: keystroke, first render of the steps tab and a move are fast', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await signIn(page, 'pemrakarsa@demo.manorta.id');
  const session = await (await page.request.get('/api/auth/session')).json();
  const sop = await api(page, 'POST', '/api/sops', { unitId: session.user.unitId, title: 'SOP Seratus Langkah' });
  const content = largeSop(100);
  content.identity.unitId = session.user.unitId;
  await api(page, 'PUT', `/api/sops/${sop.id}/content`, { version: sop.version, content });

  await page.goto(`/sop/${sop.id}`);
  await expect(page.getByRole('group', { name: 'Langkah 1', exact: true })).toBeVisible();
  const loadToRows = await page.evaluate(() => performance.now());

  // First render of the steps tab (from another tab), to the first frame with rows.
  const main = page.getByRole('main');
  const renders: number[] = [];
  for (let i = 0; i < 3; i++) {
    await main.getByRole('tab', { name: 'Identitas' }).click();
    await expect(page.locator('[data-step-row]')).toHaveCount(0);
    renders.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const tab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => t.textContent?.startsWith('Langkah'))!;
            const t0 = performance.now();
            tab.click();
            const check = () => (document.querySelector('[data-step-row]') ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0)) : requestAnimationFrame(check));
            check();
          }),
      ),
    );
  }

  // Keystrokes in the middle of the list.
  const scroller = page.getByTestId('steps-scroller');
  await scroller.evaluate((el) => (el.scrollTop = (el.scrollHeight / 100) * 49));
  const row = page.getByRole('group', { name: 'Langkah 50', exact: true });
  await expect(row).toBeVisible();
  const description = row.getByLabel('Uraian Kegiatan');
  await description.click();
  await page.keyboard.press('End');
  await installKeyProbe(page);
  await keyTimes(page);
  const typedText = ' diperiksa dengan teliti oleh petugas';
  const t0 = Date.now();
  await page.keyboard.type(typedText, { delay: 30 });
  const typeWall = (Date.now() - t0) / typedText.length - 30;
  await page.waitForTimeout(300);
  const keys = await keyTimes(page);
  await expect(description).toHaveValue(`Kegiatan s50${typedText}`);

  // Moves with Alt+ArrowDown.
  const moves: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForTimeout(250);
    moves.push(...(await keyTimes(page)));
  }
  await expect(page.getByRole('group', { name: 'Langkah 55', exact: true }).getByLabel('Uraian Kegiatan')).toHaveValue(`Kegiatan s50${typedText}`);

  const report = {
    pageLoadToFirstRowsMs: Math.round(loadToRows),
    stepsTabFirstRenderMs: renders.map(Math.round),
    keystrokeToNextFrameMs: { median: Math.round(median(keys)), p95: Math.round(p95(keys)), max: Math.round(Math.max(...keys)), n: keys.length },
    keystrokePlaywrightWallMsPerChar: Math.round(typeWall),
    moveToNextFrameMs: moves.map(Math.round),
  };
  console.log('SOP editor speed (100 steps):', JSON.stringify(report));
  test.info().annotations.push({ type: 'speed', description: JSON.stringify(report) });

  expect(median(keys)).toBeLessThan(50);
  expect(Math.max(...renders)).toBeLessThan(1000);
  expect(median(moves)).toBeLessThan(200);
});
