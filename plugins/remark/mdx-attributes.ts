/**
 * JSX attributes that gongwen's remark plugins add to MDX elements, with the ESTree that MDX
 * compiles attribute expressions from (it reads the tree, not the text).
 */
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import type { Expression, Program } from 'estree-jsx';

function expressionAttribute(name: string, text: string, expression: Expression): MdxJsxAttribute {
  const estree: Program = { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression }] };
  return { type: 'mdxJsxAttribute', name, value: { type: 'mdxJsxAttributeValueExpression', value: text, data: { estree } } };
}

/** `name={props.name}`: passes the MDX content's own prop through (Document.astro renders <Content doc variant />). */
export function propsAttribute(name: string): MdxJsxAttribute {
  return expressionAttribute(name, `props.${name}`, {
    type: 'MemberExpression',
    object: { type: 'Identifier', name: 'props' },
    property: { type: 'Identifier', name },
    computed: false,
    optional: false,
  });
}

/** `name={n}`. */
export function numberAttribute(name: string, value: number): MdxJsxAttribute {
  return expressionAttribute(name, String(value), { type: 'Literal', value, raw: String(value) });
}

export function hasAttribute(attributes: readonly { type: string; name?: string }[], name: string): boolean {
  return attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
}
