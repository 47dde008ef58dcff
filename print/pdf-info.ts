/**
 * What the PDF says about itself (its Info dictionary), taken from the document's frontmatter.
 * The print view carries it as <meta> tags so the PDF writer reads it from the page it prints.
 */
import { documentTitle, type GongwenDocument } from '../plugins/schema.ts';

export interface PdfInfo {
  /** 标题. */
  title: string;
  /** The first 发文机关. */
  author: string;
  /** 标题 and 发文字号 (a 令's title already holds its 令号). */
  subject: string;
  /** 发文字号. */
  keywords: string;
  /** 成文日期, YYYY-MM-DD: the PDF's CreationDate and ModDate, so a rebuild gives the same bytes. */
  date: string;
}

export function pdfInfoOf(doc: GongwenDocument): PdfInfo {
  const title = documentTitle(doc);
  return {
    title,
    author: doc.issuers[0]!,
    subject: doc.docNumber && doc.title ? `${title}（${doc.docNumber}）` : title,
    keywords: doc.docNumber ?? '',
    date: doc.date.iso,
  };
}

/** <meta name> of each field in the print view. */
export const PDF_INFO_META: Record<keyof PdfInfo, string> = {
  title: 'gongwen:title',
  author: 'author',
  subject: 'description',
  keywords: 'keywords',
  date: 'dcterms.created',
};
