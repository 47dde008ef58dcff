/**
 * paired-marks: quotes and brackets that do not close, or close with the wrong mark, within a
 * paragraph (“…” ‘…’ 《…》 （…） 〈…〉 【…】 〔…〕). A lost closing mark changes what a quotation
 * or a title covers.
 */
import type { Rule, RuleFinding } from '../types.ts';
import { findingAt } from './text.ts';

const CLOSER_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '〈': '〉', '【': '】', '〔': '〕' };
const OPENER_OF = Object.fromEntries(Object.entries(CLOSER_OF).map(([open, close]) => [close, open]));

export const pairedMarks: Rule = {
  id: 'paired-marks',
  rationale: 'an unbalanced quote or bracket changes what a quotation, a title or an aside covers',
  severity: 'error',
  check(doc) {
    const findings: RuleFinding[] = [];
    for (const segment of doc.segments) {
      const open: number[] = [];
      for (let i = 0; i < segment.text.length; i++) {
        const char = segment.text[i]!;
        if (CLOSER_OF[char]) {
          open.push(i);
        } else if (OPENER_OF[char]) {
          const top = open.at(-1);
          if (top !== undefined && segment.text[top] === OPENER_OF[char]) {
            open.pop();
          } else if (top !== undefined && open.some((index) => segment.text[index] === OPENER_OF[char])) {
            const unclosed = segment.text[top]!;
            findings.push(findingAt(segment, top, top + 1, `"${unclosed}" is not closed before "${char}" — add "${CLOSER_OF[unclosed]}" or remove "${unclosed}"`));
            while (segment.text[open.at(-1)!] !== OPENER_OF[char]) open.pop();
            open.pop();
          } else {
            findings.push(findingAt(segment, i, i + 1, `"${char}" closes nothing in this paragraph — add "${OPENER_OF[char]}" before it or remove it`));
          }
        }
      }
      for (const index of open) {
        const mark = segment.text[index]!;
        findings.push(findingAt(segment, index, index + 1, `"${mark}" is not closed in this paragraph — add "${CLOSER_OF[mark]}"`));
      }
    }
    return findings;
  },
};
