/**
 * Tables in print (spec §13), read from the PDF of 国函〔2006〕132号 — its 附件1 a GFM table of 23
 * 界址点 over two pages, its 附件2 six HTML tables with two-level heads (rowspan/colspan) and cells
 * spanning up to 13 rows: every value of the source whole on one text line and printed once, the head
 * on every page a table runs onto (a picture on continuation pages: once in the text layer and the
 * tag tree), rows and rowspan
 * groups whole on one page, 0.5 pt rules around the cells, 4号 cells unless the table names another
 * 字号, the 表题 centred above.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { INNER_MARGIN_MM, LINE_PITCH_MM, TABLE_RULE_MM, TEXT_WIDTH_MM, TOP_MARGIN_MM } from '../../print/geometry.ts';
import { openPdf, type PageText, type TextRun } from './pdf-reader.ts';
import { fixturePdf, inkBetween, isDark, pagesOf, pxToMm, rasterize, rulesOn } from './support.ts';

const doc = fixturePdf('reply-port-coordinates');
const source = readFileSync(doc.source, 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');

/** A number or Latin code (15172.500, R-1500.000, A1) as the source writes it in a cell. */
const VALUE = /[A-Za-z0-9][A-Za-z0-9.-]*/gu;
const valuesOf = (text: string): string[] => text.match(VALUE) ?? [];

/** Occurrences of `value` in `text` not inside a longer value. */
function occurrences(text: string, value: string): number {
  const escaped = value.replaceAll('.', '\\.');
  return (text.match(new RegExp(`(?<![A-Za-z0-9.-])${escaped}(?![A-Za-z0-9.-])`, 'gu')) ?? []).length;
}

/** 附件1: the GFM table's rows (the first is its head), cells as written. */
const gfmRows = source
  .split('\n')
  .filter((line) => /^\|.*\|$/u.test(line) && !/^\|[\s:|-]+\|$/u.test(line))
  .map((line) => line.slice(1, -1).split('|').map((cell) => cell.trim()));
const gfmBody = gfmRows.slice(1);

/** 附件2: each HTML table's body rows, each row its cells' values. */
const htmlTables: string[][][][] = [...source.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/gu)].map(([, table]) => {
  const body = /<tbody>([\s\S]*?)<\/tbody>/u.exec(table!)![1]!;
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/gu)].map(([, row]) => [...row!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/gu)].map(([, cell]) => cell!.split('<br />')));
});
const htmlCells: string[] = htmlTables.flatMap((rows) => rows.flatMap((row) => row.flat()));

const runsOf = (pages: PageText[]) => pages.flatMap((page) => page.runs.map((run) => ({ page: page.number, run })));
const pagesHolding = (pages: PageText[], value: string) => pages.filter((page) => page.runs.some((run) => occurrences(run.text, value) > 0));

test('the fixture is what the tests need: 附件1 23 rows over two pages, 附件2 six tables with a 13-row rowspan', async () => {
  expect(gfmBody).toHaveLength(23);
  expect(htmlTables).toHaveLength(6);
  expect(source).toContain('rowspan="13"');
  const pages = await pagesOf(doc.pdf);
  const first = pagesHolding(pages, gfmBody[0]![1]!)[0]!.number;
  const last = pagesHolding(pages, gfmBody.at(-1)![2]!)[0]!.number;
  expect(last).toBeGreaterThan(first);
});

test('every number and Latin code of the tables appears whole on one text line', async () => {
  const runs = runsOf(await pagesOf(doc.pdf));
  const values = new Set([...gfmBody.flat(), ...htmlCells].flatMap(valuesOf));
  const broken = [...values].filter((value) => !runs.some(({ run }) => occurrences(run.text, value) > 0));
  expect(broken, 'values not found whole in any text run').toEqual([]);
});

test('no cell is printed twice: each coordinate and curve element as often as the source writes it', async () => {
  const text = runsOf(await pagesOf(doc.pdf)).map(({ run }) => run.text).join('\n');
  // Values of six characters or more are coordinates, curve elements (R-1500.000) and radii: none is in the body text.
  const values = new Set([...gfmBody.flat(), ...htmlCells].flatMap(valuesOf).filter((value) => value.length >= 6));
  expect(values.size).toBeGreaterThan(200);
  const wrong = [...values].map((value) => ({ value, source: occurrences(source, value), pdf: occurrences(text, value) })).filter((count) => count.source !== count.pdf);
  expect(wrong).toEqual([]);
});

