/**
 * 搜索 in the built sites: a phrase from a document's body finds that document, first, with its
 * 标题, 发文字号 and 成文日期; the print views are never results; nothing found is announced as 0;
 * the page works from the keyboard alone, passes axe at 1280 and 320 px, does not scroll sideways,
 * and loads only from the site. Expected values come from the MDX sources, never from the page.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST } from '../print/support.ts';
import { astroBuild } from '../support/astro-build.ts';
import { authoredFrontmatter, setTextSize } from './site.ts';

const SEED = 'xiqing-zhangzhengfa-2024-1';
/** In the seed's body (the report), three times, and in no title. */
const SEED_PHRASE = '枫桥经验';
/** In the body of tests/fixture-site/content/reply-weather-stations.mdx alone. */
const FIXTURE = 'reply-weather-stations';
const FIXTURE_PHRASE = '香港天文台';
const NONSENSE = '锟斤拷烫烫烫';

const searchBox = (page: Page) => page.getByRole('search').getByRole('searchbox', { name: '搜索公文全文' });
const status = (page: Page) => page.getByRole('main').getByRole('status');
const results = (page: Page) => page.getByRole('main').getByRole('list').getByRole('listitem');

/** Types `phrase` into the search box as a reader would, and waits for the count to be announced. */
async function search(page: Page, phrase: string): Promise<void> {
  await searchBox(page).fill('');
  await searchBox(page).pressSequentially(phrase);
  await expect(status(page)).toHaveText(/^找到 \d+ 件$/u);
}

/** The first result shows the document's title as a link to its page, then its 发文字号 and 成文日期. */
async function expectFirstResult(page: Page, path: string, source: { title: string; docNumber: string; date: string }): Promise<void> {
  const first = results(page).first();
  await expect(first.getByRole('link', { name: source.title, exact: true })).toHaveAttribute('href', path);
  await expect(first).toMatchAriaSnapshot(
    [
      '- listitem:',
      `  - heading "${source.title}" [level=2]:`,
      `    - link "${source.title}"`,
      '  - term: 发文字号',
      `  - definition: ${source.docNumber}`,
      '  - term: 成文日期',
      '  - definition:',
      `    - time: ${source.date}`,
    ].join('\n'),
  );
}

test('search: a phrase from the seed\'s body finds the seed first, with its 标题, 发文字号 and 成文日期 — and not its print view', async ({ page }) => {
  const source = authoredFrontmatter(SEED);
  expect(source.docNumber).toBe('西青张政发〔2024〕1号');
  await page.goto('/search/');
  await search(page, SEED_PHRASE);
  await expectFirstResult(page, `/${SEED}/`, source);
  // The site has one document with the phrase: its print view, which holds the same text, is not a second result.
  await expect(status(page)).toHaveText('找到 1 件');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).getByRole('link')).not.toHaveAttribute('href', /\/print\//u);
  // The excerpt shows where the phrase stands, its words marked (Pagefind segments 枫桥经验 into words).
  const excerpt = results(page).first().getByRole('paragraph');
  await expect(excerpt).toContainText(SEED_PHRASE);
  await expect(excerpt.locator('mark').first()).toHaveText(/^[枫桥经验]+$/u);
});

test('search: a phrase found nowhere is announced as 找到 0 件, with no results', async ({ page }) => {
  await page.goto('/search/');
  await search(page, NONSENSE);
  await expect(status(page)).toHaveText('找到 0 件');
  await expect(results(page)).toHaveCount(0);
});

test('search: a link to /search/?q=… shows the results of that query', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent(SEED_PHRASE)}`);
  await expect(searchBox(page)).toHaveValue(SEED_PHRASE);
  await expect(status(page)).toHaveText('找到 1 件');
  await expectFirstResult(page, `/${SEED}/`, authoredFrontmatter(SEED));
});

test('search: reached from the banner\'s 网站导航 on every page, marked as the current page on itself', async ({ page }) => {
  for (const path of ['/', `/${SEED}/`]) {
    await page.goto(path);
    await page.getByRole('banner').getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '搜索' }).click();
    await expect(page).toHaveURL(/\/search\/$/u);
  }
  await expect(page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '搜索' })).toHaveAttribute('aria-current', 'page');
});

test('search, keyboard only: Tab to the input, type, Tab through 筛选 to the first result link and follow it', async ({ page }) => {
  await page.goto('/search/');
  for (let presses = 0; presses < 10 && !(await searchBox(page).evaluate((box) => box === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(SEED_PHRASE);
  await expect(status(page)).toHaveText('找到 1 件');
  // 筛选's selects come next, in the order they are shown, then the results.
  const selects = page.getByRole('search').getByRole('group', { name: '筛选' }).getByRole('combobox');
  const count = await selects.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let index = 0; index < count; index += 1) {
    await page.keyboard.press('Tab');
    await expect(selects.nth(index)).toBeFocused();
  }
  await page.keyboard.press('Tab');
  const link = results(page).first().getByRole('link', { name: authoredFrontmatter(SEED).title });
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/${SEED}/$`, 'u'));
});

