/**
 * Finds and launches the Chromium that renders print views and runs the browser tests.
 *
 * Order: $GONGWEN_CHROMIUM (an executable path), then Playwright's own browser
 * (`npx playwright install chromium`), then the system's headless shell, then the system's Chromium.
 *
 * Decision: Debian's `chromium-headless-shell` before its `chromium`. It is Chromium's own headless
 * build, without the browser's UI: on this machine a cold build of 32 documents took 28.0 s instead of
 * 33.3 s and peaked at 1.51 GiB instead of 1.73 (npm run bench:scale). With `--font-render-hinting=none`
 * (the shell hints glyph advances fully unless told) it lays out and prints byte for byte as the full
 * browser does, the preview's layout (tests/print/pdf-command.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium, errors, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_ENV = 'GONGWEN_CHROMIUM';

/** Seconds a browser may take to start; Playwright's own limit (180 s) would hold `gongwen pdf` for minutes. */
export const LAUNCH_TIMEOUT_ENV = 'GONGWEN_LAUNCH_TIMEOUT_SECONDS';
const DEFAULT_LAUNCH_TIMEOUT_SECONDS = 30;

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

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
  // The headless shell's default is full hinting, which rounds advances and breaks lines elsewhere than the browser.
  '--font-render-hinting=none',
];

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `No Chromium found to render the print view (${detail}). ` +
        'Install one with `npx playwright install chromium` or `apt-get install chromium-headless-shell` (or `chromium`), ' +
        `or point ${CHROMIUM_ENV} at a Chromium or Chrome executable. ` +
        'To build the pages without PDFs, set `gongwen({ pdf: false })` in astro.config.',
    );
    this.name = 'BrowserNotFoundError';
  }
}

export class BrowserLaunchTimeoutError extends Error {
  constructor(executablePath: string, seconds: number) {
    super(
      `Chromium did not start within ${seconds} s (${executablePath}). ` +
        `Check that it runs: \`${executablePath} --headless --dump-dom about:blank\`; ` +
        `point ${CHROMIUM_ENV} at another Chromium or Chrome, or allow it longer with ${LAUNCH_TIMEOUT_ENV}=<seconds>.`,
    );
    this.name = 'BrowserLaunchTimeoutError';
  }
}

/** The launch limit in seconds: $GONGWEN_LAUNCH_TIMEOUT_SECONDS, else 30. */
export function launchTimeoutSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = env[LAUNCH_TIMEOUT_ENV];
  if (value === undefined || value === '') return DEFAULT_LAUNCH_TIMEOUT_SECONDS;
  const seconds = Number(value);
  if (!(seconds > 0)) throw new Error(`${LAUNCH_TIMEOUT_ENV}=${value} is not a number of seconds — give a positive number, e.g. ${LAUNCH_TIMEOUT_ENV}=60`);
  return seconds;
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

/** Launch options for Playwright: the browser found above, headless, with the quiet flags and the launch limit. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env): LaunchOptions & { executablePath: string; timeout: number } {
  const sandboxArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return {
    executablePath: findChromium(env),
    headless: true,
    args: [...CHROMIUM_ARGS, ...sandboxArgs],
    timeout: launchTimeoutSeconds(env) * 1000,
  };
}

export async function launchChromium(env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const options = chromiumLaunchOptions(env);
  try {
    return await chromium.launch(options);
  } catch (error) {
    if (!(error instanceof errors.TimeoutError)) throw error;
    stopChildren(options.executablePath);
    throw new BrowserLaunchTimeoutError(options.executablePath, options.timeout / 1000);
  }
}

/**
 * Kills this process's children running `executable`. After a launch timeout Playwright still waits
 * 30 s for the silent browser to close before it kills it, holding the command that long. Linux only
 * (/proc); elsewhere Playwright's own kill follows.
 */
function stopChildren(executable: string): void {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/u.test(name));
  } catch {
    return;
  }
  for (const pid of entries) {
    try {
      // The parent pid is the 2nd field after the command name, which is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (parent !== process.pid || !command.includes('--remote-debugging-pipe')) continue;
      if (!command.slice(0, 2).includes(executable)) continue;
      // Playwright starts the browser as its own process group: end the group, renderers included.
      process.kill(-Number(pid), 'SIGKILL');
    } catch {
      // The process ended meanwhile, or is not ours to read.
    }
  }
}
