/**
 * glyph-coverage: a character that no font can print, as 😀 or a private-use code point pasted from
 * a word processor. The build would stop at the PDF, after the whole site is built, naming a page;
 * here it stops first, at the character's line and column, in `gongwen lint` as in the build.
 *
 * Decision: a character is an error when no font of any role's chain has it. Which role prints a
 * character depends on where it stands (body 仿宋, titles 小标宋, headings 黑体/楷体), and every chain ends in
 * the same open fonts, so the union is what is printable anywhere; a character one role's chain lacks
 * but another's has is left to the print view's check, which knows the role and names the page.
 */
import { needsGlyph } from '../../fonts/inspect.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { findingAt } from './text.ts';

/** A font some role's chain holds, with whether it maps a code point. */
export interface PrintableFont {
  name: string;
  hasGlyph(codePoint: number): boolean;
}

/** What the rule is, known before any font is opened (the options name its id). */
export const GLYPH_COVERAGE = {
  id: 'glyph-coverage',
  rationale: 'a character no font has prints as a box or in a stray system font, so the PDF is refused; the author should know where it stands',
  severity: 'error',
} as const satisfies Omit<Rule, 'check'>;

/**
 * The rule for the fonts of the document's chains (plugins/lint/printable-fonts.ts opens only those
 * the text needs, so `fonts` may stop at the first that has every character).
 */
export function glyphCoverage({ fonts }: { fonts: readonly PrintableFont[] }): Rule {
  const known = new Map<string, boolean>();
  const printableChar = (char: string) => {
    let answer = known.get(char);
    if (answer === undefined) {
      const codePoint = char.codePointAt(0)!;
      answer = !needsGlyph(char) || fonts.some((font) => font.hasGlyph(codePoint));
      known.set(char, answer);
    }
    return answer;
  };
  const names = [...new Set(fonts.map((font) => font.name))].join(', ');
  return {
    ...GLYPH_COVERAGE,
    check(doc) {
      const findings: RuleFinding[] = [];
      for (const segment of doc.segments) {
        let index = 0;
        for (const char of segment.text) {
          if (!printableChar(char)) {
            const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
            findings.push(
              findingAt(
                segment,
                index,
                index + char.length,
                `"${char}" ${code} is in none of the fonts this document may print with (${names}), so it cannot be printed — ` +
                  'replace it (a mistyped or pasted character?), or name a font that has it with the fonts option (fonts.fang.file …)',
              ),
            );
          }
          index += char.length;
        }
      }
      return findings;
    },
  };
}
