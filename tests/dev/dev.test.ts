/**
 * `astro dev` as the authoring loop, on a small site made here with one real document: its 下载 PDF
 * link answers with the PDF printed from the dev server's print view, kept until the document is saved
 * again; a lint error shows in the browser as the error overlay (and in the terminal), and goes away
 * once the document is fixed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openPdf, readPages } from '../print/pdf-reader.ts';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const SOURCE = 'tests/fixture-site/content/upward.mdx';
const SLUG = 'upward';
const TITLE = '关于申请防汛物资补助资金的请示';
/** Inside the repository, so the site's `import gongwen from 'gongwen'` finds this package; *.tmp is ignored by git. */
const SITE = join('tests', 'dev', `site-${process.pid}.tmp`);
const DOCUMENT = join(SITE, 'content', `${SLUG}.mdx`);
const BAD = join(SITE, 'content', 'bad-number.mdx');
/** The site has Astro base '/site' and gongwen base '/documents/': the dev server's pages and PDFs live below both. */
const PAGES = '/site/documents/';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let server: ChildProcess;
let origin = '';
let output = '';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The document's PDF text, all lines of all pages run together. */
async function pdfText(bytes: Buffer): Promise<string> {
  const file = join(SITE, `read-${Date.now()}.pdf`);
  await writeFile(file, bytes);
  const pages = await readPages(await openPdf(file));
  return pages.flatMap((page) => page.lines.map((line) => line.runs.map((run) => run.text).join(''))).join('');
}

async function getPdf(): Promise<{ status: number; type: string | null; disposition: string | null; bytes: Buffer }> {
  const response = await fetch(`${origin}${PAGES}${SLUG}.pdf`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type'), disposition: response.headers.get('content-disposition'), bytes };
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await rm(SITE, { recursive: true, force: true });
  await mkdir(join(SITE, 'src'), { recursive: true });
  await mkdir(join(SITE, 'content'), { recursive: true });
  await writeFile(
    join(SITE, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport gongwen from 'gongwen';\n\nexport default defineConfig({ base: '/site', integrations: [gongwen({ base: '/documents/', pdfTimeoutSeconds: 90 })] });\n",
  );
  await copyFile('tests/fixture-site/src/content.config.ts', join(SITE, 'src', 'content.config.ts'));
  await copyFile(SOURCE, DOCUMENT);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so afterAll ends the server and whatever it started (Chromium) together.
  server = spawn(process.execPath, [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: SITE,
    detached: true,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => output, { timeout: 90_000, message: 'the dev server starts' }).toMatch(/ready in \d+/u);
  // Linted once at start, before any page is asked for.
  expect(output).toContain('[gongwen:lint] ✔ no problems in 1 file');
});

// A failure shows what the dev server said: its log is where a print that failed or hung says why.
test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) console.log(`astro dev said:\n${output}`);
});

test.afterAll(async () => {
  if (server?.pid !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  await rm(SITE, { recursive: true, force: true });
});

test('GET <base><slug>.pdf answers the PDF printed from the dev print view, and a second GET is served from the cache', async () => {
  const first = await getPdf();
  expect(first.status, first.bytes.toString()).toBe(200);
  expect(first.type).toBe('application/pdf');
  expect(first.disposition).toMatch(/^inline;/u);
  expect(first.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(await pdfText(first.bytes)).toContain(TITLE);
  const printed = new RegExp(`\\[gongwen\\] ${SLUG}\\.pdf: 2 pages, \\d+ bytes`, 'gu');
  expect(output.match(printed)).toHaveLength(1);

  const second = await getPdf();
  expect(second.status).toBe(200);
  expect(second.bytes.equals(first.bytes)).toBe(true);
  expect(output.match(printed), 'the second GET is not printed again').toHaveLength(1);
  // A slug without a document is Astro's 404, not a print.
  expect((await fetch(`${origin}${PAGES}no-such-document.pdf`)).status).toBe(404);
});

test('after the document is saved with a new word, the next PDF has it', async () => {
  const source = await readFile(DOCUMENT, 'utf8');
  // Saved as most editors save, whole (written aside, renamed over): a file written in place can be read half
  // written by Astro's glob loader, which then refuses the partial entry and keeps the old one until the next save.
  await writeFile(`${DOCUMENT}.saving`, source.replace('镇区环境更加生态宜居。', '镇区环境更加生态宜居美丽。'));
  await rename(`${DOCUMENT}.saving`, DOCUMENT);
  const edited = await getPdf();
  expect(edited.status, edited.bytes.toString()).toBe(200);
  expect(await pdfText(edited.bytes)).toContain('生态宜居美丽。');
});

test('a lint error shows as the error overlay, on an open page and on one opened later, and goes away once fixed', async ({ browser }) => {
  const open = await browser.newPage();
  await open.goto(`${origin}${PAGES}${SLUG}/`);
  await expect(open.getByRole('heading', { level: 1 })).toContainText(TITLE);
  // The page's 下载 PDF link is the address the dev server prints at.
  await expect(open.getByRole('link', { name: /下载 PDF/u })).toHaveAttribute('href', `${PAGES}${SLUG}.pdf`);
  const source = await readFile(SOURCE, 'utf8');
  await writeFile(BAD, source.replace('西青张政报〔2024〕3号', '西青张政报[2024]3号'));

  const finding = 'content/bad-number.mdx:4:12  error  schema/docNumber  docNumber "西青张政报[2024]3号": the year must be in 六角括号 〔〕 — write 西青张政报〔2024〕3号';
  await expect.poll(() => output, { timeout: 20_000 }).toContain(`[ERROR] [gongwen:lint] ${finding}`);
  await expect(open.locator('vite-error-overlay #message-content')).toContainText(finding, { timeout: 20_000 });

  const later = await browser.newPage();
  await later.goto(`${origin}${PAGES}${SLUG}/`);
  const overlay = later.locator('vite-error-overlay');
  await expect(overlay.locator('#title')).toHaveText('1 lint error in content/', { timeout: 20_000 });
  await expect(overlay.locator('#message-content')).toContainText(finding);
  await expect(overlay.locator('#code h2')).toHaveText('content/bad-number.mdx:4:12');
  await expect(overlay.locator('#hint-content')).toContainText('acknowledgements: [{ rule, text, reason }]');

  await writeFile(BAD, source);
  for (const page of [open, later]) await expect(page.locator('vite-error-overlay')).toHaveCount(0, { timeout: 20_000 });
  await expect(later.getByRole('heading', { level: 1 })).toContainText(TITLE);
  // Vite may still be reloading the page itself after the fix (a full reload for the changed content): a reload that meets it is aborted, so reload once more.
  await later.reload().catch(() => later.reload());
  await expect(later.getByRole('heading', { level: 1 })).toContainText(TITLE);
  await expect(later.locator('vite-error-overlay')).toHaveCount(0);
});
