/**
 * One document as the search index and the 搜索 page see it: the metadata a result shows and the
 * filters it can be narrowed by, under the names the pages use (metadata-labels.ts).
 */
import { documentTitle, type GongwenDocument } from '../../plugins/schema.ts';
import { METADATA_LABELS, numberLabel } from './metadata-labels.ts';

/** The metadata keys of a result (Pagefind's `title`, then gongwen's own), read back by search-client.ts. */
export interface SearchMeta {
  title: string;
  /** What the number is called on this document: 发文字号, or 令号 on a 令. */
  numberLabel: string;
  docNumber?: string;
  /** 成文日期 as printed, and in ISO form for <time datetime>. */
  date: string;
  dateIso: string;
}

/** The filters a result carries, by the label a reader sees. */
export const SEARCH_FILTERS = { year: '年份', issuers: METADATA_LABELS.issuers, disclosure: METADATA_LABELS.disclosure } as const;

/** 2023-01-23 → 2023年 */
export const yearOf = (iso: string) => `${iso.slice(0, 4)}年`;

export function searchRecord(doc: GongwenDocument): { meta: SearchMeta; filters: Record<string, string[]> } {
  const meta: SearchMeta = {
    title: documentTitle(doc),
    numberLabel: numberLabel(doc),
    ...(doc.docNumber !== undefined ? { docNumber: doc.docNumber } : {}),
    date: doc.date.text,
    dateIso: doc.date.iso,
  };
  const filters: Record<string, string[]> = {
    [SEARCH_FILTERS.year]: [yearOf(doc.date.iso)],
    [SEARCH_FILTERS.issuers]: doc.issuers,
    ...(doc.disclosure !== undefined ? { [SEARCH_FILTERS.disclosure]: [doc.disclosure] } : {}),
  };
  return { meta, filters };
}
