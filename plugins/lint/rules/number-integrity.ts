/**
 * number-integrity: numbers damaged on their way into the text (GB/T 15835-2011 出版物上数字用法,
 * GB/T 15834-2011 4.13 连接号), each a clear pattern:
 * - a letter O/o or l/I among the digits of a number (2O23年, 1l0万元), an OCR or typing slip;
 * - a space inside a decimal (3. 93亿元, 78 .46亿元), a PDF extraction fault;
 * - ranges written with different marks in one document (3-5年 here, 3～5年 there): the rarer
 *   mark is reported at each of its places, naming the other and where it is first used. Spans of
 *   years (2023—2025年) and ranges of values (3～5年) are compared each among their own, since
 *   GB/T 15834 4.13.3 writes the one with 一字线 and the other with 浪纹线;
 * - TeX or markup left as text: PM_{2.5}, m^2, $x^2$, &nbsp;, <br> (MDX makes real HTML an element, so
 *   only what reaches the text is seen: frontmatter fields, attributes, escaped or expression-split text).
 *   A subscript needs letters before it and digits or braces in it, and neither it nor a superscript may
 *   run on into a file name or stand in an address (report_2019.xls, …/a_1.html); a formula needs a
 *   letter or ^ _ = between its $ (not US$100—$200).
 *
 * Deliberately not flagged: telephone numbers (022-27391234), dates (2024-01-18), 文号, standard
 * numbers (GB/T 9704-2012), version strings and codes (G104, V2.0): a number joined to letters, to
 * a third number or written with a leading zero is not a range, and letters are only read between
 * digits of a number standing on its own. Ranges with 至/到 are words, not marks, and are left alone.
 * No fix: an O among digits may be a real letter of a code, and a range mark is the author's choice.
 */
import type { Nodes, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LintDocument, Rule, RuleFinding, TextSegment } from '../types.ts';
import { findingAt, HAN, matchesIn } from './text.ts';

/** A number standing on its own with a letter O/o/l/I among its digits. */
const LETTER_IN_DIGITS = /(?<![\p{Script=Latin}\p{N}_.])\d[\dOolI.]*[OolI][\dOolI.]*\d(?![\p{Script=Latin}\p{N}_])/gu;
const DIGIT_OF: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };

/** A decimal with a space on either side of its point, after Han text (not an ordinal 1. at a line's start). */
const SPACED_DECIMAL = new RegExp(String.raw`(?<=${HAN} ?)\d+(?: +\. *| *\. +)\d+`, 'gu');

/** A range of two plain numbers joined by one mark; not part of a longer chain (dates, phone numbers, codes). */
const RANGE = /(?<![\p{Script=Latin}\p{N}.\-/:～~〜－—–])(?<![A-Za-z/] )(\d+(?:\.\d+)?%?)([-－—–～~〜])(\d+(?:\.\d+)?%?)(?![\p{Script=Latin}\p{N}\-/:～~〜－—–])/gu;
const MARK_NAME: Record<string, string> = {
  '-': '短横线 -',
  '－': 'full-width 短横线 －',
  '—': '一字线 —',
  '–': 'en dash –',
  '～': '浪纹线 ～',
  '~': 'half-width ~',
  '〜': 'wave dash 〜',
};
/** What before a hyphen makes it a figure's or table's number (图1-2) or a telephone number, not a range. */
const NOT_A_RANGE = /(?:[图表式]|(?:电话|传真|热线|手机|邮编)[^\p{Script=Han}]{0,4})$/u;
const YEAR = /^(?:1[89]|2[01])\d\d$/u;

const MARKUP: { pattern: RegExp; what: string; fix: string }[] = [
  { pattern: /\$(?=[^\s$])(?=[^$\n]*[A-Za-z\\^_=])[^$\p{Script=Han}\n]{1,60}(?<=\S)\$/gu, what: 'TeX formula', fix: 'write it as text (m²) or set it as an image' },
  { pattern: /(?<![^\s\p{Script=Han}]*[/@][^\s\p{Script=Han}]*)(?:[A-Za-z)]+_(?:\{[^{}\n]*\}|\d+(?:\.\d+)?)|[A-Za-z0-9)]+\^(?:\{[^{}\n]*\}|-?\d+))(?![\w.]|[^\s\p{Script=Han}]*[/@])/gu, what: 'TeX sub- or superscript', fix: 'write it as printed (PM2.5, m²) or with <sub>/<sup>' },
  { pattern: /&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,6});/giu, what: 'HTML entity', fix: 'write the character it stands for (&nbsp; is a space: usually none is wanted)' },
  { pattern: /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/giu, what: 'HTML tag', fix: 'remove it (a line break is a new line of the source or a new paragraph)' },
];

