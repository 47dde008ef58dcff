/**
 * How wide a run of text is in a font, from the font's own advance widths (its hmtx table, with the
 * default shaping features — kerning included — the way Chromium sets the text). The 版头 layout
 * sizes the red 发文机关标志 with it, so a mark holding × or Latin letters is measured, not guessed.
 */
import { readFile } from 'node:fs/promises';
import * as fontkit from 'fontkit';
import type { ResolvedFont } from './types.ts';

/** Width of `text` in ems of the font (multiply by the font size for the set width). */
export type AdvanceWidth = (text: string) => number;

/** The part of fontkit's shaping this module uses (plugins/fonts/vendor.d.ts declares the rest). */
interface ShapingFace {
  unitsPerEm: number;
  layout(text: string): { positions: { xAdvance: number }[] };
}

const opened = new Map<string, Promise<AdvanceWidth>>();

/** The advance-width function of a resolved font's face, opened once per process. */
export function advanceWidthOf(font: Pick<ResolvedFont, 'file' | 'faceIndex'>): Promise<AdvanceWidth> {
  const key = `${font.file}#${font.faceIndex}`;
  let measure = opened.get(key);
  if (!measure) {
    measure = readFile(font.file).then((bytes) => measurer(font.file, font.faceIndex, bytes));
    opened.set(key, measure);
  }
  return measure;
}

function measurer(path: string, faceIndex: number, bytes: Buffer): AdvanceWidth {
  let parsed: fontkit.Font | fontkit.FontCollection;
  try {
    parsed = fontkit.create(bytes);
  } catch (error) {
    throw new Error(`${path} is not a font file fontkit can read (${(error as Error).message}).`);
  }
  const found = 'fonts' in parsed ? parsed.fonts[faceIndex] : parsed;
  if (!found) throw new Error(`${path} has no face ${faceIndex}: set the face index of this font to one it has.`);
  const face = found as fontkit.Font & ShapingFace;
  return (text) => {
    const run = face.layout(text);
    let units = 0;
    for (const position of run.positions) units += position.xAdvance;
    return units / face.unitsPerEm;
  };
}
