/**
 * The PDF as a document: tags, bookmarks from the headings, metadata from the frontmatter,
 * page numbers as artifacts outside the structure tree, and the same bytes from the same source.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { parse } from 'yaml';
import { authoredIso } from '../support/dates.ts';
import { openPdf } from './pdf-reader.ts';
import { FIXTURE_DIST, fixturePdf, fixturePdfs, sitePdfs } from './support.ts';
import { writePdfs } from '../../print/pdf.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface OutlineItem {
  title: string;
  items: OutlineItem[];
}
const flatten = (items: OutlineItem[] | null): string[] => (items ?? []).flatMap((item) => [item.title, ...flatten(item.items)]);

for (const doc of [...sitePdfs(), ...fixturePdfs()]) {
  test(`${doc.slug}.pdf: tagged (MarkInfo Marked, a structure tree), Lang zh-CN, DisplayDocTitle`, async () => {
    const pdf = await openPdf(doc.pdf);
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    const tree = await (await pdf.getPage(1)).getStructTree();
    expect(tree?.children.length ?? 0).toBeGreaterThan(0);
    const raw = await PDFDocument.load(readFileSync(doc.pdf), { updateMetadata: false });
    expect(raw.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('zh-CN');
    const preferences = raw.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(String(preferences.get(PDFName.of('DisplayDocTitle')))).toBe('true');
  });

  test(`${doc.slug}.pdf: metadata from the frontmatter — Title, Author, Subject, Keywords, dates of the 成文日期`, async () => {
    const source = readFileSync(doc.source, 'utf8');
    const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/u.exec(source)![1]!) as Record<string, unknown>;
    const title = frontmatter['title'] as string | undefined;
    const docNumber = frontmatter['docNumber'] as string | undefined;
    const firstIssuer = (frontmatter['issuers'] as string[])[0];
    const raw = await PDFDocument.load(readFileSync(doc.pdf), { updateMetadata: false });
    // A 令 or 纪要 without a title of its own is named by its mark and number (tests/print/formats.test.ts).
    if (title) expect(raw.getTitle()).toBe(title);
    expect(raw.getAuthor()).toBe(firstIssuer);
    if (title) expect(raw.getSubject()).toContain(title);
    if (docNumber) expect(raw.getSubject()).toContain(docNumber);
    expect(raw.getKeywords() ?? '').toBe(docNumber ?? '');
    // Midnight of the 成文日期 in Beijing time.
    const iso = authoredIso(String(frontmatter['date']));
    const written = new Date(Date.parse(`${iso}T00:00:00Z`) - 8 * 3600_000);
    expect(raw.getCreationDate()?.toISOString()).toBe(written.toISOString());
    expect(raw.getModificationDate()?.toISOString()).toBe(written.toISOString());
  });

  test(`${doc.slug}.pdf: page numbers are pagination artifacts, not document content`, async () => {
    const pdf = await openPdf(doc.pdf);
    let numbers = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const open: string[] = [];
      for (const item of content.items) {
        if ('type' in item && (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')) {
          // pdf.js reports the marked-content tag (e.g. Artifact, P) beside the type.
          open.push((item as { tag?: string }).tag ?? '');
        }
        else if ('type' in item && item.type === 'endMarkedContent') open.pop();
        else if ('str' in item && /^—\s?\d+\s?—$/u.test(item.str.trim())) {
          numbers++;
          // Marked as an artifact (print/pdf-artifacts.ts), in no sequence the structure tree could point to.
          expect(open.length > 0 && open.every((tag) => tag === 'Artifact'), `page ${n}: "${item.str}" inside ${open.join(' > ') || 'no marked content'}`).toBe(true);
        }
      }
    }
    expect(numbers).toBeGreaterThan(0);
  });
}

test('bookmarks: the title and every heading, nested by level', async () => {
  const pdf = await openPdf(fixturePdf('joint').pdf);
  const outline = (await pdf.getOutline()) as OutlineItem[] | null;
  expect(flatten(outline)).toEqual([
    '关于进一步加强镇村两级安全生产和防汛工作责任落实的通知',
    '一、总体要求',
    '（一）压实安全生产责任',
    '1.落实企业主体责任',
    '（1）开展隐患排查',
    '二、重点任务',
    '安全生产责任清单',
    '防汛工作联系表',
  ]);
  const first = outline![0]!;
  expect(first.items.map((item) => item.title)).toContain('一、总体要求');
  expect(first.items[0]!.items[0]!.title).toBe('（一）压实安全生产责任');
});

// reply-port-landscape has header cells, whose structure IDs Chromium numbered by DOM node count (other bytes on every print, before print/pdf-structure-ids.ts).
for (const slug of ['joint', 'reply-port-landscape']) {
  test(`the same source prints to the same bytes: a second render of ${slug} equals the build’s PDF`, async () => {
    test.setTimeout(180_000);
    const out = mkdtempSync(join(tmpdir(), 'gongwen-pdf-'));
    try {
      const file = join(out, `${slug}.pdf`);
      await writePdfs(FIXTURE_DIST, [{ slug, pathname: `/${slug}/print/` }], { timeoutSeconds: 120, outFile: file });
      expect(sha256(readFileSync(file))).toBe(sha256(readFileSync(fixturePdf(slug).pdf)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}

for (const doc of [...sitePdfs(), ...fixturePdfs()]) {
  test(`${doc.slug}.pdf: an XMP metadata stream that parses and says what the Info dictionary says`, async ({ page }) => {
    const raw = await PDFDocument.load(readFileSync(doc.pdf), { updateMetadata: false });
    const stream = raw.catalog.lookup(PDFName.of('Metadata'));
    if (!(stream instanceof PDFRawStream)) throw new Error('the catalog has no /Metadata stream');
    expect(stream.dict.get(PDFName.of('Filter'))).toBeUndefined();
    const packet = new TextDecoder().decode(stream.getContents());
    // Parsed by the browser's own XML parser: a packet that is not well-formed XML fails here.
    const xmp = await page.evaluate((xml) => {
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      if (parsed.querySelector('parsererror')) return null;
      const text = (name: string) => parsed.getElementsByTagName(name)[0]?.textContent?.trim();
      return { title: text('dc:title'), creator: text('dc:creator'), description: text('dc:description'), language: text('dc:language'), keywords: text('pdf:Keywords'), producer: text('pdf:Producer'), created: text('xmp:CreateDate'), modified: text('xmp:ModifyDate') };
    }, packet);
    expect(xmp).not.toBeNull();
    expect(xmp).toEqual({
      title: raw.getTitle(),
      creator: raw.getAuthor(),
      description: raw.getSubject(),
      language: 'zh-CN',
      keywords: raw.getKeywords(),
      producer: raw.getProducer(),
      created: xmp!.created,
      modified: xmp!.created,
    });
    expect(new Date(xmp!.created!).toISOString()).toBe(raw.getCreationDate()!.toISOString());
  });
}
