/**
 * The small part of Paged.js 0.4.3's browser API the print view uses
 * (the polyfill defines `window.Paged` and `window.PagedPolyfill`).
 */
export interface PagedPage {
  element: HTMLElement;
}

export interface PagedChunker {
  pages: PagedPage[];
  total: number;
  pagesArea: HTMLElement;
  addPage(blank?: boolean): PagedPage;
  hooks: { finalizePage: { trigger(...args: unknown[]): Promise<unknown> } };
}

/** Hooks a handler may define; Paged.js calls those present (see its Handler class). */
export interface PagedHandler {
  chunker: PagedChunker;
  beforeParsed?(content: DocumentFragment): void | Promise<void>;
  afterPageLayout?(page: HTMLElement): void;
  /** May return another overflow range: the next page then starts where that range starts. */
  onOverflow?(overflow: Range | undefined, rendered: HTMLElement, bounds: DOMRect): Range | undefined;
  afterRendered?(pages: PagedPage[]): void | Promise<void>;
  /** Before Paged.js looks for the overflow of the page being laid out (`wrapper` holds its content so far). */
  layout?(wrapper: HTMLElement): void;
  /** After each node is copied onto the page: `clone` is the copy, `node` the source node. */
  renderNode?(clone: Node, node: Node): void;
}

export type PagedHandlerClass = new (chunker: PagedChunker, polisher: unknown, caller: unknown) => PagedHandler;

/**
 * A Paged.js handler, written as a function of Paged.js's own Handler base class
 * (that class exists only once the polyfill has loaded in the page).
 */
export type HandlerFactory = (base: PagedHandlerClass) => PagedHandlerClass;

export interface PagedGlobal {
  Handler: PagedHandlerClass;
  registerHandlers(...handlers: PagedHandlerClass[]): void;
}

export interface PagedPreviewer {
  /** Paginates `content` into `renderTo` (without arguments: the whole body, into the body). */
  preview(content?: DocumentFragment, stylesheets?: undefined, renderTo?: HTMLElement): Promise<{ total: number }>;
}

declare global {
  interface Window {
    Paged: PagedGlobal;
    PagedPolyfill: PagedPreviewer;
    PagedConfig?: { auto: boolean };
  }
}
