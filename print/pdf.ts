/**
 * The PDF writer: prints each document's print view (<base><slug>/print/) to dist/<base><slug>.pdf,
 * beside the document's folder, in headless Chromium, after Paged.js has paginated it.
 *
 * One Chromium for the whole build, started by the first document that must print, with a small pool
 * of tabs that take the documents in turn, the site served from dist/ on an ephemeral port. A document
 * whose inputs (print/print-inputs.ts) are those stored with its last PDF is not printed again: the
 * stored copy is written instead. A document's served font subsets are cut to what each role set once
 * its view is laid out, and it prints from those (served-fonts.ts); a reused one's, to what its store says.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { errors, type Browser, type Page } from 'playwright-core';
import { chromiumLaunchOptions, launchChromium } from './browser.ts';
import { inputsDigest, writerIdentity } from './print-inputs.ts';
import { publishPdfFacts } from './pdf-facts.ts';
import { finishPdf } from './pdf-metadata.ts';
import { findingLine, type Finding } from './pdf-conformance.ts';
import type { Claims } from './pdf-xmp.ts';
import { findSrgbProfile, SRGB_INSTALL_HINT, type ColourProfile } from './colour-profile.ts';
import { PDF_INFO_META, type PdfInfo } from './pdf-info.ts';
import { serveDirectory, type StaticServer } from './static-server.ts';
import { sweepStaleTemporaryFiles, writeFileAtomic, writeFileIfChanged } from './safe-write.ts';
import { figureWarnings } from './images.ts';
import type { PdfStore, Reuse, StoredPdf } from './pdf-store.ts';
import { keepOffline, offlinePage } from './offline.ts';
import { recutServedFonts, type Recut } from './served-fonts.ts';
import { checkGlyphs, embeddedFontReport, fontFolder, fontUrl, servedCharacters, summarizeFontReport, ROLE_NAMES } from '../plugins/fonts/index.ts';
import type { FontRole, MissingGlyph, ResolvedFont, SubstitutedGlyph } from '../plugins/fonts/index.ts';

export interface PrintView {
  /** The document's slug: its PDF is <slug>.pdf. */
  slug: string;
  /** The print view's path in dist/ (without Astro's base), e.g. /documents/demo/print/. */
  pathname: string;
}

export interface PdfResult {
  slug: string;
  file: string;
  pages: number;
  bytes: number;
  milliseconds: number;
  /** False when the stored PDF was reused, its inputs unchanged. */
  printed: boolean;
}

export interface WritePdfsOptions {
  /** Give up on a print view that Paged.js has not finished within this many seconds. */
  timeoutSeconds: number;
  log?: (line: string) => void;
  /**
   * The fonts the print views use. With them, a character a role's font cannot draw stops that
   * document before it prints, and the log says which font each role really embedded.
   */
  fonts?: Record<FontRole, ResolvedFont>;
  /**
   * Where each document's last good PDF is kept (print/pdf-store.ts): a PDF printed is saved there as
   * well, and a document that fails keeps its stored copy in dist/ — or, having none, loses its page's PDF link.
   */
  store?: PdfStore;
  /**
   * Astro's `base`, e.g. "/site": the built pages' URLs (their scripts, styles and fonts) start with it
   * while dist/ holds the files without it, so dist/ is served there.
   */
  servedAt?: string;
  /** How many tabs print at once (default: one per core, up to four). */
  tabs?: number;
}

/** The folder that holds a view's document folder: gongwen's base in dist/, e.g. dist/documents/ for /documents/demo/print/. */
const baseFolderOf = (distDir: string, view: PrintView) => join(distDir, view.pathname.replace(/[^/]+\/print\/?$/u, ''));

/** Where a view's PDF goes: beside its document's folder, e.g. dist/documents/demo.pdf for /documents/demo/print/. */
export function pdfFileOf(distDir: string, view: PrintView): string {
  return join(baseFolderOf(distDir, view), `${view.slug}.pdf`);
}

/** The view's served font subsets (plugins/fonts/route.ts): dist/documents/_gongwen/fonts/demo/ for /documents/demo/print/. */
const servedFontsOf = (distDir: string, view: PrintView) => join(baseFolderOf(distDir, view), fontFolder(view.slug));

/** The document's web page of a view: dist/documents/demo/index.html for /documents/demo/print/. */
function pageFileOf(distDir: string, view: PrintView): string {
  return join(distDir, view.pathname.replace(/print\/?$/u, ''), 'index.html');
}

