/**
 * 版记 at the foot of the last page, which must be an even page (GB/T 9704 §7.4.1, spec §7.2 rule 4).
 *
 * Paged.js cannot float a block to the foot of whichever page turns out to be last, so the
 * 版记 leaves the flow before pagination and is placed after layout, once the last page is known:
 * - content ends on an even page with room below → the 版记 goes there;
 * - content ends on an odd page → a new even page holds the 版记 alone (numbered);
 * - content ends on an even page without room → a blank odd page, then the 版记 on the next
 *   even page; both unnumbered (§7.5).
 * A 信函's 版记 goes to the foot of its last page, whichever it is (§10.1; FORMAT_GEOMETRY says which).
 */
import { FORMAT_GEOMETRY } from '../geometry.ts';
import type { DocumentFormat } from '../../plugins/schema.ts';
import type { HandlerFactory, PagedChunker, PagedPage } from './types.ts';

/** Marks a page whose number GB/T 9704 §7.5 leaves off (the print CSS hides its margin boxes). */
const UNNUMBERED_ATTRIBUTE = 'data-gw-unnumbered';

export const colophonHandler: HandlerFactory = (Handler) =>
  class ColophonHandler extends Handler {
    colophon: HTMLElement | null = null;
    documentShell: HTMLElement | null = null;
    onEvenPage = true;

    override beforeParsed(content: DocumentFragment): void {
      const colophon = content.querySelector<HTMLElement>('.gw-colophon');
      if (!colophon) return;
      // The 版记 inherits the document's type settings, so it is placed inside an empty copy of it.
      const article = colophon.closest<HTMLElement>('.gw-document');
      this.documentShell = article?.cloneNode(false) as HTMLElement;
      this.onEvenPage = FORMAT_GEOMETRY[(article?.dataset['format'] ?? 'document') as DocumentFormat].colophonOnEvenPage;
      colophon.remove();
      this.colophon = colophon;
    }

    override async afterRendered(): Promise<void> {
      if (!this.colophon || !this.documentShell) return;
      const shell = this.documentShell;
      shell.append(this.colophon);
      this.colophon.setAttribute('data-placed', '');
      const last = this.chunker.pages[this.chunker.pages.length - 1]!;
      const lastNumber = this.chunker.pages.length;
      if (lastNumber % 2 === 0 || !this.onEvenPage) {
        const area = pageContent(last);
        const freeBottom = area.getBoundingClientRect().bottom - contentBottom(area);
        area.append(shell);
        if (this.colophon.getBoundingClientRect().height <= freeBottom) return;
        shell.remove();
        if (!this.onEvenPage) {
          pageContent(await appendPage(this.chunker, false)).append(shell);
          return;
        }
        markUnnumbered(await appendPage(this.chunker, true));
        const colophonPage = await appendPage(this.chunker, false);
        markUnnumbered(colophonPage);
        pageContent(colophonPage).append(shell);
        return;
      }
      pageContent(await appendPage(this.chunker, false)).append(shell);
    }
  };

function pageContent(page: PagedPage): HTMLElement {
  return page.element.querySelector<HTMLElement>('.pagedjs_page_content')!;
}

/**
 * The lowest text line Paged.js put on the page (element boxes span the whole area, so only text counts),
 * or the lowest seal's place: a seal reaches below the date, and the 版记 must not print into it.
 */
function contentBottom(area: HTMLElement): number {
  let bottom = area.getBoundingClientRect().top;
  for (const seal of area.querySelectorAll('.gw-seal')) bottom = Math.max(bottom, seal.getBoundingClientRect().bottom);
  const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) bottom = Math.max(bottom, rect.bottom);
  }
  return bottom;
}

/**
 * Adds a page after layout. Paged.js numbers a new page by its running total, and its
 * finalizePage hook is what switches on the page's margin boxes (the page number).
 */
async function appendPage(chunker: PagedChunker, blank: boolean): Promise<PagedPage> {
  chunker.total = chunker.pages.length;
  const page = chunker.addPage(blank);
  chunker.total = chunker.pages.length;
  chunker.pagesArea.style.setProperty('--pagedjs-page-count', String(chunker.total));
  await chunker.hooks.finalizePage.trigger(page.element, page, undefined, chunker);
  return page;
}

function markUnnumbered(page: PagedPage): void {
  page.element.setAttribute(UNNUMBERED_ATTRIBUTE, '');
}
