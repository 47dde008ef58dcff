/**
 * 全部公文: every document is listed, newest 成文日期 first, each with its 发文字号, 成文日期 and
 * 公开方式 as labelled values, under the labels of the document pages; 筛选 by 年份, 发文机关 and 公开方式
 * shows exactly the documents that have the value chosen. Expected values come from the MDX sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { authoredIso } from '../support/dates.ts';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST } from '../print/support.ts';
import { authoredFrontmatter, documentPages, labelledValues } from './site.ts';

/** 2024年3月8日 → 20240308, for ordering. */
const sortKey = (date: string) => authoredIso(date).replaceAll('-', '');

test('index: lists every document, newest first, with labelled 发文字号, 成文日期 and 公开方式', async ({ page }) => {
  const sources = documentPages()
    .map(({ path, slug }) => ({ path, ...authoredFrontmatter(slug) }))
    .sort((a, b) => sortKey(b.date).localeCompare(sortKey(a.date)));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(sources.length);
  const listedDates = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('time')?.textContent ?? ''));
  expect(listedDates.map(sortKey)).toEqual([...listedDates.map(sortKey)].sort().reverse());

  for (const source of sources) {
    const item = items.filter({ has: page.getByRole('link', { name: source.title, exact: true }) });
    await expect(item).toHaveCount(1);
    await expect(item.getByRole('link', { name: source.title, exact: true })).toHaveAttribute('href', source.path);
    await expect(item).toMatchAriaSnapshot(
      ['- listitem:', `  - heading "${source.title}" [level=2]`, labelledValues(source, '发文字号', '  ')].join('\n'),
    );
  }
});

test('index of a site with several documents (tests/fixture-site): newest 成文日期 first, whatever the file order', () => {
  const content = new URL('../fixture-site/content/', import.meta.url);
  const sources = readdirSync(content)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => readFileSync(new URL(file, content), 'utf8'));
  const authored = sources.map((source) => /^date: (.+)$/mu.exec(source)![1]!);
  // reply-port-landscape is a second printing of reply-port-coordinates (one 文号, one date): count documents by 文号.
  const documents = new Set(sources.map((source) => /^docNumber: (.+)$/mu.exec(source)?.[1] ?? source));
  expect(new Set(authored).size, 'the fixture documents must have distinct dates for this test to mean anything').toBe(documents.size);
  expect(authored.map(sortKey), 'file order must differ from date order').not.toEqual([...authored.map(sortKey)].sort().reverse());
  const html = readFileSync(new URL('../fixture-site/dist/index.html', import.meta.url), 'utf8');
  const listed = [...html.matchAll(/<time datetime="(\d{4})-(\d{2})-(\d{2})"/gu)].map((m) => `${m[1]}${m[2]}${m[3]}`);
  expect(listed).toEqual(authored.map(sortKey).sort().reverse());
});

/** Every fixture document's page and the 年份 and 发文机关 its author wrote, read from tests/fixture-site/content/. */
function fixtureSources(): { path: string; year: string; issuers: string[] }[] {
  return readdirSync(FIXTURE_CONTENT)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const slug = file.replace(/\.mdx$/u, '');
      const { date, issuers } = authoredFrontmatter(slug, FIXTURE_CONTENT);
      return { path: `/${slug}/`, year: `${authoredIso(String(date)).slice(0, 4)}年`, issuers };
    });
}

const shownPaths = (page: Page) =>
  page
    .getByRole('main')
    .getByRole('list')
    .getByRole('listitem')
    .evaluateAll((items) => items.filter((item) => !(item as HTMLElement).hidden).map((item) => item.querySelector('a')!.getAttribute('href')!));

test('index: a 网站导航 landmark in the banner, 全部公文 marked as the current page', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('banner').getByRole('navigation', { name: '网站导航' });
  await expect(nav.getByRole('link', { name: '全部公文' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: '搜索' })).toHaveAttribute('href', '/search/');
});

