/**
 * The print preview as a tool (print/paged/preview-bar.ts, print/preview.css): a toolbar that says how
 * pagination goes and is never printed, 打印 only once the pages are final, a note for screen-reader
 * users, and pages that fit a phone. On the seed's print view, 西青张政发〔2024〕1号, in the built site.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';
import { openPdf, readPages } from '../print/pdf-reader.ts';

const SLUG = 'xiqing-zhangzhengfa-2024-1';
const PREVIEW = `/${SLUG}/print/`;
const TOOLBAR_WORDS = ['返回文件页面', '打印', '下载 PDF', '正在排版', '排版完成', '网页版'];

let folder: string;
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'gongwen-preview-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The text of a PDF's pages, spaces dropped. */
async function pdfText(bytes: Buffer, name: string): Promise<string[]> {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, bytes);
  return (await readPages(await openPdf(file))).map((page) => page.lines.map((line) => line.text).join('').replace(/\s+/gu, ''));
}

const paginated = (page: Page) => page.waitForFunction(() => document.documentElement.dataset['gwPaged'] !== undefined, undefined, { timeout: 60_000 });

test('while Paged.js works the toolbar says 正在排版 and 打印 is disabled; Ctrl+P then prints a note, not a blank page', async ({ page }) => {
  // Pagination waits for the fonts (print/paged/run.ts): holding them back holds the preview in its busy state.
  const held: Route[] = [];
  let released = false;
  await page.route('**/_gongwen/fonts/**', (route) => (released ? route.continue() : void held.push(route)));
  await page.goto(PREVIEW, { waitUntil: 'domcontentloaded' });
  const status = page.getByRole('status');
  await expect(status).toHaveText('正在排版…');
  await expect(page.getByRole('button', { name: '打印' })).toBeDisabled();
  // Past the fonts' 3 s block period (font-display: block) a fallback font draws whatever the page has.
  await page.waitForTimeout(3_500);
  const early = await pdfText(await page.pdf({ preferCSSPageSize: true }), 'early');
  expect(early.join('')).toBe('正在排版，请稍候再打印。');

  released = true;
  for (const route of held) await route.continue();
  await paginated(page);
  const pages = await page.locator('.pagedjs_page').count();
  await expect(status).toHaveText(`排版完成，共 ${pages} 页`);
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
});

test('the toolbar leads back to the document page and to the PDF, and none of it is printed', async ({ page }) => {
  await page.goto(PREVIEW);
  await paginated(page);
  await expect(page.getByRole('link', { name: '返回文件页面' })).toHaveAttribute('href', `/${SLUG}/`);
  await expect(page.getByRole('link', { name: '下载 PDF' })).toHaveAttribute('href', `/${SLUG}.pdf`);
  await expect(page.getByRole('link', { name: '网页版' })).toHaveAttribute('href', `/${SLUG}/`);
  // The toolbar is the first thing a keyboard reaches.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '返回文件页面' })).toBeFocused();

  // Ctrl+P of the preview, and the build's PDF: the document's pages only.
  const printed = await pdfText(await page.pdf({ preferCSSPageSize: true }), 'preview');
  const built = await pdfText(readFileSync(new URL(`../../dist/${SLUG}.pdf`, import.meta.url)), 'built');
  expect(printed.length).toBe(await page.locator('.pagedjs_page').count());
  expect(printed).toEqual(built);
  for (const word of TOOLBAR_WORDS) expect(built.join(''), word).not.toContain(word.replace(/\s+/gu, ''));
});

for (const width of [320, 390]) {
  test(`at ${width} px the pages shrink to the screen: no sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(PREVIEW);
    await paginated(page);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const sheet = await page.locator('.pagedjs_page').first().boundingBox();
    expect(sheet!.width).toBeLessThanOrEqual(width);
    expect(sheet!.width).toBeGreaterThan(width * 0.8);
  });
}

test('the preview with its toolbar has no axe violations in the toolbar', async ({ page }) => {
  await page.goto(PREVIEW);
  await paginated(page);
  const { violations } = await new AxeBuilder({ page }).include('[data-gw-preview-bar]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});
