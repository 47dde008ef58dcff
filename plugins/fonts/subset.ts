/**
 * Per-document font subsets in TrueType outlines, the form Chromium embeds as a real CID TrueType
 * subset (not Type 3). Glyf fonts go through hb-subset (subset-font, milliseconds); CFF fonts and TTC
 * faces through fontTools, which subsets first and converts after (2–3 s for the seed's characters here,
 * against 38 s for converting the whole of FandolFang — fonts.md §1).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import hbSubset from 'subset-font';
import { cached, cachePath, fileHash } from './cache.ts';
import { toTrueType } from './convert.ts';
import { openFont } from './inspect.ts';
import type { ResolvedFont } from './types.ts';

/** Spaces every page prints; a font without them would pull a system font into the PDF for them. */
const ALWAYS = ' \u00a0\u3000';

/** The distinct characters of `text` plus the spaces, sorted, so the same set gives the same cache key. */
export function subsetCharacters(text: string): string {
  return [...new Set(ALWAYS + text)].filter((char) => !/^\p{Cc}$/u.test(char)).sort().join('');
}

/**
 * `font` cut down to the glyphs `text` needs, as TrueType outlines ('truetype') or WOFF2 for the web.
 * A font whose fsType forbids subsetting (0x0100) is returned whole, as its licence asks.
 * Results are cached on disk (see cache.ts).
 */
export async function subsetFont(font: ResolvedFont, text: string, format: 'truetype' | 'woff2'): Promise<Buffer> {
  const face = (await openFont(font.file)).faces[font.faceIndex]!;
  const whole = face.fsType?.noSubsetting === true;
  const characters = whole ? null : subsetCharacters(text);
  const source = await fileHash(font.file);
  const key = [source, String(font.faceIndex), characters ?? '*'];
  const truetype = () =>
    cached(cachePath(font.cacheDir, [...key, 'truetype'], 'ttf'), async () => {
      if (font.outlines === 'glyf' && (await openFont(font.file)).container !== 'ttc') {
        return hbSubset(await readFile(font.file), characters ?? '', { targetFormat: 'truetype', ...(whole && { keepAllGlyphs: true }) });
      }
      return viaFontTools(font, characters);
    });
  if (format === 'truetype') return truetype();
  return cached(cachePath(font.cacheDir, [...key, 'woff2'], 'woff2'), async () =>
    hbSubset(await truetype(), characters ?? '', { targetFormat: 'woff2', ...(whole && { keepAllGlyphs: true }) }),
  );
}

async function viaFontTools(font: ResolvedFont, characters: string | null): Promise<Buffer> {
  const scratch = await mkdtemp(join(tmpdir(), 'gongwen-subset-'));
  try {
    const output = join(scratch, 'font.ttf');
    await toTrueType(font.file, font.faceIndex, characters, output);
    return await readFile(output);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
