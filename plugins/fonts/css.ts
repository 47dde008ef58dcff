/**
 * The CSS that makes each role's font available: one @font-face per font of the role's chain pointing
 * at a TrueType subset (never `local()`, which could pull an installed whole font into the PDF —
 * fonts.md §4), and a custom property per role listing the licensed families first, then the role's
 * font, then its fallbacks, so Chromium draws each character in the first family that has it.
 */
import { FONT_ROLES, type ResolvedOptions } from '../options.ts';
import { fontChain, type ServedFont } from './chain.ts';
import type { FontRole, ResolvedFont } from './types.ts';

/** The custom property that holds a role's font stack, e.g. `font-family: var(--gw-font-fang)`. */
export function fontVariable(role: FontRole): string {
  return `--gw-font-${role}`;
}

const quote = (name: string) => `"${name.replace(/["\\]/gu, '\\$&')}"`;

/**
 * @font-face rules for every role's chain plus `:root { --gw-font-<role>: … }`. The licensed families
 * named in `choices` come first, so a web reader who has them installed sees them and downloads nothing;
 * pass `{}` as `choices` for the print view, so the PDF uses exactly the resolved, subset fonts.
 * `served` gives, per role, the chain fonts a document needs (servedChains); by default the whole chain.
 */
export function fontFaceCss(
  fonts: Record<FontRole, ResolvedFont>,
  urlFor: (role: FontRole, index: number) => string,
  choices: ResolvedOptions['fonts'],
  served?: Record<FontRole, readonly Pick<ServedFont, 'font' | 'index'>[]>,
): string {
  const members = (role: FontRole) => served?.[role] ?? fontChain(fonts[role]).map((font, index) => ({ font, index }));
  const faces = FONT_ROLES.flatMap((role) =>
    members(role).map(
      ({ font, index }) =>
        `@font-face {\n  font-family: ${quote(font.family)};\n  src: url(${quote(urlFor(role, index))}) format('truetype');\n` +
        '  font-style: normal;\n  /* every weight maps to this one face, so Chromium never fakes a bold */\n  font-weight: 100 900;\n  font-display: block;\n}',
    ),
  );
  const stacks = FONT_ROLES.map((role) => {
    const families = [...(choices[role]?.families ?? []), ...members(role).map(({ font }) => font.family)];
    return `  ${fontVariable(role)}: ${families.map(quote).join(', ')};`;
  });
  return `${faces.join('\n')}\n:root {\n${stacks.join('\n')}\n}\n`;
}
