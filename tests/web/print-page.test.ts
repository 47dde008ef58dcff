/**
 * Ctrl+P on a document page prints the document (src/styles/web.css, @media print): printed by Chromium
 * with print media as a reader's browser would, then read back with pdf.js. The seed, 西青张政发〔2024〕1号.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openPdf, readPages, type PageText } from '../print/pdf-reader.ts';
import { setHighContrast, setTextSize } from './site.ts';

const SLUG = 'xiqing-zhangzhengfa-2024-1';
/** What belongs to the site, not the document: none of it is on paper. */
const SITE_CHROME = ['跳到正文', '文字大小', '高对比', '朗读', '目录', '全部公文', '文件信息', '打印版', '下载 PDF'];

let folder: string;
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'gongwen-print-page-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function printed(page: Page, name: string): Promise<PageText[]> {
  const file = join(folder, `${name}.pdf`);
  // As the browser's print dialog does: print media, the page's own @page size.
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  return readPages(await openPdf(file));
}

const textOf = (pages: PageText[]) => pages.map((page) => page.lines.map((line) => line.text).join('\n'));

test('printing the document page gives the document on A4: the official copy\'s address, the mark, 文号 and title first, the closing last, no site chrome', async ({ page }) => {
  await page.goto(`/${SLUG}/`);
  const pages = await printed(page, 'light');
  for (const sheet of pages) {
    expect(sheet.widthMm).toBeCloseTo(210, 0);
    expect(sheet.heightMm).toBeCloseTo(297, 0);
  }
  const text = textOf(pages);
  const first = text[0]!.replace(/\s+/gu, '');
  expect(first).toContain(`本件为网页版打印件，正式文本（PDF）：https://example.gov.cn/${SLUG}.pdf`);
  expect(first).toContain('西青张政发〔2024〕1号');
  expect(first).toContain('关于印发《政府工作报告》的通知');
  expect(first.indexOf('西青张政发〔2024〕1号')).toBeLessThan(first.indexOf('关于印发《政府工作报告》的通知'));
  const all = text.join('\n');
  for (const chrome of SITE_CHROME) expect(all, chrome).not.toContain(chrome);
  // The report ends the document; the notice's own closing (署名, 成文日期) comes before it.
  expect(all.replace(/\s+/gu, '')).toContain('2023年1月23日');
});

test('in 特大, 高对比 and a dark theme the printout is the same document on the same number of sheets', async ({ page }) => {
  await page.goto(`/${SLUG}/`);
  const light = await printed(page, 'plain');
  await page.emulateMedia({ colorScheme: 'dark' });
  await setTextSize(page, '特大');
  await setHighContrast(page, true);
  await expect(page.locator('html')).toHaveClass(/gw-xlarge-text/u);
  const large = await printed(page, 'large-dark');
  expect(large.length).toBe(light.length);
  expect(textOf(large)).toEqual(textOf(light));
});