test('search: axe finds nothing at 1280 and 320 px, with results shown; no sideways scroll at 320 px', async ({ page }) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/search/?q=${encodeURIComponent(SEED_PHRASE)}`);
    await expect(status(page)).toHaveText('找到 1 件');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(violations.map((v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}px`).toBeLessThanOrEqual(width);
  }
});

test('search: at 320 px in 特大 the input and the results fit the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`/search/?q=${encodeURIComponent(SEED_PHRASE)}`);
  await setTextSize(page, '特大');
  await expect(status(page)).toHaveText('找到 1 件');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = (await searchBox(page).boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(320);
});

test('search loads only from the site itself, Pagefind\'s script, index and WebAssembly included', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  const refused: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy/u.test(message.text())) refused.push(message.text());
  });
  await page.goto('/search/');
  await search(page, SEED_PHRASE);
  expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
  expect(requests.some((url) => url.endsWith('.pagefind')), 'the WebAssembly was loaded').toBe(true);
  expect(refused, 'the CSP lets Pagefind run').toEqual([]);
});

test('search without JavaScript: no form that cannot work, a note that says so and leads to 全部公文', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('main')).toContainText('搜索需要浏览器运行 JavaScript');
  await expect(page.getByRole('main').getByRole('link', { name: '全部公文' })).toHaveAttribute('href', '/');
  await context.close();
});

test.describe('in the fixture site (tests/fixture-site)', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await serveDirectory(FIXTURE_DIST);
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('search: a phrase from a fixture\'s body finds that fixture first', async ({ page }) => {
    const source = authoredFrontmatter(FIXTURE, FIXTURE_CONTENT);
    await page.goto(`${server.url}search/`);
    await search(page, FIXTURE_PHRASE);
    await expectFirstResult(page, `/${FIXTURE}/`, source);
  });

  test('search with 筛选: a 年份 alone lists that year\'s documents, and its address keeps it; with words, only those of that year that have them', async ({ page }) => {
    // The fixtures dated in 2024, from their sources' `date:` lines.
    const of2024 = readdirSync(FIXTURE_CONTENT)
      .filter((name) => name.endsWith('.mdx') && /^date: 2024年/mu.test(readFileSync(join(FIXTURE_CONTENT, name), 'utf8')))
      .map((name) => `/${name.replace(/\.mdx$/u, '')}/`)
      .sort();
    expect(of2024.length).toBeGreaterThanOrEqual(3);
    await page.goto(`${server.url}search/`);
    const year = page.getByRole('search').getByRole('group', { name: '筛选' }).getByRole('combobox', { name: '年份' });
    await year.focus();
    await year.selectOption('2024年');
    await expect(status(page)).toHaveText(`找到 ${of2024.length} 件`);
    const links = async () => (await results(page).getByRole('heading').getByRole('link').evaluateAll((found) => found.map((a) => a.getAttribute('href')))).sort();
    expect(await links()).toEqual(of2024);
    // The address keeps the choice: opened again, it shows the same results.
    expect(new URL(page.url()).searchParams.get('年份')).toBe('2024年');
    await page.goto(page.url());
    await expect(year).toHaveValue('2024年');
    await expect(status(page)).toHaveText(`找到 ${of2024.length} 件`);
    expect(await links()).toEqual(of2024);
    // 香港天文台 is in a fixture of 1996 alone: none in 2024, one once the year is 全部 again.
    await search(page, FIXTURE_PHRASE);
    await expect(status(page)).toHaveText('找到 0 件');
    await year.selectOption('');
    await expect(status(page)).toHaveText('找到 1 件');
    expect(await links()).toEqual([`/${FIXTURE}/`]);
  });
});

test.describe('the search option in a build (tests/fixtures/lint/build-project)', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  const PROJECT = 'tests/fixtures/lint/build-project';
  let out: string;
  test.beforeEach(async () => {
    out = await mkdtemp(join(tmpdir(), 'gongwen-search-'));
  });
  test.afterEach(async () => {
    await rm(out, { recursive: true, force: true });
  });

  test('search: false builds no index, no 搜索 page or link, no indexing marks, and a CSP without WebAssembly', async () => {
    const { code, output } = await astroBuild(PROJECT, { GONGWEN_FIXTURE_CONTENT: 'content-warnings', GONGWEN_FIXTURE_OUT: out, GONGWEN_FIXTURE_SEARCH: 'off' });
    expect(code, output).toBe(0);
    expect(existsSync(join(out, 'pagefind')), 'no pagefind/ in dist').toBe(false);
    expect(existsSync(join(out, 'search')), 'no search/ in dist').toBe(false);
    const page = await readFile(join(out, 'kept-wording', 'index.html'), 'utf8');
    expect(page).not.toContain('data-pagefind');
    expect(page).not.toContain('/search/');
    expect(page).not.toContain('wasm-unsafe-eval');
  });

  test('a search index that cannot be built fails the build, naming search, what failed and the ways out', async () => {
    const { code, output } = await astroBuild(PROJECT, {
      GONGWEN_FIXTURE_CONTENT: 'content-warnings',
      GONGWEN_FIXTURE_OUT: out,
      // Pagefind's own override of where its binary is: a path where there is none.
      PAGEFIND_EXTENDED_BINARY_PATH: join(out, 'no-pagefind-here'),
    });
    expect(code).not.toBe(0);
    expect(output).toContain('gongwen search: the search index was not built');
    expect(output).toContain('`npm ci`');
    expect(output).toContain('gongwen({ search: false })');
  });
});

