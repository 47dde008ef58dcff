/**
 * proper-name-variants: one proper name spelt two ways in a document, as 联东U谷 and 联动U谷.
 * A reader cannot tell which company or park is meant, and at most one spelling is right.
 *
 * Decision: the names compared are brand-like tokens, two Han characters, a capitalised Latin
 * part and the next Han character (联东U谷); two spellings that differ in one Han character are
 * variants. The rarer spelling is flagged (the later one on a tie), pointing at the other.
 * Han-only names are not compared: one-character differences there are mostly different words.
 * A Latin part of X only (拨付XXX元, 支付XXX元) is a blank to fill in, not a name.
 */
import type { Rule, RuleFinding, TextSegment } from '../types.ts';
import { findingAt, HAN } from './text.ts';

const BRAND_NAME = new RegExp(String.raw`(?<prefix>${HAN}{2}) ?(?<latin>[A-Z][A-Za-z]*) ?(?<suffix>${HAN})`, 'gu');

interface Occurrence {
  name: string;
  prefix: string;
  segment: TextSegment;
  start: number;
  end: number;
}

export const properNameVariants: Rule = {
  id: 'proper-name-variants',
  rationale: 'a name spelt two ways leaves the reader unsure which is meant, and one spelling is wrong',
  severity: 'warning',
  check(doc) {
    const byCore = new Map<string, Occurrence[]>();
    for (const segment of doc.segments) {
      // Overlapping candidates: each Latin run is tried with the two characters before it.
      for (let from = 0; from < segment.text.length; from++) {
        BRAND_NAME.lastIndex = from;
        const match = BRAND_NAME.exec(segment.text);
        if (!match?.groups) break;
        from = match.index;
        const { prefix, latin, suffix } = match.groups as { prefix: string; latin: string; suffix: string };
        if (/^X+$/u.test(latin)) continue;
        const core = `${latin}${suffix}`;
        const occurrence = { name: `${prefix}${core}`, prefix, segment, start: match.index, end: match.index + match[0].length };
        byCore.set(core, [...(byCore.get(core) ?? []), occurrence]);
      }
    }
    const findings: RuleFinding[] = [];
    for (const occurrences of byCore.values()) {
      const spellings = [...new Set(occurrences.map((o) => o.name))];
      for (const a of spellings) {
        for (const b of spellings) {
          if (a === b || !differByOneCharacter(a, b)) continue;
          const ofA = occurrences.filter((o) => o.name === a);
          const ofB = occurrences.filter((o) => o.name === b);
          const aIsVariant = ofA.length < ofB.length || (ofA.length === ofB.length && offsetOf(ofA[0]!) > offsetOf(ofB[0]!));
          if (!aIsVariant) continue;
          const other = doc.position(offsetOf(ofB[0]!));
          for (const o of ofA) {
            findings.push(
              findingAt(o.segment, o.start, o.end, `"${a}" here, but "${b}" at ${other.line}:${other.column} — one name spelt two ways; keep the right spelling`),
            );
          }
        }
      }
    }
    return findings;
  },
};

function offsetOf(occurrence: Occurrence): number {
  return occurrence.segment.offsets[occurrence.start] ?? 0;
}

function differByOneCharacter(a: string, b: string): boolean {
  const [x, y] = [[...a], [...b]];
  return x.length === y.length && x.filter((char, i) => char !== y[i]).length === 1;
}
