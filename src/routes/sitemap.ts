/**
 * <base>sitemap-documents.xml: a sitemap (sitemaps.org 0.9) of the document pages, each with the
 * date it was last published, for search engines; a site's own sitemap index may list it.
 */
import type { APIRoute } from 'astro';
import { publishedDocuments, xmlText } from '../web/published.ts';

export const GET: APIRoute = async ({ site }) => {
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...(await publishedDocuments(site)).map(({ url, updated }) => `  <url><loc>${xmlText(url)}</loc><lastmod>${updated}</lastmod></url>`),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
