/**
 * 政府信息公开 metadata on the built fixture site (tests/fixture-site): 文件信息 in the order and with
 * the labels of the gov.cn information box, 签发人 on a 上行文 only, Dublin Core and JSON-LD in the
 * page head, the Atom feed and the sitemap of the documents — each read as a browser reads it, the
 * XML with Chromium's own parser. Expected values come from the MDX sources.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST } from '../print/support.ts';
import { astroBuild } from '../support/astro-build.ts';
import { authoredIso } from '../support/dates.ts';

/** The fixture site's `site` (tests/fixture-site/astro.config.mjs): the feed's and sitemap's URLs start with it. */
const SITE = 'https://fixture.example';
/** The fixture with all four fields: 国办函〔1996〕14号 as www.gov.cn lists it. */
const ALL_FIELDS = 'reply-weather-stations';

interface Authored {
  slug: string;
  title?: string;
  format?: string;
  issuers: string[];
  docNumber?: string;
  date: string;
  direction?: string;
  signers?: unknown[];
  indexNumber?: string;
  subject?: string;
  publishedDate?: string;
  keywords?: string;
}

/** Every fixture document's frontmatter, as its author wrote it. */
const authored: Authored[] = readdirSync(FIXTURE_CONTENT)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => {
    const block = /^---\n([\s\S]*?)\n---/u.exec(readFileSync(join(FIXTURE_CONTENT, file), 'utf8'))!;
    return { slug: file.replace(/\.mdx$/u, ''), ...(parseYaml(block[1]!) as Omit<Authored, 'slug'>) };
  });
const source = (slug: string) => authored.find((doc) => doc.slug === slug)!;
/** 2018年12月3日 or 2018-12-03 as the page prints it. */
const printed = (date: string) => {
  const [year, month, day] = authoredIso(date).split('-').map(Number);
  return /^\d{4}-/u.test(date) ? `${year}年${month}月${day}日` : date;
};

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveDirectory(FIXTURE_DIST);
});
test.afterAll(async () => {
  await server.close();
});

test('文件信息 lists 索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期 and 主题词 in the gov.cn order', async ({ page }) => {
  const doc = source(ALL_FIELDS);
  await page.goto(`${server.origin}/${ALL_FIELDS}/`);
  await expect(page.getByRole('region', { name: '文件信息' })).toMatchAriaSnapshot(
    [
      '- region "文件信息":',
      '  - term: 索引号',
      `  - definition: ${doc.indexNumber}`,
      '  - term: 主题分类',
      `  - definition: ${doc.subject}`,
      '  - term: 发文机关',
      `  - definition: ${doc.issuers.join('、')}`,
      '  - term: 成文日期',
      '  - definition:',
      `    - time: ${doc.date}`,
      '  - term: 标题',
      `  - definition: ${doc.title}`,
      '  - term: 发文字号',
      `  - definition: ${doc.docNumber}`,
      '  - term: 发布日期',
      '  - definition:',
      `    - time: ${printed(doc.publishedDate!)}`,
      '  - term: 主题词',
      // The accessibility tree reads the ideographic spaces between them as spaces.
      `  - definition: ${doc.keywords!.replaceAll('　', ' ')}`,
    ].join('\n'),
  );
  await expect(page.locator('.gw-info time').nth(1)).toHaveAttribute('datetime', authoredIso(doc.publishedDate!));
});

