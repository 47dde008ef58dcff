/**
 * Electronic seal images (电子印章, `seal: image`): read once per build from the files the integration's
 * `seal.images` names, checked to be an SVG or a PNG, and inlined into the print view as a data URL, so
 * printing needs no file server and no network. The linter (plugins/lint/rules/seal-images.ts) and the
 * print view ask the same questions here, so both say the same thing about a bad file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The classes Closing.astro gives a seal image: an organ's 印章, a 令's 签名章. */
export const SEAL_IMAGE_CLASSES = ['gw-seal', 'gw-stamp__image'] as const;

export interface SealImage {
  file: string;
  type: 'image/svg+xml' | 'image/png';
  dataUrl: string;
}

export class SealImageError extends Error {}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const read = new Map<string, SealImage | SealImageError>();

function typeOf(bytes: Buffer): SealImage['type'] | undefined {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  // An SVG is XML text whose root element is <svg>: a BOM, an XML declaration, comments or a doctype may come first.
  const head = bytes.subarray(0, 4096).toString('utf8');
  if (/^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/u.test(head)) return 'image/svg+xml';
  return undefined;
}

/**
 * The seal image at `path`, or a SealImageError saying what is wrong with it. The integration resolves
 * the option's paths against the project root when the config is set up; `gongwen lint` reads them as written.
 */
export function readSealImage(file: string, root: string): SealImage | SealImageError {
  const path = resolve(root, file);
  let known = read.get(path);
  if (known) return known;
  try {
    const bytes = readFileSync(path);
    const type = typeOf(bytes);
    known = type
      ? { file: path, type, dataUrl: `data:${type};base64,${bytes.toString('base64')}` }
      : new SealImageError(`${path} is neither an SVG nor a PNG file — export the seal as SVG or PNG`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder' : `cannot be read (${code ?? (error as Error).message})`;
    known = new SealImageError(`${path} ${why} — check the path in the gongwen option seal.images (relative to the project root)`);
  }
  read.set(path, known);
  return known;
}
