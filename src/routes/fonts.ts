/**
 * Each document's fonts, one TrueType subset per role cut to the characters that document prints
 * (its body, its frontmatter and the layout's own labels), for the print view's @font-face rules;
 * plus, per fallback font the document needs, a subset of the characters the role's earlier fonts lack.
 * Once the view is laid out, the PDF writer cuts each again to what its role really set (print/served-fonts.ts).
 *
 * Each path's `cacheKey` is its subset's recipe (subsetKey): with Astro's incremental builds
 * (plugins/index.ts), a rebuild copies an unchanged document's subsets from the last build instead of
 * making them again — 2.8 MB of the seed's, read, copied in memory and written for every document.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import fonts from 'virtual:gongwen/fonts';
import { FONT_ROLES } from '../../plugins/options.ts';
import { servedChains } from '../../plugins/fonts/chain.ts';
import { documentText } from '../../plugins/fonts/document-text.ts';
import { faceName, parseFaceName } from '../../plugins/fonts/route.ts';
import { subsetFont, subsetKey } from '../../plugins/fonts/subset.ts';
import { documents } from '../web/documents.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const doc of await documents()) {
    const served = await servedChains(fonts, documentText(doc));
    for (const role of FONT_ROLES) {
      for (const { font, index, text } of served[role]) {
        paths.push({ params: { slug: doc.id, face: faceName(role, index) }, props: { text }, cacheKey: await subsetKey(font, text, 'truetype') });
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { role, index } = parseFaceName(params['face']!)!;
  const font = index === 0 ? fonts[role] : fonts[role].fallbacks[index - 1]!;
  const bytes = await subsetFont(font, (props as { text: string }).text, 'truetype');
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'font/ttf' } });
};
