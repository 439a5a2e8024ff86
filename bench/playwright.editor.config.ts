import { defineConfig } from '@playwright/test';
import base from '../playwright.config.ts';

/** `npm run bench:editor`: the editor speed script, on the same server and browser settings as the journeys. */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: /sop-editor-speed\.spec\.ts$/,
  webServer: { ...base.webServer, cwd: '..' } as typeof base.webServer,
});
