/**
 * A face in the one form hb-subset cuts in milliseconds — a single sfnt with TrueType (glyf) outlines —
 * made once, however many documents are subset from it:
 * - a glyf .ttf/.otf is read as it is;
 * - a WOFF2 or WOFF is decompressed once per build (362 ms for LXGW WenKai, which every subset paid before);
 *   with fontverter, the decompressor subset-font itself runs, so the subsets' bytes do not change;
 * - CFF outlines (FandolFang's .otf) or a face inside a TTC go through fontTools once per face and are kept
 *   by the source's SHA-256 in the machine's font store (26 s for FandolFang here, once per machine; before,
 *   fontTools converted a subset for every document, 2.6–3.8 s each).
 *
 * Decision: the converted face lives beside the fetched default fonts (packaged.ts `fontStore()`), not in
 * the project's cache, because every site and every clean checkout on the machine converts the same face
 * the same way; the file is named by its source's hash and written by rename, so builds running at once
 * share it safely. A licensed font's converted copy stays on the machine that holds the licensed font.
 */
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import fontverter from 'fontverter';
import { fileHash } from './cache.ts';
import { toTrueType } from './convert.ts';
import { openFont } from './inspect.ts';
import { fontStore } from './packaged.ts';
import type { ResolvedFont } from './types.ts';

/** Bump when the conversion (to-truetype-py.ts) changes its output, so older converted faces are not reused. */
const CONVERSION_VERSION = '1';

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
  const { container } = await openFont(font.file);
  if (font.outlines === 'glyf' && container !== 'ttc') return fontverter.convert(await readFile(font.file), 'truetype');
  return convertedFace(font.file, font.faceIndex, hash);
}

/** Where the converted face of this source and face index is kept. */
export function convertedFacePath(hash: string, faceIndex: number): string {
  return join(fontStore(), 'truetype', `${hash}-${faceIndex}-v${CONVERSION_VERSION}.ttf`);
}

async function convertedFace(file: string, faceIndex: number, hash: string): Promise<Buffer> {
  const path = convertedFacePath(hash, faceIndex);
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const folder = join(path, '..');
  await mkdir(folder, { recursive: true });
  // Inside the store, so the finished face moves into place by rename and no reader sees half of it.
  const scratch = await mkdtemp(join(folder, '.convert-'));
  try {
    const output = join(scratch, 'face.ttf');
    await toTrueType(file, faceIndex, output);
    await rename(output, path);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return readFile(path);
}