test('rows and the rows a cell spans stay together on one page', async () => {
  const pages = await pagesOf(doc.pdf);
  const bridge = htmlTables.at(-1)!;
  const groups = [
    ...gfmBody.map((row) => row.flatMap(valuesOf)),
    ...[...htmlTables.slice(0, -1).flat(), bridge[0]!].map((row: string[][]) => row.flat().flatMap(valuesOf)),
    // The main bridge table: rows 2–14 share its rowspan="13" curve element, so they are one group.
    bridge.slice(1).flatMap((row) => row.flat()).flatMap(valuesOf),
  ];
  for (const values of groups) {
    const onOnePage = pages.some((page) => values.every((value) => page.runs.some((run) => occurrences(run.text, value) > 0)));
    expect(onOnePage, `${values.join(' ')}: not all on one page`).toBe(true);
  }
});

test('a table keeps its columns on every page it runs onto: the values of a column centred at one x', async () => {
  const runs = (await pagesOf(doc.pdf)).flatMap((page) => page.runs);
  // Columns no rowspan shifts and whose values appear nowhere else: each table's X, and the 附件2
  // tables' 坐标编号 (A1…E4; 附件1 numbers its rows 1…23, which other cells also hold).
  const columns = [
    gfmBody.map((row) => row[1]!),
    ...htmlTables.flatMap((rows) => [0, 1].map((column) => rows.map((row) => row[column]!.join('')))),
  ];
  for (const column of columns) {
    // Junction points appear in two tables (A8 and E4 share an X): only values the source writes once.
    const values = column.filter((value) => occurrences(source, value) === 1);
    const centres = values.flatMap((value) => {
      const found = runs.filter((run) => run.text.trim() === value);
      expect(found, `"${value}" printed once, as a cell of its own`).toHaveLength(1);
      return found.map((run) => (run.x + run.right) / 2);
    });
    const spread = Math.max(...centres) - Math.min(...centres);
    expect(spread, `the column of ${values[0]}…${values.at(-1)}: centres spread over ${spread.toFixed(2)} mm`).toBeLessThan(0.3);
  }
});

test('the head is repeated at the top of every page a table runs onto, as a picture: no text of it there', async () => {
  const pages = await pagesOf(doc.pdf);
  const check = (values: string[], isHead: (run: TextRun) => boolean) => {
    const holding = pages.filter((page) => page.runs.some((run) => values.some((value) => occurrences(run.text, value) > 0)));
    let headInk = 0;
    let copies = 0;
    for (const page of holding) {
      const firstRow = Math.min(...page.runs.filter((run) => values.some((value) => occurrences(run.text, value) > 0)).map((run) => run.top));
      const head = page.runs.filter((run) => isHead(run) && run.bottom < firstRow);
      if (head.length > 0) {
        // The table's own head, as text: the ink of its band is what a copy must show.
        headInk = inkBetween(doc.pdf, page.number, Math.min(...head.map((run) => run.top)) - 2, firstRow - 0.5);
        continue;
      }
      // A continuation page: no text above the first row, but the head's ink is there.
      copies++;
      expect(page.runs.filter((run) => run.top > TOP_MARGIN_MM - 1 && run.bottom < firstRow - 0.5), `page ${page.number}: text above the first row`).toEqual([]);
      const ink = inkBetween(doc.pdf, page.number, TOP_MARGIN_MM, firstRow - 0.5);
      expect(ink / headInk, `page ${page.number}: the head's ink above the first row`).toBeGreaterThan(0.7);
      expect(ink / headInk, `page ${page.number}: the head's ink above the first row`).toBeLessThan(1.4);
    }
    return copies;
  };
  // 附件1 runs onto one more page; 附件2's C table onto another.
  expect(check(gfmBody.map((row) => row[1]!), (run) => run.text.includes('X坐标'))).toBeGreaterThanOrEqual(1);
  const coordinates = htmlCells.flatMap(valuesOf).filter((value) => /^\d{5}\.\d{4}$/u.test(value));
  expect(check(coordinates, (run) => run.text.includes('方向'))).toBeGreaterThanOrEqual(1);
});

