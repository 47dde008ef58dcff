/**
 * Keeps the browser from laying out the whole unpaginated document before Paged.js paginates it,
 * and starts the fonts' downloads as soon as the head is parsed.
 *
 * Cause (measured with CDP tracing on the seed's print view): Paged.js copies the body into a
 * template and lays it out again page by page, so the browser's own layout of the long flow
 * document is thrown away; yet it was done up to three times before pagination (the first frame,
 * again when the fonts arrived, and when snapToGrid measured the titles): 180 ms of the renderer's
 * main thread at 1× the seed, 520 ms at 16×. The fonts, requested only once that layout needed
 * them, started downloading after the polyfill had run (170 ms after the page opened, not 40).
 *
 * Fix: until pagination starts (print/paged/run.ts removes the attribute), only the blocks
 * snapToGrid, placeRecipients, turnLandscapeTables and fixColumnWidths measure and their ancestors
 * are displayed; every @font-face of the page is loaded at once. Nothing Paged.js paginates changes: it copies the body's HTML, not its layout, and
 * snapToGrid measures each title at the same width, in the same fonts, as before.
 *
 * Use: src/routes/print.astro runs `UNPAGINATED_SCRIPT` as a classic script in the head, after the
 * @font-face styles and before the body (so it is in place before the first frame). It also sets
 * `PagedConfig.auto = false`, so the bench's Chromium-print path, which drops the Paged.js
 * scripts, drops it too and prints the document as it is.
 */
import { OFF_GRID_BLOCKS } from './grid.ts';
import { LANDSCAPE_MEASURED } from './landscape.ts';
import { PAGE_ONE_BLOCKS } from './recipients.ts';
import { TABLE_REGION } from './tables.ts';
import { PAGINATING_ATTRIBUTE } from './preview-bar.ts';

/** On <html> from the head until pagination starts. */
export const UNPAGINATED_ATTRIBUTE = 'data-gw-unpaginated';

/** What is measured before pagination: the titles snapToGrid snaps, what placeRecipients weighs, the tables turnLandscapeTables cuts and fixColumnWidths measures. */
const MEASURED = `${OFF_GRID_BLOCKS}, ${PAGE_ONE_BLOCKS}, ${TABLE_REGION}, ${LANDSCAPE_MEASURED}`;

const HIDE_UNMEASURED =
  `html[${UNPAGINATED_ATTRIBUTE}] .gw-document ` +
  `:not(${MEASURED}, :is(${MEASURED}) *, :has(${MEASURED})) { display: none !important; }`;

export const UNPAGINATED_SCRIPT = `(() => {
  window.PagedConfig = { auto: false };
  document.documentElement.setAttribute(${JSON.stringify(UNPAGINATED_ATTRIBUTE)}, '');
  document.documentElement.setAttribute(${JSON.stringify(PAGINATING_ATTRIBUTE)}, '');
  // A constructed sheet: Paged.js copies only <style> and <link> sheets into the pages.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(${JSON.stringify(HIDE_UNMEASURED)});
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  // A face that fails to load is reported by Paged.js, which loads every face again before it paginates.
  for (const face of document.fonts) face.load().catch(() => {});
})();
`;
