/**
 * space-han-latin: an ASCII space between a Han character and a numeral or Latin unit
 * (全年实现 78.46 亿元). Such spaces are Word's automatic Han/Latin spacing turned into text;
 * typesetting adds the gap itself, and a literal space widens it and may break the line there.
 * The fix deletes the space.
 *
 * Not flagged: the space that separates a figure or table label from its caption (图1 发文稿纸格式,
 * 附表2 任务分工), or a decimal clause number from its heading (5.1.2 省级应急响应, as 应急预案 number
 * their clauses, 国办函〔2005〕57号), at the start of a paragraph or attribute — there the gap is the form.
 */
import type { Rule } from '../types.ts';
import { editAt, findingAt, HAN, matchesIn } from './text.ts';

const SPACE = new RegExp(String.raw`(?<=${HAN}) +(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%‰]) +(?=${HAN})`, 'gu');
/** A caption's label, 图/表/附图/附表 and its number (图1, 表2-1, 附图3.2), or a clause number of two levels or more (5.1.2), opening the text. */
const LABEL = /^\s*(?:(?:附图|附表|图|表)\s?\d+(?:[.．\-－]\d+)*|\d+(?:\.\d+)+)$/u;

export const spaceHanLatin: Rule = {
  id: 'space-han-latin',
  rationale: 'literal spaces between Han and numerals or units are extraction artefacts that print as gaps',
  severity: 'warning',
  check(doc) {
    return [...matchesIn(doc.segments, SPACE)].flatMap(([segment, match]) => {
      if (LABEL.test(segment.text.slice(0, match.index))) return [];
      const end = match.index + match[0].length;
      // The neighbours as a reader names them: the Han character, and the whole number or unit.
      const before = /(?:[0-9A-Za-z.%‰]+|.)$/su.exec(segment.text.slice(0, match.index))![0];
      const after = /^(?:[0-9A-Za-z.%‰]+|.)/su.exec(segment.text.slice(end))![0];
      return [{ ...findingAt(segment, match.index, end, `space in "${before}${match[0]}${after}" — write ${before}${after}`), fix: editAt(segment, match.index, end, '') }];
    });
  },
};
