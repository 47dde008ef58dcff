/**
 * GB/T 9704-2012 geometry, measured on the built PDFs (spec §16 G, L, P, H1, H6):
 * text boxes from pdf.js in mm, rules and the red 标志 from a raster of the page.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cellsOf, type PageText, type TextLine } from './pdf-reader.ts';
import {
  INDENTED,
  LEFT,
  PAGE_NUMBER,
  RIGHT,
  fixturePdf,
  fixturePdfs,
  isBodySize,
  isPageNumber,
  isDark,
  isRed,
  near,
  pagesOf,
  pxToMm,
  rasterize,
  proseChunks,
  sitePdfs,
} from './support.ts';
import { CELL_MM, CHARS_PER_LINE, LINES_PER_PAGE, LINE_PITCH_MM, PAGE_NUMBER_INSET_MM, SMALL_CHAR_MM } from '../../print/geometry.ts';

const documents = [...sitePdfs(), ...fixturePdfs()];

/** Lines of a paragraph that another line of it follows on the same page: justified full lines. */
function fullLines(page: PageText) {
  // On page 1 the 版头 (份号, 密级…) stacks short lines above the title; the body starts below it.
  const titleTop = page.number === 1 ? (page.lines.find((line) => line.size > 21 && line.size < 23)?.top ?? 0) : 0;
  const body = page.lines.filter((line) => isBodySize(line) && !isPageNumber(line) && line.top > titleTop);
  return body.filter((line, i) => {
    const next = body[i + 1];
    const startsParagraphLine = near(line.x, LEFT, 0.5) || near(line.x, INDENTED, 0.5);
    return startsParagraphLine && next !== undefined && near(next.x, LEFT, 0.5) && near(next.baseline - line.baseline, LINE_PITCH_MM, 0.5);
  });
}

/**
 * The unbreakable cluster that starts a line, in cells: opening marks (which may not end a line),
 * then one character or a whole run of half-width characters (78.46; with a prefix sign, the character
 * after it: 5G+智 — UAX #14 PR × ID), then closing marks (which may not start a line)
 * — GB/T 15834 practice, CSS line-break: strict. A short line is justified when the next
 * line's cluster did not fit in what was left of it.
 */
