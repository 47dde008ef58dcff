/**
 * Landscape tables (横排表格, GB/T 9704 §8), read from the PDF of reply-port-landscape (国函〔2006〕132号
 * with its two tables written data-orientation="landscape"): each table on pages of its own, turned 90°
 * counterclockwise (its text runs upward, its head on the left), inside the 版心, the page number where
 * every other page has it, 附件1's 23 rows over two turned pages with the head repeated (a picture) on
 * the second, every value printed whole and once, the text after a table on the next page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writePdfs } from '../../print/pdf.ts';
import { INNER_MARGIN_MM, TABLE_RULE_MM, TEXT_HEIGHT_MM, TEXT_WIDTH_MM, TOP_MARGIN_MM } from '../../print/geometry.ts';
import type { PageText } from './pdf-reader.ts';
import { FIXTURE_DIST, fixturePdf, isDark, isPageNumber, pagesOf, pxToMm, rasterize, rulesOn } from './support.ts';

const doc = fixturePdf('reply-port-landscape');
const source = readFileSync(doc.source, 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');

/** Each landscape table of the source: its head cells and its body rows, each row its cells (a <br /> splits a cell's lines). */
const tables = [...source.matchAll(/<table data-orientation="landscape"[^>]*>([\s\S]*?)<\/table>/gu)].map(([, table]) => {
  const cellsOf = (part: string, tag: string) => [...part.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'gu'))].map(([, cell]) => cell!);
  const head = cellsOf(/<thead>([\s\S]*?)<\/thead>/u.exec(table!)![1]!, 'th').flatMap((cell) => cell.split('<br />'));
  const rows = [.../<tbody>([\s\S]*?)<\/tbody>/u.exec(table!)![1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/gu)].map(([, row]) => cellsOf(row!, 'td').flatMap((cell) => cell.split('<br />')));
  return { head, rows };
});
const [points, bridge] = tables as [(typeof tables)[number], (typeof tables)[number]];

/** Coordinates and curve elements (six characters or more): no other text of the document holds one. */
const VALUE = /[A-Za-z0-9][A-Za-z0-9.-]{5,}/gu;
const valuesOf = (cells: string[]): string[] => cells.flatMap((cell) => cell.match(VALUE) ?? []);
const occurrences = (text: string, value: string) =>
  (text.match(new RegExp(`(?<![A-Za-z0-9.-])${value.replaceAll('.', '\\.')}(?![A-Za-z0-9.-])`, 'gu')) ?? []).length;

const holding = (pages: PageText[], value: string) => pages.filter((page) => page.runs.some((run) => occurrences(run.text, value) > 0));
const tableRuns = (page: PageText) => page.runs.filter((run) => !isPageNumber({ ...run, runs: [run] }));

/** The pages each table is printed on: those holding any of its values. */
async function tablePages(table: (typeof tables)[number]): Promise<PageText[]> {
  const pages = await pagesOf(doc.pdf);
  const numbers = new Set(table.rows.flatMap(valuesOf).flatMap((value) => holding(pages, value).map((page) => page.number)));
  return pages.filter((page) => numbers.has(page.number));
}

/** A head cell's first run: the run its text (spaces aside) starts with. */
const squeeze = (text: string) => text.replaceAll(/[\s　]/gu, '');
const headRun = (page: PageText, cell: string) => tableRuns(page).find((run) => squeeze(run.text) !== '' && squeeze(cell).startsWith(squeeze(run.text)));

test('the fixture is what the tests need: 附件1 23 rows and the bridge table, both landscape', async () => {
  expect(points.rows).toHaveLength(23);
  expect(bridge.rows).toHaveLength(14);
  expect(bridge.head).toContain('深圳往香港方向左侧');
});

test('附件1 runs over two turned pages; the bridge table too: its row 1, then rows 2–14 (one rowspan="13" group) whole', async () => {
  expect(await tablePages(points)).toHaveLength(2);
  const [first, second] = await tablePages(bridge);
  expect(second).toBeDefined();
  const on = (page: PageText, row: string[]) => valuesOf(row).every((value) => page.runs.some((run) => occurrences(run.text, value) > 0));
  expect(on(first!, bridge.rows[0]!)).toBe(true);
  for (const row of bridge.rows.slice(1)) expect(on(second!, row), row[0]).toBe(true);
});

