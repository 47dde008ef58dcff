/**
 * doc-number-brackets: a 文号 quoted in the text with the year in the wrong brackets
 * (津政发[2023]5号, 【2023】, (2023), （2023）), or with 第 or a leading zero in its serial; and the
 * document's own 发文字号 (docNumber) with 第 or a leading zero, which the content model takes as published.
 * GB/T 9704 §7.2.5 puts the year in 六角括号 〔〕, and a reader searches for the 文号 as written.
 */
import { docNumberProblem, parseDocNumber } from '../../schema.ts';
import type { Rule, RuleFinding } from '../types.ts';
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
    const findings: RuleFinding[] = [];
    const own = doc.frontmatter?.['docNumber'];
    const ownOffset = doc.fieldOffset(['docNumber']);
    const format = doc.frontmatter?.['format'];
    // A 令号 is 第N号 by right (§10.2) and a 纪要 has no 发文字号 of this form; the schema reports what cannot be read.
    if (typeof own === 'string' && ownOffset !== undefined && format !== 'order' && format !== 'minutes' && parseDocNumber(own)) {
      const problem = docNumberProblem(own);
      if (problem) findings.push({ offset: ownOffset, text: own, message: `docNumber "${own}": ${problem}` });
    }
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
