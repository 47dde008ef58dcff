/**
 * A failed build never costs a document its last good PDF (print/pdf-store.ts), whatever fails: the
 * linter, Astro rendering a page, the print, or a kill in the middle of it — and a document that never had
 * a good PDF gets none and no link to one. Real builds of a small site with two real documents, copies of
 * the fixture site's 京建函〔2014〕428号 (letter-han.mdx) and 北京市人民政府令第228号 (order-ling.mdx); the
 * bytes of dist/<doc>.pdf are compared with sha256 before and after.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { astroBuild } from '../support/astro-build.ts';
import { failureMessage } from '../../print/pdf.ts';
import { FIXTURE_CONTENT } from './support.ts';

const PROJECT = 'tests/fixtures/pdf-store/project';
const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const DOCUMENTS = ['letter-han', 'order-ling'];

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

interface Site {
  content: string;
  out: string;
  env: Record<string, string>;
  pdfs(): Record<string, string>;
}

/** A fresh site: content, dist/ and cache in temporary folders, built once so every document has a good PDF. */
async function builtSite(): Promise<Site> {
  const root = mkdtempSync(join(tmpdir(), 'gongwen-store-'));
  const content = join(root, 'content');
  const out = join(root, 'dist');
  const site: Site = {
    content,
    out,
    env: { GONGWEN_FIXTURE_CONTENT: content, GONGWEN_FIXTURE_OUT: out, GONGWEN_FIXTURE_CACHE: join(root, 'cache') },
    pdfs: () => Object.fromEntries(DOCUMENTS.map((slug) => [slug, sha256(join(out, `${slug}.pdf`))])),
  };
  mkdirSync(content);
  for (const slug of DOCUMENTS) copyFileSync(join(FIXTURE_CONTENT, `${slug}.mdx`), join(content, `${slug}.mdx`));
  const { code, output } = await astroBuild(PROJECT, site.env);
  expect(code, output).toBe(0);
  return site;
}

const dropSite = (site: Site) => rmSync(resolve(site.out, '..'), { recursive: true, force: true });

/** Breaks a document as an author might: appends `text` to its body. */
const append = (site: Site, slug: string, text: string) => writeFileSync(join(site.content, `${slug}.mdx`), `${readFileSync(join(site.content, `${slug}.mdx`), 'utf8')}\n${text}\n`);

/**
 * Edits a document as an author revising it might, so that it must print again: its first paragraph said
 * twice (the published words, so the linter has nothing to say). Returns the source as it was.
 */
function revise(site: Site, slug: string, added = ''): string {
  const file = join(site.content, `${slug}.mdx`);
  const source = readFileSync(file, 'utf8');
  const first = firstProse(source);
  writeFileSync(file, source.replace(first, `${first}\n\n${first}${added && `\n\n${added}`}`));
  return source;
}

/** A document's first line of prose: it opens with a Chinese character or mark, not with markup or a frontmatter key. */
const firstProse = (source: string) => source.split('\n').find((line) => /^[^\x00-\x7F].{20,}/u.test(line))!;

/** The log line of a document printed (not reused) by a build. */
const printedLine = (slug: string) => new RegExp(`${slug}\\.pdf: \\d+ pages, \\d+ bytes \\(\\d+ ms\\)`, 'u');
const reusedLine = (slug: string) => new RegExp(`${slug}\\.pdf: \\d+ pages, \\d+ bytes — not printed again: its print view and every file it loads are unchanged since the build of \\d{4}-`, 'u');

test('a page that fails to render: the build fails, and both documents keep their last good PDFs, byte for byte', async () => {
  const site = await builtSite();
  try {
    const before = site.pdfs();
    append(site, 'letter-han', '<Foo />');
    const { code, output } = await astroBuild(PROJECT, site.env);
    expect(code).not.toBe(0);
    expect(output).toContain('Expected component `Foo` to be defined');
    expect(output).toMatch(/\[gongwen\] the build failed; dist\/ keeps the last good PDFs: .*letter-han\.pdf \(written by the build of \d{4}-\d\d-\d\dT[\d:.]+Z\)/u);
    expect(site.pdfs()).toEqual(before);
  } finally {
    dropSite(site);
  }
});

