/**
 * gongwen: an Astro integration that publishes 公文 (official documents) from MDX
 * as accessible web pages and GB/T 9704-2012 print PDFs.
 *
 * Usage (astro.config.mjs):
 *   import gongwen from 'gongwen';
 *   export default defineConfig({ integrations: [gongwen({ collection: 'documents' })] });
 * and in src/content.config.ts:
 *   import { gongwenLoader, documentSchema } from 'gongwen';
 *   export const collections = { documents: defineCollection({ loader: gongwenLoader('./content'), schema: documentSchema }) };
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { glob } from 'astro/loaders';
import { gongwenLint } from './lint/integration.ts';
import { gongwenDevPdf } from './dev/pdf.ts';
import mdx from '@astrojs/mdx';
import { pagesHref, resolveOptions, type GongwenOptions, type PageConfig, type ResolvedOptions } from './options.ts';
import { gongwenProcessor, processorMade } from './processor.ts';
import { FONT_ROUTE_PATTERN } from './fonts/route.ts';
import { sharedFontModulesPlugin } from './fonts/shared-modules.ts';
import { fontsVitePlugin } from './fonts/vite.ts';
import { resolveFonts } from './fonts/resolve.ts';
import { ensurePackagedFonts } from './fonts/packaged.ts';
import { pagedPolyfillPlugin } from '../print/vite-plugin.ts';
import { headInjectWarningPlugin } from './head-inject-warning.ts';
import { printViewsOf, writePdfs } from '../print/pdf.ts';
import { PdfStore } from '../print/pdf-store.ts';
import { contentSecurityPolicy } from './csp.ts';
import { writeSearchIndex } from './search.ts';
import { acquireBuildLock, buildLockFile, releaseBuildLock } from '../print/build-lock.ts';

export { documentSchema, type GongwenDocument, type GongwenFrontmatter } from './schema.ts';
export type { GongwenOptions } from './options.ts';
export { gongwenProcessor } from './processor.ts';

const VIRTUAL_CONFIG = 'virtual:gongwen/config';

/** Loads every .mdx below `base` as one document; its file name (without .mdx) is the page's slug. */
export function gongwenLoader(base: string) {
  return glob({ pattern: '**/*.mdx', base });
}

/** Where `gongwen lint` finds the options an astro.config gave the integration (plugins/lint/project-options.ts). */
export const GONGWEN_OPTIONS = Symbol.for('gongwen.options');