/** The print views among a build's pages: paths ending in /<slug>/print/ under the base. */
export function printViewsOf(pathnames: string[], base: string): PrintView[] {
  const prefix = base.replace(/^\/+/u, '');
  return pathnames.flatMap((raw) => {
    const pathname = raw.replace(/^\/+/u, '');
    if (!pathname.startsWith(prefix)) return [];
    const match = /^([^/]+)\/print\/?$/u.exec(pathname.slice(prefix.length));
    return match ? [{ slug: match[1]!, pathname: `/${pathname.replace(/\/?$/u, '/')}` }] : [];
  });
}

/** What one document's turn gave: its result or why it failed, its log lines, and whether its tab must be replaced. */
interface Outcome {
  result?: PdfResult;
  failure?: string;
  lines: string[];
  tabBroken?: boolean;
}

/**
 * Prints every view to its pdfFileOf (or to `outFile` for a single view), in a pool of tabs
 * (`options.tabs`, one per core by default): while one tab lays a document out, the writer finishes
 * another's PDF in Node. Each document's log lines are said together and in the order of `views`,
 * whichever tab finished first, and a PDF's bytes do not depend on the tab that printed it.
 */
export async function writePdfs(
  distDir: string,
  views: PrintView[],
  options: WritePdfsOptions & { outFile?: string },
): Promise<PdfResult[]> {
  if (views.length === 0) return [];
  // Where this writer puts PDFs: a writer killed there before (SIGKILL) left its temporary files.
  for (const folder of [options.outFile ? dirname(options.outFile) : distDir, ...(options.store ? [options.store.dir] : [])]) {
    for (const name of await sweepStaleTemporaryFiles(folder)) options.log?.(`removed ${join(folder, name)}, left by a PDF writer that stopped before it finished`);
  }
  const server = await serveDirectory(distDir, options.servedAt);
  // Only a build with a store can reuse a PDF; `gongwen pdf` always prints.
  // Once per build: the PDF/A output intent's profile (and so whether PDF/A can be claimed).
  const profile = await findSrgbProfile();
  if (!profile) options.log?.(`no sRGB ICC profile found: the PDFs have no PDF/A output intent and claim no PDF/A — ${SRGB_INSTALL_HINT}`);
  const identity = options.store ? await writerIdentity(chromiumLaunchOptions().executablePath, profile) : undefined;
  // Started by the first document that must print; a browser that cannot start is no document's fault, and stops the run with its fix.
  let browser: Promise<Browser> | undefined;
  const newTab = async () => printTab(await (browser ??= launchChromium()), server.origin);
  const context: WriteContext = { distDir, options, server, profile, identity };
  const outcomes: Outcome[] = [];
  let next = 0;
  let said = 0;
  const sayInOrder = () => {
    for (; said < views.length && outcomes[said]; said++) for (const line of outcomes[said]!.lines) options.log?.(line);
  };
  // One bad document does not stop the others: each is tried, and all failures are reported together.
  const worker = async () => {
    let tab: Page | undefined;
    try {
      while (next < views.length) {
        const index = next++;
        const outcome = await writeOne(views[index]!, context, async () => (tab ??= await newTab()));
        outcomes[index] = outcome;
        sayInOrder();
        if (outcome.tabBroken) {
          await tab?.close();
          tab = undefined;
        }
      }
    } finally {
      await tab?.close().catch(() => undefined);
    }
  };
  try {
    const started = performance.now();
    const tabs = Math.max(1, Math.min(options.tabs ?? DEFAULT_TABS, views.length));
    const stopped = (await Promise.allSettled(Array.from({ length: tabs }, worker))).find((settled) => settled.status === 'rejected');
    if (stopped) throw stopped.reason;
    const failures = outcomes.flatMap((outcome) => outcome.failure ?? []);
    if (failures.length > 0) throw new Error(`${failures.length} of ${views.length} PDFs were not written:\n${failures.join('\n')}`);
    const results = outcomes.map((outcome) => outcome.result!);
    const printed = results.filter((result) => result.printed).length;
    options.log?.(`PDFs: ${printed} printed, ${results.length - printed} reused, in ${Math.round(performance.now() - started)} ms with ${tabs} tab(s)`);
    return results;
  } finally {
    if (browser) await (await browser.catch(() => undefined))?.close();
    await server.close();
  }
}

