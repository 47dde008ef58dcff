/**
 * Gives every <IssuedDocument> and <Attachment> the frontmatter and its place in it, so the
 * component prints what the frontmatter entry holds (its titleLines, 主送, the attachments of an
 * issued regulation): `doc={props.doc} variant={props.variant}`, and `part={n}` — the index of the
 * issued document it is, or belongs to — in body order, which is the frontmatter's order.
 */
import type { Root, RootContent } from 'mdast';
import { isDocumentPart, type DocumentPart } from './parts.ts';
import { hasAttribute, numberAttribute, propsAttribute } from './mdx-attributes.ts';

function giveProps(element: DocumentPart, part: number | undefined): void {
  for (const name of ['doc', 'variant']) if (!hasAttribute(element.attributes, name)) element.attributes.push(propsAttribute(name));
  if (part !== undefined && !hasAttribute(element.attributes, 'part')) element.attributes.push(numberAttribute('part', part));
}

export function remarkPartProps() {
  return (tree: Root) => {
    let issued = 0;
    for (const node of tree.children) {
      if (!isDocumentPart(node)) continue;
      if (node.name === 'Attachment') {
        giveProps(node, undefined);
        continue;
      }
      giveProps(node, issued);
      for (const child of node.children as RootContent[]) if (isDocumentPart(child) && child.name === 'Attachment') giveProps(child, issued);
      issued += 1;
    }
  };
}
