/**
 * The Paged.js scaling fix (print/paged-scaling.ts) must not change pagination: the seed repeated
 * four times (≈ 100 pages) is paginated with and without it, and every page must hold the same
 * text, in the DOM and in the printed PDF (read back with pdf.js), with its page number restored.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { expect, test, type Browser } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { startBenchServer } from '../../bench/server.ts';
import { SEED_PATH } from '../../bench/standalone-page.ts';

const COPIES = 4;

let origin: string;
let server: Server;
test.beforeAll(async () => {
  ({ origin, server } = await startBenchServer());
});
test.afterAll(() => {
  server.close();
});

interface Paginated {
  /** Text of each page's content area, as laid out by Paged.js. */
  pageTexts: string[];
  /** Text of each page of the printed PDF, margin boxes included. */
  pdfTexts: string[];
}

/** Text per page of a PDF, as pdf.js reads it (whitespace dropped: line ends are not text). */
async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join('').replace(/\s+/g, ''));
  }
  await document.destroy();
  return texts;
}

async function paginate(browser: Browser, fix: boolean): Promise<Paginated> {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/standalone/?copies=${COPIES}&fix=${fix ? 1 : 0}`);
    // The page's own PagedConfig signals the end of pagination as the print view does (bench/server.ts).
    await page.waitForSelector('html[data-gw-paged]', { timeout: 240_000 });
    const pageTexts = await page.$$eval('.pagedjs_page .pagedjs_page_content', (areas) =>
      areas.map((area) => (area as HTMLElement).innerText),
    );
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { pageTexts, pdfTexts: await pdfPageTexts(pdf) };
  } finally {
    await page.close();
  }
}

test('the scaling fix leaves every page of the seed ×4 as Paged.js lays it out without it', async ({ browser }) => {
  test.setTimeout(600_000);
  const fixed = await paginate(browser, true);
  const plain = await paginate(browser, false);

  // Not a comparison of two empty results: all of the seed's text is there, four times, in order.
  const seed = readFileSync(SEED_PATH, 'utf8').replace(/\s+/g, '');
  expect(fixed.pageTexts.join('').replace(/\s+/g, '')).toBe(seed.repeat(COPIES));
  expect(fixed.pageTexts.length).toBeGreaterThan(COPIES * 20);

  expect(fixed.pageTexts.length).toBe(plain.pageTexts.length);
  fixed.pageTexts.forEach((text, i) => expect(text, `page ${i + 1}`).toBe(plain.pageTexts[i]));

  // The PDF: the same pages, each with its own page number back in its margin box.
  expect(fixed.pdfTexts.length).toBe(fixed.pageTexts.length);
  fixed.pdfTexts.forEach((text, i) => {
    expect(text, `PDF page ${i + 1}`).toBe(plain.pdfTexts[i]);
    expect(text, `PDF page ${i + 1}`).toContain(`—${i + 1}—`);
  });
});
