/**
 * Reads a PDF the way a user's tools do (pdf.js, with its ToUnicode maps): text runs with their
 * boxes in millimetres from the page's top-left corner, grouped into lines.
 */
import { readFile } from 'node:fs/promises';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

const MM_PER_PT = 25.4 / 72;

/** Text with its box: left, right, top and bottom of the CJK em box, and the baseline, in mm. */
interface TextBox {
  text: string;
  x: number;
  right: number;
  top: number;
  bottom: number;
  baseline: number;
  /** Font size in pt (a line: its largest). */
  size: number;
}

export interface TextRun extends TextBox {
  /** The embedded font's name as pdf.js reports it (e.g. AAAAAA+FandolFang-Regular). */
  font: string;
  /** The direction the text runs in, in degrees counterclockwise on the page: 0 across, 90 up (a table turned for 横排). */
  angle: number;
}

export interface TextLine extends TextBox {
  runs: TextRun[];
}

export interface PageText {
  number: number;
  widthMm: number;
  heightMm: number;
  runs: TextRun[];
  lines: TextLine[];
}

export async function openPdf(path: string): Promise<PDFDocumentProxy> {
  const data = new Uint8Array(await readFile(path));
  return getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
}

export async function readPages(pdf: PDFDocumentProxy): Promise<PageText[]> {
  const pages: PageText[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const fontNames = new Map<string, string>();
    // Loads the fonts, so their names are in commonObjs.
    await page.getOperatorList();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a, b, , , e, f] = item.transform as number[];
      const size = Math.hypot(a!, b!);
      let font = fontNames.get(item.fontName);
      if (font === undefined) {
        const common = page.commonObjs.has(item.fontName) ? (page.commonObjs.get(item.fontName) as { name?: string }) : undefined;
        font = common?.name ?? item.fontName;
        fontNames.set(item.fontName, font);
      }
      const baseline = (y1 - f!) * MM_PER_PT;
      const angle = Math.round((Math.atan2(b!, a!) * 180) / Math.PI);
      const origin = (e! - x0) * MM_PER_PT;
      const em = size * MM_PER_PT;
      // The CJK em box: 0.88 em above the baseline, 0.12 em below (ideographic baseline). Text turned
      // 90° (横排 tables) runs up the page from its origin, the glyphs' tops toward the left.
      const box =
        angle === 90
          ? { x: origin - 0.88 * em, right: origin + 0.12 * em, top: baseline - item.width * MM_PER_PT, bottom: baseline }
          : { x: origin, right: origin + item.width * MM_PER_PT, top: baseline - 0.88 * em, bottom: baseline + 0.12 * em };
      runs.push({ text: item.str, ...box, baseline, size, font, angle });
    }
    pages.push({
      number: n,
      widthMm: (x1 - x0) * MM_PER_PT,
      heightMm: (y1 - y0) * MM_PER_PT,
      runs,
      lines: groupLines(runs),
    });
    page.cleanup();
  }
  return pages;
}

/** Runs whose baselines lie within 2.5 mm (a quarter line; subscripts sit lower) form one line, read left to right. */
function groupLines(runs: TextRun[]): TextLine[] {
  const sorted = [...runs].sort((p, q) => p.baseline - q.baseline || p.x - q.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.baseline - run.baseline) < 2.5) line.push(run);
    else lines.push([run]);
  }
  return lines.map((line) => {
    const ordered = line.sort((p, q) => p.x - q.x);
    return {
      text: ordered.map((run) => run.text).join(''),
      runs: ordered,
      x: Math.min(...ordered.map((run) => run.x)),
      right: Math.max(...ordered.map((run) => run.right)),
      top: Math.min(...ordered.map((run) => run.top)),
      bottom: Math.max(...ordered.map((run) => run.bottom)),
      baseline: ordered[0]!.baseline,
      size: Math.max(...ordered.map((run) => run.size)),
    };
  });
}

/** Marks below U+2E80 that Chinese fonts set full-width: quotation marks, dashes, the ellipsis, the 间隔号. */
const FULL_WIDTH_PUNCTUATION = /[‘’“”—…·]/u;

/** Width of a line in grid cells: Han and full-width count 1, ASCII ½ (spec §16 L3). */
export function cellsOf(text: string): number {
  let cells = 0;
  for (const char of text) cells += char.codePointAt(0)! >= 0x2e80 || FULL_WIDTH_PUNCTUATION.test(char) ? 1 : 0.5;
  return cells;
}
