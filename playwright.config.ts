import { defineConfig } from '@playwright/test';

export const E2E_PORT = 3199;
export const E2E_SMTP_PORT = 2599;

/**
 * Journeys click through the real pages of a real server: a fresh embedded database with the demo data, mail to an
 * SMTP server on loopback that the mail journey starts, and Debian's Chromium (Playwright cannot download its own here).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'rm -rf .tmp/e2e-data .tmp/e2e-data.lock && npx tsx src/server/main.ts',
    url: `http://localhost:${E2E_PORT}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(E2E_PORT),
      HOST: '127.0.0.1',
      MANORTA_DATA_DIR: '.tmp/e2e-data',
      MANORTA_PUBLIC_URL: `http://localhost:${E2E_PORT}`,
      DATABASE_URL: '',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(E2E_SMTP_PORT),
      LOG_LEVEL: 'warn',
    },
  },
});