function leadingClusterCells(line: string): number {
  const cluster = /^[“‘（《〔「『]*(?:[\x21-\x7e]*[+$#\\]\S|[\x21-\x7e]+|.)[。，、；：？！”’）》〕」』…·]*/u.exec(line.replace(/\s/gu, ''));
  return cluster ? cellsOf(cluster[0]) : 0;
}

/** Cells a line fills: its text, and the full-width spaces (第一条　…) the text layer leaves as gaps between runs. */
function cellsOfLine(line: TextLine): number {
  // A gap between runs is a space the text layer leaves out: full-width (one cell) or ASCII (about a third, counted as ½).
  const gaps = line.runs.slice(1).reduce((sum, run, i) => sum + Math.max(0, Math.round((2 * (run.x - line.runs[i]!.right)) / CELL_MM) / 2), 0);
  return cellsOf(line.text.replace(/\s/gu, '')) + gaps;
}

/** Does the source hold a paragraph long enough to fill a line? */
const hasLongParagraph = (source: string) => proseChunks(source).some((chunk) => chunk.length > CHARS_PER_LINE);

/**
 * A 信函's 版头 is placed from the paper's top, not the grid (§10.1): its mark stands 30 mm from the
 * top, above the 版心, and its 发文字号 7/8 of a 3号 character below the double rule. These are the
 * lines of page 1 above its title; they are measured in tests/print/formats.test.ts.
 */
function letterHead(source: string, page: PageText): TextLine[] {
  if (page.number !== 1 || !/^format: letter$/mu.test(readFileSync(source, 'utf8'))) return [];
  const title = page.lines.findIndex((line) => Math.abs(line.size - 22) < 0.5);
  return page.lines.slice(0, Math.max(0, title));
}

for (const doc of documents) {
  test.describe(`${doc.slug}.pdf`, () => {
    test('every page is A4, 210 × 297 mm (G1)', async () => {
      for (const page of await pagesOf(doc.pdf)) {
        expect(page.widthMm, `page ${page.number} width`).toBeCloseTo(210, 0);
        expect(page.heightMm, `page ${page.number} height`).toBeCloseTo(297, 0);
      }
    });

    test('text stays in the 版心 28…184 × 37…262 mm; only page numbers lie below (G6, L5)', async () => {
      for (const page of await pagesOf(doc.pdf)) {
        const exempt = letterHead(doc.source, page);
        for (const line of page.lines) {
          const where = `page ${page.number}: "${line.text}"`;
          expect(line.x, where).toBeGreaterThanOrEqual(LEFT - 1);
          expect(line.right, where).toBeLessThanOrEqual(RIGHT + 1);
          if (exempt.includes(line)) continue;
          expect(line.top, where).toBeGreaterThanOrEqual(37 - 1);
          if (isPageNumber(line)) continue;
          expect(line.bottom, where).toBeLessThanOrEqual(262 + 0.5);
        }
      }
    });

    test('full lines are flush with both edges and hold 28 cells (G2, G3, L3, L4)', async () => {
      let checked = 0;
      // Fill-in blanks are not in the text layer: a line that ends in one is filled to the edge by its rule,
      // and a character followed by one cannot end a line without it (no break before a blank), so both are left out.
      const marked = readFileSync(doc.source, 'utf8').replace(/<Blank\b[^>]*\/>|<u>[^<]*<\/u>/gu, '□').replace(/\s/gu, '');
      const plain = marked.replaceAll('□', '');
      const inMarked = [...marked].flatMap((char, i) => (char === '□' ? [] : [i]));
      const blankAfter = (text: string) => {
        const found = plain.indexOf(text);
        return text !== '' && found >= 0 && marked[inMarked[found + text.length - 1]! + 1] === '□';
      };
      for (const page of await pagesOf(doc.pdf)) {
        const lines = fullLines(page);
        for (const line of lines) {
          const next = page.lines[page.lines.indexOf(line) + 1];
          const text = line.text.replace(/\s/gu, '');
          if (blankAfter(text) || (next && blankAfter(text + next.text.replace(/\s/gu, '').slice(0, 1)))) continue;
          const where = `page ${page.number}: "${line.text}"`;
          const indent = near(line.x, INDENTED, 0.5) ? 2 : 0;
          expect(line.right, where).toBeGreaterThan(RIGHT - 1);
          expect(line.right, where).toBeLessThan(RIGHT + 1);
          const count = cellsOfLine(line) + indent;
          expect(count, where).toBeLessThanOrEqual(CHARS_PER_LINE + 0.5);
          if (count < CHARS_PER_LINE - 0.5) {
            const next = page.lines[page.lines.indexOf(line) + 1]!;
            // Half-width characters are not exactly ½ cell: digits 0.47–0.6 em in CJK fonts (spec §4.3),
            // signs and Latin letters up to about 0.8 em.
            const both = line.text + next.text;
            const halfWidthSlack = 0.1 * (both.match(/[0-9.]/gu)?.length ?? 0) + 0.3 * (both.match(/[\x21-\x2d\x2f\x3a-\x7e]/gu)?.length ?? 0);
            expect(
              count + leadingClusterCells(next.text) + halfWidthSlack,
              `${where} is short, yet the next line's first cluster would have fitted`,
            ).toBeGreaterThan(CHARS_PER_LINE);
          }
          checked++;
        }
      }
      if (hasLongParagraph(doc.source)) expect(checked, 'a document with long paragraphs has full lines').toBeGreaterThan(0);
    });

    test('body lines sit on the 22-line grid: pitch 225/22 mm, first line at the 版心 top', async () => {
      for (const page of await pagesOf(doc.pdf)) {
        const exempt = letterHead(doc.source, page);
        // Text turned with a 横排 table (GB/T 9704 §8) is laid out across the page, not on its lines.
        const body = page.lines.filter((line) => isBodySize(line) && !exempt.includes(line) && line.runs.every((run) => run.angle === 0));
        for (const line of body) {
          // Line n's em box is centred in grid cell n: its top lies ≈ (pitch − 16 pt)/2 below the cell top.
          const row = (line.top - 37) / LINE_PITCH_MM;
          expect(Math.abs(row - Math.round(row)), `page ${page.number}: "${line.text}" off the grid`).toBeLessThan(0.25);
        }
      }
    });
  });
}

test.describe('pages full of body text', () => {
  for (const slug of ['joint', 'issued']) {
    test(`${slug}: 22 lines, the first at the 版心 top, the last at its foot (L1, G4, G5)`, async () => {
      const pages = await pagesOf(fixturePdf(slug).pdf);
      let full = 0;
      for (const [i, page] of pages.entries()) {
        const next = pages[i + 1];
        const body = page.lines.filter((line) => isBodySize(line) && !isPageNumber(line));
        const nextFirst = next?.lines.find((line) => !isPageNumber(line));
        // The flow goes on over the page break: not a new section (附件N, a title) nor the 版记.
        const continues = nextFirst !== undefined && isBodySize(nextFirst) && !/^附件\d+$/u.test(nextFirst.text);
        if (i === 0 || !continues || page.lines.some((line) => line.size > 17)) continue;
        full++;
        expect(body, `page ${page.number}`).toHaveLength(LINES_PER_PAGE);
        expect(body[0]!.top, `page ${page.number} first line top`).toBeGreaterThanOrEqual(37);
        expect(body[0]!.top, `page ${page.number} first line top`).toBeLessThanOrEqual(40);
        expect(body.at(-1)!.bottom, `page ${page.number} last line bottom`).toBeGreaterThanOrEqual(259);
        expect(body.at(-1)!.bottom, `page ${page.number} last line bottom`).toBeLessThanOrEqual(262);
      }
      expect(full, 'pages that continue into the next one').toBeGreaterThan(0);
    });
  }
});

test.describe('page numbers (§7.5)', () => {
  for (const doc of documents) {
    test(`${doc.slug}: — N — in 4号, in sequence, odd right / even left, one character in (P1, P3, P4)`, async () => {
      for (const page of await pagesOf(doc.pdf)) {
        const numbers = page.lines.filter(isPageNumber);
        if (numbers.length === 0) continue;
        expect(numbers, `page ${page.number}`).toHaveLength(1);
        const number = numbers[0]!;
        expect(Number(PAGE_NUMBER.exec(number.text.trim())![1]), `page ${page.number}`).toBe(page.number);
        expect(number.size).toBeCloseTo(14, 1);
        if (page.number % 2 === 1) expect(number.right, `odd page ${page.number} right end`).toBeCloseTo(RIGHT - PAGE_NUMBER_INSET_MM, 0);
        else expect(number.x, `even page ${page.number} left start`).toBeCloseTo(LEFT + PAGE_NUMBER_INSET_MM, 0);
        expect(PAGE_NUMBER_INSET_MM).toBeCloseTo(SMALL_CHAR_MM, 5);
      }
    });
  }

  test('the dash stroke of — 1 — lies 7 mm below the 版心, at y = 269 ± 1 mm (P2)', async () => {
    const raster = rasterize(fixturePdf('upward').pdf, 1, 200);
    const rows: number[] = [];
    const fromY = Math.round((264 / 25.4) * raster.dpi);
    const toY = Math.round((276 / 25.4) * raster.dpi);
    // The right-hand dash: the last em of the number on an odd page.
    const dashFrom = Math.round(((RIGHT - PAGE_NUMBER_INSET_MM - 4) / 25.4) * raster.dpi);
    const dashTo = Math.round(((RIGHT - PAGE_NUMBER_INSET_MM) / 25.4) * raster.dpi);
    for (let y = fromY; y <= toY; y++) {
      let dark = 0;
      for (let x = dashFrom; x <= dashTo; x++) if (isDark(raster.pixel(x, y))) dark++;
      if (dark > (dashTo - dashFrom) / 2) rows.push(y);
    }
    expect(rows.length, 'a horizontal dash stroke').toBeGreaterThan(0);
    const centre = pxToMm((rows[0]! + rows.at(-1)!) / 2, raster.dpi);
    expect(centre).toBeGreaterThanOrEqual(268);
    expect(centre).toBeLessThanOrEqual(270);
  });
});

test.describe('版头 on page 1 (§7.2)', () => {
  for (const slug of ['joint', 'upward', 'issued', 'full-even']) {
    test(`${slug}: red 标志 glyph top at 72 mm, centred, within the 版心; red rule 156 mm, 4 mm under the 发文字号 (H1, H2, H6)`, async () => {
      const { pdf } = fixturePdf(slug);
      const raster = rasterize(pdf, 1, 200);
      const redRows = new Map<number, number[]>();
      for (let y = 0; y < raster.height; y++) {
        for (let x = 0; x < raster.width; x++) {
          if (!isRed(raster.pixel(x, y))) continue;
          if (!redRows.has(y)) redRows.set(y, []);
          redRows.get(y)!.push(x);
        }
      }
      const mm = (px: number) => pxToMm(px, raster.dpi);
      // The rule: rows with more than 150 mm of red (a row through the 标志 has gaps between glyphs).
      const ruleRows = [...redRows].filter(([, xs]) => mm(xs.length) > 150).map(([y]) => y);
      expect(ruleRows.length, 'one red rule').toBeGreaterThan(0);
      expect(mm(ruleRows.at(-1)! - ruleRows[0]!), 'one rule, not several').toBeLessThan(1.5);
      const ruleXs = redRows.get(ruleRows[0]!)!;
      expect(mm(ruleXs[0]!)).toBeCloseTo(LEFT, 0);
      expect(mm(ruleXs.at(-1)! + 1)).toBeCloseTo(RIGHT, 0);
      const ruleTop = mm(ruleRows[0]!);
      // The mark: red pixels above the rule.
      const markRows = [...redRows.keys()].filter((y) => y < ruleRows[0]!).sort((a, b) => a - b);
      const markTop = mm(markRows[0]!);
      expect(markTop, '标志 glyph top').toBeGreaterThanOrEqual(72 - 1.5);
      expect(markTop, '标志 glyph top').toBeLessThanOrEqual(72 + 1.5);
      const markXs = markRows.flatMap((y) => redRows.get(y)!);
      const [left, right] = [mm(Math.min(...markXs)), mm(Math.max(...markXs))];
      expect((left + right) / 2, '标志 centre').toBeCloseTo(106, 0);
      expect(right - left, '标志 width').toBeLessThanOrEqual(156);
      // The 发文字号: the 16 pt line just above the rule.
      const page = (await pagesOf(pdf))[0]!;
      const docNumber = page.lines.filter((line) => isBodySize(line) && line.bottom < ruleTop).at(-1)!;
      expect(docNumber.text).toMatch(/〔\d{4}〕[1-9]\d*号/u);
      expect(ruleTop - docNumber.bottom, 'rule 4 mm below the 发文字号').toBeGreaterThan(4 - 0.5);
      expect(ruleTop - docNumber.bottom, 'rule 4 mm below the 发文字号').toBeLessThan(4 + 0.5);
      // The title starts two lines below the rule (H7).
      const title = page.lines.find((line) => line.size > 21 && line.size < 23 && line.top > ruleTop)!;
      expect((title.top - ruleTop) / LINE_PITCH_MM).toBeGreaterThan(1.5);
      expect((title.top - ruleTop) / LINE_PITCH_MM).toBeLessThan(2.5);
    });
  }
});
