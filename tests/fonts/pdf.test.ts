/**
 * The fonts as a PDF reader sees them: Chromium prints a page set in all five roles, then poppler's
 * pdffonts and our embeddedFontReport read the PDF's font dictionaries.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FONT_ROLES, type FontRole } from '../../plugins/options.ts';
import { embeddedFontReport, resolveFonts, summarizeFontReport } from '../../plugins/fonts/index.ts';
import { ROOT, openWithFonts } from './helpers.ts';

/** What each role sets in a 公文, one role per printed page. */
const ROLE_TEXT: Record<FontRole, string> = {
  xiaobiaosong: '天津市西青区张家窝镇人民政府文件',
  fang: '西青张政发〔2024〕1号 各村民委员会：现将《政府工作报告》印发给你们，请认真贯彻落实。',
  hei: '一、2023年工作回顾',
  kai: '（一）经济发展稳中有进',
  song: '— 1 —',
};

interface PdffontsRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}

/** pdffonts' table (name type encoding emb sub uni object ID), for pages first..last. */
function pdffonts(file: string, page?: number): PdffontsRow[] {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  const lines = execFileSync('pdffonts', [...range, file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return lines.map((line) => {
    // "ABCDEF+FandolFang-Regular  CID TrueType  Identity-H  yes yes yes  9  0"
    const match = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/u.exec(line);
    if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
    const [, name, type, , emb, sub, uni] = match;
    return { name: name!, type: type!, emb: emb!, sub: sub!, uni: uni! };
  });
}

test('every role prints in its own font, embedded as a CID TrueType subset, with no Type 3 and no fallback', async ({ page }) => {
  const fonts = await resolveFonts({}, ROOT);
  const body = FONT_ROLES.map((role) => `<p class="${role}" style="break-after: page">${ROLE_TEXT[role]}</p>`).join('');
  await openWithFonts(page, fonts, Object.values(ROLE_TEXT).join(''), body);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const file = join(await mkdtemp(join(tmpdir(), 'gongwen-pdf-')), 'fonts.pdf');
  await writeFile(file, pdf);

  const rows = pdffonts(file);
  expect(rows.length).toBe(FONT_ROLES.length);
  for (const row of rows) {
    expect(row, row.name).toMatchObject({ type: 'CID TrueType', emb: 'yes', sub: 'yes', uni: 'yes' });
    expect(row.name).toMatch(/^[A-Z]{6}\+/u);
  }

  // Page i holds role i's text only: its one font must be that role's font, and its text that role's text.
  for (const [index, role] of FONT_ROLES.entries()) {
    const pageRows = pdffonts(file, index + 1);
    expect(pageRows.map((row) => row.name.slice(7)), role).toEqual([fonts[role].postScriptName]);
    const text = execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/gu, ''), role).toBe(ROLE_TEXT[role].replace(/\s+/gu, ''));
  }

  const report = await embeddedFontReport(pdf, fonts);
  expect(report.map((entry) => entry.roles).sort()).toEqual(FONT_ROLES.map((role) => [role]).sort());
  for (const entry of report) {
    expect(entry, entry.baseFont).toMatchObject({ subtype: 'CIDFontType2', embedded: true, subset: true, toUnicode: true });
  }
  const summary = summarizeFontReport(report, fonts);
  expect(summary).toHaveLength(FONT_ROLES.length);
  expect(summary[0]).toBe(
    `仿宋 fang: FandolFang R (default, ${fonts.fang.file}) — in the PDF as FandolFang-Regular — CID TrueType, embedded, subset`,
  );
});

test('the report names a font that is none of the chosen ones (nor their fallbacks) as a system font', async ({ page }) => {
  const fonts = await resolveFonts({}, ROOT);
  // DejaVu Sans is not one of our roles: the report must say so rather than map it to a role.
  await openWithFonts(page, fonts, '公文', '<p class="fang">公文</p><p style="font-family: \'DejaVu Sans\'">fallback</p>');
  const report = await embeddedFontReport(await page.pdf(), fonts);
  const stray = report.find((entry) => entry.baseFont === 'DejaVuSans');
  expect(stray?.roles).toEqual([]);
  expect(stray?.summary).toBe('not a gongwen font (a system font): DejaVuSans — CID TrueType, embedded, subset');
  expect(summarizeFontReport(report, fonts)).toContain(`system font in the PDF: ${stray?.summary}`);
});

test('the report tells a CFF font that Chromium drew as Type 3', async ({ page }) => {
  const fonts = await resolveFonts({}, ROOT);
  // FandolFang's own .otf (CFF outlines) handed to Chromium unconverted: fonts.md §4 says Type 3.
  await page.route('http://cff.test/**', (route) =>
    route.request().url().endsWith('.otf')
      ? route.fulfill({ body: readFileSync(fonts.fang.file), contentType: 'font/otf' })
      : route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<style>@font-face { font-family: cff; src: url(/fang.otf); } body { font-family: cff; }</style><p>政府工作报告</p>',
        }),
  );
  await page.goto('http://cff.test/');
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((face) => face.load()));
  });
  const report = await embeddedFontReport(await page.pdf(), fonts);
  const fang = report.filter((entry) => entry.roles.includes('fang'));
  expect(fang.length).toBeGreaterThan(0);
  for (const entry of fang) {
    expect(entry.summary).toBe('仿宋 fang: FandolFang-Regular — Type 3 (glyphs drawn as graphics), embedded');
  }
});