export default function gongwen(userOptions?: GongwenOptions): AstroIntegration & { [GONGWEN_OPTIONS]: ResolvedOptions } {
  const options = resolveOptions(userOptions);
  /** The project root, where font files named in the options are found; known once the config is set up. */
  let root = new URL(`file://${process.cwd()}/`);
  /** Each document's last good PDF, outside dist/ (print/pdf-store.ts), and where the build writes. */
  let store: PdfStore | undefined;
  let outDir = '';
  /** Astro's cacheDir, where the last search index is kept for a rebuild whose pages are unchanged (search-cache.ts). */
  let searchCacheDir: string | undefined;
  let restored = false;
  let lock = '';
  /** Astro's own `base`: dist/ is served below it, so the PDF writer serves it there too. */
  let astroBase = '/';
  /** The URL path the pages' links start with: Astro's base then gongwen's (plugins/options.ts pagesHref). */
  let href = options.base;
  const route = (path: string) => `${options.base}${path}`.replace(/\/+/gu, '/');
  const entry = (file: string) => new URL(`../src/routes/${file}`, import.meta.url).pathname;
  // The route modules sit beside this one: TypeScript in the repository, compiled JavaScript in the package (lib/).
  const script = import.meta.url.endsWith('.ts') ? 'ts' : 'js';

  return {
    name: 'gongwen',
    [GONGWEN_OPTIONS]: options,
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, injectRoute, logger }) => {
        root = config.root;
        // A second build of this project waits for the first (print/build-lock.ts); released at build:done or exit.
        lock = buildLockFile(config.cacheDir);
        if (command === 'build') await acquireBuildLock(lock, { log: (line) => logger.info(line) });
        // The open default fonts the linter and the print views read, fetched once per machine when not installed (fonts/packaged.ts).
        if (command === 'build' || command === 'dev') await ensurePackagedFonts((line) => logger.info(line));
        // Seal images are read from the project: their paths are resolved once here, for the linter and the print view.
        options.seal.images = Object.fromEntries(Object.entries(options.seal.images).map(([name, file]) => [name, resolve(fileURLToPath(config.root), file)]));
        astroBase = config.base;
        const hasMdx = config.integrations.some((integration) => integration.name === '@astrojs/mdx');
        // The documents get gongwen's processor through mdx() alone; the site's .md pages keep its own (plugins/processor.ts).
        if (hasMdx && !processorMade()) {
          logger.warn(
            "astro.config: the site's own mdx() renders the documents without gongwen's remark/rehype plugins — " +
              "give it gongwen's processor: `mdx({ processor: gongwenProcessor() })`, with `import { gongwenProcessor } from 'gongwen'`.",
          );
        }
        // Resolved once: every link of the pages, and the dev server's PDFs, start with it.
        href = pagesHref(config.base, options.base);
        const pages: PageConfig = { ...options, href };
        updateConfig({
          // gongwenLint checks every document before Astro's content sync would refuse one (plugins/lint/integration.ts).
          integrations: [gongwenLint(options), ...(hasMdx ? [] : [mdx({ processor: gongwenProcessor() })])],
          // Astro's incremental builds skip only paths that return a cacheKey — gongwen's font subsets
          // (src/routes/fonts.ts) — and copy those from the last build: the site's own pages are built as before.
          experimental: { incrementalBuild: true },
          vite: { plugins: [virtualConfigPlugin(pages), fontsVitePlugin(options.fonts, config.root, logger), sharedFontModulesPlugin(), pagedPolyfillPlugin(), headInjectWarningPlugin()] },
          ...(options.csp ? { security: { csp: contentSecurityPolicy({ search: options.search }) } } : {}),
        });
        if (options.index) injectRoute({ pattern: route('/'), entrypoint: entry('index.astro') });
        if (options.search) injectRoute({ pattern: route('/search/'), entrypoint: entry('search.astro') });
        injectRoute({ pattern: route('/[slug]/'), entrypoint: entry('document.astro') });
        injectRoute({ pattern: route(FONT_ROUTE_PATTERN), entrypoint: entry(`fonts.${script}`) });
        injectRoute({ pattern: route('/[slug]/display.woff2'), entrypoint: entry(`display-font.${script}`) });
        injectRoute({ pattern: route('/[slug]/print/'), entrypoint: entry('print.astro') });
        // The feed and the sitemap list absolute URLs, which only Astro's `site` gives (src/web/published.ts).
        if (config.site) {
          injectRoute({ pattern: route('/feed.xml'), entrypoint: entry(`feed.${script}`) });
          injectRoute({ pattern: route('/sitemap-documents.xml'), entrypoint: entry(`sitemap.${script}`) });
        } else {
          logger.info('astro.config has no `site`: feed.xml and sitemap-documents.xml are not built, as they need absolute URLs — set site: "https://…" to publish them');
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!options.pdf) return;
        gongwenDevPdf(server, {
          root: fileURLToPath(root),
          contentDir: options.contentDir,
          base: options.base,
          href,
          timeoutSeconds: options.pdfTimeoutSeconds,
          fonts: () => resolveFonts(options.fonts, root),
          log: (line) => logger.info(line),
        });
      },
      'astro:config:done': ({ config }) => {
        store = new PdfStore(fileURLToPath(new URL('gongwen/pdf/', config.cacheDir)));
        outDir = fileURLToPath(config.outDir);
        searchCacheDir = fileURLToPath(config.cacheDir);
      },
      // Astro has just emptied dist/: the last good PDFs go back at once, so a build that fails from here
      // on (a render error, a document that does not print, a kill) leaves them in place.
      'astro:build:setup': ({ logger }) => {
        if (!options.pdf || !store || restored) return;
        restored = true;
        const contentDir = resolve(fileURLToPath(root), options.contentDir);
        const kept = store.restore(join(outDir, options.base), (slug) => existsSync(join(contentDir, `${slug}.mdx`)));
        if (kept.length === 0) return;
        const list = kept.map(({ slug, writtenAt }) => `${slug}.pdf (written by the build of ${writtenAt})`).join(', ');
        logger.info(`the last good PDFs stay in dist/ while this build runs: ${list}`);
        // Said again after Astro's own error, so the last lines of a failed build say what was kept.
        process.once('exit', (code) => {
          if (code !== 0) process.stderr.write(`[gongwen] the build failed; dist/ keeps the last good PDFs: ${list}\n`);
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        try {
          // Before the PDFs, which take longest: the index needs only the HTML, and its error comes first.
          if (options.search) await writeSearchIndex(join(fileURLToPath(dir), options.base), (line) => logger.info(line), searchCacheDir);
          if (!options.pdf) return;
          const views = printViewsOf(pages.map((page) => page.pathname), options.base);
          const fonts = await resolveFonts(options.fonts, root);
          await writePdfs(fileURLToPath(dir), views, {
            timeoutSeconds: options.pdfTimeoutSeconds,
            ...(options.pdfTabs !== undefined && { tabs: options.pdfTabs }),
            fonts,
            servedAt: astroBase,
            ...(store ? { store } : {}),
            log: (line) => logger.info(line),
          });
        } finally {
          releaseBuildLock(lock);
        }
      },
    },
  };
}

/** Exposes the resolved options to the injected pages as `virtual:gongwen/config`. */
function virtualConfigPlugin(options: PageConfig) {
  const resolved = `\0${VIRTUAL_CONFIG}`;
  return {
    name: 'gongwen:config',
    resolveId: (id: string) => (id === VIRTUAL_CONFIG ? resolved : undefined),
    load: (id: string) => (id === resolved ? `export default ${JSON.stringify(options)};` : undefined),
  };
}
