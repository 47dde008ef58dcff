/**
 * The red rule under the 发文字号 is decoration: drawn by CSS, absent from the accessibility tree,
 * and still visible in dark mode and forced colours; the 发文机关标志 stays red text on screen.
 */
import { expect, test } from '@playwright/test';
import { documentPages } from './site.ts';

const SCHEMES = [
  { name: 'light', colorScheme: 'light', forcedColors: 'none' },
  { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
  { name: 'forced colours', colorScheme: 'light', forcedColors: 'active' },
] as const;

for (const { path } of documentPages()) {
  for (const scheme of SCHEMES) {
    test(`colours: ${path} keeps the red rule visible and out of the accessibility tree (${scheme.name})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme.colorScheme, forcedColors: scheme.forcedColors });
      await page.goto(path);
      const head = page.locator('main .gw-head');
      const look = await head.evaluate((el) => {
        const style = getComputedStyle(el);
        const rgb = (value: string) => value.match(/\d+(\.\d+)?/gu)!.map(Number);
        return {
          rule: { style: style.borderBottomStyle, width: parseFloat(style.borderBottomWidth), colour: rgb(style.borderBottomColor), background: rgb(getComputedStyle(document.documentElement).backgroundColor) },
          mark: rgb(getComputedStyle(el.querySelector('.gw-issuer-mark')!).color),
        };
      });
      expect(look.rule.style).toBe('solid');
      expect(look.rule.width).toBeGreaterThanOrEqual(2);
      expect(look.rule.colour.slice(0, 3), 'the rule differs from the page background').not.toEqual(look.rule.background.slice(0, 3));
      if (scheme.forcedColors === 'none') {
        const [r, g, b] = look.mark;
        expect(r! - Math.max(g!, b!), `the mark is red, got rgb(${look.mark.join(', ')})`).toBeGreaterThan(100);
      }
      // Nothing in the 版头 reaches assistive technology as a separator or an image.
      await expect(head.getByRole('separator')).toHaveCount(0);
      await expect(head.getByRole('img')).toHaveCount(0);
    });
  }
}
