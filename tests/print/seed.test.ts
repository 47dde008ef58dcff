/**
 * The seed's PDF (西青张政发〔2024〕1号) against the published text (tests/fixtures/seed-report.txt):
 * every Han character in order, the notice's elements on page 1, the issued report from page 2,
 * and bookmarks that follow the report's 一、/（一） structure.
 */
import { expect, test } from '@playwright/test';
import { firstDivergence, hanSequence, readSeed, seedHanSequence, seedOutline } from '../support/seed-text.ts';
import { openPdf } from './pdf-reader.ts';
import { LEFT, isPageNumber, pagesOf, sitePdfs } from './support.ts';

const seed = sitePdfs().find((doc) => doc.slug === 'xiqing-zhangzhengfa-2024-1');
/** Printed from frontmatter because the seed lost them (spec §17): the 标志 and the 署名. */
const ISSUER = '天津市西青区张家窝镇人民政府';

test('the seed document is in the site', () => {
  expect(seed, 'content/xiqing-zhangzhengfa-2024-1.mdx').toBeDefined();
});

test('seed PDF: every Han character of the published text, in order, nothing lost or added', async () => {
  const pages = await pagesOf(seed!.pdf);
  const text = pages
    .flatMap((page) => page.lines)
    .filter((line) => !isPageNumber(line))
    .map((line) => line.text.replace(/\s/gu, ''))
    .filter((line) => line !== `${ISSUER}文件` && line !== ISSUER)
    .join('\n');
  expect(firstDivergence(seedHanSequence(), hanSequence(text))).toBeNull();
});

test('seed PDF: page 1 holds the whole notice — 标志, 文号, title, 主送, body, 署名, date, 附注 (B1, S4)', async () => {
  const published = readSeed();
  const page1 = (await pagesOf(seed!.pdf))[0]!.lines.map((line) => line.text.replace(/\s/gu, ''));
  const order = [`${ISSUER}文件`, published.docNumber, published.title, published.recipients, published.notice[0]!.slice(0, 20), ISSUER, published.date, published.note];
  let from = 0;
  for (const element of order) {
    const at = page1.findIndex((line, i) => i >= from && line.startsWith(element.slice(0, Math.min(element.length, 27))));
    expect(at, `"${element}" on page 1, after the element before it`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
});

test('seed PDF: the report starts page 2 — title, 楷体 subtitle lines and byline, 称谓 flush (§11)', async () => {
  const published = readSeed().report;
  const lines = (await pagesOf(seed!.pdf))[1]!.lines.filter((line) => !isPageNumber(line));
  const texts = lines.map((line) => line.text.replace(/\s/gu, ''));
  expect(texts.slice(0, 5)).toEqual([published.title, ...published.subtitle, published.byline.replace(/\s/gu, ''), published.salutation]);
  expect(lines[0]!.size).toBeCloseTo(22, 0);
  expect(lines[4]!.x).toBeCloseTo(LEFT, 0);
});

test('seed PDF: bookmarks — the notice, then the report with its 一、 and （一） headings nested', async () => {
  const pdf = await openPdf(seed!.pdf);
  interface Item {
    title: string;
    items: Item[];
  }
  const outline = (await pdf.getOutline()) as Item[];
  const flat = (items: Item[], depth: number): string[] => items.flatMap((item) => [`${depth}:${item.title}`, ...flat(item.items, depth + 1)]);
  const all = flat(outline, 0);
  const report = all.findIndex((entry) => entry.endsWith(`:${readSeed().report.title}`));
  expect(report, 'the report title is a bookmark').toBeGreaterThanOrEqual(0);
  const reportDepth = Number(all[report]!.split(':')[0]);
  const expected = seedOutline().map((heading) => `${reportDepth + heading.level}:${heading.text}`);
  expect(all.slice(report + 1)).toEqual(expected);
});
