/**
 * plugins/fonts/shared-modules.ts: in the compiled package the pages and routes import the font modules
 * the integration has loaded (one copy of the opened faces, subset sources and hb-subset's heap per build),
 * while everything else, and the repository's TypeScript sources, is bundled as before.
 */
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { sharedFontModulesPlugin as fromSources } from '../../plugins/fonts/shared-modules.ts';

const LIB = new URL('../../lib/', import.meta.url);
// The compiled plugin, as another site runs it (the global setup has built lib/).
const { sharedFontModulesPlugin } = (await import(new URL('plugins/fonts/shared-modules.js', LIB).href)) as typeof import('../../plugins/fonts/shared-modules.ts');
const route = fileURLToPath(new URL('src/routes/fonts.js', LIB));
const ssr = { ssr: true };

test("a route's import of a font module resolves to the integration's own file, left out of the bundle", () => {
  const { resolveId } = sharedFontModulesPlugin();
  expect(resolveId('../../plugins/fonts/chain.js', route, ssr)).toEqual({ id: new URL('plugins/fonts/chain.js', LIB).href, external: true });
  // A font module's own imports too: the bundled title-lines.js imports fonts/advance.js, which imports inspect.js.
  expect(resolveId('./inspect.js', fileURLToPath(new URL('plugins/fonts/advance.js', LIB)), ssr)).toEqual({ id: new URL('plugins/fonts/inspect.js', LIB).href, external: true });
});

test('other modules, the browser build and the TypeScript sources are bundled as before', () => {
  const { resolveId } = sharedFontModulesPlugin();
  expect(resolveId('../../plugins/schema.js', route, ssr)).toBeUndefined();
  expect(resolveId('../web/documents.js', route, ssr)).toBeUndefined();
  expect(resolveId('virtual:gongwen/fonts', route, ssr)).toBeUndefined();
  expect(resolveId('../../plugins/fonts/chain.js', route, { ssr: false })).toBeUndefined();
  expect(fromSources().resolveId('../../plugins/fonts/chain.ts', fileURLToPath(new URL('../../src/routes/fonts.ts', import.meta.url)), ssr)).toBeUndefined();
});
