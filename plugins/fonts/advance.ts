/**
 * How wide a run of text is in a font, from the font's own advance widths (its hmtx table, with the
 * default shaping features — kerning included — the way Chromium sets the text). A character the
 * font lacks is measured in the first font of its fallback chain that has it, as Chromium draws it.
 * The 版头 layout sizes the red 发文机关标志 with it, so a mark holding × or Latin letters is
 * measured, not guessed.
 */
import { readFile } from 'node:fs/promises';
import * as fontkit from 'fontkit';
import type { ResolvedFont } from './types.ts';

/** Width of `text` in ems of the font (multiply by the font size for the set width). */
export type AdvanceWidth = (text: string) => number;

/** The part of fontkit's shaping this module uses (plugins/fonts/vendor.d.ts declares the rest). */
interface ShapingFace {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  layout(text: string): { positions: { xAdvance: number }[] };
}

const opened = new Map<string, Promise<ShapingFace>>();

/** A face, opened once per process. */
function openFace(font: Pick<ResolvedFont, 'file' | 'faceIndex'>): Promise<ShapingFace> {
  const key = `${font.file}#${font.faceIndex}`;
  let face = opened.get(key);
  if (!face) {
    face = readFile(font.file).then((bytes) => faceOf(font.file, font.faceIndex, bytes));
    opened.set(key, face);
  }
  return face;
}

/** The advance-width function of a resolved font and its fallback chain. */
export async function advanceWidthOf(font: Pick<ResolvedFont, 'file' | 'faceIndex'> & { fallbacks?: Pick<ResolvedFont, 'file' | 'faceIndex'>[] }): Promise<AdvanceWidth> {
  const chain = await Promise.all([font, ...(font.fallbacks ?? [])].map(openFace));
  const first = chain[0]!;
  const faceFor = (char: string) => chain.find((face) => face.hasGlyphForCodePoint(char.codePointAt(0)!)) ?? first;
  const width = (face: ShapingFace, text: string) => {
    let units = 0;
    for (const position of face.layout(text).positions) units += position.xAdvance;
    return units / face.unitsPerEm;
  };
  return (text) => {
    // Runs of characters drawn by one face, shaped together (kerning applies within a face only).
    let total = 0;
    let run = '';
    let runFace = first;
    for (const char of text) {
      const face = faceFor(char);
      if (face !== runFace && run !== '') {
        total += width(runFace, run);
        run = '';
      }
      runFace = face;
      run += char;
    }
    return run === '' ? total : total + width(runFace, run);
  };
}

function faceOf(path: string, faceIndex: number, bytes: Buffer): ShapingFace {
  let parsed: fontkit.Font | fontkit.FontCollection;
  try {
    parsed = fontkit.create(bytes);
  } catch (error) {
    throw new Error(`${path} is not a font file fontkit can read (${(error as Error).message}).`);
  }
  const found = 'fonts' in parsed ? parsed.fonts[faceIndex] : parsed;
  if (!found) throw new Error(`${path} has no face ${faceIndex}: set the face index of this font to one it has.`);
  return found as fontkit.Font & ShapingFace;
}
