/**
 * Paged.js's page boxes are layout, not content: a role of their own would put four wrappers around
 * every page in the PDF's structure tree (NonStruct, issue 10) and a screen reader of the preview
 * would walk them (issue 12). Each page's boxes get role="none", so the document's own elements are
 * what assistive technology and the tagged PDF see; the margin boxes — the page number, repeated
 * on every page, which the PDF marks as a pagination artifact (print/pdf-artifacts.ts) — and the
 * empty bleed and footnote boxes are hidden from assistive technology.
 */
import type { HandlerFactory, PagedPage } from './types.ts';

const LAYOUT_BOXES = ['.pagedjs_sheet', '.pagedjs_pagebox', '.pagedjs_area', '.pagedjs_page_content', '.pagedjs_page_content > div'];
const HIDDEN_BOXES = ['.pagedjs_bleed', '.pagedjs_pagebox > [class*="pagedjs_margin-"]', '.pagedjs_footnote_area'];

export function markPageBoxes(page: HTMLElement): void {
  page.setAttribute('role', 'none');
  for (const box of page.querySelectorAll(LAYOUT_BOXES.join(','))) box.setAttribute('role', 'none');
  for (const box of page.querySelectorAll(HIDDEN_BOXES.join(','))) box.setAttribute('aria-hidden', 'true');
  // A section's copy on the next page keeps its aria-labelledby, which names it by the original's title:
  // a listener would meet one region per page, all called 政府工作报告. The copy continues; it is no new region.
  for (const copy of page.querySelectorAll('[data-split-from][aria-labelledby]')) copy.removeAttribute('aria-labelledby');
}

export const pageSemanticsHandler: HandlerFactory = (Handler) =>
  class PageSemanticsHandler extends Handler {
    override afterPageLayout(page: HTMLElement): void {
      markPageBoxes(page);
    }

    // Pages added outside the layout loop (the blank page before an even-page 版记, print/paged/colophon.ts) too.
    override afterRendered(pages: PagedPage[]): void {
      for (const { element } of pages) markPageBoxes(element);
    }
  };
