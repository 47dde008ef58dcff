/**
 * The fonts the glyph-coverage rule checks against: each role's chain resolved from the integration's
 * font options the way the build resolves them.
 */
import type { ResolvedOptions } from '../options.ts';
import { FONT_ROLES } from '../options.ts';
import { chainFaces, fontChain } from '../fonts/chain.ts';
import { ROLE_NAMES } from '../fonts/defaults.ts';
import { resolveFonts } from '../fonts/resolve.ts';
import { glyphCoverage } from './rules/glyph-coverage.ts';
import type { Rule } from './types.ts';

/** The glyph-coverage rule for these font options (project root `root`, where fonts.*.file paths start). */
export async function glyphCoverageFor(choices: ResolvedOptions['fonts'], root: URL): Promise<Rule> {
  const fonts = await resolveFonts(choices, root);
  const chains = await Promise.all(
    FONT_ROLES.map(async (role) => {
      const faces = await chainFaces(fonts[role]);
      return { role: ROLE_NAMES[role], fonts: fontChain(fonts[role]).map((font, index) => ({ name: font.fullName, hasGlyph: faces[index]! })) };
    }),
  );
  return glyphCoverage({ chains });
}
