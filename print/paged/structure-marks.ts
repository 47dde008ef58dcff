/**
 * Marks, once the pages are final, what the PDF's structure tree needs to know (print/structure-marks.ts):
 * the elements Paged.js copied onto a page to continue one a page break cut (`data-split-from`), and
 * the parts of the 公文 (版头, issued documents, attachments, 版记).
 */
import { PART_SELECTOR, markedLanguage, readMark } from '../structure-marks.ts';

export function markStructure(document: Document): void {
  let n = 0;
  for (const element of document.querySelectorAll<HTMLElement>(`.pagedjs_pages :is([data-split-from], ${PART_SELECTOR})`)) {
    const own = element.closest<HTMLElement>('[lang]')?.lang ?? document.documentElement.lang;
    const language = readMark(own)?.language ?? own;
    element.lang = markedLanguage(language, { continues: element.hasAttribute('data-split-from'), part: element.matches(PART_SELECTOR) }, ++n);
  }
}