/**
 * One tab per core, up to four: one document's layout in Chromium and another's PDF work in Node overlap
 * (npm run bench:scale, 32 documents on 2 cores: the PDF step 0.84 s per document with one tab, 0.68 s with two).
 */
const DEFAULT_TABS = Math.min(4, availableParallelism());

/** What every document's turn shares. */
interface WriteContext {
  distDir: string;
  options: WritePdfsOptions & { outFile?: string };
  server: StaticServer;
  profile: ColourProfile | null;
  identity: string | undefined;
}

/** One document's turn: its stored PDF reused when nothing it was printed from changed, else printed in its worker's `tab`. */
async function writeOne(view: PrintView, { distDir, options, server, profile, identity }: WriteContext, tab: () => Promise<Page>): Promise<Outcome> {
  const started = performance.now();
  const lines: string[] = [];
  const file = options.outFile ?? pdfFileOf(distDir, view);
  const failed = async (error: unknown, tabBroken = false): Promise<Outcome> => ({
    failure: `${failureMessage(view.slug, error)}\n${await keepLastGood(distDir, view, options)}`,
    lines,
    tabBroken,
  });
  // The served fonts cut to what each role set (print/served-fonts.ts); not by `gongwen pdf --out`, which only reads dist/.
  const cutFonts = async (setIn: Record<FontRole, string>) =>
    options.fonts && !options.outFile ? recutServedFonts(servedFontsOf(distDir, view), options.fonts, setIn) : undefined;
  const cutLine = ({ before, after }: Recut) => `${view.slug}: the print view's fonts cut to what each role sets: ${before} → ${after} bytes`;
  try {
    const unchanged = options.store && identity ? await unchangedPdf(options.store, distDir, view.slug, identity) : undefined;
    if (unchanged) {
      const bytes = unchanged.data;
      await writeFileIfChanged(file, bytes);
      await publishPdfFacts(file, options.outFile ? undefined : pageFileOf(distDir, view), bytes, unchanged.pages);
      lines.push(
        `${view.slug}.pdf: ${unchanged.pages} pages, ${unchanged.bytes} bytes — not printed again: its print view and every file it loads are unchanged since the build of ${unchanged.writtenAt}`,
      );
      for (const line of unchanged.log) lines.push(`${view.slug}.pdf: ${line}`);
      const cut = unchanged.setIn && (await cutFonts(unchanged.setIn));
      if (cut) lines.push(cutLine(cut));
      return { result: { slug: view.slug, file, pages: unchanged.pages, bytes: unchanged.bytes, milliseconds: Math.round(performance.now() - started), printed: false }, lines };
    }
  } catch (error) {
    return failed(error);
  }
  // Outside the document's try: a browser that cannot start stops the run.
  const page = await tab();
  try {
    let inputs: Reuse['inputs'] | undefined;
    let cut: Recut | undefined;
    const printed = await printView(page, `${server.url}${view.pathname.slice(1)}`, view.slug, options.timeoutSeconds, options.fonts, profile, async (setIn) => {
      // What the view loaded as the build wrote it, before its fonts are cut: what a later build compares.
      if (identity) {
        const files = await loadedFiles(page, server);
        inputs = { files, digest: await inputsDigest(distDir, files, identity) };
      }
      cut = await cutFonts(setIn);
      return cut !== undefined;
    });
    const notes = [...printed.layoutNotes, ...printed.substituted.map(substitutionLine)];
    if (options.fonts) notes.push(...summarizeFontReport(await embeddedFontReport(printed.bytes, options.fonts), options.fonts, printed.substituted));
    const reuse = inputs && { pages: printed.pages, log: notes, inputs, ...(printed.setIn && { setIn: printed.setIn }) };
    await options.store?.save(view.slug, printed.bytes, reuse);
    await writeFileAtomic(file, printed.bytes);
    await publishPdfFacts(file, options.outFile ? undefined : pageFileOf(distDir, view), printed.bytes, printed.pages);
    const result = { slug: view.slug, file, pages: printed.pages, bytes: printed.bytes.byteLength, milliseconds: Math.round(performance.now() - started), printed: true };
    lines.push(`${view.slug}.pdf: ${result.pages} pages, ${result.bytes} bytes (${result.milliseconds} ms)`);
    for (const note of notes) lines.push(`${view.slug}.pdf: ${note}`);
    if (cut) lines.push(cutLine(cut));
    return { result, lines };
  } catch (error) {
    return failed(error, true);
  }
}

