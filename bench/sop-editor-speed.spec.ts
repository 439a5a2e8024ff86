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
      (event) => {
        if (event.key === 'Alt') return;
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

async function measure(page: Page, steps: number) {
  await page.setViewportSize({ width: 1600, height: 1000 });
  const session = await (await page.request.get('/api/auth/session')).json();
  const sop = await api(page, 'POST', '/api/sops', { unitId: session.user.unitId, title: `SOP ${steps} Langkah` });
  const content = largeSop(steps);
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
  await scroller.evaluate((el, n) => (el.scrollTop = (el.scrollHeight / n) * (Math.floor(n / 2) - 1)), steps);
  const row = page.getByRole('group', { name: `Langkah ${Math.floor(steps / 2)}`, exact: true });
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
  await expect(description).toHaveValue(`Kegiatan s${Math.floor(steps / 2)}${typedText}`);

  // Moves with Alt+ArrowDown.
  const moves: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Alt+ArrowDown');
    await page.waitForTimeout(250);
    moves.push(...(await keyTimes(page)));
  }
  await expect(page.getByRole('group', { name: `Langkah ${Math.floor(steps / 2) + 5}`, exact: true }).getByLabel('Uraian Kegiatan')).toHaveValue(`Kegiatan s${Math.floor(steps / 2)}${typedText}`);

  return {
    pageLoadToFirstRowsMs: Math.round(loadToRows),
    stepsTabFirstRenderMs: Math.round(median(renders)),
    keystrokeMs: { median: Math.round(median(keys)), p95: Math.round(p95(keys)), n: keys.length },
    keystrokePlaywrightWallMsPerChar: Math.round(typeWall),
    moveMs: Math.round(median(moves)),
  };
}

/**
 * `npm run bench:editor`. The figures of a 100-step SOP beside those of a 10-step one measured in the same run (the
 * baseline): a ratio near 1 means the editor's cost does not grow with the SOP. Targets (100 steps): keystroke < 50 ms,
 * steps tab < 1 s, move < 200 ms. Printed, never asserted: wall-clock times depend on the machine.
 */
test('SOP editor speed: 100 steps against 10', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1600, height: 1000 });
  await signIn(page, 'pemrakarsa@demo.manorta.id');
  const small = await measure(page, 10);
  const large = await measure(page, 100);
  const ratio = (a: number, b: number) => `${(a / Math.max(b, 1)).toFixed(1)}×`;
  console.log(`SOP editor speed, Chromium; median of each action, ms
                        10 steps   100 steps   100 ÷ 10   target (100)
  keystroke            ${String(small.keystrokeMs.median).padStart(8)}   ${String(large.keystrokeMs.median).padStart(9)}   ${ratio(large.keystrokeMs.median, small.keystrokeMs.median).padStart(8)}   < 50
  keystroke p95        ${String(small.keystrokeMs.p95).padStart(8)}   ${String(large.keystrokeMs.p95).padStart(9)}   ${ratio(large.keystrokeMs.p95, small.keystrokeMs.p95).padStart(8)}
  steps tab render     ${String(small.stepsTabFirstRenderMs).padStart(8)}   ${String(large.stepsTabFirstRenderMs).padStart(9)}   ${ratio(large.stepsTabFirstRenderMs, small.stepsTabFirstRenderMs).padStart(8)}   < 1000
  move (Alt+↓)         ${String(small.moveMs).padStart(8)}   ${String(large.moveMs).padStart(9)}   ${ratio(large.moveMs, small.moveMs).padStart(8)}   < 200
  page load to rows    ${String(small.pageLoadToFirstRowsMs).padStart(8)}   ${String(large.pageLoadToFirstRowsMs).padStart(9)}`);
  expect(large.keystrokeMs.n).toBeGreaterThan(20);
});
