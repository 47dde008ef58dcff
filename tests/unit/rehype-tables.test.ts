import { expect, test } from '@playwright/test';
import { compile } from '@mdx-js/mdx';
import type { Element, Root, RootContent } from 'hast';
import { VFile } from 'vfile';
import { rehypeTables } from '../../plugins/rehype/tables.ts';

/** Compiles an MDX 公文 as Astro's MDX processor would (path and frontmatter on the file) and returns the hast after rehype-tables. */
async function tablesOf(value: string): Promise<Element[]> {
  const file = new VFile({ path: 'content/notice.mdx', value, data: { astro: { frontmatter: { docNumber: '某发〔2024〕1号' } } } });
  let tree: Root | undefined;
  await compile(file, { rehypePlugins: [rehypeTables, () => (root: Root) => void (tree = root)] });
  const found: Element[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === 'div' && (node.properties['className'] as string[] | undefined)?.includes('gw-table')) found.push(node);
    if ('children' in node) for (const child of node.children) walk(child as RootContent);
  };
  walk(tree!);
  return found;
}

const elements = (node: Element, tag: string): Element[] => {
  const out: Element[] = [];
  const walk = (n: Element) => {
    for (const child of n.children) if (child.type === 'element') (child.tagName === tag ? out.push(child) : undefined, walk(child));
  };
  walk(node);
  return out;
};

test('an HTML table in the MDX: its leading rows of <th> become the head, header cells get scope, the region is named by the caption', async () => {
  const [region] = await tablesOf(
    '<table>\n  <caption>计划表</caption>\n  <tbody>\n    <tr><th rowspan="2">省（市）</th><th colspan="2">分年度</th></tr>\n    <tr><th>1996年</th><th>1997年</th></tr>\n    <tr><th>江苏</th><td>120</td><td>140</td></tr>\n  </tbody>\n</table>\n',
  );
  expect(region!.properties).toMatchObject({ role: 'region', tabIndex: 0, ariaLabelledBy: ['table-1-caption'] });
  const [head] = elements(region!, 'thead');
  expect(elements(head!, 'tr')).toHaveLength(2);
  expect(elements(head!, 'th').map((th) => th.properties['scope'])).toEqual(['col', 'colgroup', 'col', 'col']);
  const [body] = elements(region!, 'tbody');
  expect(elements(body!, 'th').map((th) => th.properties['scope'])).toEqual(['row']);
  expect(elements(region!, 'caption')[0]!.properties['id']).toBe('table-1-caption');
});

test('a value with inner punctuation is wrapped to stay on one line; plain text is not', async () => {
  const [region] = await tablesOf('<table>\n  <tbody>\n    <tr><td>R-1500.000 L-187.483</td><td>圆曲线起点</td></tr>\n  </tbody>\n</table>\n');
  const values = elements(region!, 'span').map((span) => (span.children[0] as { value: string }).value);
  expect(values).toEqual(['R-1500.000', 'L-187.483']);
  expect(region!.properties['ariaLabel']).toBe('表格1');
});

test('data-size naming no 字号 stops the build, naming the file, the line and the sizes it accepts', async () => {
  const error = await tablesOf('正文。\n\n<table data-size="12pt">\n  <tbody>\n    <tr><td>1</td></tr>\n  </tbody>\n</table>\n').then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(String(error)).toMatch(/^content\/notice\.mdx:3:1-7:9: Table: data-size="12pt" is not a 字号 a table may use; write one of "三号", "四号", "小四", "五号"\.$/u);
});

test('a table attribute written as an expression stops the build with how to write it', async () => {
  await expect(tablesOf('<table>\n  <tbody>\n    <tr><td colspan={2}>1</td></tr>\n  </tbody>\n</table>\n')).rejects.toThrow(/colspan of <td> is an expression; write table attributes as plain strings/u);
});

test('a GFM table takes its 表题 from the paragraph "表题：…" directly above it', () => {
  const text = (value: string) => ({ type: 'text' as const, value });
  const element = (tagName: string, children: Element['children']): Element => ({ type: 'element', tagName, properties: {}, children });
  // The hast remark-gfm makes of "表题：计划表" and a one-row pipe table below it.
  const tree: Root = {
    type: 'root',
    children: [
      element('p', [text('表题：计划表')]),
      text('\n'),
      element('table', [element('thead', [element('tr', [element('th', [text('省（市）')])])]), element('tbody', [element('tr', [element('td', [text('江苏')])])])]),
    ],
  };
  const file = new VFile({ path: 'content/notice.mdx', data: { astro: { frontmatter: { docNumber: '某发〔2024〕1号' } } } });
  (rehypeTables() as (tree: Root, file: VFile) => void)(tree, file);
  expect(tree.children).toHaveLength(1);
  const region = tree.children[0] as Element;
  const [caption] = elements(region, 'caption');
  expect(caption!.children).toEqual([text('计划表')]);
  expect(region.properties['ariaLabelledBy']).toEqual([caption!.properties['id']]);
});

test('data-orientation naming no orientation stops the build, naming the file, the line and the values it accepts', async () => {
  const error = await tablesOf('正文。\n\n<table data-orientation="横排">\n  <tbody>\n    <tr><td>1</td></tr>\n  </tbody>\n</table>\n').then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(String(error)).toMatch(/^content\/notice\.mdx:3:1-7:9: Table: data-orientation="横排" is not an orientation; write one of "portrait", "landscape"\.$/u);
});

test('data-orientation="landscape" stays on the table for the print view', async () => {
  const [region] = await tablesOf('正文。\n\n<table data-orientation="landscape">\n  <tbody>\n    <tr><td>1</td></tr>\n  </tbody>\n</table>\n');
  expect(elements({ type: 'element', tagName: 'div', properties: {}, children: [region!] }, 'table')[0]!.properties['dataOrientation']).toBe('landscape');
});
