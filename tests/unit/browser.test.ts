/**
 * Finding and starting the browser (print/browser.ts), with no real Chromium: a stand-in that never
 * answers bounds the launch, and a test run without any browser still runs the tests that need none.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchTimeoutSeconds } from '../../print/browser.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

test('gongwen pdf with a browser that never starts: given up after GONGWEN_LAUNCH_TIMEOUT_SECONDS, named with the fix, the browser stopped', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-hung-browser-'));
  try {
    const browser = join(dir, 'chromium');
    const pidFile = join(dir, 'pid');
    const out = join(dir, 'out.pdf');
    // Starts, never answers on the DevTools pipe, and would wait ten minutes.
    writeFileSync(browser, `#!/bin/sh\necho $$ > '${pidFile}'\nsleep 600\n`);
    chmodSync(browser, 0o755);
    const started = performance.now();
    const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        'node_modules/.bin/node',
        ['plugins/cli.ts', 'pdf', 'xiqing-zhangzhengfa-2024-1', '--out', out],
        { env: { ...process.env, GONGWEN_CHROMIUM: browser, GONGWEN_LAUNCH_TIMEOUT_SECONDS: '2' } },
        (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
      );
    });
    const seconds = (performance.now() - started) / 1000;
    expect(run.stderr).toBe(
      `gongwen pdf: Chromium did not start within 2 s (${browser}). Check that it runs: \`${browser} --headless --dump-dom about:blank\`; ` +
        'point GONGWEN_CHROMIUM at another Chromium or Chrome, or allow it longer with GONGWEN_LAUNCH_TIMEOUT_SECONDS=<seconds>.\n',
    );
    expect(run.code).toBe(1);
    // The 2 s limit, plus Node and the CLI starting: not Playwright's 180 s, nor its 30 s wait to close.
    expect(seconds).toBeGreaterThanOrEqual(2);
    expect(seconds).toBeLessThan(10);
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
    expect(existsSync(out)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the launch limit is 30 s unless set, and a value that is not a number of seconds is refused by name', () => {
  expect(launchTimeoutSeconds({})).toBe(30);
  expect(launchTimeoutSeconds({ GONGWEN_LAUNCH_TIMEOUT_SECONDS: '90' })).toBe(90);
  expect(() => launchTimeoutSeconds({ GONGWEN_LAUNCH_TIMEOUT_SECONDS: 'soon' })).toThrow(
    'GONGWEN_LAUNCH_TIMEOUT_SECONDS=soon is not a number of seconds — give a positive number, e.g. GONGWEN_LAUNCH_TIMEOUT_SECONDS=60',
  );
  expect(() => launchTimeoutSeconds({ GONGWEN_LAUNCH_TIMEOUT_SECONDS: '0' })).toThrow('is not a number of seconds');
});

interface JsonReport {
  stats: { expected: number; unexpected: number; skipped: number };
  suites: JsonSuite[];
}
interface JsonSuite {
  file: string;
  specs?: { title: string; tests: { results: { status: string; error?: { message?: string } }[] }[] }[];
  suites?: JsonSuite[];
}

test('without a browser, npm test still runs the tests that need none, and each browser test fails naming the fix', async () => {
  test.setTimeout(180_000);
  // Only the variables a user's shell would have: the worker's own would make the nested run a worker too.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TEST_') && !name.startsWith('PW_') && !name.startsWith('PLAYWRIGHT_')));
  const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'npx',
      ['playwright', 'test', '--config', 'tests/support/no-server.config.ts', 'tests/unit/schema.test.ts', 'tests/web/keyboard.test.ts', '--reporter=json'],
      { env: { ...env, GONGWEN_CHROMIUM: '/nonexistent' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
  const missing = 'No Chromium found to render the print view (GONGWEN_CHROMIUM=/nonexistent does not exist). Install one with `npx playwright install chromium` or `apt-get install chromium-headless-shell` (or `chromium`), or point GONGWEN_CHROMIUM at a Chromium or Chrome executable. To build the pages without PDFs, set `gongwen({ pdf: false })` in astro.config.';
  expect(run.stderr).toContain(`${missing}\nThe fixture site is not rebuilt, and the browser tests will fail.`);
  const report = JSON.parse(run.stdout) as JsonReport;
  const specs = (suite: JsonSuite): { file: string; title: string; status: string; error: string }[] => [
    ...(suite.specs ?? []).map((spec) => ({ file: suite.file, title: spec.title, status: spec.tests[0]!.results[0]!.status, error: spec.tests[0]!.results[0]!.error?.message ?? '' })),
    ...(suite.suites ?? []).flatMap(specs),
  ];
  const results = report.suites.flatMap(specs);
  const unit = results.filter((r) => r.file === 'unit/schema.test.ts');
  const browser = results.filter((r) => r.file === 'web/keyboard.test.ts');
  const countTests = (file: string) => readFileSync(file, 'utf8').match(/^test\(/gmu)?.length ?? 0;
  expect(unit.length).toBe(countTests('tests/unit/schema.test.ts'));
  expect(unit.every((r) => r.status === 'passed')).toBe(true);
  expect(browser.length).toBeGreaterThan(0);
  for (const result of browser) {
    expect(result.status, result.title).toBe('failed');
    expect(result.error, result.title).toContain(missing);
  }
  expect(report.stats).toMatchObject({ expected: unit.length, unexpected: browser.length, skipped: 0 });
  expect(run.code).toBe(1);
});
