/**
 * The seed page against the published text (tests/fixtures/seed-report.txt): nothing lost,
 * nothing reordered, and a heading outline a screen-reader user can navigate that matches
 * the report's own 一、/（一） structure.
 */
import { expect, test } from '@playwright/test';
import { firstDivergence, hanSequence, seedHanSequence, seedOutline } from '../support/seed-text.ts';

const SEED_PAGE = '/xiqing-zhangzhengfa-2024-1/';
/**
 * Text the page adds that the seed does not print: screen-reader labels, a table of contents
 * should one sit in the article, and the issuer's name in the 发文机关标志 and the 署名, which
 * come from frontmatter (the seed lost both, spec §17).
 */
const NOT_IN_SEED = ['.gw-sr-only', 'nav', '.gw-issuer-mark', '.gw-signatory'];
/** Titles of the parts, drawn by their components, above the outline made from numbering. */
const PART_TITLES = '.gw-issued__title, .gw-attachment__title';

test('every Han character of the seed is on the page, in order, and nothing is lost', async ({ page }) => {
  await page.goto(SEED_PAGE);
  const text = await page.locator('article.gw-document').evaluate((article, excluded) => {
    const copy = article.cloneNode(true) as HTMLElement;
    for (const node of copy.querySelectorAll(excluded.join(','))) node.remove();
    return copy.textContent ?? '';
  }, NOT_IN_SEED);
  expect(firstDivergence(seedHanSequence(), hanSequence(text))).toBeNull();
});

test("the page's heading outline is the report's 一、/（一） structure, nested under the report's title", async ({ page }) => {
  await page.goto(SEED_PAGE);
  const headings = await page.locator('article.gw-document').evaluate((article, partTitles) => {
    const titles = new Set(article.querySelectorAll(partTitles));
    return Array.from(article.querySelectorAll('h2, h3, h4, h5, h6'))
      .filter((h) => !titles.has(h))
      .map((h) => ({ depth: Number(h.tagName.slice(1)), text: h.textContent?.trim() ?? '', id: h.id, inReport: h.closest('.gw-issued') !== null }));
  }, PART_TITLES);
  // The report's title is the h2, so its 一、 lines are h3 and its （一） lines h4.
  expect(headings.map(({ depth, text }) => ({ depth, text }))).toEqual(
    seedOutline().map(({ level, text }) => ({ depth: level + 2, text })),
  );
  expect(headings.every((h) => h.inReport)).toBe(true);
  const ids = headings.map((h) => h.id);
  expect(ids.every((id) => id !== ''), 'every heading has an id for the table of contents').toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  await expect(page.locator('section.gw-issued h2')).toHaveText('政府工作报告');
});

test('the 署名, 成文日期 and 附注 stand between the notice and the report it issues', async ({ page }) => {
  await page.goto(SEED_PAGE);
  const order = await page.locator('article.gw-document').evaluate((article) => {
    const notice = Array.from(article.querySelectorAll('.gw-body > p')).find((p) => p.textContent?.startsWith('现将'));
    const marks = [notice, article.querySelector('.gw-signatory'), article.querySelector('.gw-date'), article.querySelector('.gw-note'), article.querySelector('.gw-issued')];
    if (marks.some((m) => !m)) return null;
    return marks.slice(1).every((m, i) => marks[i]!.compareDocumentPosition(m!) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(order).toBe(true);
  await expect(page.locator('.gw-closing .gw-note')).toHaveText('（此件主动公开）');
  await expect(page.locator('.gw-closing .gw-date')).toHaveText('2023年1月23日');
  await expect(page.locator('.gw-closing')).toHaveCount(1);
});
