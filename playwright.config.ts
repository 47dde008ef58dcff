/**
 * One runner for every test: unit tests of the plugins and linter, browser tests of the
 * built site (axe-core, keyboard, outline), and tests that parse the built PDFs.
 * Browser tests run on the Chromium that print/browser.ts finds; the site is served
 * from dist/ by `astro preview`, so `npm run build` must have run first.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './print/browser.ts';

/** Several checkouts may test at once on one machine: each can pick its own port. */
const PORT = Number(process.env.GONGWEN_TEST_PORT ?? 4327);

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.test.ts',
  timeout: 120_000,
  workers: 2,
  reporter: [['list']],
  globalSetup: './tests/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
