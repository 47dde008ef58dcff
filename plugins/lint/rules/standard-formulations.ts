/**
 * standard-formulations: a fixed political wording (规范表述) with a word missing or its members in
 * another order than the authoritative texts write them.
 *
 * Sources: 《中国共产党章程》 (党的二十大修改, 2022-10-22, 总纲) and 党的二十大报告 (2022-10-16) write
 * 习近平新时代中国特色社会主义思想, 增强“四个意识”、坚定“四个自信” in the order below, “四个全面” and “五位一体”
 * with their members in the order below, 完整、准确、全面贯彻新发展理念, and 党的二十大 in Chinese numerals.
 *
 * Decisions:
 * - 新时代中国特色社会主义思想 without 习近平 before it is flagged, except after 创立/形成(了): the reports
 *   say the 党 “创立了新时代中国特色社会主义思想”, where the name stands earlier in the sentence.
 * - An order is checked only when every member of a set is listed, joined by 、 (or 和/以及 before the
 *   last): a list of two of the 四个意识 is the author's choice. 四个全面 is checked in its form since 党的
 *   十九届五中全会 (全面建设社会主义现代化国家 first); a list with 全面建成小康社会 (the earlier form) is not a set
 *   this rule knows.
 * - 完整准确全面贯彻 without the 顿号 is flagged; other spacing of the 顿号 is left to the punctuation rules.
 * - 党的 + Arabic numerals + 大 (党的20大), and Arabic numerals in 届…中全会 (十九届5中全会) are flagged.
 * - Not flagged: short forms a text may use after the full one (这一思想, 新思想), and wordings whose
 *   correct form depends on the date (全会 names, 两个确立 wording).
 */
import type { Rule, RuleFinding, TextSegment } from '../types.ts';
import { findingAt } from './text.ts';

const SOURCE = '党章 and 党的二十大报告';

interface OrderedSet {
  name: string;
  members: readonly string[];
}

const SETS: readonly OrderedSet[] = [
  { name: '四个意识', members: ['政治意识', '大局意识', '核心意识', '看齐意识'] },
  { name: '四个自信', members: ['道路自信', '理论自信', '制度自信', '文化自信'] },
  { name: '四个全面', members: ['全面建设社会主义现代化国家', '全面深化改革', '全面依法治国', '全面从严治党'] },
  { name: '五位一体', members: ['经济建设', '政治建设', '文化建设', '社会建设', '生态文明建设'] },
];

const THOUGHT = /(?<!习近平)(?<!创立了?|形成了?)新时代中国特色社会主义思想/gu;
const COMMA_LESS = /完整准确全面(?=贯彻)/gu;
const ARABIC_CONGRESS = /党的(\d{1,2})大/gu;
const ARABIC_PLENUM = /([一二三四五六七八九十]+届)(\d)中全会/gu;

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

export const standardFormulations: Rule = {
  id: 'standard-formulations',
  rationale: 'a fixed political wording (习近平新时代中国特色社会主义思想, the 四个意识 in their order) is written as 党章 and the 二十大报告 write it',
  severity: 'warning',
  check(doc) {
    return doc.segments.flatMap((segment) => [...thought(segment), ...orders(segment), ...commaLess(segment), ...numerals(segment)]);
  },
};

function* thought(segment: TextSegment): Generator<RuleFinding> {
  for (const match of segment.text.matchAll(THOUGHT)) {
    yield findingAt(segment, match.index, match.index + match[0].length, `${match[0]} without 习近平 — write 习近平新时代中国特色社会主义思想 (${SOURCE})`);
  }
}

function* orders(segment: TextSegment): Generator<RuleFinding> {
  for (const set of SETS) {
    const member = set.members.join('|');
    const list = new RegExp(`(?:${member})(?:(?:、|和|以及)(?:${member})){${set.members.length - 1}}`, 'gu');
    for (const match of segment.text.matchAll(list)) {
      const written = match[0].split(/、|和|以及/u);
      const complete = new Set(written).size === set.members.length;
      if (!complete || written.every((item, i) => item === set.members[i])) continue;
      yield findingAt(segment, match.index, match.index + match[0].length, `${set.name} in another order — write ${set.members.join('、')} (${SOURCE})`);
    }
  }
}

function* commaLess(segment: TextSegment): Generator<RuleFinding> {
  for (const match of segment.text.matchAll(COMMA_LESS)) {
    yield findingAt(segment, match.index, match.index + match[0].length, `完整准确全面 without 顿号 — write 完整、准确、全面贯彻新发展理念 (${SOURCE})`);
  }
}

function* numerals(segment: TextSegment): Generator<RuleFinding> {
  for (const match of segment.text.matchAll(ARABIC_CONGRESS)) {
    const right = `党的${chinese(Number(match[1]))}大`;
    yield findingAt(segment, match.index, match.index + match[0].length, `${match[0]} in Arabic numerals — write ${right} (${SOURCE})`);
  }
  for (const match of segment.text.matchAll(ARABIC_PLENUM)) {
    const right = `${match[1]}${chinese(Number(match[2]))}中全会`;
    yield findingAt(segment, match.index, match.index + match[0].length, `${match[0]} in Arabic numerals — write ${right} (${SOURCE})`);
  }
}

/** 1–99 in Chinese numerals as a 届 or 次 is written: 20 → 二十, 19 → 十九. */
function chinese(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return NUMERALS[ones]!;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[ones]}`;
}
