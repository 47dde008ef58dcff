/** 文字大小 大: the banner's control enlarges the main text to at least 18 px on every page, says so, and is remembered. */
import { expect, test, type Page } from '@playwright/test';
import { builtPages, classesAtBody, documentPages, setLargeText, textSizeRadio } from './site.ts';

/** The font size of the main text: the body paragraphs of a document, or main's text on other pages. */
async function mainTextSize(page: Page): Promise<number> {
  const paragraph = page.locator('main .gw-body p:not([class])').first();
  const target = (await paragraph.count()) > 0 ? paragraph : page.locator('main');
  return target.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
}

for (const { path } of documentPages()) {
  test(`large text: ${path} toggles, persists across reloads and pages`, async ({ page }) => {
    await page.goto(path);
    await expect(textSizeRadio(page, '标准')).toBeChecked();
    const normal = await mainTextSize(page);
    expect(normal).toBeGreaterThanOrEqual(16);
    const lineHeight = await page.locator('main .gw-body p:not([class])').first().evaluate((el) => {
      const style = getComputedStyle(el);
      return { ratio: parseFloat(style.lineHeight) / parseFloat(style.fontSize), indent: parseFloat(style.textIndent) / parseFloat(style.fontSize) };
    });
    expect(lineHeight.ratio).toBeGreaterThanOrEqual(1.5);
    expect(lineHeight.indent).toBeCloseTo(2, 5);

    await setLargeText(page, true);
    const large = await mainTextSize(page);
    expect(large).toBeGreaterThanOrEqual(18);
    expect(large).toBeGreaterThan(normal);

    await page.reload();
    await expect(textSizeRadio(page, '大')).toBeChecked();
    expect(await mainTextSize(page)).toBe(large);

    for (const other of builtPages()) {
      await page.goto(other);
      await expect(textSizeRadio(page, '大'), `大 carried to ${other}`).toBeChecked();
      expect(await mainTextSize(page)).toBeGreaterThanOrEqual(18);
    }

    await page.goto(path);
    await setLargeText(page, false);
    await page.reload();
    await expect(textSizeRadio(page, '标准')).toBeChecked();
    expect(await mainTextSize(page)).toBe(normal);
  });

  test(`large text: ${path} is applied before the first paint`, async ({ page }) => {
    await page.goto(path);
    await setLargeText(page, true);
    // Look at <html> the moment the parser creates <body>: the stored choice must already be applied,
    // so the first paint (which waits for the stylesheet anyway) is already large.
    const atBody = await classesAtBody(page);
    await page.reload();
    expect(await atBody()).toContain('gw-large-text');
  });
}
