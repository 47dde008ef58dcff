/**
 * The two ways the bench prints one HTML page to PDF, on one shared Chromium:
 * - `paged`: the page as served (Paged.js paginates it), then `page.pdf()`;
 * - `native`: the same page with its Paged.js scripts taken out, so Chromium's own `@page`
 *   support paginates it — the floor for this stack.
 * Both may repeat the document's body `copies` times before anything runs, so any print view
 * can be benched at several lengths without changing it.
 */
import type { Browser } from 'playwright-core';
import { PAGINATION_MARKS } from '../print/paged/marks.ts';
import { waitForPagination } from '../print/pdf.ts';

export type PrintPath = 'native' | 'paged' | 'paged-unfixed';

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
/** Scripts that load or configure Paged.js, or load the scaling fix. */
const PAGED = /paged\.polyfill|PagedConfig|Paged\.|paged-scaling/;
const SCALING = /paged-scaling|PagedScaling/;

/** The served HTML, changed for one path and length. */
export function transformHtml(html: string, path: PrintPath, copies: number): string {
  let out = html;
  if (path === 'native') out = out.replace(SCRIPT, (script) => (PAGED.test(script) ? '' : script));
  if (path === 'paged-unfixed') out = out.replace(SCRIPT, (script) => (SCALING.test(script) ? '' : script));
  if (copies > 1) {
    const body = /(<body\b[^>]*>)([\s\S]*)(<\/body>)/.exec(out);
    if (!body) throw new Error('bench: the print view has no <body> to repeat');
    const [whole, open = '', inner = '', close = ''] = body;
    out = out.replace(whole, open + inner.repeat(copies) + close);
  }
  return out;
}

export interface PrintResult {
  /** From opening the page to holding the PDF's bytes. */
  ms: number;
  /** Paged.js's own pagination step (0 for the native path). */
  paginateMs: number;
  pages: number;
  pdf: Buffer;
}

/** Pages in a PDF written by Chromium (Skia writes each page object's dictionary uncompressed). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
}

/** Print `url` one way; the page is opened and closed here, the browser is shared. */
export async function printOnce(browser: Browser, url: string, path: PrintPath, copies: number, timeoutMs: number): Promise<PrintResult> {
  const started = performance.now();
  const page = await browser.newPage();
  try {
    await page.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: transformHtml(await response.text(), path, copies) });
    });
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    let paginateMs = 0;
    if (path !== 'native') {
      // Both inputs signal as the print view does (print/paged/run.ts): data-gw-paged, and User Timing marks around pagination;
      // the bench waits for them as the PDF writer does.
      if (!(await waitForPagination(page, timeoutMs))) throw new Error(`bench: ${url} did not finish paginating within ${timeoutMs / 1000} s`);
      const failure = await page.evaluate(() => document.documentElement.dataset['gwPagedError']);
      if (failure !== undefined) throw new Error(`bench: Paged.js failed on ${url}: ${failure}`);
      paginateMs = await page.evaluate((marks) => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
        return at(marks.end) - at(marks.start);
      }, PAGINATION_MARKS);
    }
    await page.evaluate(() => document.fonts.ready);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    return { ms: performance.now() - started, paginateMs, pages: pdfPageCount(pdf), pdf };
  } finally {
    await page.close();
  }
}