/** A file's bytes, or '' for a folder: a search index compared file by file. */
const bytesOrFolder = (path: string) => (statSync(path).isDirectory() ? '' : readFileSync(path).toString('base64'));

test.describe('a rebuild and its search index (tests/fixtures/base-site, its own cacheDir)', () => {
  test.describe.configure({ timeout: 300_000 });
  let root: string;
  test.beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'gongwen-search-cache-'));
  });
  test.afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('pages unchanged: the last index is copied, not made again; a changed page, or another Pagefind program, indexes again', async () => {
    const content = join(root, 'content');
    await mkdir(content);
    await copyFile(join(FIXTURE_CONTENT, 'upward.mdx'), join(content, 'upward.mdx'));
    const env = { GONGWEN_FIXTURE_CONTENT: content, GONGWEN_FIXTURE_OUT: join(root, 'dist'), GONGWEN_FIXTURE_CACHE: join(root, 'cache') };
    const indexed = /search: 1 of the \d+ pages indexed \(the document pages\)/u;
    const copied = 'search: the pages are as the last build made them, so its index of 1 pages is copied into';
    const folder = join(root, 'dist', 'documents', 'pagefind');
    const index = () => Object.fromEntries(readdirSync(folder, { recursive: true }).map(String).sort().map((name) => [name, bytesOrFolder(join(folder, name))]));

    const first = await astroBuild('tests/fixtures/base-site', env);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(indexed);
    const written = index();
    expect(Object.keys(written)).toContain('pagefind.js');

    const second = await astroBuild('tests/fixtures/base-site', env);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain(copied);
    expect(second.output).not.toMatch(indexed);
    expect(index()).toEqual(written);

    // The program Pagefind runs is part of what an index was made with: one that is not there is run, and named.
    const missing = await astroBuild('tests/fixtures/base-site', { ...env, PAGEFIND_EXTENDED_BINARY_PATH: join(root, 'no-pagefind-here') });
    expect(missing.code).not.toBe(0);
    expect(missing.output).toContain('gongwen search: the search index was not built');

    const source = await readFile(join(content, 'upward.mdx'), 'utf8');
    expect(source).toContain('镇区环境更加生态宜居。');
    await writeFile(join(content, 'upward.mdx'), source.replace('镇区环境更加生态宜居。', '镇区环境更加生态宜居、整洁有序。'));
    const edited = await astroBuild('tests/fixtures/base-site', env);
    expect(edited.code, edited.output).toBe(0);
    expect(edited.output).toMatch(indexed);
    expect(index()).not.toEqual(written);
  });
});

test.describe('in a site where gongwen is one part (tests/fixtures/base-site: Astro base /site, gongwen base /documents/, no 全部公文)', () => {
  test.describe.configure({ mode: 'serial', timeout: 240_000 });
  const SLUG = 'upward';
  let root: string;
  let server: StaticServer;
  test.beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'gongwen-search-base-'));
    await mkdir(join(root, 'content'));
    await copyFile(join(FIXTURE_CONTENT, `${SLUG}.mdx`), join(root, 'content', `${SLUG}.mdx`));
    const out = join(root, 'dist');
    const { code, output } = await astroBuild('tests/fixtures/base-site', {
      GONGWEN_FIXTURE_CONTENT: join(root, 'content'),
      GONGWEN_FIXTURE_OUT: out,
      GONGWEN_FIXTURE_CACHE: join(root, 'cache'),
    });
    expect(code, output).toBe(0);
    server = await serveDirectory(out, '/site');
  });
  test.afterAll(async () => {
    await server?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  test('search lives below both bases, and its results link there', async ({ page }) => {
    await page.goto(`${server.origin}/site/documents/search/`);
    await search(page, '地下水机井封填');
    await expectFirstResult(page, `/site/documents/${SLUG}/`, authoredFrontmatter(SLUG, FIXTURE_CONTENT));
    await results(page).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(authoredFrontmatter(SLUG, FIXTURE_CONTENT).title);
  });
});
