/**
 * The rules a project's documents are linted with, the same in the build and in `gongwen lint`: the
 * rules of ./rules/index.ts, glyph-coverage for the project's fonts and seal-images for its seal options,
 * at the severities its `lint.rules` option sets. A rule switched off is not made: glyph-coverage off
 * opens no font.
 */
import { fileURLToPath } from 'node:url';
import type { ResolvedOptions } from '../options.ts';
import { documentSources } from './lint.ts';
import { glyphCoverageFor } from './printable-fonts.ts';
import { GLYPH_COVERAGE } from './rules/glyph-coverage.ts';
import { RULES } from './rules/index.ts';
import { SEAL_IMAGES, sealImages } from './rules/seal-images.ts';
import { configureRules, type RuleSet } from './severity.ts';

/** `root` is where font and seal image paths start; `paths` (relative to `cwd`) are the documents whose characters the fonts must have. */
export async function projectRules(
  { fonts, seal, lint }: Pick<ResolvedOptions, 'fonts' | 'seal' | 'lint'>,
  root: URL,
  paths: readonly string[],
  cwd: string,
): Promise<RuleSet> {
  const on = (id: string) => lint.rules[id] !== 'off';
  const rules = [
    ...RULES,
    ...(on(GLYPH_COVERAGE.id) ? [await glyphCoverageFor(fonts, root, await documentSources(paths, cwd))] : []),
    ...(on(SEAL_IMAGES.id) ? [sealImages(seal, fileURLToPath(root))] : []),
  ];
  return configureRules(rules, lint.rules);
}
