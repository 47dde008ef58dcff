/** Reflow (WCAG 1.4.10): at 320 CSS px nothing scrolls sideways, in normal and 大字模式. */
import { expect, test } from '@playwright/test';
import { builtPages, openIn, VIEW_MODES } from './site.ts';

const NARROW = VIEW_MODES.filter((mode) => mode.width === 320 && mode.colorScheme === 'light' && mode.forcedColors === 'none');

for (const path of builtPages()) {
  for (const mode of NARROW) {
    test(`reflow: ${path} fits 320 px (${mode.name})`, async ({ page }) => {
      await openIn(page, path, mode);
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `wider than the screen: ${overflowing.join(', ')}`).toBeLessThanOrEqual(320);
    });
  }
}
