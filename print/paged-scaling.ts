/**
 * Removes the part of Paged.js 0.4.3's pagination cost that grows faster than the document.
 *
 * Cause (measured with CDP tracing, bench/): every page carries CSS counters (`.pagedjs_page` has
 * `counter-increment: page`, the page-number margin boxes `content: counter(page)`), so adding a
 * page marks Chromium's counters dirty, and the next of the ~10 style updates Paged.js forces per
 * page while it measures overflow walks every element of the document to recount them
 * (StyleEngine::UpdateCounters): each page costs in proportion to all the pages before it. Style
 * time per page was 2.9 ms at 100 pages and 7.4 ms at 400; hiding finished pages (display:none,
 * content-visibility) does not help, as the walk visits hidden elements too. Separately, the
 * chunker starts every page on requestAnimationFrame, so no page takes less than a frame (16.7 ms).
 *
 * Fix: while Paged.js paginates, the page counter is not incremented and margin boxes whose
 * content uses counter() stay empty, so nothing marks the counters dirty; when pagination ends
 * both come back in one step and Chromium counts once. Each page starts without waiting for the
 * next frame, and pages follow each other in one task for up to TASK_MS, since every frame the
 * browser renders between tasks walks all the pages so far (on the print view at 16× the seed,
 * pagination took 3.8–4.0 s so, 4.5–5.4 s with a task per page). Page breaks depend only on the page area, whose size is fixed,
 * so pagination is unchanged (tests/print/paged-scaling.test.ts compares every page's text and
 * page number with and without the fix). The fix stands aside when Paged.js would measure
 * margin-box text to share an edge between a centre box and a side box, both with content.
 *
 * Measured (`npm run bench`, 5 interleaved runs, CPU time of Chromium): style time per page
 * stays 1.4–1.5 ms from 100 to 400 pages; the cost of each added page is flat with the fix
 * (15.2 ms from 1× to 4× the seed, 15.6 ms from 4× to 16×) where Paged.js as is grows (21.6 →
 * 24.4 ms; n^1.5 on longer runs); at 16× (400 pages) pagination takes 4.6 s instead of 8.5 s,
 * and the PDF 3.0× Chromium's own print instead of 4.1× (wall: 4.1× instead of 6.1×).
 *
 * Use: the print view runs `PAGED_SCALING_HANDLER` as a classic script right after
 * `paged.polyfill.js` (it needs `window.Paged`, and must register before the polyfill starts,
 * when the document has been parsed). It does nothing when Paged.js is absent.
 */

/** Where the bench's server and, by convention, the print view serve the handler. */
export const PAGED_SCALING_URL = '/paged-scaling.js';

/** Longest run of pages in one task (ms): the browser renders a frame between tasks. */
const TASK_MS = 100;

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
      // Between tasks the browser renders a frame, whose prepaint, paint and resize-observer steps
      // walk every page so far (6 ms a frame at 300 pages, measured): so pages follow each other
      // in one task, as microtasks, for up to ${TASK_MS} ms before the next task lets a frame in.
      const channel = new MessageChannel();
      const waiting = [];
      let taskStart = performance.now();
      channel.port1.onmessage = () => {
        taskStart = performance.now();
        waiting.shift()();
      };
      chunker.q.tick = (callback) => {
        if (performance.now() - taskStart < ${TASK_MS}) {
          queueMicrotask(callback);
          return;
        }
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