/** A tab of the pool: the documents it takes print in it one after another (a fresh one after a failure), and it records every resource each loads. */
async function printTab(browser: Browser, origin: string): Promise<Page> {
  const page = await offlinePage(browser, origin);
  // Resource Timing keeps 250 entries unless told: a document with many images must not lose any.
  await page.addInitScript(() => performance.setResourceTimingBufferSize(100_000));
  return page;
}

/**
 * The files of dist/ the print view on `page` loaded: the page and every resource Resource Timing lists,
 * which includes what the tab took from its cache (a style sheet an earlier document fetched).
 */
async function loadedFiles(page: Page, server: StaticServer): Promise<string[]> {
  const urls = [page.url(), ...(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)))];
  return [...new Set(urls.flatMap((url) => server.fileOf(url) ?? []))].sort();
}

/** The stored PDF of `slug`, if what it was printed from is unchanged: the same files, bytes, writer and Chromium. */
async function unchangedPdf(
  store: PdfStore,
  distDir: string,
  slug: string,
  identity: string,
): Promise<(StoredPdf & Required<Pick<StoredPdf, 'pages' | 'log'>> & { data: Buffer }) | undefined> {
  const stored = await store.lastGood(slug);
  if (!stored?.inputs || stored.pages === undefined || stored.log === undefined) return undefined;
  if ((await inputsDigest(distDir, stored.inputs.files, identity)) !== stored.inputs.digest) return undefined;
  return { ...stored, pages: stored.pages, log: stored.log };
}

/**
 * Why a document was not printed, naming it: our own errors already do; the browser's and the file
 * system's (a renderer that crashed, a full disk) are said in the author's terms, with what to do.
 */
export function failureMessage(slug: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const notWritten = `The PDF of "${slug}" was not written`;
  if (code === 'ENOSPC') return `${notWritten}: the disk is full (${message}) — free some space and build again.`;
  if (code !== undefined && /^E[A-Z]+$/u.test(code)) return `${notWritten}: ${message} — check that the output folder can be written, and build again.`;
  if (/crashed/iu.test(message)) {
    return `${notWritten}: Chromium's renderer crashed while printing it (${message.split('\n')[0]}) — build again; if it crashes again, the machine may be short of memory for a document this long.`;
  }
  return message.includes(`"${slug}"`) ? message : `${notWritten}: ${message}`;
}

/**
 * After a document failed: what its readers still get. Its last good PDF from the store goes back into
 * dist/ (the build put it there when it started; this makes sure); without one, its page stops linking
 * a PDF that does not exist.
 */
async function keepLastGood(distDir: string, view: PrintView, options: WritePdfsOptions & { outFile?: string }): Promise<string> {
  const target = options.outFile ?? pdfFileOf(distDir, view);
  if (!options.store) return `  ${target}: the previous file, if any, is kept.`;
  const kept = await options.store.lastGood(view.slug);
  if (kept) {
    const bytes = kept.data;
    await writeFileAtomic(target, bytes);
    if (kept.pages !== undefined) await publishPdfFacts(target, options.outFile ? undefined : pageFileOf(distDir, view), bytes, kept.pages);
    return `  ${target}: its last good PDF is kept — written by the build of ${kept.writtenAt}, ${kept.bytes} bytes, sha256 ${kept.sha256}.`;
  }
  await unlinkPdfFromPage(distDir, view);
  return `  "${view.slug}" has no earlier PDF: none is in dist/, and its page no longer links one.`;
}

/** The document's web page and print view without their 下载 PDF links (DocumentInfo.astro and print.astro mark them data-gw-pdf-link). */
async function unlinkPdfFromPage(distDir: string, view: PrintView): Promise<void> {
  const page = pageFileOf(distDir, view);
  for (const file of [page, join(dirname(page), 'print', 'index.html')]) {
    const html = await readFile(file, 'utf8').catch(() => undefined);
    if (html === undefined) continue;
    await writeFileAtomic(file, html.replace(/<li data-gw-pdf-link[^>]*>[\s\S]*?<\/li>/gu, ''));
  }
}