test('a document the linter stops: nothing is built, and dist/ keeps both PDFs', async () => {
  const site = await builtSite();
  try {
    const before = site.pdfs();
    writeFileSync(join(site.content, 'order-ling.mdx'), readFileSync(join(site.content, 'order-ling.mdx'), 'utf8').replace('date: 二〇一一年一月十日', 'date: 2011年2月30日'));
    const { code, output } = await astroBuild(PROJECT, site.env);
    expect(code).not.toBe(0);
    expect(output).toContain('order-ling.mdx');
    expect(output).toContain('does not exist in the calendar');
    expect(site.pdfs()).toEqual(before);
  } finally {
    dropSite(site);
  }
});

test('documents that fail to print keep their last good PDF, and the build says from which build; a new one gets no PDF and no link', async () => {
  const site = await builtSite();
  try {
    const before = site.pdfs();
    const stored = JSON.parse(readFileSync(join(site.env['GONGWEN_FIXTURE_CACHE']!, 'gongwen', 'pdf', 'letter-han.json'), 'utf8')) as { writtenAt: string; sha256: string; bytes: number };
    expect(stored.sha256).toBe(before['letter-han']);
    // A new document, never printed, and the two edited (an unchanged one would not print); then every print view times out.
    copyFileSync(join(FIXTURE_CONTENT, 'upward.mdx'), join(site.content, 'upward.mdx'));
    for (const slug of DOCUMENTS) revise(site, slug);
    const { code, output } = await astroBuild(PROJECT, { ...site.env, GONGWEN_PDF_TIMEOUT: '0.01' });
    expect(code).not.toBe(0);
    expect(output).toContain('3 of 3 PDFs were not written');
    expect(output).toContain(`${join(site.out, 'letter-han.pdf')}: its last good PDF is kept — written by the build of ${stored.writtenAt}, ${stored.bytes} bytes, sha256 ${stored.sha256}.`);
    expect(output).toContain('"upward" has no earlier PDF: none is in dist/, and its page no longer links one.');
    expect(site.pdfs()).toEqual(before);
    expect(existsSync(join(site.out, 'upward.pdf'))).toBe(false);
    // The web page of the new document offers no PDF; the others still do.
    expect(readFileSync(join(site.out, 'upward', 'index.html'), 'utf8')).not.toContain('下载 PDF');
    expect(readFileSync(join(site.out, 'letter-han', 'index.html'), 'utf8')).toContain('下载 PDF');
  } finally {
    dropSite(site);
  }
});

test('a build killed (SIGKILL) while it prints leaves whole PDFs in dist/, and the next build prints again only the one the kill left changed', async () => {
  const site = await builtSite();
  try {
    const before = site.pdfs();
    const originals = Object.fromEntries(DOCUMENTS.map((slug) => [slug, revise(site, slug)]));
    const root = resolve(PROJECT);
    const child = spawn(process.execPath, [ASTRO, 'build', '--root', root], { cwd: root, env: { ...process.env, ...site.env, NO_COLOR: '1' }, detached: true });
    let log = '';
    const killed = new Promise<void>((done) => {
      const watch = (chunk: Buffer) => {
        log += chunk.toString();
        // The first PDF is written: the kill lands while the second prints.
        if (printedLine('letter-han').test(log)) {
          process.kill(-child.pid!, 'SIGKILL');
          done();
        }
      };
      child.stdout.on('data', watch);
      child.stderr.on('data', watch);
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code, signal) => done(signal === 'SIGKILL' ? null : code)));
    // A build that ends on its own (it failed before printing) fails the test with its log, without waiting out the time limit.
    await Promise.race([killed, exited]);
    expect(await exited, log).toBeNull();
    // The one printed is the revised document's, whole; the other is still its last good PDF.
    const store = join(site.env['GONGWEN_FIXTURE_CACHE']!, 'gongwen', 'pdf');
    expect(site.pdfs()['order-ling']).toBe(before['order-ling']);
    expect(site.pdfs()['letter-han']).toBe(sha256(join(store, 'letter-han.pdf')));
    expect(site.pdfs()['letter-han']).not.toBe(before['letter-han']);

    // The revisions taken back: the letter prints again, to the bytes it had; the order, never printed from its revision, is reused.
    for (const slug of DOCUMENTS) writeFileSync(join(site.content, `${slug}.mdx`), originals[slug]!);
    const { code, output } = await astroBuild(PROJECT, site.env);
    expect(code, output).toBe(0);
    expect(output).toMatch(printedLine('letter-han'));
    expect(output).toMatch(reusedLine('order-ling'));
    expect(site.pdfs()).toEqual(before);
    // Nothing half-written is left, in dist/ or in the store.
    expect([...readdirSync(site.out), ...readdirSync(store)].filter((name) => name.endsWith('.tmp'))).toEqual([]);
  } finally {
    dropSite(site);
  }
});

