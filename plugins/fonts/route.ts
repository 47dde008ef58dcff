/**
 * Where the per-document font subsets are served, so the print view (and the web page, if it wants
 * them) can point @font-face at them.
 */
import type { FontRole } from './types.ts';

/** The route the integration injects (below the site's base). */
export const FONT_ROUTE_PATTERN = '/_gongwen/fonts/[slug]/[role].ttf';

/** The URL of a document's subset for a role, e.g. /_gongwen/fonts/xiqing-zhangzhengfa-2024-1/fang.ttf. */
export function fontUrl(base: string, slug: string, role: FontRole): string {
  return `${base.replace(/\/?$/u, '/')}_gongwen/fonts/${encodeURIComponent(slug)}/${role}.ttf`;
}