export class PrintTimeoutError extends Error {
  constructor(slug: string, seconds: number) {
    super(
      `The print view of "${slug}" did not finish paginating within ${seconds} s. ` +
        `Open /${slug}/print/ in a browser to see where Paged.js stops, or raise pdfTimeoutSeconds in the gongwen options.`,
    );
    this.name = 'PrintTimeoutError';
  }
}

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** The build log's line for a character a fallback draws: `堃 U+5803 in 仿宋 → drawn by LXGW WenKai Regular`. */
export function substitutionLine({ role, char, codePoint, drawnBy, page }: SubstitutedGlyph): string {
  return `${char} ${hex(codePoint)} in ${ROLE_NAMES[role]} → drawn by ${drawnBy.fullName}${page === undefined ? '' : ` (first on page ${page})`}`;
}

/** Characters the chosen fonts cannot draw: printing them would show a system font's glyph or a box. */
export class MissingGlyphsError extends Error {
  constructor(slug: string, missing: MissingGlyph[]) {
    const lines = missing.map(({ role, char, codePoint, context, page }) => {
      const font = role === null ? 'no gongwen font (a system font would draw it)' : `every font of the ${ROLE_NAMES[role]} (${role}) chain`;
      const where = page === undefined ? '' : ` on page ${page}`;
      return `  "${char}" ${hex(codePoint)} is missing from ${font}${where}, in "${context}"`;
    });
    super(
      `The PDF of "${slug}" was not written: ${missing.length} character(s) have no glyph in the chosen fonts.\n${lines.join('\n')}\n` +
        'Choose a font that has them (the fonts option of gongwen), or check the text for a mistyped character.',
    );
    this.name = 'MissingGlyphsError';
  }
}

/**
 * Opens one print view, waits for the fonts and Paged.js, and prints it. With `cutFonts`, called once
 * the view is laid out and its glyphs checked: when it answers true it has replaced the view's served
 * subsets with ones cut to what each role set, and the view loads them before it prints, so the PDF is
 * the one a print of the preview gives (the same glyphs; the embedded fonts are cut from these files).
 */
export async function printView(
  page: Page,
  url: string,
  slug: string,
  timeoutSeconds: number,
  fonts?: Record<FontRole, ResolvedFont>,
  profile: ColourProfile | null = null,
  cutFonts?: (setIn: Record<FontRole, string>) => Promise<boolean>,
): Promise<{ bytes: Uint8Array; pages: number; info: PdfInfo; layoutNotes: string[]; substituted: SubstitutedGlyph[]; setIn?: Record<FontRole, string> }> {
  const consoleErrors: string[] = [];
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  };
  page.on('console', onConsole);
  const offline = keepOffline(page, new URL(url).origin);
  try {
    // One time limit for loading and paginating; a timeout names the document.
    const deadline = performance.now() + timeoutSeconds * 1000;
    const remaining = () => Math.max(1, deadline - performance.now());
    try {
      const response = await page.goto(url, { waitUntil: 'load', timeout: remaining() });
      if (!response?.ok()) throw new Error(`The print view of "${slug}" (${url}) answered ${response?.status() ?? 'nothing'}.`);
      if (!(await waitForPagination(page, remaining()))) throw new PrintTimeoutError(slug, timeoutSeconds);
    } catch (error) {
      if (error instanceof errors.TimeoutError) throw new PrintTimeoutError(slug, timeoutSeconds);
      throw error;
    }
    offline.check(slug);
    const state = await page.evaluate(async () => {
      await document.fonts.ready;
      return { ...document.documentElement.dataset };
    });
    if (state['gwPagedError'] !== undefined) {
      const detail = [state['gwPagedError'], ...consoleErrors].join('\n');
      throw new Error(`Paged.js failed on the print view of "${slug}":\n${detail}`);
    }
    let substituted: SubstitutedGlyph[] = [];
    let setIn: Record<FontRole, string> | undefined;
    if (fonts) {
      // Checked against the subsets the print view really loaded, not the full fonts they were cut from.
      // The print view is <base><slug>/print/: the fonts' base is two folders up.
      const served = await servedCharacters(fonts, (role, index) => new URL(fontUrl('../../', slug, role, index), url).href);
      const check = await checkGlyphs(page, fonts, served);
      if (check.missing.length > 0) throw new MissingGlyphsError(slug, check.missing);
      substituted = check.substituted;
      setIn = check.setIn;
      if (cutFonts && (await cutFonts(setIn))) {
        const failed = await page.evaluate(loadCutFonts, fontFolder(''));
        if (failed.length > 0) throw new Error(`The print view of "${slug}" could not load its cut fonts: ${failed.join(', ')}`);
      }
    }
    const info = await readPdfInfo(page);
    const raw = await page.pdf({ preferCSSPageSize: true, tagged: true, outline: true, printBackground: true });
    const { bytes, claims, findings } = await finishPdf(raw, info, profile);
    // What the print view changed to meet the standard (print/paged/recipients.ts), for the build log.
    const layoutNotes = [...(state['gwLayoutNotes']?.split('\n') ?? []), ...(await figureWarnings(page, slug)), ...conformanceNotes(claims, findings)];
    return { bytes, pages: Number(state['gwPaged']), info, layoutNotes, substituted, ...(setIn && { setIn }) };
  } finally {
    page.off('console', onConsole);
    offline.release();
  }
}

