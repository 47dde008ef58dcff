/**
 * The Content-Security-Policy in a real browser: a <script> written in a document's body (let through
 * the linter by an acknowledgement) does not run on the web page nor in the print view, while the
 * site's own scripts do — and taking the policy out of the same page lets it run, so it is the policy
 * that stops it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { astroBuild } from '../support/astro-build.ts';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';

const PROJECT = 'tests/fixtures/lint/build-project';
const PLANTED = '<script>document.documentElement.dataset.documentScript = location.host</script>';
const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/u;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let out: string;
let server: StaticServer;

test.beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'gongwen-csp-'));
  const { code, output } = await astroBuild(PROJECT, { GONGWEN_FIXTURE_CONTENT: 'content-script', GONGWEN_FIXTURE_OUT: out });
  expect(output).toContain('content-script/script-in-body.mdx:19:1  acknowledged  remote-content');
  expect(code, output).toBe(0);
  server = await serveDirectory(out);
});

test.afterAll(async () => {
  await server?.close();
  await rm(out, { recursive: true, force: true });
});

/** What the planted script would have written; undefined when it did not run. */
const plantedRan = (page: Page) => page.evaluate(() => document.documentElement.dataset['documentScript']);

for (const [view, path] of [
  ['web page', '/script-in-body/'],
  ['print view', '/script-in-body/print/'],
] as const) {
  test(`a <script> in a document's body does not run on its ${view}`, async ({ page }) => {
    const html = await readFile(join(out, path, 'index.html'), 'utf8');
    expect(html, 'the script is in the page as written').toContain(PLANTED);
    expect(html).toMatch(CSP_META);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/u.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    expect(await plantedRan(page)).toBeUndefined();
    expect(refused.join('\n')).toMatch(/inline script/u);
  });
}

test("the site's own scripts still run: 文字大小 and 高对比 work and reach the print view, which paginates", async ({ page }) => {
  await page.goto(`${server.origin}/script-in-body/`);
  await expect(page.locator('html')).toHaveClass(/\bgw-js\b/u);
  await page.getByRole('radio', { name: '大', exact: true }).check();
  await page.getByRole('button', { name: '高对比' }).click();
  await expect(page.locator('html')).toHaveClass(/\bgw-large-text\b/u);
  await expect(page.locator('html')).toHaveClass(/\bgw-high-contrast\b/u);
  await page.goto(`${server.origin}/script-in-body/print/`);
  // The print view's own inline head script ran under the policy: the settings are applied to its screen view.
  await expect(page.locator('html')).toHaveClass(/\bgw-large-text\b.*\bgw-high-contrast\b/u);
  await expect(page.locator('html')).toHaveAttribute('data-gw-paged', /^\d+$/u, { timeout: 60_000 });
  await expect(page.locator('.pagedjs_page').first()).toBeVisible();
});

test('without the policy, the same page runs the planted script (what the policy is there for)', async ({ page }) => {
  await page.route(`${server.origin}/script-in-body/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(CSP_META, '') });
  });
  await page.goto(`${server.origin}/script-in-body/`);
  expect(await plantedRan(page)).toBe(new URL(server.origin).host);
});
