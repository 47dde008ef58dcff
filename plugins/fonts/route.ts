/**
 * Where the per-document font subsets are served, so the print view (and the web page, if it wants
 * them) can point @font-face at them.
 */
import { FONT_ROLES } from '../options.ts';
import type { FontRole } from './types.ts';

/** The route the integration injects (below the site's base); [face] is a role, or a role and its place in the chain. */
export const FONT_ROUTE_PATTERN = '/_gongwen/fonts/[slug]/[face].ttf';

/** The route's [face]: "fang" for the role's own font, "fang-2", "fang-3"… for its fallbacks. */
export function faceName(role: FontRole, index = 0): string {
  return index === 0 ? role : `${role}-${index + 1}`;
}

/** The role and chain index a [face] names, or null. */
export function parseFaceName(face: string): { role: FontRole; index: number } | null {
  const match = /^([a-z]+)(?:-([2-9]|[1-9]\d+))?$/u.exec(face);
  const role = match?.[1] as FontRole | undefined;
  if (!role || !FONT_ROLES.includes(role)) return null;
  return { role, index: match![2] ? Number(match![2]) - 1 : 0 };
}

/** A document's subsets' folder below the base, as dist/ holds it: _gongwen/fonts/<slug>. */
export function fontFolder(slug: string): string {
  return `_gongwen/fonts/${slug}`;
}

/** The URL of a document's subset for a role's font (or its fallback), e.g. /_gongwen/fonts/xiqing-zhangzhengfa-2024-1/fang.ttf. */
export function fontUrl(base: string, slug: string, role: FontRole, index = 0): string {
  return `${base.replace(/\/?$/u, '/')}${fontFolder(encodeURIComponent(slug))}/${faceName(role, index)}.ttf`;
}