test('the tag tree and the text layer hold each head once, inside a tagged sequence', async () => {
  const pdf = await openPdf(doc.pdf);
  const tagged = new Map<string, number>();
  const untagged = new Map<string, number>();
  const heads = ['X坐标', '行车方向左侧', '深圳往香港方向左侧'];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent({ includeMarkedContent: true });
    const open: string[] = [];
    for (const item of content.items) {
      if ('type' in item && (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')) open.push((item as { tag?: string }).tag ?? '');
      else if ('type' in item && item.type === 'endMarkedContent') open.pop();
      else if ('str' in item) {
        const head = heads.find((text) => item.str.includes(text));
        if (!head) continue;
        const counts = open.some((tag) => tag !== 'Artifact') ? tagged : untagged;
        counts.set(head, (counts.get(head) ?? 0) + 1);
      }
    }
  }
  // One GFM table; five A–E tables and the main bridge table in 附件2.
  expect(Object.fromEntries(tagged)).toEqual({ X坐标: 1, 行车方向左侧: 5, 深圳往香港方向左侧: 1 });
  expect(Object.fromEntries(untagged)).toEqual({});
});

test('cells are 4号 (14 pt) by default and 五号 (10.5 pt) where the table says data-size="五号"', async () => {
  const runs = runsOf(await pagesOf(doc.pdf));
  const sizeOf = (value: string) => runs.find(({ run }) => run.text === value)!.run.size;
  for (const row of gfmBody) expect(sizeOf(row[1]!)).toBeCloseTo(14, 1);
  for (const value of htmlCells.flatMap(valuesOf).filter((value) => /^\d{5}\.\d{4}$/u.test(value)).slice(0, 20)) expect(sizeOf(value)).toBeCloseTo(10.5, 1);
});

test('cells have a line height of their own: one-line rows closer together than the 10.2 mm body pitch', async () => {
  const pages = await pagesOf(doc.pdf);
  // Rows 1–8 of 附件1 hold one line each; the line holding a row's X and Y steps by one row (an X alone recurs).
  const lines = pages.flatMap((page) => page.lines);
  const baselines = gfmBody.slice(0, 8).map((row) => lines.find((line) => [row[1], row[2]].every((value) => line.runs.some((run) => run.text === value)))!.baseline);
  const steps = baselines.slice(1).map((baseline, i) => baseline - baselines[i]!);
  for (const step of steps) expect(step).toBeLessThan(LINE_PITCH_MM - 0.5);
  // Equal steps, give or take the one CSS pixel (0.26 mm) Chromium rounds a row to.
  expect(Math.max(...steps) - Math.min(...steps)).toBeLessThan(0.3);
});

test('full grid rules of 0.5 pt around the cells of 附件1', async () => {
  const pages = await pagesOf(doc.pdf);
  const page = pagesHolding(pages, gfmBody[0]![1]!)[0]!;
  // A row is on the page when its X and Y stand on one line (the same X recurs in another row).
  const rowsOnPage = gfmBody.filter((row) => page.lines.some((line) => [row[1], row[2]].every((value) => line.runs.some((run) => run.text === value)))).length;
  const tableRules = rulesOn(doc.pdf, page.number, isDark, 150);
  // A rule above the head, one between the head and the first row, one under every row.
  expect(tableRules.length).toBeGreaterThanOrEqual(rowsOnPage + 2);
  for (const rule of tableRules) {
    // 0.5 pt is 0.176 mm, 2.8 pixels of the 400 dpi raster; a 1 px border (0.265 mm) would be 4.
    expect(rule.thickness).toBeGreaterThan(TABLE_RULE_MM * 0.6);
    expect(rule.thickness).toBeLessThan(TABLE_RULE_MM * 1.3);
    expect(Math.abs(rule.left - INNER_MARGIN_MM)).toBeLessThan(1);
    expect(Math.abs(rule.right - (INNER_MARGIN_MM + TEXT_WIDTH_MM))).toBeLessThan(1);
  }
  // Vertical rules: columns of the raster dark from the first rule to the last — four columns, five rules.
  const dpi = 400;
  const raster = rasterize(doc.pdf, page.number, dpi);
  const px = (mm: number) => Math.round((mm * dpi) / 25.4);
  const [top, bottom] = [px(tableRules[0]!.bottom) + 2, px(tableRules.at(-1)!.top) - 2];
  const dark: number[] = [];
  for (let x = 0; x < raster.width; x++) {
    let count = 0;
    for (let y = top; y < bottom; y++) if (isDark(raster.pixel(x, y))) count++;
    if (count > 0.98 * (bottom - top)) dark.push(x);
  }
  const verticals = dark.filter((x, i) => i === 0 || x !== dark[i - 1]! + 1);
  expect(verticals).toHaveLength(gfmRows[0]!.length + 1);
  const widths = verticals.map((start) => dark.filter((x) => x >= start && dark.includes(x) && x - start < 20).length);
  for (const width of widths) {
    expect(pxToMm(width, dpi)).toBeGreaterThan(TABLE_RULE_MM * 0.6);
    expect(pxToMm(width, dpi)).toBeLessThan(TABLE_RULE_MM * 1.3);
  }
});

test('the 表题 is centred above its table, in the 版心', async () => {
  const pages = await pagesOf(doc.pdf);
  const found = runsOf(pages).find(({ run }) => run.text.includes('A匝道桥界址点坐标'))!;
  expect(found).toBeDefined();
  const centre = (found.run.x + found.run.right) / 2;
  expect(Math.abs(centre - (INNER_MARGIN_MM + TEXT_WIDTH_MM / 2))).toBeLessThan(1);
  const head = pages[found.page - 1]!.runs.filter((run) => run.text.includes('行车方向左侧') && run.top > found.run.top);
  expect(head.length).toBeGreaterThan(0);
  expect(found.run.bottom).toBeLessThan(Math.min(...head.map((run) => run.top)));
});
