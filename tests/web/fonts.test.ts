/**
 * The 小标宋 web font is a per-page subset: it holds every character of the page's red mark and
 * titles (read from the page) and is a few KB, not the 5 MB font. Body text uses installed fonts.
 */
import { expect, test } from '@playwright/test';
import * as fontkit from 'fontkit';
import { fontStackProperties } from '../../src/web/fonts.ts';
import { documentPages } from './site.ts';

/** A per-page subset of a mark and two titles is ~10 KB; the whole Noto Serif SC Black WOFF2 is 5.2 MB. */
const SUBSET_BUDGET_BYTES = 64 * 1024;

for (const { path } of documentPages()) {
  test(`fonts: ${path} serves a subset covering its mark and titles`, async ({ page, request }) => {
    await page.goto(path);
    const text = await page
      .locator('.gw-issuer-mark, .gw-title, .gw-issued__title, .gw-attachment__title')
      .evaluateAll((elements) => elements.map((el) => el.textContent ?? '').join(''));
    const response = await request.get(`${path}display.woff2`);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toBe('font/woff2');
    const bytes = await response.body();
    expect(bytes.length).toBeLessThan(SUBSET_BUDGET_BYTES);

    const font = fontkit.create(bytes) as fontkit.Font;
    const missing = [...new Set(text.replace(/\s/gu, ''))].filter((char) => !font.hasGlyphForCodePoint(char.codePointAt(0)!));
    expect(missing, 'characters of the mark and titles missing from the subset').toEqual([]);
  });
}

test('fonts: configured families come first in their role, before the standard fallbacks', () => {
  const css = fontStackProperties({ fang: { families: ['My FangSong'] } });
  expect(css).toMatch(/--gw-font-fang:"My FangSong","FangSong_GB2312",/u);
  expect(css).toMatch(/--gw-font-hei:"SimHei",.*,sans-serif[;}]/u);
});
