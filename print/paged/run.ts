/**
 * Paginates the print view with Paged.js once the fonts are ready, and tells the PDF writer
 * when it is done: `<html data-gw-paged="N">` (N pages) or `data-gw-paged-error`.
 * The polyfill is loaded before this module with `PagedConfig.auto = false` (print/paged/unpaginated.ts).
 */
import { measurePitch, snapToGrid } from './grid.ts';
import { placeRecipients } from './recipients.ts';
import { noteWideTables, turnLandscapeTables } from './landscape.ts';
import { fixColumnWidths } from './tables.ts';
import { pagedHandlers } from './handlers.ts';
import { PAGINATION_MARKS } from './marks.ts';
import { UNPAGINATED_ATTRIBUTE } from './unpaginated.ts';
import { previewProgressHandler, previewReady, takeFlow } from './preview-bar.ts';
import { markContinuations } from './continuations.ts';
import './types.ts';

const root = document.documentElement;

async function paginate(): Promise<void> {
  for (const make of [...pagedHandlers, previewProgressHandler]) window.Paged.registerHandlers(make(window.Paged.Handler));
  await document.fonts.ready;
  const pitch = measurePitch(document);
  snapToGrid(document, pitch);
  placeRecipients(document, pitch);
  turnLandscapeTables(document);
  fixColumnWidths(document);
  root.removeAttribute(UNPAGINATED_ATTRIBUTE);
  performance.mark(PAGINATION_MARKS.start);
  const [content, pages] = takeFlow(document);
  const flow = await window.PagedPolyfill.preview(content, undefined, pages);
  performance.mark(PAGINATION_MARKS.end);
  await document.fonts.ready;
  noteWideTables(document);
  markContinuations(document);
  // Before the signal: the PDF writer prints as soon as it sees it, so the page must not change after.
  previewReady(document, flow.total);
  root.dataset.gwPaged = String(flow.total);
}

paginate().catch((error: unknown) => {
  root.dataset.gwPagedError = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
});
