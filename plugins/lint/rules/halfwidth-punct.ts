/**
 * halfwidth-punct: half-width , ; : ( ) ? ! beside Han characters, where GB/T 15834 wants the
 * full-width forms (，；：（）？！). A colon or comma between digits (8:30, 1,000) is not Chinese text.
 * The fix writes the full-width mark the message names.
 */
import type { Rule } from '../types.ts';
import { editAt, findingAt, HAN, matchesIn } from './text.ts';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };

/** Han or full-width punctuation: what makes the neighbourhood Chinese text. */
const CHINESE = String.raw`(?:${HAN}|[\u3000-\u303F\uFF00-\uFFEF“”‘’])`;
/** A run of half-width marks touching Chinese text on either side, as in 试行)? or 是:完整. */
const PUNCT = new RegExp(String.raw`(?<=${CHINESE})[,;:()?!]+|[,;:()?!]+(?=${CHINESE})`, 'gu');

export const halfwidthPunct: Rule = {
  id: 'halfwidth-punct',
  rationale: 'Chinese text takes full-width punctuation (GB/T 15834); half-width marks look cramped and misalign the grid',
  severity: 'warning',
  check(doc) {
    return [...matchesIn(doc.segments, PUNCT)].flatMap(([segment, match]) =>
      [...match[0]].map((mark, i) => {
        const [start, end] = [match.index + i, match.index + i + 1];
        return { ...findingAt(segment, start, end, `half-width "${mark}" in Chinese text — write "${FULL_WIDTH[mark]}"`), fix: editAt(segment, start, end, FULL_WIDTH[mark]!) };
      }),
    );
  },
};
