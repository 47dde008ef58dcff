/**
 * The fonts the glyph-coverage rule checks against: every font of every role's chain for the
 * integration's font options (the author's files and installed families, each role's open default and
 * the open fallbacks — the union the build's chains are made of, see plugins/fonts/resolve.ts).
 *
 * The rule runs on every build and every `gongwen lint`, so fonts are opened lazily, cheapest first:
 * only until every character of the documents is found. A document in GB2312 opens the first open font
 * only (a Noto Serif SC TTF, 60 ms), never the 7 MB LXGW WenKai WOFF2, which takes fontkit over a second.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FONT_ROLES, type ResolvedOptions } from '../options.ts';
import { pythonWithFontTools } from '../fonts/convert.ts';
import { OPEN_FALLBACKS, PACKAGED_DEFAULTS, findFandolFang } from '../fonts/defaults.ts';
import { FontconfigMissingError, findInstalledFamily } from '../fonts/fontconfig.ts';
import { openFont, visibleCharacters } from '../fonts/inspect.ts';
import { glyphCoverage, type PrintableFont } from './rules/glyph-coverage.ts';
import type { Rule } from './types.ts';

/** A font file of some chain, and which of its faces to read (all of a collection's when unknown). */
type Candidate = () => Promise<{ file: string; face?: number } | null>;

/**
 * The glyph-coverage rule for these font options (project root `root`, where fonts.*.file paths start),
 * with the fonts opened that `text` (the documents' sources) needs.
 */
export async function glyphCoverageFor(choices: ResolvedOptions['fonts'], root: URL, text: string): Promise<Rule> {
  let needed = visibleCharacters(text).map((char) => char.codePointAt(0)!);
  const fonts: PrintableFont[] = [];
  for (const candidate of candidates(choices, root)) {
    if (needed.length === 0) break;
    const found = await candidate();
    if (!found) continue;
    const faces = (await openFont(found.file)).faces.filter((face) => found.face === undefined || face.index === found.face);
    for (const face of faces) fonts.push({ name: face.fullName, hasGlyph: face.hasGlyph });
    needed = needed.filter((codePoint) => !faces.some((face) => face.hasGlyph(codePoint)));
  }
  return glyphCoverage({ fonts });
}

/** The author's fonts first (they head their chains), then the open fonts, fastest to open first. */
function candidates(choices: ResolvedOptions['fonts'], root: URL): Candidate[] {
  const files: Candidate[] = FONT_ROLES.flatMap((role) => {
    const file = choices[role]?.file;
    // A file that does not exist is the build's error to report (fonts/resolve.ts), with the fix.
    return file ? [async () => (existsSync(fileURLToPath(new URL(file, root))) ? { file: fileURLToPath(new URL(file, root)) } : null)] : [];
  });
  const families: Candidate[] = FONT_ROLES.flatMap((role) =>
    (choices[role]?.families ?? []).map((family) => async () => {
      try {
        const installed = await findInstalledFamily(family);
        return installed ? { file: installed.file, face: installed.index } : null;
      } catch (error) {
        if (error instanceof FontconfigMissingError) return null;
        throw error;
      }
    }),
  );
  // Every chain's open fonts: each role's default and its OPEN_FALLBACKS, each file once.
  const packaged = [...new Set([...Object.values(PACKAGED_DEFAULTS), ...Object.values(OPEN_FALLBACKS).flat()].map((file) => file()))];
  const open = (woff2: boolean) => packaged.filter((file) => file.endsWith('.woff2') === woff2).map((file): Candidate => async () => ({ file }));
  // FandolFang is the 仿宋 default only where fontTools can convert it (fonts/resolve.ts).
  const fandol: Candidate = async () => {
    const file = await findFandolFang();
    return file && (await pythonWithFontTools()) ? { file } : null;
  };
  // A WOFF2 is decompressed whole before its cmap can be read: those last.
  return [...files, ...families, ...open(false), fandol, ...open(true)];
}
