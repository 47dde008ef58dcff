/**
 * A face in the one form hb-subset cuts in milliseconds — a single sfnt with TrueType (glyf) outlines —
 * made once, however many documents are subset from it:
 * - a glyf .ttf/.otf is read as it is;
 * - a WOFF2 or WOFF is decompressed once per machine (362 ms for LXGW WenKai, which every build paid before);
 *   with fontverter, the decompressor subset-font itself runs, so the subsets' bytes do not change;
 * - CFF outlines (FandolFang's .otf) or a face inside a TTC go through fontTools once per face (15 s for
 *   FandolFang here, once per machine; before, fontTools converted a subset for every document, 2.6–3.8 s each).
 * Both are kept by the source's SHA-256 in the machine's font store.
 *
 * Decision: the converted face lives beside the fetched default fonts (packaged.ts `fontStore()`), not in
 * the project's cache, because every site and every clean checkout on the machine converts the same face
 * the same way; the file is named by its source's hash and written by rename, so builds running at once
 * share it safely. A licensed font's converted copy stays on the machine that holds the licensed font.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { fileHash } from './cache.ts';
import { toTrueType } from './convert.ts';
import { openFont } from './inspect.ts';
import { fontStore } from './packaged.ts';
import type { ResolvedFont } from './types.ts';

/**
 * Bump when the conversion (to-truetype-py.ts) changes its output, so older converted faces, and the
 * subsets cut from them (subset.ts keys its cache with this), are not reused.
 */
export const CONVERSION_VERSION = '2';

const sources = new Map<string, Promise<Buffer>>();

/** The sfnt/glyf bytes of `font`'s face, made once per process and source content. */
export async function subsetSource(font: Pick<ResolvedFont, 'file' | 'faceIndex' | 'outlines'>): Promise<Buffer> {
  const hash = await fileHash(font.file);
  const key = `${hash}:${font.faceIndex}`;
  let source = sources.get(key);
  if (!source) {
    source = make(font, hash);
    sources.set(key, source);
    source.catch(() => sources.delete(key));
  }
  return source;
}

async function make(font: Pick<ResolvedFont, 'file' | 'faceIndex' | 'outlines'>, hash: string): Promise<Buffer> {
  const opened = await openFont(font.file);
  // The very bytes the font was opened from: a second copy of each default face held 39 MB more for the whole build.
  if (font.outlines === 'glyf' && opened.container === 'sfnt') return opened.bytes;
  const decompress = async (output: string) => writeFile(output, await fontverter.convert(opened.bytes, 'truetype'));
  const convert = (output: string) => toTrueType(font.file, font.faceIndex, output);
  return readFile(await storedFace(convertedFacePath(hash, font.faceIndex), font.outlines === 'glyf' && opened.container !== 'ttc' ? decompress : convert));
}

/** Where the converted face of this source and face index is kept. */
export function convertedFacePath(hash: string, faceIndex: number): string {
  return join(fontStore(), 'truetype', `${hash}-${faceIndex}-v${CONVERSION_VERSION}.ttf`);
}

/** `path`, holding the face, written there by `make` (given a scratch file to write) unless it is there already. */
async function storedFace(path: string, make: (output: string) => Promise<void>): Promise<string> {
  if (existsSync(path)) return path;
  const folder = join(path, '..');
  await mkdir(folder, { recursive: true });
  // Inside the store, so the finished face moves into place by rename and no reader sees half of it.
  const scratch = await mkdtemp(join(folder, '.convert-'));
  try {
    const output = join(scratch, 'face.ttf');
    await make(output);
    await rename(output, path);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return path;
}
