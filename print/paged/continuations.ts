/**
 * Marks the elements Paged.js copied onto a page to continue one a page break cut
 * (`data-split-from`) with a numbered private-use language subtag (print/continuation-lang.ts),
 * so the PDF writer can merge each back into the element it continues. Runs once the pages are final.
 */
import { CONTINUATION_SUBTAG } from '../continuation-lang.ts';

export function markContinuations(document: Document): void {
  let n = 0;
  for (const element of document.querySelectorAll<HTMLElement>('.pagedjs_pages [data-split-from]')) {
    const own = element.closest<HTMLElement>('[lang]')?.lang ?? document.documentElement.lang;
    const base = own.includes(CONTINUATION_SUBTAG) ? own.slice(0, own.indexOf(CONTINUATION_SUBTAG)) : own;
    element.lang = `${base}${CONTINUATION_SUBTAG}${++n}`;
  }
}
