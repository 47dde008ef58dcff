/**
 * The Paged.js handlers of the print view, registered in this order before pagination.
 * Add a handler here (a `HandlerFactory`) to hook into Paged.js's layout.
 */
import { artifactHandler } from './artifacts.ts';
import { colophonHandler } from './colophon.ts';
import type { HandlerFactory } from './types.ts';

export const pagedHandlers: HandlerFactory[] = [colophonHandler, artifactHandler];
