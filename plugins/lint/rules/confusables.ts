/**
 * confusables: a wrong character in a common word (布署 for 部署, 再接再励 for 再接再厉), from a
 * curated list whose every entry names its source (./confusables-list.ts), and 截止 used where 截至
 * is meant.
 *
 * Decisions:
 * - Only forms that are wrong wherever they stand. 既使 is left out though the lists name it: 既使企业
 *   受益，又… is 既…又… and right. 做为 and 一但 are left out too (作为/做为 is an editor's call in
 *   a verb phrase; 统一但不… holds 一但).
 * - 截止/截至: 《现代汉语词典》第7版 has 截止 “（到一定期限）停止” (not followed by a time) and 截至 “截止到（某个时
 *   候）”. So 截止 directly followed by a date (截止2023年底), or by 目前/今/当前/本月…, is flagged. 截止日期、报名
 *   截止 are right; 截止到 is not flagged: 到 carries the time, and the dictionary's own gloss of 截至 writes it.
 * - Pairs where both forms are words (其他/其它, 以至/以致, 度过/渡过) are not flagged.
 * - No fix: a word change is an editor's call.
 */
import type { Rule, RuleFinding, TextSegment } from '../types.ts';
import { CONFUSABLES, type Confusable } from './confusables-list.ts';
import { findingAt } from './text.ts';

/** 截止 with a time as its object: a date (2023年底, 12月31日) or a word naming the present or a period. */
const JIEZHI_WITH_TIME = /截止(?=\d{1,4}[年月日]|目前|当前|今|本[年月周季]|上[年月周]|去年|前年|上半年|年底|年末|月底|[一二三四五六七八九十]+月)/gu;
const JIEZHI_MESSAGE = '截止 before a time — write 截至 (《现代汉语词典》第7版: 截止 takes no time after it, 截至 does)';

export const confusables: Rule = {
  id: 'confusables',
  rationale: 'a wrong character in a common word (布署, 再接再励) or 截止 for 截至 is a 别字 a proof-reader marks (《咬文嚼字》, GF 1001-2001, 《现代汉语词典》)',
  severity: 'warning',
  check(doc) {
    return doc.segments.flatMap((segment) => [...listed(segment), ...jiezhi(segment)]);
  },
};

function* listed(segment: TextSegment): Generator<RuleFinding> {
  for (const entry of CONFUSABLES) {
    for (let at = segment.text.indexOf(entry.wrong); at >= 0; at = segment.text.indexOf(entry.wrong, at + 1)) {
      if (guarded(segment.text, at, entry)) continue;
      yield findingAt(segment, at, at + entry.wrong.length, `${entry.wrong} — write ${entry.right} (${entry.source})`);
    }
  }
}

function guarded(text: string, at: number, entry: Confusable): boolean {
  const after = text[at + entry.wrong.length] ?? '';
  const before = text[at - 1] ?? '';
  return (after !== '' && (entry.notBefore ?? '').includes(after)) || (before !== '' && (entry.notAfter ?? '').includes(before));
}

function* jiezhi(segment: TextSegment): Generator<RuleFinding> {
  for (const match of segment.text.matchAll(JIEZHI_WITH_TIME)) yield findingAt(segment, match.index, match.index + 2, JIEZHI_MESSAGE);
}
