/**
 * halfwidth-punct: half-width , ; : ( ) ? ! beside Han characters, where GB/T 15834 wants the
 * full-width forms (，；：（）？！). A colon or comma between digits (8:30, 1,000) is not Chinese text.
 */
import type { Rule } from '../types.ts';
import { findingAt, HAN, matchesIn } from './text.ts';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '?': '？', '!': '！' };

const PUNCT = new RegExp(String.raw`(?<=${HAN})[,;:()?!]|[,;:()?!](?=${HAN})`, 'gu');

export const halfwidthPunct: Rule = {
  id: 'halfwidth-punct',
  rationale: 'Chinese text takes full-width punctuation (GB/T 15834); half-width marks look cramped and misalign the grid',
  severity: 'warning',
  check(doc) {
    return [...matchesIn(doc.segments, PUNCT)].map(([segment, match]) =>
      findingAt(segment, match.index, match.index + 1, `half-width "${match[0]}" in Chinese text — write "${FULL_WIDTH[match[0]]}"`),
    );
  },
};
