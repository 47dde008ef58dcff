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
      const end = match.index + match[0].length;
      // The neighbours as a reader names them: the Han character, and the whole number or unit.
      const before = /(?:[0-9A-Za-z.%‰]+|.)$/su.exec(segment.text.slice(0, match.index))![0];
      const after = /^(?:[0-9A-Za-z.%‰]+|.)/su.exec(segment.text.slice(end))![0];
      return findingAt(segment, match.index, end, `space in "${before}${match[0]}${after}" — write ${before}${after}`);
    });
  },
};
