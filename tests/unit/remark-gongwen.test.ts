import { expect, test } from '@playwright/test';
import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkGongwen } from '../../plugins/remark/index.ts';

/** Runs the pipeline as Astro's MDX processor does: the file's path, and its frontmatter in data.astro. */
function blockTypes(path: string, frontmatter: Record<string, unknown>): string[] {
  const file = new VFile({ path, value: '一、总则\n\n正文。', data: { astro: { frontmatter } } });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGongwen);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return tree.children.map((node) => (node.type === 'mdxJsxFlowElement' ? `<${node.name}>` : node.type));
}

test('a 公文 gets its headings and its closing', () => {
  expect(blockTypes('content/notice.mdx', { docNumber: '某发〔2024〕1号' })).toEqual(['heading', 'paragraph', '<GongwenClosing>']);
});

test("a host site's other pages are left as they are", () => {
  expect(blockTypes('src/pages/about.mdx', { title: '关于' })).toEqual(['paragraph', 'paragraph']);
  expect(blockTypes('src/pages/notice.md', { docNumber: '某发〔2024〕1号' })).toEqual(['paragraph', 'paragraph']);
});