test('every text run of a landscape table runs upward (turned 90° counterclockwise); the body text runs across', async () => {
  const pages = await pagesOf(doc.pdf);
  const turned = new Set([...(await tablePages(points)), ...(await tablePages(bridge))].map((page) => page.number));
  for (const page of pages) {
    const angles = new Set(tableRuns(page).map((run) => run.angle));
    expect([...angles], `page ${page.number}`).toEqual([turned.has(page.number) ? 90 : 0]);
  }
});

test('the head is on the left: each head cell lies left of every body value on the table’s first page', async () => {
  for (const table of [points, bridge]) {
    const [page] = await tablePages(table);
    const runs = tableRuns(page!);
    const headX = table.head.map((cell) => headRun(page!, cell)!.x);
    const bodyX = runs.filter((run) => valuesOf([run.text]).length > 0).map((run) => run.x);
    expect(bodyX.length).toBeGreaterThan(0);
    for (const x of headX) expect(x).toBeLessThan(Math.min(...bodyX));
  }
});

test('every coordinate and curve element appears whole, as often as the source writes it', async () => {
  const text = (await pagesOf(doc.pdf)).flatMap((page) => page.runs.map((run) => run.text)).join('\n');
  const values = new Set(tables.flatMap((table) => table.rows.flatMap(valuesOf)));
  expect(values.size).toBeGreaterThan(80);
  const wrong = [...values].map((value) => ({ value, source: occurrences(source, value), pdf: occurrences(text, value) })).filter((count) => count.source !== count.pdf);
  expect(wrong).toEqual([]);
});

test('a table that opens its 附件 takes the 附件 label and title onto its first turned page, above the head', async () => {
  for (const [n, table] of [points, bridge].entries()) {
    const [page] = await tablePages(table);
    const label = tableRuns(page!).find((run) => run.text.trim() === `附件${n + 1}`);
    expect(label, `附件${n + 1}`).toBeDefined();
    expect(label!.angle).toBe(90);
    // Turned, "above" is to the left: the label left of every head cell.
    for (const cell of table.head) expect(label!.x).toBeLessThan(headRun(page!, cell)!.x);
  }
});

test('the page number of a turned page is where every page has it: odd right, even left, same height', async () => {
  const pages = await pagesOf(doc.pdf);
  const turned = new Set([...(await tablePages(points)), ...(await tablePages(bridge))].map((page) => page.number));
  const numberOf = (page: PageText) => page.lines.find(isPageNumber)!;
  const portrait = pages.filter((page) => !turned.has(page.number) && page.lines.some(isPageNumber));
  for (const number of turned) {
    const mine = numberOf(pages[number - 1]!);
    const twin = portrait.find((page) => page.number % 2 === number % 2)!;
    expect(Math.abs(mine.baseline - numberOf(twin).baseline), `page ${number}`).toBeLessThan(0.2);
    if (number % 2 === 1) expect(Math.abs(mine.right - numberOf(twin).right), `page ${number}`).toBeLessThan(0.2);
    else expect(Math.abs(mine.x - numberOf(twin).x), `page ${number}`).toBeLessThan(0.2);
  }
});

/** The box holding every dark pixel of a page outside the page-number zone, in mm. */
function inkBox(page: number) {
  const dpi = 150;
  const raster = rasterize(doc.pdf, page, dpi);
  const box = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
  const numberZone = TOP_MARGIN_MM + TEXT_HEIGHT_MM + 1;
  for (let y = 0; y < raster.height && pxToMm(y, dpi) < numberZone; y++) {
    for (let x = 0; x < raster.width; x++) {
      if (!isDark(raster.pixel(x, y))) continue;
      box.left = Math.min(box.left, pxToMm(x, dpi));
      box.right = Math.max(box.right, pxToMm(x + 1, dpi));
      box.top = Math.min(box.top, pxToMm(y, dpi));
      box.bottom = Math.max(box.bottom, pxToMm(y + 1, dpi));
    }
  }
  return box;
}

test('a turned table’s ink lies inside the 版心 (28–184 mm × 37–262 mm), and fills its height', async () => {
  for (const page of [...(await tablePages(points)), ...(await tablePages(bridge))]) {
    const box = inkBox(page.number);
    // Half a 0.5 pt rule (0.09 mm) and a raster pixel (0.17 mm) outside the edge at most.
    expect(box.left, `page ${page.number}`).toBeGreaterThan(INNER_MARGIN_MM - 0.3);
    expect(box.right, `page ${page.number}`).toBeLessThan(INNER_MARGIN_MM + TEXT_WIDTH_MM + 0.3);
    expect(box.top, `page ${page.number}`).toBeGreaterThan(TOP_MARGIN_MM - 0.3);
    expect(box.bottom, `page ${page.number}`).toBeLessThan(TOP_MARGIN_MM + TEXT_HEIGHT_MM + 0.3);
    // The table is 225 mm wide in its own direction: it runs the 版心's whole height.
    expect(box.bottom - box.top, `page ${page.number}`).toBeGreaterThan(TEXT_HEIGHT_MM - 1);
  }
});

