/**
 * /<slug>/display.woff2: the per-page subset of the 小标宋 stand-in, for the red 发文机关标志
 * and the titles of that document's page (see src/web/fonts.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import fonts from 'virtual:gongwen/fonts';
import { documents } from '../web/documents.ts';
import { displayFontSubset, displayText } from '../web/fonts.ts';

export const getStaticPaths = (async () => {
  return (await documents()).map((doc) => ({ params: { slug: doc.id }, props: { text: displayText(doc.data) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const font = await displayFontSubset((props as { text: string }).text, fonts.xiaobiaosong.cacheDir);
  return new Response(new Uint8Array(font), { headers: { 'Content-Type': 'font/woff2' } });
};
