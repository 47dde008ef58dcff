/**
 * The last good PDF of every document, kept outside dist/: Astro empties dist/ when a build starts,
 * so a PDF kept only there is lost by any build that fails after that. The store lives in the
 * project's cache folder (Astro's `cacheDir`, node_modules/.astro/ by default, under gongwen/pdf/),
 * one `<slug>.pdf` and one `<slug>.json` (when and how big it was written, its sha256) per document.
 *
 * A build copies every stored PDF of a current document into dist/ as soon as Astro has emptied it
 * (`restore`), so a build that fails — in the linter, while rendering, or killed — leaves the last
 * good PDFs where they were; a document that prints replaces its copy in both places. With each PDF
 * goes what it was printed from, so a later build skips printing a document whose inputs did not change.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FontRole } from '../plugins/fonts/types.ts';
import { writeFileAtomic } from './safe-write.ts';

export interface StoredPdf {
  slug: string;
  /** The stored copy. */
  file: string;
  bytes: number;
  sha256: string;
  /** When the build that printed it wrote it (ISO 8601, UTC). */
  writtenAt: string;
  /** What lets a later build use it instead of printing (print/pdf.ts): its page count, its log lines, and what it was printed from. */
  pages?: number;
  log?: string[];
  inputs?: { files: string[]; digest: string };
  /** Per font role, the characters its print set: what the served subsets are cut to again (print/served-fonts.ts). */
  setIn?: Record<FontRole, string>;
}

/** What a printed PDF is stored with so that a later build can use it again. */
export type Reuse = Required<Pick<StoredPdf, 'pages' | 'log' | 'inputs'>> & Pick<StoredPdf, 'setIn'>;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export class PdfStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  private pdf = (slug: string) => join(this.dir, `${slug}.pdf`);
  private manifest = (slug: string) => join(this.dir, `${slug}.json`);

  /** Keeps `bytes` as the last good PDF of `slug`, with what it was printed from when given. */
  async save(slug: string, bytes: Uint8Array, reuse?: Reuse): Promise<StoredPdf> {
    await mkdir(this.dir, { recursive: true });
    const stored: StoredPdf = { slug, file: this.pdf(slug), bytes: bytes.byteLength, sha256: sha256(bytes), writtenAt: new Date().toISOString(), ...reuse };
    await writeFileAtomic(stored.file, bytes);
    const { file: _, ...manifest } = stored;
    await writeFileAtomic(this.manifest(slug), `${JSON.stringify(manifest, null, 2)}\n`);
    return stored;
  }

  /** The last good PDF of `slug` with its bytes (`data`), if it has one whose bytes match its manifest. */
  async lastGood(slug: string): Promise<(StoredPdf & { data: Buffer }) | undefined> {
    try {
      const manifest = JSON.parse(await readFile(this.manifest(slug), 'utf8')) as Omit<StoredPdf, 'file'>;
      const data = await readFile(this.pdf(slug));
      return sha256(data) === manifest.sha256 ? { ...manifest, file: this.pdf(slug), data } : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Copies the stored PDF of each document for which `isCurrent(slug)` holds into `outDir` as
   * `<slug>.pdf`, and says which, with when each was written.
   */
  restore(outDir: string, isCurrent: (slug: string) => boolean): Pick<StoredPdf, 'slug' | 'writtenAt'>[] {
    if (!existsSync(this.dir)) return [];
    const kept = readdirSync(this.dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((slug) => isCurrent(slug) && existsSync(this.pdf(slug)))
      .map((slug) => ({ slug, writtenAt: (JSON.parse(readFileSync(this.manifest(slug), 'utf8')) as StoredPdf).writtenAt }));
    if (kept.length > 0) mkdirSync(outDir, { recursive: true });
    for (const { slug } of kept) copyFileSync(this.pdf(slug), join(outDir, `${slug}.pdf`));
    return kept;
  }
}
