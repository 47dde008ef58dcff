/**
 * The pages and routes use the font modules the integration itself has loaded, not copies bundled
 * into Astro's prerender chunks. Those modules keep per-process state — the faces fontkit has opened,
 * the subset sources, hb-subset's WebAssembly heap, the file hashes — and a second copy held all of it
 * twice: 0.3 s to open the faces again, and 120 MB of the build's peak memory (issue 14: 1,077 → 956 MB
 * for one document, 1,287 → 1,169 MB for 128).
 *
 * Only the compiled package (lib/) is shared: there the integration and its routes import the same
 * .js files. From the repository's TypeScript sources (`astro dev` here) Vite bundles them as before.
 */
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const FONT_MODULES = dirname(fileURLToPath(import.meta.url)) + sep;
const COMPILED = import.meta.url.endsWith('.js');

export function sharedFontModulesPlugin() {
  return {
    name: 'gongwen:shared-font-modules',
    enforce: 'pre' as const,
    resolveId(id: string, importer: string | undefined, options?: { ssr?: boolean }) {
      if (!COMPILED || !options?.ssr || !importer || !id.startsWith('.')) return undefined;
      const path = resolve(dirname(importer.split('?')[0]!), id);
      // A file: URL, which the bundler leaves as it is (a path it would make relative to the wrong folder).
      return path.startsWith(FONT_MODULES) && path.endsWith('.js') ? { id: pathToFileURL(path).href, external: true } : undefined;
    },
  };
}
