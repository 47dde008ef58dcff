/**
 * Makes Paged.js 0.4.3's pagination cost grow linearly with the document's length.
 *
 * Cause (measured, see the bench): every new page carries CSS counters — `.pagedjs_page` has
 * `counter-increment: page` and the page-number margin boxes have `content: counter(page)` — so
 * attaching a page, or restyling its margin boxes, marks Chromium's counters dirty, and the next
 * of the ~10 style updates Paged.js forces per page (getBoundingClientRect while it measures
 * overflow) walks every element of the document to recount them (StyleEngine::UpdateCounters).
 * Each page therefore costs time in proportion to all the pages before it: quadratic overall.
 * Hiding finished pages (display:none, content-visibility) does not help, because that walk
 * visits hidden elements too.
 *
 * Fix: while Paged.js paginates, the page counter is not incremented and the margin boxes whose
 * content uses counter() are left empty, so nothing marks the counters dirty; when pagination
 * ends, both come back in one step and Chromium counts the pages once. Page breaks depend only on
 * the page area, whose size is fixed, so pagination is unchanged (tests/print/paged-scaling.test.ts
 * compares every page's text with and without the fix). The fix stands aside when Paged.js would
 * measure margin-box text to share a margin between a centre box and a side box (both with
 * content), since empty boxes would measure differently.
 *
 * Measured effect (bench/, `npm run bench`): see the report in the bench's output; at 16× the
 * seed (≈ 400 pages) Paged.js's own pagination step drops by about half, and its cost per page
 * stays about flat from 4× to 32× instead of doubling.
 *
 * Use: the print view loads `PAGED_SCALING_HANDLER` as a classic script right after
 * `paged.polyfill.js` (it needs `window.Paged`, and must run before the document is parsed to the
 * end, when the polyfill starts). It writes nothing to the page when Paged.js is absent.
 */

/** Where the bench's server and, by convention, the print view serve the handler. */
export const PAGED_SCALING_URL = '/paged-scaling.js';

/** The handler, as a classic browser script (no modules, no build step). */
export const PAGED_SCALING_HANDLER = `(() => {
  if (!window.Paged) return;
  const MARGIN_BOX = /pagedjs_margin-(top|bottom)-(left|center|right)\\b/;

  /** Style rules of the page's style sheets, including those the polisher added. */
  function styleRules() {
    const rules = [];
    const visit = (list) => {
      for (const rule of list) {
        if (rule.cssRules) visit(rule.cssRules);
        if (rule.selectorText) rules.push(rule);
      }
    };
    for (const sheet of document.styleSheets) {
      try {
        visit(sheet.cssRules);
      } catch {
        /* a cross-origin sheet: Paged.js cannot use it either */
      }
    }
    return rules;
  }

  class PagedScaling extends window.Paged.Handler {
    constructor(chunker, polisher, caller) {
      super(chunker, polisher, caller);
      // The chunker's queue starts each page on requestAnimationFrame, so a page never takes less
      // than a frame (16.7 ms) however little work it is; a message-channel task starts it at once.
      const channel = new MessageChannel();
      const waiting = [];
      channel.port1.onmessage = () => waiting.shift()();
      chunker.q.tick = (callback) => {
        waiting.push(callback);
        channel.port2.postMessage(null);
      };
    }

    afterParsed() {
      const hasContent = new Set();
      const counterRules = [];
      for (const rule of styleRules()) {
        const box = MARGIN_BOX.exec(rule.selectorText);
        const content = rule.style.getPropertyValue('content');
        if (!box || !content || content === 'none' || content === 'normal') continue;
        hasContent.add(box[1] + '-' + box[2]);
        if (content.includes('counter(')) counterRules.push(rule.selectorText);
      }
      // Paged.js measures margin-box text when a centre box and a side box of one edge both have content.
      const measured = ['top', 'bottom'].some(
        (edge) => hasContent.has(edge + '-center') && (hasContent.has(edge + '-left') || hasContent.has(edge + '-right')),
      );
      if (measured) return;
      this.paused = new CSSStyleSheet();
      this.paused.replaceSync(
        '.pagedjs_page { counter-increment: none !important; }\\n' +
          counterRules.map((selector) => selector + ' { content: none !important; }').join('\\n'),
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.paused];
    }

    afterRendered() {
      if (!this.paused) return;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.paused);
      this.paused = undefined;
    }
  }

  window.Paged.registerHandlers(PagedScaling);
})();
`;
