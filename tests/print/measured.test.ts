/**
 * Measured, not guessed: the red mark inside the 版心, fill-in blanks printed as rules inside the
 * 版心, the 附件说明's hanging indent, and a figure taller than the 版心 scaled to fit, in millimetres
 * on the printed pages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CELL_MM, FORMAT_GEOMETRY, PAGE_HEIGHT_MM, TEXT_HEIGHT_MM, TEXT_WIDTH_MM, TOP_MARGIN_MM, ptToMm } from '../../print/geometry.ts';
import { headLayout } from '../../print/head-layout.ts';
import { advanceWidthOf } from '../../plugins/fonts/advance.ts';
import { PACKAGED_DEFAULTS } from '../../plugins/fonts/defaults.ts';
import { writePdfs } from '../../print/pdf.ts';
import { FIXTURE_DIST, INDENTED, LEFT, RIGHT, fixturePdf, fixturePdfs, isDark, isPageNumber, isRed, pagesOf, pxToMm, rasterize, type Raster } from './support.ts';

/** Left and right ends of the ink on a page, in mm, leaving out rows that are rules longer than `ruleMm`. */
function inkColumns(raster: Raster, ink: (pixel: [number, number, number]) => boolean, ruleMm = Infinity): { left: number; right: number } {
  let left = Infinity;
  let right = -Infinity;
  for (let y = 0; y < raster.height; y++) {
    let count = 0;
    let rowLeft = Infinity;
    let rowRight = -Infinity;
    for (let x = 0; x < raster.width; x++) {
      if (!ink(raster.pixel(x, y))) continue;
      count++;
      rowLeft = Math.min(rowLeft, x);
      rowRight = Math.max(rowRight, x + 1);
    }
    if (count === 0 || pxToMm(count, raster.dpi) > ruleMm) continue;
    left = Math.min(left, rowLeft);
    right = Math.max(right, rowRight);
  }
  return { left: pxToMm(left, raster.dpi), right: pxToMm(right, raster.dpi) };
}

/** Unbroken horizontal runs of dark ink at least `minMm` long: a blank's rule (glyph strokes are far shorter). */
function horizontalRuns(raster: Raster, minMm: number): { y: number; left: number; right: number }[] {
  const runs: { y: number; left: number; right: number }[] = [];
  const minPx = (minMm * raster.dpi) / 25.4;
  for (let y = 0; y < raster.height; y++) {
    let start = -1;
    for (let x = 0; x <= raster.width; x++) {
      const dark = x < raster.width && isDark(raster.pixel(x, y));
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        if (x - start >= minPx) {
          const run = { y: pxToMm(y, raster.dpi), left: pxToMm(start, raster.dpi), right: pxToMm(x, raster.dpi) };
          // One rule is a few pixel rows thick: keep its first row.
          if (!runs.some((r) => Math.abs(r.left - run.left) < 0.3 && Math.abs(r.right - run.right) < 0.3 && run.y - r.y < 1)) runs.push(run);
        }
        start = -1;
      }
    }
  }
  return runs;
}

test('the red mark stays inside the 版心 on every fixture, and the long 北京市住房和城乡建设委员会 mark fills it', async () => {
  for (const doc of fixturePdfs()) {
    // The 信函's red double rules are 170 mm long by design (§10.1): rows of red longer than 150 mm are rules, not the mark.
    const { left, right } = inkColumns(rasterize(doc.pdf, 1, 200), isRed, 150);
    expect(left, `${doc.slug}: mark's left ink`).toBeGreaterThanOrEqual(LEFT);
    expect(right, `${doc.slug}: mark's right ink`).toBeLessThanOrEqual(RIGHT);
    if (doc.slug === 'letter-han') expect(right - left, 'a mark shrunk to fit spans nearly the whole 版心').toBeGreaterThan(TEXT_WIDTH_MM - 4);
  }
});

