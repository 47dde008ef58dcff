/**
 * The project's own PDF/A-2u and PDF/UA-1 check, on a finished PDF's bytes: the file-level conditions
 * (pdf-archival.ts), the fonts (pdf-font-check.ts), the document and structure (pdf-accessibility.ts)
 * and the content's marking (pdf-tagging.ts). The PDF writer claims a standard in the XMP only when
 * this finds nothing for it (pdf-metadata.ts); the tests run it on every PDF built.
 */
import { PDFDocument } from 'pdf-lib';
import { archivalFindings } from './pdf-archival.ts';
import { accessibilityFindings } from './pdf-accessibility.ts';
import { fontFindings } from './pdf-font-check.ts';
import { finding, type Finding } from './pdf-findings.ts';
import { pageTagging } from './pdf-tagging.ts';

export type { Finding } from './pdf-findings.ts';

/** `claimed`: also require the XMP's pdfaid/pdfuaid claims (off while deciding whether to make them). */
export async function conformanceFindings(bytes: Uint8Array, options: { claimed: boolean }): Promise<Finding[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const untagged = (await pageTagging(pdf)).flatMap(({ page, untaggedText, untaggedPaths }) =>
    untaggedText + untaggedPaths > 0 ? [finding('PDF/UA-1', '7.1', `page ${page}: ${untaggedText} text objects and ${untaggedPaths} paths neither tagged nor artifacts`)] : [],
  );
  return [...archivalFindings(pdf, bytes, options), ...fontFindings(pdf), ...accessibilityFindings(pdf, options), ...untagged];
}

export const findingLine = ({ standard, clause, detail }: Finding) => `${standard} ${clause}: ${detail}`;
