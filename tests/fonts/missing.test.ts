/**
 * A character the chosen font lacks must be found — in a string, and in a laid-out page with where it is.
 */
import { expect, test } from '@playwright/test';
import { findMissingGlyphs, missingCharacters, resolveFonts } from '../../plugins/fonts/index.ts';
import { ROOT, fontToolsFacts, openWithFonts } from './helpers.ts';

// U+20000 𠀀 (CJK Extension B) and U+1F600 😀: FandolFang covers GB2312-level hanzi only (fonts.md §3).
const RARE = '𠀀';
const EMOJI = '😀';

test('missingCharacters finds what the font has no glyph for and ignores spaces', async () => {
  const { fang } = await resolveFonts({}, ROOT);
  // Checked with fontTools' cmap, independently of the fontkit code under test.
  expect(fontToolsFacts(fang.file, `仿宋${RARE}${EMOJI}`).mapped).toEqual(['仿', '宋']);
  expect(await missingCharacters(fang, `仿宋 ${RARE}\n仿宋\u3000${EMOJI}${RARE}\t`)).toEqual([RARE, EMOJI]);
});

test('findMissingGlyphs reports the character, its role and the text around it', async ({ page }) => {
  const fonts = await resolveFonts({}, ROOT);
  const text = `一、总体要求各村民委员会：此处有生僻字${RARE}在中间。`;
  await openWithFonts(
    page,
    fonts,
    text,
    `<h2 class="hei">一、总体要求</h2><p class="fang">各村民委员会：此处有生僻字${RARE}在中间。</p>` +
      '<p class="label" style="font-family: serif">Latin</p><p class="song page-number"></p>',
    { css: '.page-number::after { content: "— " counter(page) " —"; font-family: var(--gw-font-song); }' },
  );
  const missing = await findMissingGlyphs(page, fonts);
  // The context quotes up to 12 characters either side.
  expect(missing).toContainEqual({ role: 'fang', char: RARE, codePoint: 0x20000, context: `村民委员会：此处有生僻字${RARE}在中间。` });
  // Text set in no role's family would print in a system font: every character of it is reported.
  expect(missing.filter((m) => m.role === null).map((m) => m.char)).toEqual([...'Latin']);
  expect(missing).toHaveLength(1 + 'Latin'.length);
});

test('a character the full font has but the served subset lacks is reported too', async ({ page }) => {
  const fonts = await resolveFonts({}, ROOT);
  await openWithFonts(page, fonts, '印发', '<p class="fang">印发通知</p>');
  const missing = await findMissingGlyphs(page, fonts, { fang: ['印发'] });
  expect(missing.map(({ role, char }) => `${role}:${char}`)).toEqual(['fang:通', 'fang:知']);
});

test('in a page paginated by Paged.js, the report gives the printed page', async ({ page }) => {
  const fonts = await resolveFonts({}, ROOT);
  await openWithFonts(page, fonts, `第一页第二页生僻字${RARE}在这里— 0123456789`, `<p>第一页</p><p class="next-page">第二页生僻字${RARE}在这里</p>`, {
    // Paged.js reads breaks from style sheets, not from style attributes.
    css: '.next-page { break-before: page; } @page { @bottom-center { content: "— " counter(page) " —"; font-family: var(--gw-font-song); } }',
    head: '<script>window.PagedConfig = { auto: true, after: () => { window.pagedDone = true; } };</script><script src="/paged.polyfill.js"></script>',
  });
  await page.waitForFunction(() => (window as { pagedDone?: boolean }).pagedDone === true);
  expect(await page.locator('.pagedjs_page').count()).toBe(2);
  // The page numbers Paged.js sets in margin boxes are checked too, and 宋体 has them all.
  expect(await findMissingGlyphs(page, fonts)).toEqual([{ role: 'fang', char: RARE, codePoint: 0x20000, context: `第二页生僻字${RARE}在这里`, page: 2 }]);
});

test('the U+2011 Paged.js adds where it splits a Latin run across pages is not reported; one the author typed is', async ({ page }) => {
  const fonts = await resolveFonts({}, ROOT);
  const run = 'GB9704ReferenceCode'.repeat(120);
  const typed = '编号R\u20111500号';
  await openWithFonts(page, fonts, `${typed}${run}`, `<p>${typed}</p><p>${run}</p>`, {
    css: 'p { overflow-wrap: anywhere; }',
    head: '<script>window.PagedConfig = { auto: true, after: () => { window.pagedDone = true; } };</script><script src="/paged.polyfill.js"></script>',
  });
  await page.waitForFunction(() => (window as { pagedDone?: boolean }).pagedDone === true);
  // Paged.js did split the run: pages end in its hyphen, on the element it marks .pagedjs_hyphen.
  const split = await page.locator('.pagedjs_hyphen').evaluateAll((elements) => elements.map((element) => element.textContent!.at(-1)));
  expect(split.length).toBeGreaterThan(0);
  expect(new Set(split)).toEqual(new Set(['\u2011']));
  // The 仿宋 subset as served without U+2011, so every U+2011 in the page is one no font draws.
  const missing = await findMissingGlyphs(page, fonts, { fang: [`${typed}${run}`.replace(/\u2011/gu, '')] });
  expect(missing).toEqual([{ role: 'fang', char: '\u2011', codePoint: 0x2011, context: typed, page: 1 }]);
});
