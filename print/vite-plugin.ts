/**
 * Serves Paged.js's polyfill from the site itself (no CDN): `virtual:gongwen/paged-polyfill`
 * resolves to the polyfill file as a Vite `?url` asset. The package's exports map hides
 * `dist/`, so the file is found next to the package's resolved entry.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGED_POLYFILL_MODULE = 'virtual:gongwen/paged-polyfill';

export function pagedPolyfillPath(): string {
  const entry = fileURLToPath(import.meta.resolve('pagedjs'));
  return join(dirname(dirname(entry)), 'dist', 'paged.polyfill.js');
}

export function pagedPolyfillPlugin() {
  return {
    name: 'gongwen:paged-polyfill',
    resolveId: (id: string) => (id === PAGED_POLYFILL_MODULE ? `${pagedPolyfillPath()}?url` : undefined),
  };
}
