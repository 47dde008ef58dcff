/**
 * What a screen reader of the PDF hears: it walks the structure tree, not the pages. Walked here from
 * the catalog with pdf-lib, each element's marked content looked up in pdf.js's text of the page, the
 * tree gives back every paragraph of the source in order and each whole in one element (also where a
 * page break cuts it), the same Han characters as the pages, and no layout left from pagination: one
 * Art for the document, no NonStruct, no empty element.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, type PDFObject } from 'pdf-lib';
import { hanSequence } from '../support/seed-text.ts';
import { openPdf } from './pdf-reader.ts';
import { fixturePdfs, proseChunks, sitePdfs } from './support.ts';

interface Walked {
  /** Marked-content keys, pdf.js's way: p<page object>R_mc<MCID>. */
  order: string[];
  /** Each paragraph's and heading's marked content, in order. */
  blocks: string[][];
  types: Map<string, number>;
  empty: string[];
  documentKids: string[];
}

function walkTree(pdf: PDFDocument): Walked {
  const walked: Walked = { order: [], blocks: [], types: new Map(), empty: [], documentKids: [] };
  const look = (object: PDFObject | undefined) => (object instanceof PDFRef ? pdf.context.lookup(object) : object);
  const visit = (dict: PDFDict, page: PDFRef | undefined, depth: number) => {
    const type = (dict.get(PDFName.of('S')) as PDFName).decodeText();
    walked.types.set(type, (walked.types.get(type) ?? 0) + 1);
    const own = dict.get(PDFName.of('Pg'));
    const pg = own instanceof PDFRef ? own : page;
    const k = dict.get(PDFName.of('K'));
    const kids = k === undefined ? [] : k instanceof PDFArray ? k.asArray() : [k];
    if (kids.length === 0) walked.empty.push(type);
    const block: string[] | undefined = /^(P|H[1-6])$/u.test(type) ? [] : undefined;
    if (block) walked.blocks.push(block);
    const from = walked.order.length;
    for (const kid of kids) {
      const value = look(kid);
      if (value instanceof PDFNumber) walked.order.push(`p${pg?.objectNumber}R_mc${value.asNumber()}`);
      else if (value instanceof PDFDict && value.get(PDFName.of('S'))) {
        if (depth === 0) walked.documentKids.push((value.get(PDFName.of('S')) as PDFName).decodeText());
        visit(value, pg, depth + 1);
      } else if (value instanceof PDFDict && value.get(PDFName.of('MCID'))) {
        const mcrPage = value.get(PDFName.of('Pg'));
        walked.order.push(`p${(mcrPage instanceof PDFRef ? mcrPage : pg)?.objectNumber}R_mc${(value.get(PDFName.of('MCID')) as PDFNumber).asNumber()}`);
      }
    }
    block?.push(...walked.order.slice(from));
  };
  const root = look(pdf.catalog.get(PDFName.of('StructTreeRoot'))) as PDFDict;
  const top = look(root.get(PDFName.of('K')));
  for (const dict of (top instanceof PDFArray ? top.asArray() : [top]).map(look)) if (dict instanceof PDFDict) visit(dict, undefined, 0);
  return walked;
}

/** pdf.js's text of every marked-content sequence, and the pages' text in content order. */
async function markedText(path: string): Promise<{ byId: Map<string, string>; contentOrder: string }> {
  const doc = await openPdf(path);
  const byId = new Map<string, string>();
  let contentOrder = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const items = (await (await doc.getPage(n)).getTextContent({ includeMarkedContent: true })).items;
    const open: (string | null)[] = [];
    for (const item of items) {
      if ('type' in item && item.type === 'beginMarkedContentProps') open.push(item.id ?? null);
      else if ('type' in item && item.type === 'beginMarkedContent') open.push(null);
      else if ('type' in item && item.type === 'endMarkedContent') open.pop();
      else if ('str' in item) {
        contentOrder += item.str;
        const id = open.findLast((entry) => entry !== null);
        if (id) byId.set(id, (byId.get(id) ?? '') + item.str);
      }
    }
  }
  return { byId, contentOrder };
}

for (const doc of [...sitePdfs(), ...fixturePdfs()]) {
  test(`${doc.slug}.pdf: the structure tree reads the source in order, with no pagination wrappers`, async () => {
    const bytes = readFileSync(doc.pdf);
    const walked = walkTree(await PDFDocument.load(bytes, { updateMetadata: false }));
    const { byId, contentOrder } = await markedText(doc.pdf);
    const heard = walked.order.map((id) => byId.get(id) ?? '').join('');
    // The tree holds the same Han text as the pages, nothing lost and nothing twice; its order is the
    // source's (below), where the pages' paint order is not (the 附注 is painted before the 署名 block).
    const sorted = (text: string) => [...hanSequence(text)].sort().join('');
    expect(sorted(heard) === sorted(contentOrder), 'the structure tree and the pages hold the same Han characters').toBe(true);
    let from = 0;
    const han = hanSequence(heard);
    for (const chunk of proseChunks(doc.source)) {
      const expected = hanSequence(chunk);
      if (expected === '') continue;
      const at = han.indexOf(expected, from);
      expect(at, `paragraph "${chunk.slice(0, 30)}…" in tree order (after offset ${from})`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
    // A paragraph a page break cuts is still one paragraph: each of the source's lies whole in one P or heading.
    const blocks = walked.blocks.map((ids) => hanSequence(ids.map((id) => byId.get(id) ?? '').join('')));
    const cut = proseChunks(doc.source)
      .filter((chunk) => !chunk.startsWith('|') && hanSequence(chunk) !== '')
      .filter((chunk) => !blocks.some((block) => block.includes(hanSequence(chunk))));
    expect(cut.map((chunk) => chunk.slice(0, 20))).toEqual([]);
    expect(walked.documentKids).toEqual(['Art']);
    expect(walked.types.get('NonStruct') ?? 0).toBe(0);
    expect(walked.empty).toEqual([]);
  });
}
