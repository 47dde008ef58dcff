/**
 * The search index: Pagefind over the built pages, at the end of the build. Pagefind's extended
 * binary (the only one its npm package ships for Linux, and the one its Node API picks first)
 * segments Chinese into words, so a phrase from a 公文's body finds it. Only the document pages carry
 * `data-pagefind-body` (src/routes/document.astro), so Pagefind leaves out 全部公文, the 搜索 page
 * and the print views, which would only repeat the same text.
 */
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { indexerIdentity, keepIndex, keptIndex, pagesDigest } from './search-cache.ts';

/** Where the index is written and served, below gongwen's `base`: the 搜索 page loads `${href}pagefind/pagefind.js`. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** What `gongwen({ search: false })` turns off, said in every error so the reader knows the way out. */
const WAY_OUT = 'or build without search: gongwen({ search: false })';

/**
 * Indexes the pages below `pagesDir` (dist/ joined with gongwen's base) and writes the index beside them;
 * with `cacheDir`, the last build's index is copied instead when the pages are the same (search-cache.ts).
 */
export async function writeSearchIndex(pagesDir: string, log: (line: string) => void, cacheDir?: string): Promise<void> {
  const outputPath = join(pagesDir, SEARCH_INDEX_DIR);
  const digest = cacheDir ? await pagesDigest(pagesDir, outputPath, await indexerIdentity(await readFile(fileURLToPath(import.meta.url), 'utf8'))) : undefined;
  const kept = cacheDir && digest ? await keptIndex(cacheDir, digest) : undefined;
  if (kept) {
    await cp(kept, outputPath, { recursive: true });
    log(`search: the pages are as the last build made them, so its index of ${await indexedPages(outputPath)} pages is copied into ${outputPath}`);
    return;
  }
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: pagesDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not read the pages in ${pagesDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    log(`search: ${await indexedPages(outputPath)} of the ${added.page_count} pages indexed (the document pages) into ${outputPath}`);
    if (cacheDir && digest) await keepIndex(cacheDir, digest, outputPath);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Pagefind's Node API says only this when its program could not be started or stopped mid-way.
    const reason = /backend closed/u.test(message)
      ? `Pagefind's program (pagefind_extended, from the @pagefind/${process.platform}-${process.arch} package, or the file PAGEFIND_EXTENDED_BINARY_PATH names) did not run (${message})`
      : message;
    throw new Error(
      `gongwen search: the search index was not built — ${reason}. ` +
        'Reinstall the dependencies (`npm ci`) so the pagefind package and its platform binary (@pagefind/<platform>) are present, ' +
        WAY_OUT,
      { cause: error },
    );
  } finally {
    await close();
  }
}

/** How many pages the written index holds, over its languages (Pagefind's pagefind-entry.json). */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
