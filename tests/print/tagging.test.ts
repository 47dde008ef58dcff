/**
 * PDF/UA-1's content condition (Matterhorn 01-005), checked by the project's own reader
 * (print/pdf-tagging.ts) on every built PDF: no text and no painted path outside marked content —
 * tagged, or an artifact — and the page number of every numbered page a pagination artifact. The
 * numbered pages are found independently, by pdf.js, as the pages whose text has a "— N —" line:
 * a 信函's first page and the blank page before a 版记 on an even page carry none (GB/T 9704 §7.5, §10.1).
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageTagging } from '../../print/pdf-tagging.ts';
import { fixturePdfs, isPageNumber, pagesOf, sitePdfs } from './support.ts';

for (const doc of [...sitePdfs(), ...fixturePdfs()]) {
  test(`${doc.slug}.pdf: every text and path is tagged or an artifact; every page number is a pagination artifact`, async () => {
    const tagging = await pageTagging(readFileSync(doc.pdf));
    expect(tagging.filter((page) => page.untaggedText > 0 || page.untaggedPaths > 0)).toEqual([]);
    const numbered = (await pagesOf(doc.pdf)).flatMap((page, index) => (page.lines.some(isPageNumber) ? [index + 1] : []));
    expect(numbered.length).toBeGreaterThan(0);
    expect(tagging.filter((page) => page.paginationArtifacts > 0).map((page) => page.page)).toEqual(numbered);
  });
}
