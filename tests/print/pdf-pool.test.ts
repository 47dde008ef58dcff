/**
 * The PDF writer's pool of tabs (print/pdf.ts): the fixture site's 24 documents printed in one tab and
 * in three give the same bytes, document for document — the bytes the build wrote — and the same log,
 * line for line in the documents' order, whichever tab finished first.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { resolveFonts } from '../../plugins/fonts/index.ts';
import { writePdfs, type PrintView } from '../../print/pdf.ts';
import { copyFixtureSite, fixturePdfs } from './support.ts';

test.describe.configure({ timeout: 300_000 });

test('one tab or three: the same PDFs, byte for byte, and the same log in the same order', async () => {
  const fonts = await resolveFonts({}, new URL('../../', import.meta.url));
  const docs = fixturePdfs();
  const views: PrintView[] = docs.map(({ slug }) => ({ slug, pathname: `/${slug}/print/` }));
  const runs: { tabs: number; pdfs: Buffer[]; log: string[] }[] = [];
  for (const tabs of [1, 3]) {
    const site = copyFixtureSite(`gongwen-pool-${tabs}-`);
    try {
      const log: string[] = [];
      const results = await writePdfs(site, views, { timeoutSeconds: 120, fonts, tabs, log: (line) => log.push(line.replace(/ \(\d+ ms\)$/u, '')) });
      expect(log.at(-1)).toMatch(new RegExp(`^PDFs: ${docs.length} printed, 0 reused, in \\d+ ms with ${tabs} tab\\(s\\)$`, 'u'));
      log.pop();
      expect(results.map((result) => result.slug)).toEqual(docs.map(({ slug }) => slug));
      runs.push({ tabs, pdfs: docs.map(({ slug }) => readFileSync(join(site, `${slug}.pdf`))), log });
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  }
  const [one, three] = runs;
  docs.forEach(({ slug, pdf }, index) => {
    expect(three!.pdfs[index]!.equals(one!.pdfs[index]!), `${slug}: three tabs and one`).toBe(true);
    expect(one!.pdfs[index]!.equals(readFileSync(pdf)), `${slug}: one tab and the build`).toBe(true);
  });
  expect(three!.log).toEqual(one!.log);
  // Each document's lines together, starting with its own: the order of `views`.
  const firstLines = one!.log.filter((line) => /^[a-z0-9-]+\.pdf: \d+ pages, /u.test(line)).map((line) => line.split('.pdf:')[0]);
  expect(firstLines).toEqual(docs.map(({ slug }) => slug));
});
