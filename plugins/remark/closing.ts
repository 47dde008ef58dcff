/**
 * Places the closing — 附件说明, 发文机关署名, 成文日期, 附注 (GB/T 9704 §7.3.4–7.3.6) — of the
 * notice right after its own body: before the first <IssuedDocument> or <Attachment>, which
 * follow the closing on pages of their own (spec §11), or at the end when there is none. Each
 * issued document gets its own closing (`part={n}`) at the end of its body, before the attachments
 * that belong to it; it prints what its frontmatter entry holds (a forwarded 请示's 署名 and date).
 * The author may place <GongwenClosing /> by hand; then nothing is inserted there.
 *
 * The element reads the frontmatter from MDX's `props`: Document.astro renders
 * <Content doc={data} variant={variant} components={{ GongwenClosing: Closing, … }} />.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit, EXIT } from 'unist-util-visit';
import { isDocumentPart } from './parts.ts';
import { numberAttribute, propsAttribute } from './mdx-attributes.ts';

export const CLOSING_ELEMENT = 'GongwenClosing';

function hasClosing(children: RootContent[]): boolean {
  let found = false;
  for (const child of children) {
    visit(child, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === CLOSING_ELEMENT) {
        found = true;
        return EXIT;
      }
      return undefined;
    });
  }
  return found;
}

function closingElement(part?: number): MdxJsxFlowElement {
  const attributes = [propsAttribute('doc'), propsAttribute('variant')];
  if (part !== undefined) attributes.push(numberAttribute('part', part));
  return { type: 'mdxJsxFlowElement', name: CLOSING_ELEMENT, attributes, children: [] };
}

/** Inserts a closing before the first nested part of `children`, or at their end. */
function insertClosing(children: RootContent[], part?: number): void {
  const firstPart = children.findIndex((node) => isDocumentPart(node));
  children.splice(firstPart === -1 ? children.length : firstPart, 0, closingElement(part));
}

export function remarkClosing() {
  return (tree: Root) => {
    const notice = tree.children.filter((node) => !isDocumentPart(node));
    if (!hasClosing(notice)) insertClosing(tree.children);
    let issued = 0;
    for (const node of tree.children) {
      if (!isDocumentPart(node) || node.name !== 'IssuedDocument') continue;
      const children = node.children as RootContent[];
      if (!hasClosing(children)) insertClosing(children, issued);
      issued += 1;
    }
  };
}
