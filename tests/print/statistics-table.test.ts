/**
 * A statistics table in print (spec §13), read from the PDF of 国办发〔1996〕32号 — the forwarded 请示's
 * 附件 内地西藏初中班（校）扩大招生计划表: a two-level head (分年度招生任务 over 1996年 / 1997年 / 1998年,
 * 省（市） / 1995年招生人数 / 扩招 spanning both head rows), a 总计 row, 20 rows of counts, three of them
 * with a note in the cell (120（扩招）, 70（实招45）), running from one page onto the next. What a reader checks:
 * every count printed whole and as often as the table has it, the head at the top of the next page (a
 * picture there, not a second copy of its text), the 总计 row on one line, each column at one x on both
 * pages, and no cell's text crossing a ruled line.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { INNER_MARGIN_MM, TABLE_RULE_MM, TEXT_WIDTH_MM, TOP_MARGIN_MM } from '../../print/geometry.ts';
import type { PageText, TextLine, TextRun } from './pdf-reader.ts';
import { fixturePdf, inkBetween, isDark, isPageNumber, pagesOf, pxToMm, rasterize } from './support.ts';

const doc = fixturePdf('forward-qingshi');
const source = readFileSync(doc.source, 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');

/** The 计划表 as the source writes it: head rows and body rows, each a list of cell texts. */
const table = /<table>([\s\S]*?)<\/table>/u.exec(source)![1]!;
const cellsOf = (html: string, tag: 'th' | 'td') =>
  [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/gu)].map(([, row]) => [...row!.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'gu'))].map(([, cell]) => cell!));
const headRows = cellsOf(/<thead>([\s\S]*?)<\/thead>/u.exec(table)![1]!, 'th');
const bodyRows = cellsOf(/<tbody>([\s\S]*?)<\/tbody>/u.exec(table)![1]!, 'td');
const total = bodyRows.find((row) => row[0] === '总计')!;

/** A count as the table writes it in a cell: 1445, and the 45 inside 70（实招45）. */
const numbersOf = (text: string): string[] => text.match(/\d+/gu) ?? [];
/** Occurrences of `value` in `text` not inside a longer number. */
const occurrences = (text: string, value: string) => (text.match(new RegExp(`(?<![0-9.])${value}(?![0-9.])`, 'gu')) ?? []).length;

/** The line of a page that holds a body row: its first cell (the 省（市） name or 总计) begins the line. */
const rowLine = (page: PageText, row: string[]): TextLine | undefined => page.lines.find((line) => line.runs[0]?.text.trim() === row[0]);

/** The pages the body runs over, in order. */
const tablePages = (pages: PageText[]) => pages.filter((page) => bodyRows.some((row) => rowLine(page, row)));

/** The runs of a page from its first body row down to its last, page numbers left out. */
function bodyRuns(page: PageText): TextRun[] {
  const lines = bodyRows.map((row) => rowLine(page, row)).filter((line) => line !== undefined);
  const [top, bottom] = [Math.min(...lines.map((line) => line.top)), Math.max(...lines.map((line) => line.bottom))];
  return page.lines.filter((line) => !isPageNumber(line) && line.top >= top - 0.1 && line.bottom <= bottom + 0.1).flatMap((line) => line.runs);
}

test('the fixture is what the tests need: a two-level head, a 总计 row and 19 省（市） rows, over two pages', async () => {
  expect(headRows).toHaveLength(2);
  expect(table).toContain('colspan="3"');
  expect(table).toContain('rowspan="2"');
  expect(bodyRows).toHaveLength(20);
  expect(bodyRows[0]![0]).toBe('总计');
  const pages = tablePages(await pagesOf(doc.pdf));
  expect(pages.length).toBeGreaterThanOrEqual(2);
});

test('every count of the table appears whole in one text run, and as often as the table has it', async () => {
  const pages = tablePages(await pagesOf(doc.pdf));
  const runs = pages.flatMap(bodyRuns);
  const text = runs.map((run) => run.text).join('\n');
  const cells = bodyRows.flatMap((row) => row.slice(1));
  const values = new Set(cells.flatMap(numbersOf));
  expect(values.size).toBeGreaterThan(20);
  const wrong = [...values]
    .map((value) => ({ value, table: cells.reduce((sum, cell) => sum + occurrences(cell, value), 0), pdf: occurrences(text, value) }))
    .filter((count) => count.table !== count.pdf);
  expect(wrong, 'counts printed a different number of times than the table has them').toEqual([]);
  // A cell with its note (120（扩招）) is one run: the count is not parted from the note across a line.
  for (const cell of cells.filter((value) => !/^\d+$/u.test(value))) {
    expect(runs.filter((run) => run.text.trim() === cell), `"${cell}" printed as one run`).toHaveLength(1);
  }
});

