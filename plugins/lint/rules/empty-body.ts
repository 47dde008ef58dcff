/**
 * empty-body: a document with no 正文 — no text in the notice itself and no <IssuedDocument>, only
 * frontmatter (and perhaps attachments). GB/T 9704 §7.3.3 makes the 正文 the document's main part; an
 * empty one is a file cut short (a failed extraction, a body pasted into the wrong file), never a
 * published 公文, so an error. Frontmatter fields (标题, 主送) are not a body.
 */
import type { Rule } from '../types.ts';

export const emptyBody: Rule = {
  id: 'empty-body',
  rationale: 'a document without 正文 (GB/T 9704 §7.3.3), only its frontmatter, is a file cut short, not a 公文',
  severity: 'error',
  check(doc) {
    const hasText = doc.segments.some((segment) => segment.part === 0 && segment.kind === 'block');
    const issues = doc.tree.children.some((node) => node.type === 'mdxJsxFlowElement' && node.name === 'IssuedDocument');
    if (hasText || issues) return [];
    const frontmatter = doc.tree.children.find((node) => node.type === 'yaml');
    // At the closing --- of the frontmatter, where the body should begin.
    const offset = Math.max(0, (frontmatter?.position?.end.offset ?? 0) - 3);
    return [{ offset, text: '', message: 'the document has no 正文: no text after the frontmatter and no <IssuedDocument> — write the body below the closing ---' }];
  },
};
