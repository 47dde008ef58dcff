/**
 * 全部公文: every document is listed, newest 成文日期 first, each with its 发文字号, 成文日期 and
 * 公开方式 as labelled values, under the labels of the document pages. Expected values come from the MDX sources.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { authoredIso } from '../support/dates.ts';
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