test('in Chromium, marks holding ×, Latin letters, digits and full-width brackets, set at the measured size in the default 小标宋, fit the 版心', async ({ page }) => {
  const font = { file: PACKAGED_DEFAULTS.xiaobiaosong(), faceIndex: 0 };
  const markWidth = await advanceWidthOf(font);
  // The font served from the page's own origin (a routed host that never reaches the network).
  await page.route('http://fonts.invalid/**', (route) =>
    route.request().url().endsWith('.ttf')
      ? route.fulfill({ body: readFileSync(font.file), contentType: 'font/ttf' })
      : route.fulfill({ body: '<!doctype html><meta charset="utf-8">', contentType: 'text/html' }),
  );
  await page.goto('http://fonts.invalid/');
  const names = ['××市××区人民政府×××办公室', '××××××××××××××××××', '北京2022年冬奥会和冬残奥会组织委员会', 'APEC中国工商理事会秘书处', '中国（上海）自由贸易试验区临港新片区管理委员会'];
  for (const name of names) {
    const { markSizePt } = headLayout({ mark: { names: [name], suffix: '文件' }, geometry: FORMAT_GEOMETRY.document, noticeLines: 0, hasDocNumber: true, markWidth });
    await page.setContent(
      `<style>@font-face{font-family:m;src:url(http://fonts.invalid/mark.ttf)}span{font-family:m;font-size:${markSizePt}pt;white-space:nowrap;letter-spacing:0}</style><span>${name}文件</span>`,
    );
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check('12pt m'))).toBe(true);
    const widthMm = await page.evaluate(() => document.querySelector('span')!.getBoundingClientRect().width * (25.4 / 96));
    expect(widthMm, name).toBeLessThanOrEqual(TEXT_WIDTH_MM);
    // Shrunk only as far as needed: the size is rounded down to 0.1 pt, less 0.1 pt — at most 0.2 pt per em short.
    expect(widthMm, name).toBeGreaterThan(TEXT_WIDTH_MM - ptToMm(0.2) * markWidth(`${name}文件`));
  }
});

test('fill-in blanks print as rules of their length inside the 版心, and the text layer holds no stand-in spaces or underscores', async () => {
  const doc = fixturePdf('fill-in-blanks');
  const pages = await pagesOf(doc.pdf);
  const entrustment = pages.find((page) => page.lines.some((line) => line.text === '附件4'))!;
  expect(entrustment, '附件4 授权委托书').toBeDefined();
  // 授权委托书: two 身份证号 blanks of nine characters, written <Blank chars={9} />.
  const runs = horizontalRuns(rasterize(doc.pdf, entrustment.number, 300), 20);
  const nine = runs.filter((run) => Math.abs(run.right - run.left - 9 * CELL_MM) <= 0.4);
  expect(nine, `rules of nine cells (${(9 * CELL_MM).toFixed(2)} mm) among ${runs.map((r) => (r.right - r.left).toFixed(1)).join(', ')} mm`).toHaveLength(2);
  const four = runs.filter((run) => Math.abs(run.right - run.left - 4 * CELL_MM) <= 0.4);
  expect(four.length, 'the default blank is four cells').toBeGreaterThanOrEqual(4);
  for (const run of runs) {
    expect(run.left).toBeGreaterThanOrEqual(LEFT - 0.2);
    expect(run.right).toBeLessThanOrEqual(RIGHT + 0.2);
  }
  const text = entrustment.lines.map((line) => line.text).join('\n');
  expect(text).toContain('身份证号：');
  expect(text).not.toMatch(/[_＿\u3000]/u);
  // No ink left or right of the 版心 on any page, in this document and in its copy that writes the blanks as <u>　　</u>.
  for (const slug of ['fill-in-blanks', 'issue-regulation-attachments']) {
    const pdf = fixturePdf(slug).pdf;
    for (const page of await pagesOf(pdf)) {
      const { left, right } = inkColumns(rasterize(pdf, page.number, 100), isDark);
      expect(left, `${slug} page ${page.number}`).toBeGreaterThanOrEqual(LEFT - 0.3);
      expect(right, `${slug} page ${page.number}`).toBeLessThanOrEqual(RIGHT + 0.3);
    }
  }
});

