/**
 * The choices of 筛选 (年份, 发文机关, 公开方式) over a set of documents, for 全部公文 and 搜索 alike:
 * years newest first, names in 拼音 order; a filter no document has a value for is left out.
 * `name` is the filter's label, which is also its name in the search index (search-record.ts).
 */
import type { GongwenDocument } from '../../plugins/schema.ts';
import { SEARCH_FILTERS, yearOf } from './search-record.ts';

export type FilterKey = keyof typeof SEARCH_FILTERS;

export interface FilterChoices {
  key: FilterKey;
  name: string;
  values: string[];
}

const distinct = (values: string[], order: (a: string, b: string) => number) => [...new Set(values)].sort(order);
const pinyin = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

export function filterChoices(docs: readonly GongwenDocument[]): FilterChoices[] {
  const filters: FilterChoices[] = [
    { key: 'year', name: SEARCH_FILTERS.year, values: distinct(docs.map((doc) => yearOf(doc.date.iso)), (a, b) => b.localeCompare(a)) },
    { key: 'issuers', name: SEARCH_FILTERS.issuers, values: distinct(docs.flatMap((doc) => doc.issuers), pinyin) },
    { key: 'disclosure', name: SEARCH_FILTERS.disclosure, values: distinct(docs.flatMap((doc) => doc.disclosure ?? []), pinyin) },
  ];
  return filters.filter((filter) => filter.values.length > 0);
}