test('the continuation page shows the head as a picture: ink left of the body, no head text', async () => {
  const [first, second] = await tablePages(points);
  const bodyX = Math.min(...tableRuns(second!).map((run) => run.x));
  for (const cell of points.head) {
    expect(headRun(first!, cell), cell).toBeDefined();
    expect(headRun(second!, cell), cell).toBeUndefined();
  }
  // The head's glyphs: dark pixels between the table's left rule and the first body column.
  const dpi = 150;
  const raster = rasterize(doc.pdf, second!.number, dpi);
  const px = (mm: number) => Math.round((mm * dpi) / 25.4);
  let glyphInk = 0;
  for (let x = px(INNER_MARGIN_MM + 1.5); x < px(bodyX - 3); x++) {
    for (let y = px(TOP_MARGIN_MM + 5); y < px(TOP_MARGIN_MM + TEXT_HEIGHT_MM - 5); y++) if (isDark(raster.pixel(x, y))) glyphInk++;
  }
  expect(glyphInk).toBeGreaterThan(200);
});

test('rules: the turned table’s 0.5 pt column rules run across the page, one more than its columns', async () => {
  for (const page of await tablePages(points)) {
    // Turned, a column rule is horizontal on the page and runs across the page's part of the table, from
    // the head to the last row (on a continuation page the head's stretch of it is part of the picture,
    // a pixel off at most).
    const runs = tableRuns(page).filter((run) => valuesOf([run.text]).length > 0);
    const span = Math.max(...runs.map((run) => run.right)) - Math.min(...runs.map((run) => run.x));
    const rules = rulesOn(doc.pdf, page.number, isDark, 0.8 * span);
    expect(rules, `page ${page.number}`).toHaveLength(points.head.length + 1);
    for (const rule of rules) {
      expect(rule.thickness).toBeGreaterThan(TABLE_RULE_MM * 0.6);
      expect(rule.thickness).toBeLessThan(TABLE_RULE_MM * 1.3);
    }
  }
});

test('a landscape table starts on a page of its own and the text after it on the next page', async () => {
  const pages = await pagesOf(doc.pdf);
  for (const table of [points, bridge]) {
    const turned = await tablePages(table);
    const before = pages[turned[0]!.number - 2]!;
    const after = pages[turned.at(-1)!.number]!;
    expect(before.runs.some((run) => run.angle === 90)).toBe(false);
    // The 注 under each table opens the next page, on the 版心's first line.
    const first = after.lines.filter((line) => !isPageNumber(line))[0]!;
    expect(first.text).toMatch(/^注：/u);
    expect(first.top - TOP_MARGIN_MM).toBeLessThan(3);
  }
});

test('the build log names a portrait table wider than the 版心 and suggests data-orientation="landscape"', async () => {
  const site = mkdtempSync(join(tmpdir(), 'gongwen-wide-'));
  const log: string[] = [];
  try {
    cpSync(FIXTURE_DIST, site, { recursive: true });
    const view = join(site, 'reply-port-coordinates', 'print', 'index.html');
    const html = readFileSync(view, 'utf8');
    // 附件2's tables set 五号 to fit the 版心: at the default 4号 their seven columns do not.
    expect(html).toContain('data-size="五号"');
    writeFileSync(view, html.replaceAll('data-size="五号"', ''));
    await writePdfs(site, [{ slug: 'reply-port-coordinates', pathname: '/reply-port-coordinates/print/' }], { timeoutSeconds: 120, log: (line) => log.push(line) });
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
  const notes = log.filter((line) => line.includes('wider than the 版心'));
  expect(notes).toContain(
    `reply-port-coordinates.pdf: table “A匝道桥界址点坐标” is wider than the 版心 (${TEXT_WIDTH_MM} mm): write data-orientation="landscape" on it (GB/T 9704 §8) or a smaller data-size`,
  );
  for (const note of notes) expect(note).toMatch(/^reply-port-coordinates\.pdf: table (“.+”|表格\d+) is wider/u);
});
