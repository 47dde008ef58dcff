/**
 * Each document's fonts, one TrueType subset per role cut to the characters that document prints
 * (its body, its frontmatter and the layout's own labels), for the print view's @font-face rules.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import fonts from 'virtual:gongwen/fonts';
import { FONT_ROLES, type FontRole } from '../../plugins/options.ts';
import { documentText } from '../../plugins/fonts/document-text.ts';
import { subsetFont } from '../../plugins/fonts/subset.ts';
import { documents } from '../web/documents.ts';

export const getStaticPaths = (async () => {
  return (await documents()).flatMap((doc) =>
    FONT_ROLES.map((role) => ({ params: { slug: doc.id, role }, props: { text: documentText(doc) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const font = fonts[params['role'] as FontRole];
  const bytes = await subsetFont(font, (props as { text: string }).text, 'truetype');
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'font/ttf' } });
};