test('index: 年份 narrows the list to the seed\'s year, and says how many are shown', async ({ page }) => {
  const years = documentPages().map(({ slug }) => `${authoredIso(authoredFrontmatter(slug).date).slice(0, 4)}年`);
  await page.goto('/');
  await page.getByRole('combobox', { name: '年份' }).selectOption(years[0]!);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(`显示 ${years.filter((year) => year === years[0]).length} 件`);
});

test.describe('index filters in the fixture site (tests/fixture-site)', () => {
  let server: StaticServer;
  test.beforeAll(async () => {
    server = await serveDirectory(FIXTURE_DIST);
  });
  test.afterAll(async () => {
    await server?.close();
  });

  test('年份 shows exactly the documents of that year; 发文机关 those it issued, alone or jointly; both at once, both', async ({ page }) => {
    const sources = fixtureSources();
    const year = '2024年';
    const issuer = '国务院';
    const ofYear = sources.filter((source) => source.year === year).map((source) => source.path);
    const ofIssuer = sources.filter((source) => source.issuers.includes(issuer)).map((source) => source.path);
    const ofBoth = sources.filter((source) => source.year === '1996年' && source.issuers.includes('国务院办公厅')).map((source) => source.path);
    expect(ofYear.length, 'a year with several documents, for the test to mean something').toBeGreaterThan(1);
    expect(ofIssuer.length).toBeGreaterThan(1);
    expect(ofBoth.length).toBeGreaterThan(0);
    await page.goto(server.url);
    const status = page.getByRole('main').getByRole('status');
    const yearSelect = page.getByRole('combobox', { name: '年份' });
    const issuerSelect = page.getByRole('combobox', { name: '发文机关' });

    await yearSelect.selectOption(year);
    await expect(status).toHaveText(`显示 ${ofYear.length} 件`);
    expect((await shownPaths(page)).sort()).toEqual(ofYear.sort());

    await yearSelect.selectOption('');
    await issuerSelect.selectOption(issuer);
    await expect(status).toHaveText(`显示 ${ofIssuer.length} 件`);
    expect((await shownPaths(page)).sort()).toEqual(ofIssuer.sort());

    await issuerSelect.selectOption('国务院办公厅');
    await yearSelect.selectOption('1996年');
    await expect(status).toHaveText(`显示 ${ofBoth.length} 件`);
    expect((await shownPaths(page)).sort()).toEqual(ofBoth.sort());

    await yearSelect.selectOption('');
    await issuerSelect.selectOption('');
    await expect(status).toHaveText(`显示 ${sources.length} 件`);
  });

  test('the filters work from the keyboard alone: Tab to 年份, arrow to a year, the list follows', async ({ page }) => {
    const sources = fixtureSources();
    await page.goto(server.url);
    const yearSelect = page.getByRole('combobox', { name: '年份' });
    for (let presses = 0; presses < 15 && !(await yearSelect.evaluate((select) => select === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(yearSelect).toBeFocused();
    // The first choice after 全部 is the newest year.
    await page.keyboard.press('ArrowDown');
    const year = await yearSelect.inputValue();
    expect(year).toMatch(/^\d{4}年$/u);
    const expected = sources.filter((source) => source.year === year).length;
    await expect(page.getByRole('main').getByRole('status')).toHaveText(`显示 ${expected} 件`);
    expect(await shownPaths(page)).toHaveLength(expected);
  });

  test('filtered, the index passes axe at 1280 and 320 px and does not scroll sideways', async ({ page }) => {
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(server.url);
      await page.getByRole('combobox', { name: '发文机关' }).selectOption('国务院');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(violations.map((v) => `${width}px ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}px`).toBeLessThanOrEqual(width);
    }
  });

  test('without JavaScript every document is listed and no filter is offered', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('list').getByRole('listitem')).toHaveCount(fixtureSources().length);
    await context.close();
  });
});