/**
 * Runs in the page: points the view's @font-face rules (`folder` in their URLs) at the same files
 * under a new URL, so the browser fetches the subsets just cut instead of using those it holds,
 * and waits until every face has loaded. Answers the faces that failed.
 */
async function loadCutFonts(folder: string): Promise<string[]> {
  const cut = (css: string) =>
    css.replace(/url\((["']?)([^"')]+\.ttf)\1\)/gu, (whole, quote: string, href: string) => (href.includes(folder) ? `url(${quote}${href}?cut${quote})` : whole));
  // Paged.js moved the view's styles into style elements of its own: the rules are wherever they now are.
  for (const style of document.querySelectorAll('style')) {
    const css = style.textContent ?? '';
    if (css.includes(folder)) style.textContent = cut(css);
  }
  // Style is recalculated now, so document.fonts holds the new faces.
  void document.documentElement.offsetHeight;
  const faces = [...document.fonts];
  await Promise.allSettled(faces.map((face) => face.load()));
  await document.fonts.ready;
  return faces.filter((face) => face.status === 'error').map((face) => face.family);
}

/** The build log's lines on what the PDF claims, and what the project's check found instead. */
function conformanceNotes(claims: Claims, findings: Finding[]): string[] {
  const claimed = [claims.pdfa && 'PDF/A-2u', claims.pdfua && 'PDF/UA-1'].filter(Boolean);
  const head = claimed.length > 0 ? `claims ${claimed.join(' and ')}: the project's own checks pass (README, "What the PDF claims")` : 'claims neither PDF/A-2u nor PDF/UA-1';
  const shown = findings.slice(0, 5).map((item) => `not claimed: ${findingLine(item)}`);
  return [head, ...shown, ...(findings.length > 5 ? [`…and ${findings.length - 5} more findings`] : [])];
}

/**
 * Resolves true once the print view says it is done (`data-gw-paged` or `data-gw-paged-error` on
 * <html>, print/paged/run.ts), false after `timeoutMs`. One `page.evaluate` watching the attribute,
 * not `page.waitForFunction`, which first compiles Playwright's injected script in the page:
 * 25 ms of the page's main thread per print (measured with CDP tracing on the seed's print view).
 * The time limit is kept here in Node, so a page whose script never yields still times out.
 */
export async function waitForPagination(page: Page, timeoutMs: number): Promise<boolean> {
  let expired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<false>((resolve) => {
    timer = setTimeout(() => {
      expired = true;
      resolve(false);
    }, timeoutMs);
  });
  const signalled = page
    .evaluate(
      () =>
        new Promise<true>((resolve) => {
          const root = document.documentElement;
          const done = () => root.dataset['gwPaged'] !== undefined || root.dataset['gwPagedError'] !== undefined;
          if (done()) {
            resolve(true);
            return;
          }
          const observer = new MutationObserver(() => {
            if (!done()) return;
            observer.disconnect();
            resolve(true);
          });
          observer.observe(root, { attributes: true });
        }),
    )
    // A page closed after the time limit rejects the pending evaluation: the caller already has its answer.
    .catch((error: unknown) => (expired ? false : Promise.reject(error)));
  try {
    return await Promise.race([signalled, limit]);
  } finally {
    clearTimeout(timer);
  }
}

async function readPdfInfo(page: Page): Promise<PdfInfo> {
  const values = await page.evaluate((names) => {
    const read = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
    return Object.fromEntries(Object.entries(names).map(([key, name]) => [key, read(name)]));
  }, PDF_INFO_META);
  return values as unknown as PdfInfo;
}
