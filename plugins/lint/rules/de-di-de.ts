/**
 * de-di-de: 的 where 得 or 地 is meant, and 得 where 地 is meant, in patterns where only one reading
 * exists (《现代汉语词典》第7版 的/地/得 entries: 地 marks an adverbial before a verb, 得 joins a verb to
 * its complement of degree).
 *
 * Flagged:
 * - a verb of doing (做 干 抓 办 搞) + 的 + a degree complement (很/十分/越来越/更好/更加): 做的很好 → 做得很好.
 *   Left out: 很多 (我们做的很多工作 is 做的 + 很多工作, a noun phrase), 所做的 (所做的十分有限: what was done),
 *   and 不够/不好/不错, where 我们做的不够 may mean “what we did”.
 * - a modal (要 必须 应当 应该 务必 将 并) + an adverb of manner + 的 + a verb of carrying out:
 *   要认真的落实 → 要认真地落实. After a modal the phrase cannot be a noun phrase; without one it can
 *   (通过深入的学习, 起到有效的推动作用), so it is not flagged.
 * - an adverb of manner + 得 + a verb of carrying out: 认真得落实 → 认真地落实 (全面得到落实 is 得到, not
 *   in the verb list).
 *
 * Deliberately not flagged: 的 after an adjective before a noun, 地 for 的 (它的/地方), any pattern
 * whose words are not in these short lists, and 需要/要求/坚持 + …的 + verb, which take noun phrases.
 */
import type { Rule, RuleFinding, TextSegment } from '../types.ts';
import { findingAt } from './text.ts';

const DOING = '做干抓办搞';
const DEGREE = '很(?!多)|十分|越来越|更好|更加';
const MODAL = '要|必须|应当|应该|务必|将|并';
const MANNER = '认真|积极|全面|深入|扎实|稳步|大力|切实|坚决|主动|有序|稳妥|持续';
const CARRYING_OUT = '推进|落实|开展|贯彻|推动|加强|实施|执行|抓好|做好|完成|解决';

/** Each pattern: the word before (group 1), the wrong mark (group 2), the word after (group 3). */
const DEGREE_DE = new RegExp(`(?<!所)([${DOING}])(的)(${DEGREE})`, 'gu');
const ADVERBIAL_DE = new RegExp(`(?<=${MODAL})(${MANNER})(的)(${CARRYING_OUT})`, 'gu');
const ADVERBIAL_DE2 = new RegExp(`(${MANNER})(得)(${CARRYING_OUT})`, 'gu');

export const deDiDe: Rule = {
  id: 'de-di-de',
  rationale: '的 for 得 before a degree complement, 的 or 得 for 地 after an adverbial, in patterns with one reading (《现代汉语词典》第7版)',
  severity: 'warning',
  check(doc) {
    return doc.segments.flatMap((segment) => [
      ...found(segment, DEGREE_DE, '得', 'before a complement of degree'),
      ...found(segment, ADVERBIAL_DE, '地', 'between an adverbial and its verb'),
      ...found(segment, ADVERBIAL_DE2, '地', 'between an adverbial and its verb'),
    ]);
  },
};

function* found(segment: TextSegment, pattern: RegExp, right: string, where: string): Generator<RuleFinding> {
  for (const match of segment.text.matchAll(pattern)) {
    const [phrase, before, mark, after] = match as unknown as [string, string, string, string];
    yield findingAt(segment, match.index, match.index + phrase.length, `${mark} ${where} in ${phrase} — write ${before}${right}${after} (《现代汉语词典》第7版)`);
  }
}
