/**
 * The Paged.js handlers of the print view, registered in this order before pagination.
 * Add a handler here (a `HandlerFactory`) to hook into Paged.js's layout. The bench's scaling fix
 * (print/paged-scaling.ts) is a classic script that src/routes/print.astro loads before these.
 *
 * Page numbers need none: they are CSS generated content in margin boxes, which Chromium's
 * tagged PDF leaves outside the structure tree (tests/print/document.test.ts checks it).
 */
import { colophonHandler } from './colophon.ts';
import { keepSignatureHandler } from './keep-signature.ts';
import { letterHandler } from './letter.ts';
import { tablesHandler } from './tables.ts';
import { pageSemanticsHandler } from './page-semantics.ts';
import type { HandlerFactory } from './types.ts';

export const pagedHandlers: HandlerFactory[] = [keepSignatureHandler, colophonHandler, letterHandler, tablesHandler, pageSemanticsHandler];
