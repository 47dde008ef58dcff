/**
 * What a printed PDF depends on, as one SHA-256: every file of dist/ its print view loaded (the page, its
 * styles, scripts, fonts and images — or their absence), the PDF writer's own code, and the Chromium that
 * printed it. Printing is deterministic (a build with no store gives the same bytes:
 * tests/print/pdf-store.test.ts), so a document whose digest is the one stored with its last PDF is not
 * printed again: the stored copy is its PDF (print/pdf.ts).
 *
 * Decision: the files are those the browser reports loading (Resource Timing, which lists what the tab
 * took from its cache too), not a parse of the HTML and CSS, which would miss what Paged.js or a script
 * loads; and not the static server's log, which misses what an earlier document's print left cached.
 */
import { createHash } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeDigest, fileHash, fontCodeIdentity } from '../plugins/fonts/cache.ts';

/**
 * The PDF writer's code (this folder: print/, or lib/print/ in the package, and the font code it runs:
 * the glyph check decides what the served subsets are cut to), the Chromium at `executablePath` and the
 * output intent's profile.
 */
export async function writerIdentity(executablePath: string, profile: { sha256: string } | null = null): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await codeDigest(dirname(fileURLToPath(import.meta.url)))).update(await fontCodeIdentity());
  // An upgrade replaces the executable (Playwright's binary, or Debian's /usr/bin/chromium wrapper): its path, size or time changes.
  const chromium = realpathSync(executablePath);
  const { size, mtimeMs } = statSync(chromium);
  hash.update(`chromium\0${chromium}\0${size}\0${mtimeMs}`);
  hash.update(`profile\0${profile?.sha256 ?? 'none'}`);
  return hash.digest('hex');
}

/**
 * The digest of `files` (paths relative to `distDir`, as the static server listed them) with the writer's
 * identity. Each file is hashed as a stream and remembered while its size and mtime stay (fileHash):
 * the 0.9 MB of scripts and styles every print view loads is read once per build, not once per document.
 */
export async function inputsDigest(distDir: string, files: readonly string[], identity: string): Promise<string> {
  const hash = createHash('sha256').update(identity);
  for (const file of [...files].sort()) {
    hash.update(`\0${file}\0`).update(await fileHash(join(distDir, file)).catch(() => 'missing'));
  }
  return hash.digest('hex');
}
