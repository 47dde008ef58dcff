/**
 * doc-number-brackets: a 文号 quoted in the text with the year in the wrong brackets
 * (津政发[2023]5号, 【2023】, (2023), （2023）), or with 第 or a leading zero in its serial.
 * GB/T 9704 §7.2.5 puts the year in 六角括号 〔〕, and a reader searches for the 文号 as written.
 */
import { docNumberProblem } from '../../schema.ts';
import type { Rule } from '../types.ts';
import { findingAt, HAN, matchesIn } from './text.ts';

/** 机关代字 (Han characters), a year in any brackets, an optional 第, the serial and 号. */
const QUOTED_DOC_NUMBER = new RegExp(
  String.raw`(?<prefix>${HAN}{1,12}?)(?<number>[\[【(（〖［〔]\s*(?:19|20)\d{2}\s*[\]】)）〗］〕]\s*第?\s*\d+\s*号)`,
  'gu',
);

export const docNumberBrackets: Rule = {
  id: 'doc-number-brackets',
  rationale: 'a 文号 is written 代字〔YYYY〕N号 wherever it appears (GB/T 9704 §7.2.5)',
  severity: 'error',
  check(doc) {
    const findings = [];
    for (const [segment, match] of matchesIn(doc.segments, QUOTED_DOC_NUMBER)) {
      const { prefix, number } = match.groups as { prefix: string; number: string };
      // The 代字 cannot be told from the words before it, so the message quotes its last three characters.
      const quoted = `${prefix.length > 3 ? `…${prefix.slice(-3)}` : prefix}${number.replace(/\s+/gu, '')}`;
      const problem = docNumberProblem(quoted);
      if (!problem) continue;
      const start = match.index + prefix.length;
      findings.push(findingAt(segment, start, start + number.length, `文号 "${quoted}": ${problem}`));
    }
    return findings;
  },
};
