/**
 * The last build's search index, kept under Astro's cacheDir (gongwen/search/) with the digest of what
 * Pagefind made it from: every HTML file below the pages' folder (what it reads), Pagefind's version and
 * the program it runs, and gongwen's search code. A build whose pages are all as the last one made them
 * copies the kept index into dist/ instead of running Pagefind again: 3 s of the 22 s a rebuild of 128
 * unchanged documents took here (issue 14).
 */
import { createHash, randomUUID } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The digest of the pages below `pagesDir` (leaving out `indexDir`, the index itself) with `identity`. */
export async function pagesDigest(pagesDir: string, indexDir: string, identity: string): Promise<string> {
  const hash = createHash('sha256').update(identity);
  const entries = await readdir(pagesDir, { recursive: true, withFileTypes: true });
  const pages = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(indexDir + sep))
    .sort();
  for (const file of pages) hash.update(`\0${relative(pagesDir, file)}\0`).update(await readFile(file));
  return hash.digest('hex');
}

/** Pagefind's version and the program it would run (PAGEFIND_EXTENDED_BINARY_PATH, when set), with `code`, the search module's own source. */
export async function indexerIdentity(code: string): Promise<string> {
  let folder = dirname(fileURLToPath(import.meta.resolve('pagefind')));
  let version = '';
  for (; !version && folder !== dirname(folder); folder = dirname(folder)) {
    const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8').catch(() => '{}')) as { name?: string; version?: string };
    if (manifest.name === 'pagefind') version = manifest.version ?? '';
  }
  return [code, `pagefind@${version}`, process.env['PAGEFIND_EXTENDED_BINARY_PATH'] ?? ''].join('\0');
}

const keptFolder = (cacheDir: string) => join(cacheDir, 'gongwen', 'search');

/** The kept index's folder, if it was made from pages with this digest. */
export async function keptIndex(cacheDir: string, digest: string): Promise<string | undefined> {
  const kept = join(keptFolder(cacheDir), 'index');
  const keptDigest = await readFile(join(kept, 'digest'), 'utf8').catch(() => undefined);
  return keptDigest === digest ? join(kept, 'pagefind') : undefined;
}

/** Keeps a copy of `index`, made from pages with this digest, in place of the one kept before. */
export async function keepIndex(cacheDir: string, digest: string, index: string): Promise<void> {
  const folder = keptFolder(cacheDir);
  await mkdir(folder, { recursive: true });
  // Filled beside the kept copy and moved into place whole, so a copy is never read half-written.
  const next = join(folder, `index.${process.pid}.${randomUUID()}.tmp`);
  try {
    await cp(index, join(next, 'pagefind'), { recursive: true });
    await writeFile(join(next, 'digest'), digest);
    await rm(join(folder, 'index'), { recursive: true, force: true });
    await rename(next, join(folder, 'index'));
  } finally {
    await rm(next, { recursive: true, force: true });
  }
}
