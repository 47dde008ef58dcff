/**
 * <base>feed.xml: an Atom feed (RFC 4287) of every document, for readers and the 政府信息公开
 * aggregators that follow a site. Each entry is one document page: its title, the issuing organs as
 * authors, its 发文字号 as the summary, dated by its 发布日期 (else 成文日期).
 */
import type { APIRoute } from 'astro';
import config from 'virtual:gongwen/config';
import { absolute, publishedDocuments, xmlText } from '../web/published.ts';

/** A 公文's dates are dates in China: Atom wants a date-time, so midnight there. */
const atomDate = (iso: string) => `${iso}T00:00:00+08:00`;

export const GET: APIRoute = async ({ site }) => {
  const entries = await publishedDocuments(site);
  // The newest document's date; with no document, the epoch, so the feed still states one as Atom requires.
  const updated = atomDate(entries[0]?.updated ?? '1970-01-01');
  const body = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${xmlText(absolute(site, ''))}</id>`,
    '  <title>全部公文</title>',
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(absolute(site, 'feed.xml'))}"/>`,
    // 全部公文 is the feed's page, when the integration publishes it (the `index` option).
    ...(config.index ? [`  <link rel="alternate" type="text/html" href="${xmlText(absolute(site, ''))}"/>`] : []),
    ...entries.flatMap(({ url, title, updated: date, doc }) => [
      '  <entry>',
      `    <id>${xmlText(url)}</id>`,
      `    <title>${xmlText(title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(url)}"/>`,
      `    <updated>${atomDate(date)}</updated>`,
      ...doc.issuers.map((name) => `    <author><name>${xmlText(name)}</name></author>`),
      ...(doc.docNumber !== undefined ? [`    <summary>${xmlText(doc.docNumber)}</summary>`] : []),
      ...(doc.subject !== undefined ? [`    <category term="${xmlText(doc.subject)}"/>`] : []),
      '  </entry>',
    ]),
    '</feed>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