/** Astro's log line of a document's 仿宋 subset copied from its incremental-build cache. */
const restoredFont = (slug: string) => new RegExp(`/_gongwen/fonts/${slug}/fang\\.ttf \\(restored\\)`, 'u');

test('a rebuild prints only the documents that changed, says which it reused with their font report, and writes the bytes a build without a store writes', async () => {
  const site = await builtSite();
  try {
    const before = site.pdfs();
    const unchanged = await astroBuild(PROJECT, site.env);
    expect(unchanged.code, unchanged.output).toBe(0);
    for (const slug of DOCUMENTS) {
      expect(unchanged.output).toMatch(reusedLine(slug));
      expect(unchanged.output).not.toMatch(printedLine(slug));
      // The font report is said again for a reused PDF, as for a printed one.
      expect(unchanged.output).toContain(`${slug}.pdf: 仿宋 fang: `);
    }
    expect(site.pdfs()).toEqual(before);
    // Astro's incremental build copied every unchanged font subset from the last build instead of making it (src/routes/fonts.ts).
    for (const slug of DOCUMENTS) expect(unchanged.output).toMatch(restoredFont(slug));

    // Revised with a paragraph of the 函 after its own first one said twice: characters its subsets lack.
    const borrowed = firstProse(readFileSync(join(site.content, 'letter-han.mdx'), 'utf8'));
    const own = new Set(readFileSync(join(site.content, 'order-ling.mdx'), 'utf8'));
    expect([...borrowed].filter((char) => !own.has(char)).length, 'the 函 has characters the 令 lacks').toBeGreaterThan(0);
    revise(site, 'order-ling', borrowed);
    const edited = await astroBuild(PROJECT, site.env);
    expect(edited.code, edited.output).toBe(0);
    expect(edited.output).toMatch(reusedLine('letter-han'));
    expect(edited.output).toMatch(printedLine('order-ling'));
    const after = site.pdfs();
    expect(after['letter-han']).toBe(before['letter-han']);
    expect(after['order-ling']).not.toBe(before['order-ling']);
    expect(edited.output).toMatch(restoredFont('letter-han'));
    expect(edited.output, "the revised document's 仿宋 is cut again for its new text").not.toMatch(restoredFont('order-ling'));

    // The same documents built with no store and into another dist/: the same bytes.
    const fresh = mkdtempSync(join(tmpdir(), 'gongwen-store-fresh-'));
    try {
      const cold = await astroBuild(PROJECT, { ...site.env, GONGWEN_FIXTURE_OUT: join(fresh, 'dist'), GONGWEN_FIXTURE_CACHE: join(fresh, 'cache') });
      expect(cold.code, cold.output).toBe(0);
      for (const slug of DOCUMENTS) {
        expect(cold.output).toMatch(printedLine(slug));
        expect(sha256(join(fresh, 'dist', `${slug}.pdf`)), slug).toBe(after[slug]);
      }
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  } finally {
    dropSite(site);
  }
});

test('a renderer crash and a full disk are named with the document, the cause and what to do', async ({ page }) => {
  // A real crash of the page's renderer (Chromium's chrome://crash), and a real ENOSPC from /dev/full.
  await page.goto('chrome://crash').catch(() => undefined);
  const crash = await page.evaluate(() => 1).then(
    () => null,
    (error: Error) => error,
  );
  expect(crash).not.toBeNull();
  expect(failureMessage('letter-han', crash)).toMatch(
    /^The PDF of "letter-han" was not written: Chromium's renderer crashed while printing it \(.+\) — build again; if it crashes again, the machine may be short of memory for a document this long\.$/u,
  );
  let full: unknown;
  try {
    writeFileSync('/dev/full', 'x');
  } catch (error) {
    full = error;
  }
  expect(failureMessage('order-ling', full)).toBe(`The PDF of "order-ling" was not written: the disk is full (${(full as Error).message}) — free some space and build again.`);
  // Our own errors already name the document: said once, not twice.
  const own = new Error('The print view of "order-ling" did not finish paginating within 1 s.');
  expect(failureMessage('order-ling', own)).toBe(own.message);
});
