/**
 * The documents as the feed and the sitemap list them: each page's absolute URL and the date it
 * was last published. Both need Astro's `site` (their URLs must be absolute), so both are built
 * only when the site has one (plugins/index.ts).
 */
import config from 'virtual:gongwen/config';
import { documentTitle, type GongwenDocument } from '../../plugins/schema.ts';
import { documents } from './documents.ts';

export interface PublishedDocument {
  url: string;
  title: string;
  /** 发布日期, else 成文日期, as 2018-12-22: the document's own date, never the build's, so a rebuild changes nothing. */
  updated: string;
  doc: GongwenDocument;
}

/** Absolute URL of a path below the integration's pages. */
export function absolute(site: URL | undefined, path: string): string {
  if (!site) throw new Error('gongwen: the feed and the sitemap need Astro\'s `site` — set site: "https://…" in astro.config');
  return new URL(`${config.href}${path}`, site).href;
}

/** Every document, the most recently published first. */
export async function publishedDocuments(site: URL | undefined): Promise<PublishedDocument[]> {
  return (await documents())
    .map(({ id, data }) => ({ url: absolute(site, `${id}/`), title: documentTitle(data), updated: (data.publishedDate ?? data.date).iso, doc: data }))
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url));
}

/** Text for an XML element or attribute. */
export function xmlText(text: string): string {
  return text.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