test('every fixture with 政府信息公开 fields shows them under their labels, 索引号 first', async ({ page }) => {
  const withFields = authored.filter((doc) => doc.indexNumber !== undefined);
  expect(withFields.length, 'fixtures with real catalogue values').toBeGreaterThanOrEqual(3);
  for (const doc of withFields) {
    await page.goto(`${server.origin}/${doc.slug}/`);
    const info = page.getByRole('region', { name: '文件信息' });
    const terms = await info.getByRole('term').allTextContents();
    expect(terms.slice(0, 4), doc.slug).toEqual(['索引号', '主题分类', '发文机关', '成文日期']);
    const value = (label: string) => info.locator('dl > div').filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`, 'u') }) }).getByRole('definition');
    await expect(value('索引号'), doc.slug).toHaveText(doc.indexNumber!);
    await expect(value('主题分类'), doc.slug).toHaveText(doc.subject!);
    await expect(value('发布日期'), doc.slug).toHaveText(printed(doc.publishedDate!));
  }
});

test('签发人 is shown for a 上行文 and for no 下行文 or 令', async ({ page }) => {
  const upward = source('upward');
  expect(upward.direction).toBe('up');
  await page.goto(`${server.origin}/upward/`);
  const info = page.getByRole('region', { name: '文件信息' });
  const terms = await info.getByRole('term').allTextContents();
  // After the 发文字号, as the 版头 of a 上行文 sets them side by side (GB/T 9704 §7.2.6).
  expect(terms.slice(terms.indexOf('发文字号'), terms.indexOf('发文字号') + 2)).toEqual(['发文字号', '签发人']);
  await expect(info.getByRole('definition').nth(terms.indexOf('签发人'))).toHaveText((upward.signers as string[]).join('、'));

  for (const slug of ['issued', 'order-ling']) {
    expect(source(slug).direction ?? 'down', slug).toBe('down');
    await page.goto(`${server.origin}/${slug}/`);
    await expect(page.getByRole('region', { name: '文件信息' }).getByRole('term', { name: '签发人' }), slug).toHaveCount(0);
    expect(await page.getByRole('region', { name: '文件信息' }).getByRole('term').allTextContents(), slug).not.toContain('签发人');
  }
});

/** The page's JSON-LD, parsed as a search engine would. */
async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const scripts = await page.locator('head script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

test('the page head carries the document as JSON-LD and Dublin Core, and the policy refuses none of it', async ({ page }) => {
  const doc = source(ALL_FIELDS);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/u.test(message.text())) refused.push(message.text());
  });
  await page.goto(`${server.origin}/${ALL_FIELDS}/`);
  const [data, ...more] = await jsonLd(page);
  expect(more).toEqual([]);
  expect(data).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'DigitalDocument',
    name: doc.title,
    url: `${SITE}/${ALL_FIELDS}/`,
    inLanguage: 'zh-CN',
    identifier: [
      { '@type': 'PropertyValue', propertyID: '发文字号', value: doc.docNumber },
      { '@type': 'PropertyValue', propertyID: '索引号', value: doc.indexNumber },
    ],
    dateCreated: authoredIso(doc.date),
    datePublished: authoredIso(doc.publishedDate!),
    publisher: doc.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name })),
    about: { name: doc.subject },
    keywords: doc.keywords!.split('　'),
  });
  const meta = async (name: string) => page.locator(`head meta[name="${name}"]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
  expect(await meta('DC.title')).toEqual([doc.title]);
  expect(await meta('DC.creator')).toEqual(doc.issuers);
  expect(await meta('DC.identifier')).toEqual([doc.docNumber, doc.indexNumber]);
  expect(await meta('DC.date')).toEqual([authoredIso(doc.date)]);
  expect(await meta('DCTERMS.issued')).toEqual([authoredIso(doc.publishedDate!)]);
  expect(await meta('DC.subject')).toEqual([doc.subject, ...doc.keywords!.split('　')]);
  expect(refused).toEqual([]);

  // A 令 has no title of its own: its name is its mark and 令号, and its number is called 令号.
  await page.goto(`${server.origin}/order-ling/`);
  const [order] = await jsonLd(page);
  expect(order).toMatchObject({ name: await page.getByRole('heading', { level: 1 }).textContent(), identifier: [{ propertyID: '令号', value: source('order-ling').docNumber }] });
  expect(order).not.toHaveProperty('datePublished');
});

test('JSON-LD holding </script> and <!-- stays one script element and parses to the same value', async ({ page }) => {
  const { scriptJson } = await import('../../src/web/script-json.ts');
  const value = { name: '关于</script><script>document.title="ran"</script><!--的通知', line: 'a\u2028b' };
  await page.setContent(`<html><head><title>t</title><script type="application/ld+json">${scriptJson(value)}</script></head><body></body></html>`);
  expect(await page.title()).toBe('t');
  await expect(page.locator('script')).toHaveCount(1);
  expect(JSON.parse((await page.locator('script').textContent())!)).toEqual(value);
});

/** The text at `path` on the fixture site, as a feed reader fetches it; the tests parse it with Chromium's DOMParser. */
async function fetchXml(page: Page, path: string): Promise<{ status: number; text: string }> {
  const response = await page.request.get(`${server.origin}${path}`);
  return { status: response.status(), text: await response.text() };
}

test('the Atom feed parses, with one entry per document: its URL, title, issuers, 发文字号 and date', async ({ page }) => {
  await page.goto(`${server.origin}/`);
  const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(link).toHaveCount(1);
  const href = (await link.getAttribute('href'))!;
  const { status, text } = await fetchXml(page, href);
  expect(status).toBe(200);
  const feed = await page.evaluate((xml) => {
    const dom = new DOMParser().parseFromString(xml, 'application/xml');
    const child = (el: Element, name: string) => Array.from(el.children).filter((c) => c.localName === name);
    const root = dom.documentElement;
    return {
      error: dom.getElementsByTagName('parsererror')[0]?.textContent ?? null,
      root: root.localName,
      ns: root.namespaceURI,
      id: child(root, 'id')[0]?.textContent,
      updated: child(root, 'updated')[0]?.textContent,
      self: child(root, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href'),
      entries: child(root, 'entry').map((entry) => ({
        id: child(entry, 'id')[0]?.textContent,
        title: child(entry, 'title')[0]?.textContent,
        link: child(entry, 'link')[0]?.getAttribute('href'),
        updated: child(entry, 'updated')[0]?.textContent ?? '',
        authors: child(entry, 'author').map((a) => child(a, 'name')[0]?.textContent),
        summary: child(entry, 'summary')[0]?.textContent,
      })),
    };
  }, text);
  expect(feed.error).toBeNull();
  expect(feed).toMatchObject({ root: 'feed', ns: 'http://www.w3.org/2005/Atom', id: `${SITE}/`, self: `${SITE}/feed.xml` });
  expect(feed.entries).toHaveLength(authored.length);
  const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T00:00:00\+08:00$/u;
  for (const doc of authored) {
    const url = `${SITE}/${doc.slug}/`;
    const entry = feed.entries.find((e) => e.id === url);
    expect(entry, url).toBeDefined();
    expect(entry!.link).toBe(url);
    if (doc.title) expect(entry!.title).toBe(doc.title);
    else expect(entry!.title, doc.slug).toBeTruthy();
    expect(entry!.authors).toEqual(doc.issuers);
    expect(entry!.summary).toBe(doc.docNumber);
    expect(entry!.updated, doc.slug).toMatch(ISO_DATE_TIME);
    expect(Number.isNaN(Date.parse(entry!.updated))).toBe(false);
    // 发布日期 when the document has one, else 成文日期: the document's own dates, never the build's.
    expect(entry!.updated.slice(0, 10), doc.slug).toBe(authoredIso(doc.publishedDate ?? doc.date));
  }
  const dates = feed.entries.map((e) => e.updated);
  expect(dates, 'newest first').toEqual([...dates].sort().reverse());
  expect(feed.updated).toBe(dates[0]);
});

test('the sitemap lists every document page, each served, with its date', async ({ page }) => {
  const { status, text } = await fetchXml(page, '/sitemap-documents.xml');
  expect(status).toBe(200);
  await page.goto(`${server.origin}/`);
  const sitemap = await page.evaluate((xml) => {
    const dom = new DOMParser().parseFromString(xml, 'application/xml');
    return {
      error: dom.getElementsByTagName('parsererror')[0]?.textContent ?? null,
      ns: dom.documentElement.namespaceURI,
      urls: Array.from(dom.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url')).map((url) => ({
        loc: url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0]?.textContent ?? '',
        lastmod: url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'lastmod')[0]?.textContent ?? '',
      })),
    };
  }, text);
  expect(sitemap.error).toBeNull();
  expect(sitemap.ns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  expect(sitemap.urls.map((u) => u.loc).sort()).toEqual(authored.map((doc) => `${SITE}/${doc.slug}/`).sort());
  for (const { loc, lastmod } of sitemap.urls) {
    const doc = authored.find((d) => loc === `${SITE}/${d.slug}/`)!;
    expect(lastmod, loc).toBe(authoredIso(doc.publishedDate ?? doc.date));
    const served = await page.request.get(`${server.origin}${new URL(loc).pathname}`);
    expect(served.status(), loc).toBe(200);
  }
});

