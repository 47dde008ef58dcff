/**
 * The project's own check of what PDF/UA-1 asks of content (Matterhorn 01-005, 7.1): every piece of
 * text and every painted path is inside marked content — tagged, or an artifact — and each page
 * carries its page number as a pagination artifact. No PDF/UA validator (veraPDF) runs here, so this
 * is what the tests and the README can claim: these conditions, checked on every page.
 */
import { PDFDocument } from 'pdf-lib';
import { pageContent } from './pdf-artifacts.ts';
import { paintedContent } from './pdf-content.ts';

export interface PageTagging {
  page: number;
  untaggedText: number;
  untaggedPaths: number;
  paginationArtifacts: number;
}

export async function pageTagging(source: Uint8Array | PDFDocument): Promise<PageTagging[]> {
  const pdf = source instanceof PDFDocument ? source : await PDFDocument.load(source, { updateMetadata: false });
  return pdf.getPages().map((page, index) => {
    const content = pageContent(pdf, page) ?? new Uint8Array();
    const painted = paintedContent(content);
    return {
      page: index + 1,
      untaggedText: painted.filter((item) => item.kind === 'text' && !item.marked).length,
      untaggedPaths: painted.filter((item) => item.kind === 'path' && !item.marked).length,
      paginationArtifacts: Buffer.from(content).toString('latin1').match(/\/Artifact\s*<<\s*\/Type\s*\/Pagination/gu)?.length ?? 0,
    };
  });
}
