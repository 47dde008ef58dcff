import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BrowserNotFoundError, findChromium } from '../print/browser.ts';

/** Builds lib/, the compiled package that the test sites import as `gongwen` (scripts/package.ts). */
const PACKAGE_BUILD = fileURLToPath(new URL('../scripts/package.ts', import.meta.url));

/** The test documents' site (tests/fixture-site): fixtures never appear on the real site. */
const FIXTURE_SITE = fileURLToPath(new URL('./fixture-site/', import.meta.url));

/**
 * The tests read what `npm run build` wrote; say so plainly when it has not run.
 * The package is compiled again first, so the sites the tests build run today's sources; the fixture
 * site is built here, through the integration, as a user's site would be.
 */
export default function globalSetup(): void {
  if (!existsSync(new URL('../dist/index.html', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build` before `npm test`.');
  }
  execFileSync(process.execPath, [PACKAGE_BUILD], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    findChromium();
  } catch (error) {
    // Its PDFs need a browser; the tests that need none still run (playwright.config.ts).
    if (!(error instanceof BrowserNotFoundError)) throw error;
    console.warn(`${error.message}\nThe fixture site is not rebuilt, and the browser tests will fail.`);
    return;
  }
  const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
  execFileSync(process.execPath, [astro, 'build'], { cwd: FIXTURE_SITE, stdio: ['ignore', 'ignore', 'inherit'] });
}
