/**
 * The PDF's own text layer (pdf.js reads it through the fonts' ToUnicode maps) gives back the
 * source: every paragraph's Han characters in order, and no look-alike radical code points.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { hanSequence } from '../support/seed-text.ts';
import { openPdf } from './pdf-reader.ts';
import { fixturePdfs, proseChunks, sitePdfs } from './support.ts';

/** All text of a PDF in content order (pdf.js getTextContent), page after page. */
async function pdfText(path: string): Promise<string> {
  const pdf = await openPdf(path);
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  return text;
}

/** Kangxi Radicals and CJK Radicals Supplement: look-alikes of ordinary Han characters. */
const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/gu;

for (const doc of [...sitePdfs(), ...fixturePdfs()]) {
  test(`${doc.slug}.pdf: every paragraph of the source, in order, in the text layer`, async () => {
    const han = hanSequence(await pdfText(doc.pdf));
    let from = 0;
    for (const chunk of proseChunks(doc.source)) {
      const expected = hanSequence(chunk);
      if (expected === '') continue;
      const at = han.indexOf(expected, from);
      expect(at, `paragraph "${chunk.slice(0, 30)}…" (after offset ${from} of the PDF's Han text)`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
  });

  test(`${doc.slug}.pdf: no radical code points (U+2E80–U+2EFF, U+2F00–U+2FDF) in the text layer`, async () => {
    const text = await pdfText(doc.pdf);
    expect(text.length).toBeGreaterThan(0);
    expect(text.match(RADICALS) ?? []).toEqual([]);
    expect(readFileSync(doc.source, 'utf8').match(RADICALS) ?? [], 'the source itself').toEqual([]);
  });
}
