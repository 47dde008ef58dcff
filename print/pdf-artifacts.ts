/**
 * Marks what Chromium's tagged PDF leaves outside the structure tree as artifacts (PDF/UA-1 7.1,
 * Matterhorn 01-005: content is either tagged or an artifact), so a screen reader neither reads it nor
 * misses it:
 * - the page numbers "— N —" — CSS generated content in Paged.js's margin boxes, which Chromium
 *   paints untagged — become `/Artifact <</Type /Pagination /Subtype /Footer>>`: untagged text whose
 *   first glyph stands in the bottom margin, below the 版心 (GB/T 9704 §5.2.1, geometry.ts);
 * - untagged painted paths — the page's white background, the red separator, the 版记 rules, table
 *   rules (CSS borders) — become `/Artifact`: decoration, whose meaning the tagged text carries.
 * Untagged text anywhere else is left as it is, for the check (pdf-tagging.ts) to report: hiding real
 * words from a listener would be worse than a finding.
 */
import { PDFArray, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFDocument, type PDFPage } from 'pdf-lib';
import { BOTTOM_MARGIN_MM, mmToPt } from './geometry.ts';
import { paintedContent } from './pdf-content.ts';

export const PAGINATION_ARTIFACT = '/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n';
export const DECORATION_ARTIFACT = '/Artifact BMC\n';

/** Text starting below this height (points above the paper's bottom edge) is in the bottom margin. */
export const FOOTER_TOP_PT = mmToPt(BOTTOM_MARGIN_MM);

export interface ArtifactCounts {
  pagination: number;
  decoration: number;
}

export function markArtifacts(pdf: PDFDocument): ArtifactCounts {
  const counts: ArtifactCounts = { pagination: 0, decoration: 0 };
  for (const page of pdf.getPages()) {
    const content = pageContent(pdf, page);
    if (!content) continue;
    // Runs of consecutive untagged items of one kind become one artifact: "— 1 —" is three text objects, one number to a listener.
    const runs: { artifact: string; start: number; end: number }[] = [];
    let previous: string | undefined;
    for (const item of paintedContent(content)) {
      const artifact = item.marked
        ? undefined
        : item.kind === 'path'
          ? DECORATION_ARTIFACT
          : item.origin && item.origin.y < FOOTER_TOP_PT
            ? PAGINATION_ARTIFACT
            : undefined;
      if (artifact && artifact === previous) runs.at(-1)!.end = item.end;
      else if (artifact) {
        runs.push({ artifact, start: item.start, end: item.end });
        if (artifact === PAGINATION_ARTIFACT) counts.pagination++;
        else counts.decoration++;
      }
      previous = artifact;
    }
    const insertions = runs.flatMap(({ artifact, start, end }): [number, string][] => [[start, artifact], [end, '\nEMC']]);
    if (insertions.length === 0) continue;
    // The old streams go: left unreferenced in the file, they would still be written out.
    for (const ref of contentRefs(page)) pdf.context.delete(ref);
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.flateStream(insert(content, insertions))));
  }
  return counts;
}

/** Each stream decoded once (the same bytes, so tokenize's cache holds too); a rewritten page has a new stream. */
const decoded = new WeakMap<PDFRawStream, Uint8Array>();

/** A page's content, its streams decoded and joined (a Contents array is one stream split up, ISO 32000-1 7.8.2). */
export function pageContent(pdf: PDFDocument, page: PDFPage): Uint8Array | undefined {
  const parts = contentRefs(page).map((ref) => {
    const stream = pdf.context.lookup(ref);
    if (!(stream instanceof PDFRawStream)) throw new Error('a page content stream pdf-lib cannot decode');
    let bytes = decoded.get(stream);
    if (!bytes) decoded.set(stream, (bytes = decodePDFRawStream(stream).decode()));
    return bytes;
  });
  if (parts.length === 0) return undefined;
  if (parts.length === 1) return parts[0];
  return Buffer.concat(parts.flatMap((part) => [part, Buffer.from('\n')]));
}

function contentRefs(page: PDFPage): PDFRef[] {
  const contents = page.node.get(PDFName.of('Contents'));
  const items = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return items.filter((item): item is PDFRef => item instanceof PDFRef);
}

function insert(bytes: Uint8Array, insertions: [number, string][]): Uint8Array {
  const sorted = insertions.sort((a, b) => a[0] - b[0]);
  const chunks: Buffer[] = [];
  let at = 0;
  for (const [offset, text] of sorted) {
    chunks.push(Buffer.from(bytes.subarray(at, offset)), Buffer.from(text, 'latin1'));
    at = offset;
  }
  chunks.push(Buffer.from(bytes.subarray(at)));
  return Buffer.concat(chunks);
}
