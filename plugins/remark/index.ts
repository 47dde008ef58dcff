/** The remark plugins gongwen runs on every document, in order. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { remarkNumbering } from './numbering.ts';
import { remarkClosing } from './closing.ts';

/**
 * The integration sets the site-wide Markdown processor, so a host site's own .md and .mdx pages
 * pass through here too: only a 公文 — an .mdx file whose frontmatter has a 发文字号 — is restructured.
 */
export function isGongwenDocument(file: VFile): boolean {
  const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
  return file.extname === '.mdx' && typeof astro?.frontmatter?.['docNumber'] === 'string';
}

export function remarkGongwen() {
  const transforms = [remarkNumbering(), remarkClosing()];
  return (tree: Root, file: VFile) => {
    if (!isGongwenDocument(file)) return;
    for (const transform of transforms) transform(tree);
  };
}
