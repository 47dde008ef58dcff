/**
 * The Content-Security-Policy of every page (web pages and print views), through Astro's
 * `security.csp`: a page loads only the site's own scripts, styles, fonts and images, so neither
 * a reader's browser nor the PDF writer's reaches another host, and a <script> written in a
 * document's body does not run.
 *
 * Astro hashes the scripts it bundles or inlines; the pages' own inline scripts (is:inline) are
 * hashed here. Styles may be inline ('unsafe-inline'): Paged.js writes <style> elements and style
 * attributes while it paginates, which no hash known at build time could cover; CSS runs no code,
 * and whatever it would load (fonts, images) is held to the site by font-src and img-src.
 *
 * With search on, the 搜索 page runs Pagefind's WebAssembly (served from the site, plugins/search.ts),
 * which browsers compile only under 'wasm-unsafe-eval': it allows compiling WebAssembly, not eval().
 */
import { createHash } from 'node:crypto';
import type { AstroConfig } from 'astro';
import { beforePaintScript, printViewSettingsScript } from '../src/web/reader-settings-head.ts';
import { UNPAGINATED_SCRIPT } from '../print/paged/unpaginated.ts';
import { PAGED_SCALING_HANDLER } from '../print/paged-scaling.ts';
import { EAGER_FIGURES_SCRIPT } from '../print/paged/figures.ts';

/** The inline scripts of WebLayout.astro and print.astro, as they are written into the pages. */
const INLINE_SCRIPTS = [beforePaintScript, printViewSettingsScript, UNPAGINATED_SCRIPT, PAGED_SCALING_HANDLER, EAGER_FIGURES_SCRIPT];

const DIRECTIVES = [
  "default-src 'self'",
  // data: images are the seal images inlined into the print view (print/seal-images.ts).
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

const sha256 = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}` as const;

/** Astro's `security.csp` for a gongwen site; `search` is the integration's option of that name. */
export function contentSecurityPolicy({ search }: { search: boolean }): Exclude<AstroConfig['security']['csp'], boolean> {
  return {
    algorithm: 'SHA-256',
    directives: [...DIRECTIVES],
    scriptDirective: {
      hashes: INLINE_SCRIPTS.map(sha256),
      ...(search ? { resources: ["'self'", "'wasm-unsafe-eval'"] } : {}),
    },
    styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
  };
}
