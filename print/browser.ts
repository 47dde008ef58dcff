/**
 * Finds and launches the Chromium that renders print views and runs the browser tests.
 *
 * Order: $GONGWEN_CHROMIUM (an executable path), then Playwright's own browser
 * (`npx playwright install chromium`), then the system's Chromium.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_ENV = 'GONGWEN_CHROMIUM';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Flags that keep Chromium quiet on a closed network: without them it keeps
 * retrying refused connections (updates, sync, field trials) and may hang.
 */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-quic',
  '--disable-gpu',
];

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `No Chromium found to render the print view (${detail}). ` +
        'Install one with `npx playwright install chromium` or `apt-get install chromium`, ' +
        `or point ${CHROMIUM_ENV} at a Chromium or Chrome executable.`,
    );
    this.name = 'BrowserNotFoundError';
  }
}

/** The Chromium executable to use, or a BrowserNotFoundError that names the fix. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[CHROMIUM_ENV];
  if (override) {
    if (existsSync(override)) return override;
    throw new BrowserNotFoundError(`${CHROMIUM_ENV}=${override} does not exist`);
  }
  let playwrightOwn: string | undefined;
  try {
    playwrightOwn = chromium.executablePath();
  } catch {
    playwrightOwn = undefined;
  }
  if (playwrightOwn && existsSync(playwrightOwn)) return playwrightOwn;
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  throw new BrowserNotFoundError(`looked in ${[playwrightOwn, ...SYSTEM_CHROMIUMS].filter(Boolean).join(', ')}`);
}

/** Launch options for Playwright: the browser found above, headless, with the quiet flags. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env): LaunchOptions {
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return { executablePath: findChromium(env), headless: true, args: [...CHROMIUM_ARGS, ...sandboxArgs] };
}

export function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions(env));
}
