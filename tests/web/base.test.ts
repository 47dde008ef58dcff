/**
 * gongwen as one part of a larger site (tests/fixtures/base-site/): Astro's own base '/site', gongwen's
 * base '/documents/', no 全部公文 (index: false), a home page and a Markdown page of the site's own with
 * its own remark plugin and smart punctuation. One real build with PDFs, of a copy of the fixture site's
 * 西青张政报〔2024〕3号 (upward.mdx) given a phrase in straight quotes; dist/ is served at /site as the
 * site's host would.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { astroBuild } from '../support/astro-build.ts';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';
import { FIXTURE_CONTENT } from '../print/support.ts';

const PROJECT = 'tests/fixtures/base-site';
const SLUG = 'upward';
const QUOTED = '项目代号为 "HF-2024"。';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let root: string;
let env: Record<string, string>;
let out: string;
let output: string;
let server: StaticServer;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'gongwen-base-'));
  const content = join(root, 'content');
  out = join(root, 'dist');
  mkdirSync(content);
  const source = readFileSync(join(FIXTURE_CONTENT, `${SLUG}.mdx`), 'utf8');
  writeFileSync(join(content, `${SLUG}.mdx`), source.replace('\n<GongwenClosing', `\n${QUOTED}\n\n<GongwenClosing`));
  env = { GONGWEN_FIXTURE_CONTENT: content, GONGWEN_FIXTURE_OUT: out, GONGWEN_FIXTURE_CACHE: join(root, 'cache') };
  const build = await astroBuild(PROJECT, env);
  output = build.output;
  expect(build.code, output).toBe(0);
  server = await serveDirectory(out, '/site');
});

test.afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('every output lives under gongwen\'s base in dist/: the PDF is dist/documents/<doc>.pdf, nothing is at the top', () => {
  const pdf = join(out, 'documents', `${SLUG}.pdf`);
  expect(existsSync(pdf), pdf).toBe(true);
  expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(existsSync(join(out, `${SLUG}.pdf`))).toBe(false);
  for (const path of ['documents/upward/index.html', 'documents/upward/print/index.html', 'documents/upward/display.woff2', 'documents/_gongwen/fonts/upward/fang.ttf']) {
    expect(existsSync(join(out, path)), path).toBe(true);
  }
  expect(existsSync(join(out, '_gongwen')), 'no fonts outside the base').toBe(false);
  expect(existsSync(join(out, 'documents', 'index.html')), 'no 全部公文 with index: false').toBe(false);
  expect(output).not.toContain('gongwenProcessor');
});

test("the document page links its print view and PDF below both bases, and both answer", async ({ page }) => {
  await page.goto(`${server.url}documents/${SLUG}/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('关于申请防汛物资补助资金的请示');
  const pdfLink = page.getByRole('link', { name: '下载 PDF' });
  const printLink = page.getByRole('link', { name: '打印版' });
  await expect(pdfLink).toHaveAttribute('href', `/site/documents/${SLUG}.pdf`);
  await expect(printLink).toHaveAttribute('href', `/site/documents/${SLUG}/print/`);
  const pdf = await page.request.get(new URL(`/site/documents/${SLUG}.pdf`, server.origin).href);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
});

test('the print view paginates at /site/documents/<doc>/print/ with every script, style and font found', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (!response.ok()) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${server.url}documents/${SLUG}/`);
  await page.getByRole('link', { name: '打印版' }).click();
  await expect(page).toHaveURL(`${server.url}documents/${SLUG}/print/`);
  await expect(page.locator('html')).toHaveAttribute('data-gw-paged', /^\d+$/u, { timeout: 60_000 });
  expect(await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'error').map((face) => face.family))).toEqual([]);
  expect(failed).toEqual([]);
});

test("the site's home page is its own, and a document page leads to it, not to a 全部公文 that is not there", async ({ page }) => {
  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("The site's own home page");
  await page.goto(`${server.url}documents/${SLUG}/`);
  await expect(page.locator('.gw-site-name')).toHaveText('公文');
  await expect(page.locator('.gw-site-name').getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '全部公文' })).toHaveCount(0);
  await page.getByRole('contentinfo').getByRole('link', { name: '网站首页' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("The site's own home page");
});

test("the site's own .md page keeps its remark plugin and smart punctuation", async ({ page }) => {
  await page.goto(`${server.url}notes/`);
  await expect(page.getByText('Stamped by the remark plugin of the site.')).toBeVisible();
  await expect(page.getByText('The office said')).toHaveText('The office said “published as is” — and meant it.');
});

test('the document keeps its straight quotes as written: no smart punctuation on gongwen\'s pages', async ({ page }) => {
  await page.goto(`${server.url}documents/${SLUG}/`);
  await expect(page.getByText('项目代号为')).toHaveText(QUOTED);
  await page.goto(`${server.url}documents/${SLUG}/print/`);
  await expect(page.locator('html')).toHaveAttribute('data-gw-paged', /^\d+$/u, { timeout: 60_000 });
  await expect(page.getByText('项目代号为').first()).toHaveText(QUOTED);
});

test('gongwen pdf, run in the project\'s folder, finds the print view under gongwen\'s base and prints it again into dist/documents/', async () => {
  const pdf = join(out, 'documents', `${SLUG}.pdf`);
  const sha256 = () => createHash('sha256').update(readFileSync(pdf)).digest('hex');
  const built = sha256();
  rmSync(pdf);
  const node = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
  const cli = fileURLToPath(new URL('../../plugins/cli.ts', import.meta.url));
  const run = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(node, [cli, 'pdf', SLUG, '--dist', out], { cwd: PROJECT, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, output: `${stdout}${stderr}` }),
    );
  });
  expect(run.code, run.output).toBe(0);
  expect(run.output).toContain(`${SLUG}.pdf: 2 pages`);
  expect(existsSync(join(out, `${SLUG}.pdf`))).toBe(false);
  expect(sha256(), 'the same PDF as the build wrote').toBe(built);
});

test("a site that adds mdx() itself is told, once, to give it gongwen's processor, and how", async () => {
  const build = await astroBuild(PROJECT, { ...env, GONGWEN_FIXTURE_OWN_MDX: '1', GONGWEN_FIXTURE_OUT: join(root, 'dist-own-mdx') });
  expect(build.code, build.output).toBe(0);
  const warnings = build.output.split('\n').filter((line) => line.includes('gongwenProcessor'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain("the site's own mdx() renders the documents without gongwen's remark/rehype plugins");
  expect(warnings[0]).toContain("`mdx({ processor: gongwenProcessor() })`, with `import { gongwenProcessor } from 'gongwen'`");
});
