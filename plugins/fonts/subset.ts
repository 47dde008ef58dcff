/**
 * Per-document font subsets in TrueType outlines, the form Chromium embeds as a real CID TrueType
 * subset (not Type 3), cut by hb-subset (subset-font) from the face's subset source — the face as
 * a plain glyf sfnt, made once per build or once per machine (subset-source.ts) — in milliseconds.
 */
import hbSubset from 'subset-font';
import { cached, cacheKey, cachePath, fileHash, fontCodeIdentity } from './cache.ts';
import { openFont } from './inspect.ts';
import { rememberLast } from './remember-last.ts';
import { CONVERSION_VERSION, subsetSource } from './subset-source.ts';
import type { ResolvedFont } from './types.ts';

/** Spaces every page prints; a font without them would pull a system font into the PDF for them. */
const ALWAYS = ' \u00a0\u3000';

/** The distinct characters of `text` plus the spaces, sorted, so the same set gives the same cache key (the last answer remembered). */
export const subsetCharacters: (text: string) => string = rememberLast((text) =>
  [...new Set(ALWAYS + text)].filter((char) => !/^\p{Cc}$/u.test(char)).sort().join(''),
);

/**
 * `font` cut down to the glyphs `text` needs, as TrueType outlines ('truetype') or WOFF2 for the web.
 * A font whose fsType forbids subsetting (0x0100) is returned whole, as its licence asks.
 * Results are cached on disk (see cache.ts).
 */
export async function subsetFont(font: ResolvedFont, text: string, format: 'truetype' | 'woff2'): Promise<Buffer> {
  const { whole, characters, parts } = await subsetRecipe(font, text, format);
  return cached(cachePath(font.cacheDir, parts, format === 'truetype' ? 'ttf' : 'woff2'), async () =>
    hbSubset(await subsetSource(font), characters, { targetFormat: format, ...(whole && { keepAllGlyphs: true }) }),
  );
}

/**
 * A key that changes whenever subsetFont's bytes for these arguments would: the recipe (the font's
 * bytes, face, conversion, characters, format) and the font code's own files. A route returns it as
 * its path's `cacheKey`, so a build with Astro's incremental builds copies an unchanged subset from its
 * last build instead of making it again (src/routes/fonts.ts).
 */
export async function subsetKey(font: ResolvedFont, text: string, format: 'truetype' | 'woff2'): Promise<string> {
  return cacheKey([...(await subsetRecipe(font, text, format)).parts, await fontCodeIdentity()]);
}

/** What a subset is cut from and to: a font whose fsType forbids subsetting (0x0100) whole. */
async function subsetRecipe(font: ResolvedFont, text: string, format: 'truetype' | 'woff2'): Promise<{ whole: boolean; characters: string; parts: string[] }> {
  const face = (await openFont(font.file)).faces[font.faceIndex]!;
  const whole = face.fsType?.noSubsetting === true;
  const characters = whole ? '' : subsetCharacters(text);
  return { whole, characters, parts: [await fileHash(font.file), String(font.faceIndex), `v${CONVERSION_VERSION}`, whole ? '*' : characters, format] };
}
