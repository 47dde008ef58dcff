/**
 * place-name-near-miss: a word one character away from the issuer's own place name, such as
 * 张家口 in a document of 张家窝镇. Typing or recognition slips in one's own name are official
 * errors that a reader notices at once; the near miss is often another real place, so no dictionary helps.
 *
 * Place names come from the issuers (天津市西青区张家窝镇人民政府 → 天津, 西青, 张家窝); names of
 * fewer than three characters are skipped, since one-character variants of 西青 are ordinary words.
 * A stem with a conjunction or an organ's word after its first character is no place name: in
 * 北京市住房和城乡建设委员会 the 乡 of 城乡 ends no place "住房和城" (和林格尔, 科尔沁 begin with such characters).
 */
import type { Rule, RuleFinding } from '../types.ts';
import { findingAt } from './text.ts';

const ADMIN_UNIT = /(.+?)(?:省|自治区|自治州|市|地区|盟|区|县|旗|镇|乡|街道|村)/gu;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Characters no place-name stem has after its first: conjunctions, and the words of organs (委员会, 部, 局, 厅, 办公室…). */
const NOT_A_PLACE = /[和与及委部局厅办会司处科所]/u;

/** The place names inside organ names: the part before each administrative unit. */
export function placeNamesOf(organs: readonly string[]): string[] {
  const names = new Set<string>();
  for (const organ of organs) {
    for (const match of organ.matchAll(ADMIN_UNIT)) if (!NOT_A_PLACE.test(match[1]!.slice(1))) names.add(match[1]!);
  }
  return [...names];
}

export const placeNameNearMiss: Rule = {
  id: 'place-name-near-miss',
  rationale: "a one-character slip in the issuer's own place name is an official error a reader sees at once",
  severity: 'warning',
  check(doc) {
    const organs = organNames(doc.frontmatter);
    const places = placeNamesOf(organs).filter((name) => [...name].length >= 3 && HAN_ONLY.test(name));
    const findings: RuleFinding[] = [];
    for (const segment of doc.segments) {
      const chars = [...segment.text];
      const unitIndex: number[] = [];
      let units = 0;
      for (const char of chars) {
        unitIndex.push(units);
        units += char.length;
      }
      for (const place of places) {
        const target = [...place];
        for (let i = 0; i + target.length <= chars.length; i++) {
          if (chars[i] !== target[0]) continue;
          const window = chars.slice(i, i + target.length);
          const differing = window.filter((char, k) => char !== target[k]).length;
          const word = window.join('');
          if (differing !== 1 || !HAN_ONLY.test(word) || places.includes(word)) continue;
          const start = unitIndex[i]!;
          findings.push(
            findingAt(segment, start, start + word.length, `"${word}" differs by one character from ${place}, the issuer's own place name — is ${place} meant?`),
          );
        }
      }
    }
    return findings;
  },
};

function organNames(frontmatter: Record<string, unknown> | undefined): string[] {
  const lists = [frontmatter?.['issuers'], frontmatter?.['signatories'], (frontmatter?.['issuerMark'] as { names?: unknown } | undefined)?.names];
  return lists.flatMap((list) => (Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string') : []));
}
