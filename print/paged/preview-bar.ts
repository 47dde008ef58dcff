/**
 * The print view as a tool on screen: its toolbar (src/routes/print.astro renders it; preview.css hides
 * it from the print) says how pagination goes — "正在排版… 已排 N 页", announced when done — keeps 打印
 * disabled until the pages are final, and fits the pages to a narrow screen (a phone, 200 % zoom).
 *
 * The toolbar stays outside what Paged.js paginates: `takeFlow` hands Paged.js the document's markup
 * (as Paged.js's own wrapContent does with the whole body) and a container for the pages, so the
 * toolbar never becomes part of a page and the PDF is what it was without it.
 */
import type { HandlerFactory } from './types.ts';

/** On <html> from the head (unpaginated.ts) until the pages are final: Ctrl+P before then prints a "please wait" note (preview.css). */
export const PAGINATING_ATTRIBUTE = 'data-gw-paginating';

/** The wrapper of the document in the print view's body; its markup is what Paged.js paginates. */
export const FLOW_SELECTOR = '[data-gw-flow]';
const BAR = '[data-gw-preview-bar]';

/** The document's markup for Paged.js (as a template's content, like wrapContent) and the element its pages go into. */
export function takeFlow(document: Document): [DocumentFragment, HTMLElement] {
  const flow = document.querySelector<HTMLElement>(FLOW_SELECTOR);
  if (!flow) throw new Error(`the print view has no ${FLOW_SELECTOR} around the document`);
  const template = document.createElement('template');
  template.innerHTML = flow.innerHTML;
  // The pages are the view's one main landmark, after the toolbar's banner (Chromium's tagged PDF writes
  // it as a NonStruct, which print/pdf-structure-tidy.ts removes).
  const pages = document.createElement('main');
  pages.className = 'gw-preview-pages';
  pages.setAttribute('aria-busy', 'true');
  flow.replaceWith(pages);
  return [template.content, pages];
}

/** Counts the pages in the toolbar while Paged.js lays them out. */
export const previewProgressHandler: HandlerFactory = (Handler) =>
  class PreviewProgressHandler extends Handler {
    override afterPageLayout(): void {
      const progress = document.querySelector(`${BAR} [data-gw-preview-progress]`);
      if (progress) progress.textContent = `已排 ${this.chunker.total} 页`;
    }
  };

/** Pagination is over: the toolbar says so (a polite live region), and 打印 works. */
export function previewReady(document: Document, total: number): void {
  const bar = document.querySelector(BAR);
  if (!bar) return;
  bar.querySelector('[data-gw-preview-status]')!.textContent = `排版完成，共 ${total} 页`;
  bar.querySelector('[data-gw-preview-progress]')?.remove();
  const print = bar.querySelector<HTMLButtonElement>('[data-gw-print]')!;
  print.disabled = false;
  print.addEventListener('click', () => window.print());
  document.querySelector('.gw-preview-pages')?.removeAttribute('aria-busy');
  document.documentElement.removeAttribute(PAGINATING_ATTRIBUTE);
  fitPagesToScreen(document);
  window.addEventListener('resize', () => fitPagesToScreen(document));
}

/**
 * Zooms the pages on screen: by the reader's 文字大小 (--gw-preview-scale, preview.css), but never wider
 * than the window, so nothing scrolls sideways; a screen-only custom property (preview.css), set only
 * after pagination, when Paged.js has measured everything.
 */
function fitPagesToScreen(document: Document): void {
  const root = document.documentElement;
  const pages = [...document.querySelectorAll<HTMLElement>('.pagedjs_page')];
  const widest = Math.max(...pages.map((page) => page.offsetWidth));
  const room = root.clientWidth - 16;
  const scale = Number.parseFloat(getComputedStyle(root).getPropertyValue('--gw-preview-scale')) || 1;
  root.style.setProperty('--gw-preview-zoom', String(Math.min(scale, room / widest)));
}