test('附件说明 (§7.3.4), one attachment: 附件 two characters in, the wrapped name under its own first character (±0.3 mm)', async () => {
  const pages = await pagesOf(fixturePdf('attachment-single').pdf);
  const lines = pages.flatMap((page) => page.lines.filter((line) => !isPageNumber(line)));
  const first = lines.findIndex((line) => line.text.replace(/\s/gu, '').startsWith('附件：《北京市建筑施工'));
  expect(first, '附件：《北京市建筑施工混凝土布料机安全使用管理暂行办法》').toBeGreaterThanOrEqual(0);
  const [label, name] = lines[first]!.runs;
  expect(label!.text).toBe('附件：');
  expect(Math.abs(label!.x - INDENTED), `附件 at ${label!.x.toFixed(2)} mm`).toBeLessThanOrEqual(0.3);
  // The name starts right after 附件： (three cells) and its second line starts under its first character.
  expect(Math.abs(name!.x - (INDENTED + 3 * CELL_MM)), `the name at ${name!.x.toFixed(2)} mm`).toBeLessThanOrEqual(0.3);
  const continuation = lines[first + 1]!;
  expect(continuation.text.replace(/\s/gu, '')).toBe('法》');
  expect(Math.abs(continuation.x - name!.x), `continuation at ${continuation.x.toFixed(2)} mm`).toBeLessThanOrEqual(0.3);
});

test('附件说明 (§7.3.4), numbered: 附件 two characters in, every number under 1., a wrapped name under its own first character (±0.3 mm)', async () => {
  for (const slug of ['issue-regulation-attachments', 'fill-in-blanks']) {
    const pages = await pagesOf(fixturePdf(slug).pdf);
    const lines = pages.flatMap((page) => page.lines.filter((line) => !isPageNumber(line)));
    const first = lines.findIndex((line) => line.text.replace(/\s/gu, '').startsWith('附件：1.'));
    expect(first, `${slug}: 附件：1.`).toBeGreaterThanOrEqual(0);
    const label = lines[first]!.runs[0]!;
    expect(label.text.startsWith('附件'), `${slug}: the line opens with 附件`).toBe(true);
    expect(Math.abs(label.x - INDENTED), `${slug}: 附件 at ${label.x.toFixed(2)} mm`).toBeLessThanOrEqual(0.3);
    const numberRun = lines[first]!.runs.find((run) => run.text.startsWith('1.'))!;
    const nameX = lines[first]!.runs[lines[first]!.runs.indexOf(numberRun) + 1]!.x;
    // The four items and their continuation lines, up to the 细则's end (its next page starts 附件1).
    const items = lines.slice(first + 1, lines.findIndex((line, i) => i > first && line.text === '附件1'));
    const numbered = items.filter((line) => /^[2-4]\./u.test(line.text));
    expect(numbered, `${slug}: 2. 3. 4.`).toHaveLength(3);
    for (const line of numbered) {
      expect(Math.abs(line.x - numberRun.x), `${slug}: "${line.text}" at ${line.x.toFixed(2)} mm`).toBeLessThanOrEqual(0.3);
      expect(Math.abs(line.runs[1]!.x - nameX), `${slug}: its name at ${line.runs[1]!.x.toFixed(2)} mm`).toBeLessThanOrEqual(0.3);
    }
    const wrapped = items.filter((line) => !/^[2-4]\./u.test(line.text));
    expect(wrapped.length, `${slug}: names that wrap`).toBeGreaterThanOrEqual(4);
    for (const line of wrapped) {
      expect(Math.abs(line.x - nameX), `${slug}: continuation "${line.text}" at ${line.x.toFixed(2)} mm, the name at ${nameX.toFixed(2)} mm`).toBeLessThanOrEqual(0.3);
    }
  }
});