test('each row, the 总计 row first of all, is printed whole on one line of one page', async () => {
  const pages = tablePages(await pagesOf(doc.pdf));
  for (const row of bodyRows) {
    const found = pages.flatMap((page) => {
      const line = rowLine(page, row);
      return line ? [line] : [];
    });
    expect(found, `${row[0]}: on one page`).toHaveLength(1);
    expect(
      found[0]!.runs.map((run) => run.text.trim()),
      `${row[0]}: its cells on its line`,
    ).toEqual(row);
  }
  expect(rowLine(pages[0]!, total)!.runs.map((run) => run.text)).toEqual(['总计', '1445', '555', '1600', '1800', '2000']);
});

test('the head is at the top of the next page as ink, and its text is in the PDF once', async () => {
  const all = await pagesOf(doc.pdf);
  const [first, ...continuations] = tablePages(all);
  const headTexts = ['分年度招生任务', '1995年招生人数', '1997年'];
  const firstRowTop = (page: PageText) => Math.min(...bodyRows.map((row) => rowLine(page, row)).filter((line) => line !== undefined).map((line) => line.top));
  const head = first!.runs.filter((run) => headTexts.some((text) => run.text.includes(text)));
  expect(head.map((run) => run.text.trim()).sort()).toEqual([...headTexts].sort());
  const headInk = inkBetween(doc.pdf, first!.number, Math.min(...head.map((run) => run.top)) - 2, firstRowTop(first!) - 0.5);
  expect(continuations.length).toBeGreaterThanOrEqual(1);
  for (const page of continuations) {
    const top = firstRowTop(page);
    expect(page.runs.filter((run) => run.top > TOP_MARGIN_MM - 1 && run.bottom < top - 0.5), `page ${page.number}: text above the first row`).toEqual([]);
    const ratio = inkBetween(doc.pdf, page.number, TOP_MARGIN_MM, top - 0.5) / headInk;
    expect(ratio, `page ${page.number}: the head's ink above the first row, against the head on page ${first!.number}`).toBeGreaterThan(0.7);
    expect(ratio).toBeLessThan(1.4);
  }
  const text = all.flatMap((page) => page.runs.map((run) => run.text)).join('\n');
  for (const value of headTexts) expect(text.split(value).length - 1, `"${value}" in the text layer`).toBe(1);
});

test('each column keeps one centre on every page: the counts of a column within 0.3 mm', async () => {
  const pages = tablePages(await pagesOf(doc.pdf));
  const rows = pages.flatMap((page) => bodyRows.map((row) => rowLine(page, row)).filter((line) => line !== undefined));
  for (let column = 0; column < total.length; column++) {
    const centres = rows.map((line) => (line.runs[column]!.x + line.runs[column]!.right) / 2);
    const spread = Math.max(...centres) - Math.min(...centres);
    expect(spread, `column ${column + 1} (${headRows[0]![Math.min(column, 3)]}): centres spread over ${spread.toFixed(2)} mm`).toBeLessThan(0.3);
  }
});

/** The vertical rules crossing a band of a page: their left and right edges, in mm, from a 400 dpi raster. */
function verticalRules(page: number, top: number, bottom: number): { left: number; right: number }[] {
  const dpi = 400;
  const raster = rasterize(doc.pdf, page, dpi);
  const px = (mm: number) => Math.round((mm * dpi) / 25.4);
  const dark: number[] = [];
  for (let x = 0; x < raster.width; x++) {
    let count = 0;
    for (let y = px(top); y < px(bottom); y++) if (isDark(raster.pixel(x, y))) count++;
    if (count > 0.98 * (px(bottom) - px(top))) dark.push(x);
  }
  const rules: { left: number; right: number }[] = [];
  for (const x of dark) {
    const last = rules.at(-1);
    if (last && px(last.right) >= x) last.right = pxToMm(x + 1, dpi);
    else rules.push({ left: pxToMm(x, dpi), right: pxToMm(x + 1, dpi) });
  }
  return rules;
}

test('no cell crosses a ruled line: every run of the body lies between two vertical rules', async () => {
  const pages = tablePages(await pagesOf(doc.pdf));
  for (const page of pages) {
    const runs = bodyRuns(page);
    const rules = verticalRules(page.number, Math.min(...runs.map((run) => run.top)), Math.max(...runs.map((run) => run.bottom)));
    // Six columns: seven rules, each 0.5 pt.
    expect(rules, `page ${page.number}: vertical rules`).toHaveLength(total.length + 1);
    for (const rule of rules) {
      expect(rule.right - rule.left).toBeGreaterThan(TABLE_RULE_MM * 0.6);
      expect(rule.right - rule.left).toBeLessThan(TABLE_RULE_MM * 1.3);
    }
    expect(rules[0]!.left).toBeCloseTo(INNER_MARGIN_MM, 0);
    expect(rules.at(-1)!.right).toBeCloseTo(INNER_MARGIN_MM + TEXT_WIDTH_MM, 0);
    for (const run of runs) {
      const cell = rules.findIndex((rule, i) => i + 1 < rules.length && run.x > rule.right && run.right < rules[i + 1]!.left);
      expect(cell, `page ${page.number}: "${run.text}" (${run.x.toFixed(1)}–${run.right.toFixed(1)} mm) between two rules`).toBeGreaterThanOrEqual(0);
    }
  }
});
