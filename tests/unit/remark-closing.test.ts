import { expect, test } from '@playwright/test';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { remarkClosing } from '../../plugins/remark/closing.ts';

function close(mdx: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkClosing);
  return processor.runSync(processor.parse(mdx)) as Root;
}

/** The top-level blocks, named: paragraphs by their text, elements by their name. */
function blocks(tree: Root): string[] {
  return tree.children.map((node: RootContent) =>
    node.type === 'mdxJsxFlowElement' ? `<${node.name}>` : toString(node),
  );
}

test('the closing goes after the notice body, before the first issued document', () => {
  const tree = close('现将《政府工作报告》印发给你们。\n\n<IssuedDocument title="政府工作报告">\n\n正文。\n\n</IssuedDocument>');
  expect(blocks(tree)).toEqual(['现将《政府工作报告》印发给你们。', '<GongwenClosing>', '<IssuedDocument>']);
});

test('the closing goes before the first attachment', () => {
  const tree = close('正文。\n\n<Attachment n={1} title="甲">\n\n甲。\n\n</Attachment>\n\n<Attachment n={2} title="乙">\n\n乙。\n\n</Attachment>');
  expect(blocks(tree)).toEqual(['正文。', '<GongwenClosing>', '<Attachment>', '<Attachment>']);
});

test('without issued documents or attachments the closing ends the document', () => {
  expect(blocks(close('一、总则\n\n正文。'))).toEqual(['一、总则', '正文。', '<GongwenClosing>']);
});

test('a closing the author placed is kept and not doubled', () => {
  const tree = close('正文。\n\n<GongwenClosing doc={props.doc} variant={props.variant} />\n\n补充说明。\n\n<IssuedDocument title="报告">\n\n正文。\n\n</IssuedDocument>');
  expect(blocks(tree)).toEqual(['正文。', '<GongwenClosing>', '补充说明。', '<IssuedDocument>']);
});

test('the closing receives the frontmatter and variant from MDX props, as compilable expressions', () => {
  const closing = close('正文。').children.at(-1) as MdxJsxFlowElement;
  expect(closing.attributes.map((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name)).toEqual(['doc', 'variant']);
  for (const attribute of closing.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'object' || attribute.value === null) {
      throw new Error('expected an expression attribute');
    }
    expect(attribute.value.value).toBe(`props.${attribute.name}`);
    // MDX compiles an attribute from its ESTree, not from its text.
    expect(attribute.value.data?.estree?.body[0]).toMatchObject({
      type: 'ExpressionStatement',
      expression: { type: 'MemberExpression', object: { name: 'props' }, property: { name: attribute.name } },
    });
  }
});