test.describe('a site without `site`', () => {
  test.describe.configure({ timeout: 240_000 });
  let root: string;
  test.afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('builds no feed or sitemap, says once how to get them, and still writes the head metadata', async () => {
    root = mkdtempSync(join(tmpdir(), 'gongwen-meta-'));
    const content = join(root, 'content');
    const out = join(root, 'dist');
    mkdirSync(content);
    writeFileSync(join(content, `${ALL_FIELDS}.mdx`), readFileSync(join(FIXTURE_CONTENT, `${ALL_FIELDS}.mdx`)));
    // tests/fixtures/base-site sets no `site`; its own-mdx mode builds no PDF, which this test does not need.
    const build = await astroBuild('tests/fixtures/base-site', {
      GONGWEN_FIXTURE_CONTENT: content,
      GONGWEN_FIXTURE_OUT: out,
      GONGWEN_FIXTURE_CACHE: join(root, 'cache'),
      GONGWEN_FIXTURE_OWN_MDX: '1',
    });
    expect(build.code, build.output).toBe(0);
    expect(build.output.match(/no `site`: feed\.xml and sitemap-documents\.xml are not built/gu), build.output).toHaveLength(1);
    expect(build.output).toContain('set site: "https://…" to publish them');
    expect(existsSync(join(out, 'documents', 'feed.xml'))).toBe(false);
    expect(existsSync(join(out, 'documents', 'sitemap-documents.xml'))).toBe(false);
    const html = readFileSync(join(out, 'documents', ALL_FIELDS, 'index.html'), 'utf8');
    const script = /<script type="application\/ld\+json">(.*?)<\/script>/su.exec(html);
    const data = JSON.parse(script![1]!) as Record<string, unknown>;
    // Without `site` there is no absolute URL to give.
    expect(data).not.toHaveProperty('url');
    expect(data['name']).toBe(source(ALL_FIELDS).title);
  });
});
