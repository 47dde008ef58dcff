/**
 * What an archivist checks a copy against, published with each PDF the build writes or keeps:
 * `<doc>.pdf.sha256` beside it, in sha256sum's format (so `sha256sum -c demo.pdf.sha256` verifies a
 * download), and on the document's web page, beside 下载 PDF, its page count, size and SHA-256.
 * The page is built before its PDF exists, so DocumentInfo.astro leaves an empty `data-gw-pdf-facts`
 * span that is filled here; the print view is left alone, as it is what the PDF is printed from.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeFileAtomic, writeFileIfChanged } from './safe-write.ts';

/** The placeholder, or the facts of an earlier run (`gongwen pdf` after a build): the size in the span, the hash in the <details> after it. */
const FACTS = /<span data-gw-pdf-facts(?:="")?>[^<]*<\/span>(?:<details class="gw-info__checksum">[\s\S]*?<\/details>)?/u;

/** 616 KB, 1.4 MB: as download links on government sites state sizes (1 KB = 1,024 bytes). */
export function pdfSizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The SHA-256 file's one line for `pdfFile`: `<hex>  <name>.pdf`. */
export function sha256Line(bytes: Uint8Array, pdfFile: string): string {
  return `${createHash('sha256').update(bytes).digest('hex')}  ${basename(pdfFile)}\n`;
}

/** Writes `<pdfFile>.sha256` and, when `pageFile` has the facts placeholder, fills it. */
export async function publishPdfFacts(pdfFile: string, pageFile: string | undefined, bytes: Uint8Array, pages: number): Promise<void> {
  const line = sha256Line(bytes, pdfFile);
  await writeFileIfChanged(`${pdfFile}.sha256`, Buffer.from(line), { flush: false });
  if (!pageFile) return;
  const html = await readFile(pageFile, 'utf8').catch(() => undefined);
  if (html === undefined || !FACTS.test(html)) return;
  const sha256 = line.slice(0, 64);
  const facts = `<span data-gw-pdf-facts>（${pages} 页，${pdfSizeText(bytes.byteLength)}）</span><details class="gw-info__checksum"><summary>SHA-256 校验值</summary><code>${sha256}</code></details>`;
  await writeFileAtomic(pageFile, html.replace(FACTS, facts), { flush: false });
}
