/**
 * The print preview's fonts after the build (print/served-fonts.ts): each served subset holds what its
 * role sets on the printed pages, no more — checked against the build's own PDF, read with pdf.js: the
 * characters the PDF draws in a font are all in that font's served subset (so none is drawn in a font
 * the site does not serve), and the subset holds no letter or Han character the PDF does not draw in
 * it; on the seed and every fixture. And the preview printed from those subsets in Chromium gives the
 * PDF's pages, in the PDF's fonts: on the seed and on a 函, a 纪要, a 令, a notice with four
 * attachments, a landscape table, and names outside GB 2312 (drawn by a fallback font). */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fontChain, fontFolder, resolveFonts, type ResolvedFont } from '../../plugins/fonts/index.ts';
import { mappedCharacters } from '../../plugins/fonts/inspect.ts';
import { parseFaceName } from '../../plugins/fonts/route.ts';
import type { FontRole } from '../../plugins/options.ts';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';
import { openPdf, readPages, type PageText } from './pdf-reader.ts';
import { FIXTURE_DIST, SITE_DIST, fixturePdfs, pagesOf } from './support.ts';

/** Every built document: the seed and each fixture. */
const DOCUMENTS = [
  { dist: SITE_DIST, slug: 'xiqing-zhangzhengfa-2024-1' },
  ...fixturePdfs().map(({ slug }) => ({ dist: FIXTURE_DIST, slug })),
];
/** The ones whose preview is printed again here: the seed and one of each shape. */
const PRINTED_AGAIN = ['xiqing-zhangzhengfa-2024-1', 'letter-han', 'minutes-jiyao', 'order-ling', 'issue-regulation-attachments', 'reply-port-landscape', 'names-outside-gb2312'];

/** The served fonts of the seed before they were cut to each role's text: five subsets of the whole document's text (2,805,036 bytes). */
const SEED_FONTS_MAX_BYTES = 1_000_000;

let folder: string;
let fonts: Record<FontRole, ResolvedFont>;
const servers = new Map<string, StaticServer>();
test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gongwen-served-fonts-'));
  fonts = await resolveFonts({}, new URL('../../', import.meta.url));
  for (const dist of [SITE_DIST, FIXTURE_DIST]) servers.set(dist, await serveDirectory(dist));
});
test.afterAll(async () => {
  for (const server of servers.values()) await server.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A run's font without its subset tag: AAAAAA+FandolFang-Regular → FandolFang-Regular. */
const fontName = (name: string) => name.replace(/^[A-Z]{6}\+/u, '');

/** Per embedded font, the characters the PDF draws in it (spaces aside). */
function charactersByFont(pages: PageText[]): Map<string, Set<string>> {
  const byFont = new Map<string, Set<string>>();
  for (const run of pages.flatMap((page) => page.runs)) {
    const set = byFont.get(fontName(run.font)) ?? new Set<string>();
    for (const char of run.text.replace(/\s/gu, '')) set.add(char);
    byFont.set(fontName(run.font), set);
  }
  return byFont;
}

/** Per PostScript name, the characters the document's served subsets map (spaces aside). */
function servedByFont(dist: string, slug: string): Map<string, Set<string>> {
  const byFont = new Map<string, Set<string>>();
  const dir = join(dist, fontFolder(slug));
  for (const name of readdirSync(dir)) {
    const face = parseFaceName(name.replace(/\.ttf$/u, ''))!;
    const font = fontChain(fonts[face.role])[face.index]!;
    const set = byFont.get(font.postScriptName) ?? new Set<string>();
    // U+FFFF: the closing segment every format 4 cmap has, not a character.
    for (const char of mappedCharacters(readFileSync(join(dir, name))).replace(/[\s\uffff]/gu, '')) set.add(char);
    byFont.set(font.postScriptName, set);
  }
  return byFont;
}

/**
 * Each page's text, spaces dropped; a page with turned text (a landscape table) as its sorted characters,
 * since pdf.js orders turned runs by where the content stream has them, which the PDF's post-processing moves.
 */
const pageTexts = (pages: PageText[]) =>
  pages.map((page) => {
    const text = page.lines.map((line) => line.text).join('').replace(/\s+/gu, '');
    return page.runs.some((run) => run.angle !== 0) ? [...text].sort().join('') : text;
  });

for (const { dist, slug } of DOCUMENTS) {
  test(`${slug}: each served subset holds exactly what the PDF draws in its font, and the PDF draws nothing in another font`, async () => {
    const drawn = charactersByFont(await pagesOf(join(dist, `${slug}.pdf`)));
    const served = servedByFont(dist, slug);
    for (const [font, chars] of drawn) {
      const missing = [...chars].filter((char) => !served.get(font)?.has(char));
      expect(missing.join(''), `drawn in ${font} but not in its served subset`).toBe('');
    }
    for (const [font, chars] of served) {
      // A page number's counter may print any digit, so the subset holds them all; and the subsetter keeps a
      // mark it reaches from one asked for (FandolFang's "(" for ")"): digits and marks aside, nothing the PDF does not draw.
      const extra = [...chars].filter((char) => !drawn.get(font)?.has(char) && !/^[\d\p{P}\p{S}]$/u.test(char));
      expect(extra.join(''), `in the served subset of ${font} but not drawn in it`).toBe('');
    }
  });
}

for (const slug of PRINTED_AGAIN) {
  const { dist } = DOCUMENTS.find((doc) => doc.slug === slug)!;
  test(`${slug}: the print preview, printed in Chromium from the served subsets, gives the PDF's pages in the PDF's fonts`, async ({ page }) => {
    const built = await pagesOf(join(dist, `${slug}.pdf`));
    await page.goto(`${servers.get(dist)!.origin}/${slug}/print/`);
    await page.waitForFunction(() => document.documentElement.dataset['gwPaged'] !== undefined, undefined, { timeout: 60_000 });
    const file = join(folder, `${slug}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    const printed = await readPages(await openPdf(file));
    expect(pageTexts(printed)).toEqual(pageTexts(built));
    expect([...charactersByFont(printed).keys()].sort()).toEqual([...charactersByFont(built).keys()].sort());
  });
}

test(`the seed's print preview loads under ${SEED_FONTS_MAX_BYTES} bytes of fonts`, () => {
  const dir = join(SITE_DIST, fontFolder('xiqing-zhangzhengfa-2024-1'));
  const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  expect(bytes).toBeLessThan(SEED_FONTS_MAX_BYTES);
});
