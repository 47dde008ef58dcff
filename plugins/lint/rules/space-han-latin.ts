/**
 * space-han-latin: an ASCII space between a Han character and a numeral or Latin unit
 * (全年实现 78.46 亿元). Such spaces are Word's automatic Han/Latin spacing turned into text;
 * typesetting adds the gap itself, and a literal space widens it and may break the line there.
 */
import type { Rule } from '../types.ts';
import { findingAt, HAN, matchesIn } from './text.ts';

const SPACE = new RegExp(String.raw`(?<=${HAN}) +(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%‰]) +(?=${HAN})`, 'gu');

export const spaceHanLatin: Rule = {
  id: 'space-han-latin',
  rationale: 'literal spaces between Han and numerals or units are extraction artefacts that print as gaps',
  severity: 'warning',
  check(doc) {
    return [...matchesIn(doc.segments, SPACE)].map(([segment, match]) => {
      const before = segment.text.slice(Math.max(0, match.index - 3), match.index);
      const after = segment.text.slice(match.index + match[0].length, match.index + match[0].length + 3);
      return findingAt(segment, match.index, match.index + match[0].length, `space between "${before}" and "${after}" — write ${before}${after}`);
    });
  },
};
