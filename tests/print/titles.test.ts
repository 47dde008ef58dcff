/**
 * Titles on the printed page (GB/T 9704 §7.3.1, spec §6.2), in every PDF the fixture site and the site
 * build: no two pieces of text overlap anywhere; each 2号 title line holds at most 20 characters and is
 * centred on the 版心; a title's lines never make an hourglass; the line after a title sits on the
 * grid, in a grid line of its own that the title's glyphs do not reach into.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { LINE_PITCH_MM, SIZE_PT, TITLE_LINE_PT, ptToMm } from '../../print/geometry.ts';
import type { TextLine } from './pdf-reader.ts';
import { fixturePdf, fixturePdfs, LEFT, pagesOf, RIGHT, sitePdfs } from './support.ts';

const TOP = 37;
/** Less than this is two boxes touching, not text printed over text. */
const OVERLAP_MM = 0.2;
const CENTRE = (LEFT + RIGHT) / 2;
/** A 2号 line across the page (a 附件 title turned with its 横排 table is not centred on the 版心's width). */
const isTitleSize = (line: TextLine) => Math.abs(line.size - 22) < 0.3 && line.runs.every((run) => run.angle === 0);

/** The page's titles: runs of 2号 lines one title pitch (36 pt) apart. */
function titlesOn(lines: TextLine[]): TextLine[][] {
  const titles: TextLine[][] = [];
  for (const [i, line] of lines.entries()) {
    if (!isTitleSize(line)) continue;
    const previous = lines[i - 1];
    const title = titles.at(-1);
    if (title && previous && previous === title.at(-1) && Math.abs(line.baseline - previous.baseline - ptToMm(TITLE_LINE_PT)) < 0.5) title.push(line);
    else titles.push([line]);
  }
  return titles;
}

for (const doc of [...fixturePdfs(), ...sitePdfs()]) {
  test.describe(`${doc.slug}.pdf`, () => {
    test('no two pieces of text overlap on any page', async () => {
      for (const page of await pagesOf(doc.pdf)) {
        // Runs, not lines: the cells of a table row, centred at different heights, group into lines
        // that cross each other without any ink touching. Neighbouring runs of one line share an edge
        // within 0.08 mm of rounding, so an overlap counts from OVERLAP_MM on.
        for (const [i, a] of page.runs.entries()) {
          for (const b of page.runs.slice(i + 1)) {
            const across = Math.min(a.right, b.right) - Math.max(a.x, b.x);
            const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            expect(across > OVERLAP_MM && down > OVERLAP_MM, `page ${page.number}: "${a.text}" and "${b.text}" overlap by ${down.toFixed(2)} mm`).toBe(false);
          }
        }
      }
    });

    test('title lines: at most 20 characters, centred ± 1 mm, never an hourglass, the next line on the grid below the glyphs', async () => {
      for (const page of await pagesOf(doc.pdf)) {
        for (const title of titlesOn(page.lines)) {
          const where = `page ${page.number}: ${title.map((line) => line.text).join(' / ')}`;
          for (const line of title) {
            expect(Array.from(line.text.replace(/\s/gu, '')).length, where).toBeLessThanOrEqual(20);
            expect(Math.abs((line.x + line.right) / 2 - CENTRE), `${where}: "${line.text}" off centre`).toBeLessThanOrEqual(1);
          }
          const widths = title.map((line) => line.right - line.x);
          for (let i = 1; i < widths.length - 1; i++) {
            const narrower = widths[i]! < Math.max(...widths.slice(0, i)) - 0.5 && widths[i]! < Math.max(...widths.slice(i + 1)) - 0.5;
            expect(narrower, `${where}: line ${i + 1} is narrower than lines above and below (an hourglass)`).toBe(false);
          }
          const next = page.lines[page.lines.indexOf(title.at(-1)!) + 1];
          if (!next) continue;
          // A body line's em box is centred in its grid line: its top lies (pitch − 3号)/2 below the cell's (± 1 mm).
          const row = (next.top - TOP) / LINE_PITCH_MM;
          const inset = (LINE_PITCH_MM - ptToMm(SIZE_PT.san)) / 2;
          expect(Math.abs((row - Math.floor(row)) * LINE_PITCH_MM - inset), `${where}: the next line "${next.text}" is off the grid`).toBeLessThan(1);
          const cellTop = TOP + Math.floor(row) * LINE_PITCH_MM;
          expect(title.at(-1)!.bottom, `${where}: the title reaches into the grid line of "${next.text}"`).toBeLessThanOrEqual(cellTop);
        }
      }
    });
  });
}

test('沪府办发〔2023〕14号: the 56-character title, with no titleLines, prints in three lines and the issued 方案 in two', async () => {
  const { pdf, source } = fixturePdf('issue-long-title');
  const front = parseYaml(/^---\n([\s\S]*?)\n---/u.exec(readFileSync(source, 'utf8'))![1]!) as { title: string; titleLines?: string[]; issuedDocuments: { title: string }[] };
  expect(front.titleLines).toBeUndefined();
  const pages = await pagesOf(pdf);
  const [notice] = titlesOn(pages[0]!.lines);
  expect(notice!.map((line) => line.text).join('')).toBe(front.title);
  expect(notice).toHaveLength(3);
  const issued = pages.flatMap((page) => titlesOn(page.lines)).find((title) => title.map((line) => line.text).join('') === front.issuedDocuments[0]!.title);
  expect(issued, 'the issued 方案 title').toBeDefined();
  expect(issued).toHaveLength(2);
});