export const numberIntegrity: Rule = {
  id: 'number-integrity',
  rationale: 'a number with a letter among its digits, a space in a decimal or ranges written two ways misstate figures (GB/T 15835-2011, GB/T 15834-2011 4.13)',
  severity: 'warning',
  check(doc) {
    return [...lettersInDigits(doc.segments), ...spacedDecimals(doc.segments), ...rangeMarks(doc), ...markup(doc)].sort((a, b) => a.offset - b.offset);
  },
};

function lettersInDigits(segments: readonly TextSegment[]): RuleFinding[] {
  return [...matchesIn(segments, LETTER_IN_DIGITS)].map(([segment, match]) => {
    const number = match[0];
    const letters = [...new Set(number.match(/[OolI]/gu))].map((letter) => `"${letter}"`).join(' and ');
    const digits = number.replace(/[OolI]/gu, (letter) => DIGIT_OF[letter]!);
    return findingAt(segment, match.index, match.index + number.length, `"${number}" has the letter ${letters} among its digits — write ${digits}`);
  });
}

function spacedDecimals(segments: readonly TextSegment[]): RuleFinding[] {
  return [...matchesIn(segments, SPACED_DECIMAL)].map(([segment, match]) =>
    findingAt(segment, match.index, match.index + match[0].length, `space inside the number "${match[0]}" — write ${match[0].replace(/ /gu, '')}`),
  );
}

interface Range {
  segment: TextSegment;
  start: number;
  end: number;
  mark: string;
  offset: number;
}

function rangeMarks(doc: LintDocument): RuleFinding[] {
  const byClass = new Map<'years' | 'values', Range[]>();
  for (const [segment, match] of matchesIn(doc.segments, RANGE)) {
    const [, from, mark, to] = match as unknown as [string, string, string, string];
    if (NOT_A_RANGE.test(segment.text.slice(0, match.index)) || /^0\d/u.test(from) || /^0\d/u.test(to)) continue;
    const kind = YEAR.test(from) && YEAR.test(to) ? 'years' : 'values';
    const start = match.index;
    const range = { segment, start, end: start + match[0].length, mark, offset: segment.offsets[start] ?? 0 };
    byClass.set(kind, [...(byClass.get(kind) ?? []), range]);
  }
  const findings: RuleFinding[] = [];
  for (const [kind, ranges] of byClass) {
    const byMark = new Map<string, Range[]>();
    for (const range of ranges) byMark.set(range.mark, [...(byMark.get(range.mark) ?? []), range]);
    if (byMark.size < 2) continue;
    // The most used mark is the document's; on a tie, the one used first.
    const [usual, ...others] = [...byMark.values()].sort((a, b) => b.length - a.length || a[0]!.offset - b[0]!.offset);
    const at = doc.position(usual![0]!.offset);
    const standard = kind === 'years' ? 'GB/T 15834 4.13.3 joins years with 一字线: 2023—2025年' : 'GB/T 15834 4.13.3 joins values with 浪纹线: 3～5年';
    const which = kind === 'years' ? 'spans of years' : 'ranges';
    for (const range of others.flat()) {
      const written = range.segment.text.slice(range.start, range.end);
      const message = `range "${written}" is joined with ${MARK_NAME[range.mark]}, the document's other ${which} are joined with ${MARK_NAME[usual![0]!.mark]} (first at ${at.line}:${at.column}) — write them all with one mark; ${standard}`;
      findings.push(findingAt(range.segment, range.start, range.end, message));
    }
  }
  return findings;
}

function markup(doc: LintDocument): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const { pattern, what, fix } of MARKUP) {
    for (const [segment, match] of matchesIn(doc.segments, pattern)) {
      findings.push(findingAt(segment, match.index, match.index + match[0].length, `${what} "${match[0]}" left in the text — ${fix}`));
    }
  }
  // A superscript inside a formula ($x^2$) is the formula's.
  const inner = (f: RuleFinding) =>
    findings.some((o) => o !== f && o.segment === f.segment && o.range![0] <= f.range![0] && o.range![1] >= f.range![1] && o.text.length > f.text.length);
  return [...findings.filter((f) => !inner(f)), ...scriptsBeforeExpressions(doc)];
}

/** PM_{2.5} in the MDX body: the braces make an expression, so the text shows "PM_" and then 2.5. */
function scriptsBeforeExpressions(doc: LintDocument): RuleFinding[] {
  const findings: RuleFinding[] = [];
  visit(doc.tree, 'mdxTextExpression', (node, index, parent) => {
    const before = index === undefined ? undefined : (parent?.children[index - 1] as Nodes | undefined);
    const base = before?.type === 'text' ? /[A-Za-z0-9)]+[_^]$/u.exec((before as Text).value)?.[0] : undefined;
    if (!base || node.position === undefined) return;
    const written = `${base}{${node.value}}`;
    findings.push({
      offset: node.position.start.offset! - base.length,
      text: written,
      message: `TeX sub- or superscript "${written}" left in the text — write it as printed (PM2.5, m²) or with <sub>/<sup>`,
    });
  });
  return findings;
}
