/**
 * A disk cache for subsets and conversions under node_modules/.cache/gongwen/fonts, keyed by a hash
 * of the source font's bytes and everything else that shapes the output, so a rebuild reuses them.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the subsetting or conversion changes, so old outputs are not reused. */
const PIPELINE_VERSION = '2';

export function fontCacheDir(root: URL): string {
  return fileURLToPath(new URL('node_modules/.cache/gongwen/fonts/', root));
}

const fileHashes = new Map<string, { size: number; mtimeMs: number; hash: Promise<string> }>();

/** SHA-256 of a file's bytes, remembered per process while its size and mtime stay the same. */
export async function fileHash(path: string): Promise<string> {
  const { size, mtimeMs } = await stat(path);
  const known = fileHashes.get(path);
  if (known && known.size === size && known.mtimeMs === mtimeMs) return known.hash;
  const hash = new Promise<string>((resolve, reject) => {
    const digest = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => digest.update(chunk))
      .on('end', () => resolve(digest.digest('hex')))
      .on('error', reject);
  });
  fileHashes.set(path, { size, mtimeMs, hash });
  return hash;
}

const codeDigests = new Map<string, Promise<string>>();

/**
 * SHA-256 of every file below a code folder, names and bytes, once per process: what a cache key adds so
 * that changed code never reuses an old output.
 */
export function codeDigest(folder: string): Promise<string> {
  let digest = codeDigests.get(folder);
  if (!digest) {
    digest = (async () => {
      const hash = createHash('sha256');
      const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
      for (const file of files.sort()) hash.update(`${file.slice(folder.length)}\0`).update(await readFile(file));
      return hash.digest('hex');
    })();
    codeDigests.set(folder, digest);
  }
  return digest;
}

/** The font code's digest: this module's folder, plugins/fonts/ (lib/plugins/fonts/ in the package). */
export const fontCodeIdentity = (): Promise<string> => codeDigest(dirname(fileURLToPath(import.meta.url)));

/** The key of a cache entry: its parts hashed together with the pipeline version. */
export function cacheKey(parts: string[]): string {
  return createHash('sha256').update([PIPELINE_VERSION, ...parts].join('\0')).digest('hex');
}

/** The cache entry's path for these key parts. */
export function cachePath(dir: string, parts: string[], extension: string): string {
  return join(dir, `${cacheKey(parts).slice(0, 32)}.${extension}`);
}

/**
 * The bytes cached at `path`, or makes them with `make`, stores them and returns them. Writes go
 * through a temporary file and a rename, so a parallel build never reads half a font.
 */
export async function cached(path: string, make: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const bytes = await make();
  await mkdir(join(path, '..'), { recursive: true });
  // Unique per write: two documents printing at once may make the same subset (print/pdf.ts's tabs).
  const temporary = `${path}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
  return bytes;
}
