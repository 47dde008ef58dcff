/**
 * Places the notice's closing — 附件说明, 发文机关署名, 成文日期, 附注 (GB/T 9704 §7.3.4–7.3.6) —
 * right after the notice's own body: before the first <IssuedDocument> or <Attachment>, which
 * follow the closing on pages of their own (spec §11), or at the end when there is none.
 * The author may place <GongwenClosing /> by hand; then nothing is inserted.
 *
 * The element reads the frontmatter from MDX's `props`: Document.astro renders
 * <Content doc={data} variant={variant} components={{ GongwenClosing: Closing, … }} />.
 */
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Program } from 'estree-jsx';
import { visit, EXIT } from 'unist-util-visit';
import { isDocumentPart } from './parts.ts';

export const CLOSING_ELEMENT = 'GongwenClosing';

/** `name={props.name}`, with the ESTree that MDX compiles attribute expressions from. */
function propsAttribute(name: string): MdxJsxAttribute {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ExpressionStatement',
        expression: {
          type: 'MemberExpression',
          object: { type: 'Identifier', name: 'props' },
          property: { type: 'Identifier', name },
          computed: false,
          optional: false,
        },
      },
    ],
  };
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: `props.${name}`, data: { estree } } };
}

function hasClosing(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === CLOSING_ELEMENT) {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  return found;
}

export function remarkClosing() {
  return (tree: Root) => {
    if (hasClosing(tree)) return;
    const closing: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: CLOSING_ELEMENT,
      attributes: [propsAttribute('doc'), propsAttribute('variant')],
      children: [],
    };
    const firstPart = tree.children.findIndex((node: RootContent) => isDocumentPart(node));
    tree.children.splice(firstPart === -1 ? tree.children.length : firstPart, 0, closing);
  };
}
