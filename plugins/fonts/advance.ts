/**
 * How wide a run of text is in a font, from the font's own advance widths (its hmtx table, with the
 * default shaping features — kerning included — the way Chromium sets the text). A character the
 * font lacks is measured in the first font of its fallback chain that has it, as Chromium draws it.
 * The 版头 layout sizes the red 发文机关标志 with it, so a mark holding × or Latin letters is
 * measured, not guessed.
 */
import { openFont, type FontFace } from './inspect.ts';
import type { ResolvedFont } from './types.ts';

/** Width of `text` in ems of the font (multiply by the font size for the set width). */
export type AdvanceWidth = (text: string) => number;

type FaceOf = Pick<ResolvedFont, 'file' | 'faceIndex'>;

async function faceOf({ file, faceIndex }: FaceOf): Promise<FontFace> {
  const face = (await openFont(file)).faces[faceIndex];
  if (!face) throw new Error(`${file} has no face ${faceIndex}: set the face index of this font to one it has.`);
  return face;
}

/** The advance-width function of a resolved font and its fallback chain. */
export async function advanceWidthOf(font: FaceOf & { fallbacks?: FaceOf[] }): Promise<AdvanceWidth> {
  const chain = await Promise.all([font, ...(font.fallbacks ?? [])].map(faceOf));
  const first = chain[0]!;
  const faceFor = (char: string) => chain.find((face) => face.hasGlyph(char.codePointAt(0)!)) ?? first;
  return (text) => {
    // Runs of characters drawn by one face, shaped together (kerning applies within a face only).
    let total = 0;
    let run = '';
    let runFace = first;
    for (const char of text) {
      const face = faceFor(char);
      if (face !== runFace && run !== '') {
        total += runFace.advance(run);
        run = '';
      }
      runFace = face;
      run += char;
    }
    return total + (run === '' ? 0 : runFace.advance(run));
  };
}
