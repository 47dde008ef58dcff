/**
 * numbering-structure: the 结构层次序数 of GB/T 9704 §7.3.3 — 一、 → （一） → 1. → （1）.
 * Within each part of the document (the notice, each issued document or attachment), a level
 * appears only under the one above it, numbers run 1, 2, 3 under each parent, and the ordinals
 * take their standard form (not 一. or 1、 or (1)).
 */
import type { Rule, RuleFinding, TextSegment } from '../types.ts';
import { findingAt } from './text.ts';

const CN = '一二三四五六七八九十';

interface Level {
  pattern: RegExp;
  label(n: number): string;
}

/** Standard ordinals, level 1 to 4. */
const LEVELS: Level[] = [
  { pattern: new RegExp(`^([${CN}]+)、`, 'u'), label: (n) => `${chineseNumeral(n)}、` },
  { pattern: new RegExp(`^（([${CN}]+)）(?!、)`, 'u'), label: (n) => `（${chineseNumeral(n)}）` },
  { pattern: /^(\d+)[.．](?!\d)/u, label: (n) => `${n}.` },
  { pattern: /^（(\d+)）(?!、)/u, label: (n) => `（${n}）` },
];

/** Non-standard ordinals and the level they stand for. */
const VARIANTS: { pattern: RegExp; level: number }[] = [
  { pattern: new RegExp(`^([${CN}]+)[.．,，]`, 'u'), level: 1 },
  { pattern: new RegExp(`^[(（]([${CN}]+)[)）]、?`, 'u'), level: 2 },
  { pattern: /^(\d+)、/u, level: 3 },
  { pattern: /^[(（](\d+)[)）]、?/u, level: 4 },
];

export const numberingStructure: Rule = {
  id: 'numbering-structure',
  rationale: 'headings numbered out of order, with a gap or a skipped level misstate the structure of the text',
  severity: 'error',
  check(doc) {
    const findings: RuleFinding[] = [];
    const parts = new Map<number, TextSegment[]>();
    for (const segment of doc.segments) {
      if (segment.kind === 'block') parts.set(segment.part, [...(parts.get(segment.part) ?? []), segment]);
    }
    for (const segments of parts.values()) findings.push(...checkPart(segments));
    return findings;
  },
};

function checkPart(segments: readonly TextSegment[]): RuleFinding[] {
  const findings: RuleFinding[] = [];
  /** The last number seen at each level under the current parent; 0 before the first. */
  const last = [0, 0, 0, 0];
  let depth = 0;
  for (const segment of segments) {
    const lead = segment.text.length - segment.text.trimStart().length;
    const text = segment.text.slice(lead);
    const ordinal = ordinalOf(text);
    if (!ordinal) continue;
    const { level, n, written } = ordinal;
    const found = (message: string) => findingAt(segment, lead, lead + written.length, message);
    const label = LEVELS[level - 1]!.label;
    if (written.replace('．', '.') !== label(n)) findings.push(found(`"${written}" is not a standard ordinal — write ${label(n)}`));
    if (level > depth + 1) {
      const missing = LEVELS[depth]!.label(1);
      findings.push(
        found(
          depth === 0
            ? `"${label(n)}" comes before any ${missing} in this part — the levels go 一、 → （一） → 1. → （1）`
            : `"${label(n)}" follows ${LEVELS[depth - 1]!.label(last[depth - 1]!)} directly — the level ${missing} is skipped`,
        ),
      );
    }
    const expected = last[level - 1]! + 1;
    if (n !== expected) {
      findings.push(
        found(
          expected === 1
            ? `"${label(n)}" is the first of its level here — expected ${label(1)}`
            : `"${label(n)}" follows ${label(expected - 1)} — expected ${label(expected)}`,
        ),
      );
    }
    last[level - 1] = n;
    for (let deeper = level; deeper < last.length; deeper++) last[deeper] = 0;
    depth = level;
  }
  return findings;
}

function ordinalOf(text: string): { level: number; n: number; written: string } | undefined {
  for (const [index, { pattern }] of LEVELS.entries()) {
    const match = pattern.exec(text);
    if (match) return { level: index + 1, n: numberOf(match[1]!), written: match[0] };
  }
  for (const { pattern, level } of VARIANTS) {
    const match = pattern.exec(text);
    if (match) return { level, n: numberOf(match[1]!), written: match[0] };
  }
  return undefined;
}

function numberOf(written: string): number {
  if (/^\d+$/u.test(written)) return Number(written);
  const [tens, ones] = written.includes('十') ? written.split('十') : ['', written];
  const digit = (char: string | undefined) => (char ? CN.indexOf(char) + 1 : 0);
  return written.includes('十') ? (tens ? digit(tens) : 1) * 10 + digit(ones) : digit(ones);
}

function chineseNumeral(n: number): string {
  const digit = (d: number) => CN[d - 1] ?? '';
  if (n < 10) return digit(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digit(tens)}十${digit(n % 10)}`;
}
