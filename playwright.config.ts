/**
 * One runner for every test: unit tests of the plugins and linter, browser tests of the
 * built site (axe-core, keyboard, outline), and tests that parse the built PDFs.
 * Browser tests run on the Chromium that print/browser.ts finds; the site is served
 * from dist/ by `astro preview`, so `npm run build` must have run first.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import type { LaunchOptions } from 'playwright-core';
import { BrowserNotFoundError, chromiumLaunchOptions } from './print/browser.ts';

/** Several checkouts may test at once on one machine: each can pick its own port. */
const PORT = Number(process.env.GONGWEN_TEST_PORT ?? 4327);

/**
 * Without a browser the config still loads, so every test that needs none runs; each browser test
 * then fails at launch with the message that names the fix, which a stand-in prints as the browser's error.
 */
function launchOptions(): LaunchOptions {
  try {
    return chromiumLaunchOptions();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    const standIn = fileURLToPath(new URL('./tests/support/missing-browser.sh', import.meta.url));
    return { executablePath: standIn, env: { GONGWEN_MISSING_BROWSER: error.message } };
  }
}

export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.test.ts',
  timeout: 120_000,
  workers: 2,
  reporter: [['list']],
  globalSetup: './tests/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: launchOptions(),
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
