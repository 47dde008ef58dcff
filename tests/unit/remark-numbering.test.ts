import { expect, test } from '@playwright/test';
import type { Paragraph, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MAX_HEADING_LENGTH, readNumbering, remarkNumbering } from '../../plugins/remark/numbering.ts';

function structure(mdx: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkNumbering);
  return processor.runSync(processor.parse(mdx)) as Root;
}

/** Every heading below `nodes`, in order: level, id, class and text. */
function outline(nodes: RootContent[]): { depth: number; id: unknown; className: unknown; text: string }[] {
  return nodes.flatMap((node) => {
    if (node.type === 'heading') {
      // hProperties is what remark-rehype turns into the element's attributes.
      const props = (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties ?? {};
      return [{ depth: node.depth, id: props['id'], className: props['className'], text: toString(node) }];
    }
    return node.type === 'mdxJsxFlowElement' ? outline(node.children as RootContent[]) : [];
  });
}

test('the four 公文 numbering levels are read, with their numbers as written', () => {
  expect(readNumbering('一、总体要求')).toEqual({ level: 1, value: 1, marker: '一、' });
  expect(readNumbering('（十二）其他')).toEqual({ level: 2, value: 12, marker: '（十二）' });
  expect(readNumbering('二十一、附则')?.value).toBe(21);
  expect(readNumbering('3.加强领导')).toEqual({ level: 3, value: 3, marker: '3.' });
  expect(readNumbering('１２．完善机制')).toEqual({ level: 3, value: 12, marker: '１２．' });
  expect(readNumbering('（2）细则')).toEqual({ level: 4, value: 2, marker: '（2）' });
  // Numbers that are not numbering.
  expect(readNumbering('2.34亿元的投资')).toBeNull();
  expect(readNumbering('2023年是开局之年')).toBeNull();
  expect(readNumbering('一是坚持对党忠诚')).toBeNull();
  expect(readNumbering('制造业支撑更加强劲。')).toBeNull();
});

test('numbered heading lines in the notice become h2…h5 with gw-h classes and ids from the numbering path', () => {
  const tree = structure(['一、总体要求', '正文。', '（一）指导思想', '（二）基本原则', '1.坚持稳中求进', '（1）细则', '二、主要任务'].join('\n\n'));
  expect(outline(tree.children)).toEqual([
    { depth: 2, id: 's1', className: ['gw-h', 'gw-h--1'], text: '一、总体要求' },
    { depth: 3, id: 's1-1', className: ['gw-h', 'gw-h--2'], text: '（一）指导思想' },
    { depth: 3, id: 's1-2', className: ['gw-h', 'gw-h--2'], text: '（二）基本原则' },
    { depth: 4, id: 's1-2-1', className: ['gw-h', 'gw-h--3'], text: '1.坚持稳中求进' },
    { depth: 5, id: 's1-2-1-1', className: ['gw-h', 'gw-h--4'], text: '（1）细则' },
    { depth: 2, id: 's2', className: ['gw-h', 'gw-h--1'], text: '二、主要任务' },
  ]);
  expect(tree.children[1]?.type).toBe('paragraph');
});

test('ids follow the numbering, not the wording, and a second series under a new level 1 gets its own path', () => {
  const first = structure('一、回顾\n\n（一）产业\n\n二、安排\n\n（一）创新');
  const reworded = structure('一、工作回顾\n\n（一）产业发展\n\n二、工作安排\n\n（一）科技创新');
  expect(outline(first.children).map((h) => h.id)).toEqual(['s1', 's1-1', 's2', 's2-1']);
  expect(outline(reworded.children).map((h) => h.id)).toEqual(['s1', 's1-1', 's2', 's2-1']);
});

test('inside an issued document or attachment headings go one level deeper, with ids prefixed per part', () => {
  const tree = structure(
    [
      '一、通知正文',
      '<IssuedDocument title="政府工作报告">',
      '一、2023年工作回顾',
      '（一）奋力抓产业稳增长，经济发展迸发新活力',
      '</IssuedDocument>',
      '<IssuedDocument title="另一文件">',
      '一、总则',
      '</IssuedDocument>',
      '<Attachment n={1} title="附件">',
      '（一）附件条目',
      '</Attachment>',
    ].join('\n\n'),
  );
  expect(outline(tree.children).map(({ depth, id }) => ({ depth, id }))).toEqual([
    { depth: 2, id: 's1' },
    { depth: 3, id: 'd1-s1' },
    { depth: 4, id: 'd1-s1-1' },
    { depth: 3, id: 'd2-s1' },
    { depth: 4, id: 'a1-s0-1' },
  ]);
});

test('ids stay unique on the page when the numbering repeats', () => {
  const tree = structure('一、总则\n\n一、总则（重复）');
  expect(outline(tree.children).map((h) => h.id)).toEqual(['s1', 's1_2']);
});

test('lead sentences, 一是…二是… and numbers that are not numbering stay paragraphs', () => {
  const body = [
    '制造业支撑更加强劲。聚焦“强龙头、补链条、聚集群”。',
    '一是坚持对党忠诚，全面提高党员干部政治能力。二是坚持依法行政。',
    '2024年是中华人民共和国成立75周年',
    '2.34亿元',
    '一、',
  ];
  const tree = structure(body.join('\n\n'));
  expect(tree.children.map((node) => node.type)).toEqual(body.map(() => 'paragraph'));
  expect(tree.children.map((node) => toString(node))).toEqual(body);
});

test('a numbered paragraph that runs on stays a paragraph, its run-in head marked', () => {
  const tree = structure('1.加强领导。各单位要把工作放在重要位置。\n\n（一）总体要求：全面落实。');
  const [first, second] = tree.children as Paragraph[];
  expect(first?.type).toBe('paragraph');
  const head = first?.children[0] as MdxJsxTextElement;
  expect(head.type).toBe('mdxJsxTextElement');
  expect(head.name).toBe('span');
  expect(head.attributes).toEqual([{ type: 'mdxJsxAttribute', name: 'class', value: 'gw-runin gw-runin--3' }]);
  expect(toString(head)).toBe('1.加强领导。');
  expect(toString(first!)).toBe('1.加强领导。各单位要把工作放在重要位置。');
  expect(second?.type).toBe('paragraph');
  expect(toString(second!.children[0]!)).toBe('（一）总体要求：');
});

test('a long numbered line without a full stop is body text, not a heading', () => {
  const long = `一、${'这是一段很长的正文但是丢失了句末标点'.repeat(3)}`;
  expect(long.length).toBeGreaterThan(MAX_HEADING_LENGTH);
  expect(structure(long).children[0]?.type).toBe('paragraph');
  expect(structure(long.slice(0, MAX_HEADING_LENGTH)).children[0]?.type).toBe('heading');
});

test('numbered lines inside other elements (a 称谓, a list) are left alone', () => {
  const tree = structure('<Salutation>一、各位代表</Salutation>\n\n<Salutation>\n一、各位代表\n</Salutation>\n\n- 一、列表项\n\n二、正文');
  expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'mdxJsxFlowElement', 'list', 'heading']);
  expect(outline(tree.children).map((h) => h.text)).toEqual(['二、正文']);
});
