/** The remark plugins gongwen runs on every document, in order. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { remarkNumbering } from './numbering.ts';
import { remarkClosing } from './closing.ts';
import { remarkPartProps } from './part-props.ts';

/**
 * A site with its own mdx() gives it gongwen's processor (plugins/processor.ts), so the site's own
 * .mdx pages pass through here too: only a 公文 — an .mdx file whose frontmatter names a 发文字号 or its
 * 发文机关 (a 纪要 may have no 字号) — is restructured.
 */
export function isGongwenDocument(file: VFile): boolean {
  const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  return file.extname === '.mdx' && (typeof frontmatter?.['docNumber'] === 'string' || Array.isArray(frontmatter?.['issuers']));
}

export function remarkGongwen() {
  const transforms = [remarkNumbering(), remarkPartProps(), remarkClosing()];
  return (tree: Root, file: VFile) => {
    if (!isGongwenDocument(file)) return;
    for (const transform of transforms) transform(tree);
  };
}
