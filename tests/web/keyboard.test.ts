/**
 * Keyboard use: the skip link comes first and moves focus into main; every element that Tab
 * reaches shows a focus indicator (its outline or shadow changes when it takes focus; a radio drawn as
 * its label, on the label).
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

for (const path of builtPages()) {
  test(`keyboard: ${path} skip link moves focus into main`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: '跳到正文' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement) && document.activeElement !== document.querySelector('main'))).toBe(true);
  });

  test(`keyboard: ${path} every focusable element shows a focus indicator`, async ({ page }) => {
    await page.goto(path);
    const focusable = 'a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    // A radio group is one Tab stop (the arrow keys move within it): its radios count once.
    const radios = page.locator('input[type="radio"]').filter({ visible: true });
    const groups = new Set(await radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name)));
    const total = (await page.locator(focusable).filter({ visible: true }).count()) - (await radios.count()) + groups.size;
    expect(total).toBeGreaterThan(0);

    const missing: string[] = [];
    for (let step = 0; step < total; step += 1) {
      await page.keyboard.press('Tab');
      const report = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const seen = ((window as unknown as { reached?: Set<Element> }).reached ??= new Set());
        seen.add(element);
        // A radio drawn as its label (the 文字大小 options) shows its focus on the label.
        const drawn = (element instanceof HTMLInputElement && element.type === 'radio' && element.closest('label')) || element;
        const look = () => {
          const style = getComputedStyle(drawn);
          return { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, shadow: style.boxShadow, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
        };
        const focused = look();
        element.blur();
        const unfocused = look();
        element.focus({ focusVisible: true } as FocusOptions);
        const label = `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}"`;
        const visibleOutline = focused.style !== 'none' && focused.width >= 2 && focused.outline !== unfocused.outline;
        const visibleShadow = focused.shadow !== 'none' && focused.shadow !== unfocused.shadow;
        return { label, shows: visibleOutline || visibleShadow };
      });
      if (!report.shows) missing.push(report.label);
    }
    // Tab went through every focusable element once, without a trap or a skipped element.
    expect(await page.evaluate(() => (window as unknown as { reached: Set<Element> }).reached.size)).toBe(total);
    expect(missing, 'elements without a visible focus indicator').toEqual([]);
  });
}