test('a figure taller than the 版心 is scaled to fit it, aspect kept, above the page number; the build log names it', async () => {
  const doc = fixturePdf('figure-flowchart');
  const pages = await pagesOf(doc.pdf);
  // The figure's page: a page with no body text but its page number.
  const figurePage = pages.find((page) => page.lines.every(isPageNumber))!;
  expect(figurePage, 'the figure starts a page of its own').toBeDefined();
  expect(figurePage.lines.filter(isPageNumber)).toHaveLength(1);
  // 900 × 2400 px: scaled to the 225 mm page area height, 84.375 mm wide, centred in the 版心.
  const heightMm = TEXT_HEIGHT_MM;
  const widthMm = (heightMm * 900) / 2400;
  const imageLeft = LEFT + (TEXT_WIDTH_MM - widthMm) / 2;
  const scale = widthMm / 900;
  // The drawn boxes' outer edges in the file: x 247…653 (and the side box to 883), y 77…2063 (strokes 6 px wide).
  const raster = rasterize(doc.pdf, figurePage.number, 200);
  const top = (() => {
    for (let y = 0; y < raster.height; y++) for (let x = 0; x < raster.width; x++) if (isDark(raster.pixel(x, y))) return pxToMm(y, raster.dpi);
    return NaN;
  })();
  const bottom = (() => {
    const numberTop = figurePage.lines.find(isPageNumber)!.top;
    for (let y = Math.floor(((numberTop - 2) * raster.dpi) / 25.4); y > 0; y--) for (let x = 0; x < raster.width; x++) if (isDark(raster.pixel(x, y))) return pxToMm(y + 1, raster.dpi);
    return NaN;
  })();
  const { left, right } = inkColumns(
    { ...raster, height: Math.floor(((TOP_MARGIN_MM + TEXT_HEIGHT_MM) * raster.dpi) / 25.4), pixel: raster.pixel },
    isDark,
  );
  expect(Math.abs(left - (imageLeft + 217 * scale)), `left ${left.toFixed(1)} mm`).toBeLessThanOrEqual(1);
  expect(Math.abs(right - (imageLeft + 883 * scale)), `right ${right.toFixed(1)} mm`).toBeLessThanOrEqual(1);
  expect(Math.abs(top - (TOP_MARGIN_MM + 77 * scale)), `top ${top.toFixed(1)} mm`).toBeLessThanOrEqual(1);
  expect(Math.abs(bottom - (TOP_MARGIN_MM + 2063 * scale)), `bottom ${bottom.toFixed(1)} mm`).toBeLessThanOrEqual(1);
  expect(bottom).toBeLessThanOrEqual(PAGE_HEIGHT_MM - 35);
  // The text after it goes on, on the next page.
  expect(pages[figurePage.number]!.lines[0]!.text.replace(/\s/gu, '')).toBe('（五）规范事中公示。');

  const out = mkdtempSync(join(tmpdir(), 'gongwen-figure-'));
  try {
    const log: string[] = [];
    await writePdfs(FIXTURE_DIST, [{ slug: 'figure-flowchart', pathname: '/figure-flowchart/print/' }], {
      timeoutSeconds: 120,
      outFile: join(out, 'figure.pdf'),
      log: (line) => log.push(line),
    });
    const warning = log.find((line) => line.includes('warning: figure'));
    expect(warning).toContain('figure-flowchart.pdf: warning: figure "执法流程图" (enforcement-flow.webp) on page 4 is printed at 35% of its size');
    expect(warning).toContain(`(${Math.round(widthMm)} × ${Math.round(heightMm)} mm of 238 × 635 mm)`);
    expect(log.filter((line) => line.includes('warning: figure'))).toHaveLength(1);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
