/**
 * The print preview as a screen reader meets it, on the seed's 23 pages (西青张政发〔2024〕1号): one main
 * landmark holding the pages after the toolbar's banner, one region for the issued 政府工作报告 (not one per
 * page, as Paged.js's copies of the section on each page made it), and no page number or page box in
 * the accessibility tree — the page numbers stay on the printed pages.
 */
import { expect, test } from '@playwright/test';

const PREVIEW = '/xiqing-zhangzhengfa-2024-1/print/';

test('the preview has one main, one region per section and no page numbers in the accessibility tree', async ({ page }) => {
  await page.goto(PREVIEW);
  await page.waitForFunction(() => document.documentElement.dataset['gwPaged'] !== undefined, undefined, { timeout: 60_000 });
  const pages = Number(await page.evaluate(() => document.documentElement.dataset['gwPaged']));
  expect(pages).toBe(23);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('region', { name: '政府工作报告' })).toHaveCount(1);
  // The page numbers are drawn on the pages (Paged.js's bottom margin boxes, filled by the @page rules) …
  const numbered = page.locator('.pagedjs_margin-bottom-right.hasContent, .pagedjs_margin-bottom-left.hasContent');
  expect(await numbered.count()).toBeGreaterThan(20);
  expect(await numbered.evaluateAll((boxes) => boxes.filter((box) => !box.closest('[aria-hidden="true"]')).length)).toBe(0);
  // … and not heard.
  const tree = await page.locator('main').ariaSnapshot();
  expect(tree).not.toMatch(/—\s*\d+\s*—/u);
  expect(tree).toContain('heading "关于印发《政府工作报告》的通知" [level=1]');
});
