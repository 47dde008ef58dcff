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

test("an issued document's own attachments get their own headings, numbered afresh inside the document's prefix", () => {
  const tree = structure(
    [
      '<IssuedDocument title="管理办法">',
      '一、总体要求',
      '<Attachment n={1} title="申请表">',
      '一、填表说明',
      '</Attachment>',
      '</IssuedDocument>',
    ].join('\n\n'),
  );
  expect(outline(tree.children).map(({ depth, id }) => ({ depth, id }))).toEqual([
    { depth: 3, id: 'd1-s1' },
    { depth: 3, id: 'd1-a1-s1' },
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

/** Every article label below `nodes`: its id, class and text. */
function articles(nodes: RootContent[]): { id: unknown; className: unknown; text: string }[] {
  return nodes.flatMap((node) => {
    if (node.type === 'mdxJsxFlowElement') return articles(node.children as RootContent[]);
    if (node.type !== 'paragraph') return [];
    const head = node.children[0];
    if (head?.type !== 'mdxJsxTextElement') return [];
    const attribute = (name: string) => head.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
    return [{ id: attribute('id'), className: attribute('class'), text: toString(head) }];
  });
}

// 《个人所得税专项附加扣除暂行办法》, issued by 国务院关于印发个人所得税专项附加扣除暂行办法的通知
// (国发〔2018〕41号), http://www.gov.cn/zhengce/content/2018-12/22/content_5351181.htm — 第一章 and 第六章, as published.
const TAX_DEDUCTIONS = [
  '现将《个人所得税专项附加扣除暂行办法》印发给你们，请认真贯彻执行。',
  '<IssuedDocument title="个人所得税专项附加扣除暂行办法">',
  '第一章　总　　则',
  '第一条　根据《中华人民共和国个人所得税法》（以下简称个人所得税法）规定，制定本办法。',
  '第二条　本办法所称个人所得税专项附加扣除，是指个人所得税法规定的子女教育、继续教育、大病医疗、住房贷款利息或者住房租金、赡养老人等6项专项附加扣除。',
  '第六章　住房租金',
  '第十七条　纳税人在主要工作城市没有自有住房而发生的住房租金支出，可以按照以下标准定额扣除：',
  '（一）直辖市、省会（首府）城市、计划单列市以及国务院确定的其他城市，扣除标准为每月1500元；',
  '（二）除第一项所列城市以外，市辖区户籍人口超过100万的城市，扣除标准为每月1100元；市辖区户籍人口不超过100万的城市，扣除标准为每月800元。',
  '纳税人的配偶在纳税人的主要工作城市有自有住房的，视同纳税人在主要工作城市有自有住房。',
  '</IssuedDocument>',
].join('\n\n');

test('a regulation issued by a notice: 第X章 become headings one level below the issued title, ids d1-c1', () => {
  const tree = structure(TAX_DEDUCTIONS);
  expect(outline(tree.children)).toEqual([
    { depth: 3, id: 'd1-c1', className: ['gw-h', 'gw-h--chapter'], text: '第一章　总　　则' },
    { depth: 3, id: 'd1-c6', className: ['gw-h', 'gw-h--chapter'], text: '第六章　住房租金' },
  ]);
});

test('a 第X条 stays a paragraph with its label in a run-in span whose id links to the article', () => {
  const tree = structure(TAX_DEDUCTIONS);
  expect(articles(tree.children)).toEqual([
    { id: 'd1-art1', className: 'gw-runin gw-runin--article', text: '第一条' },
    { id: 'd1-art2', className: 'gw-runin gw-runin--article', text: '第二条' },
    { id: 'd1-art17', className: 'gw-runin gw-runin--article', text: '第十七条' },
  ]);
  const part = tree.children[1] as { children: RootContent[] };
  const article = part.children.find((node) => toString(node).startsWith('第十七条')) as Paragraph;
  expect(toString(article)).toBe('第十七条　纳税人在主要工作城市没有自有住房而发生的住房租金支出，可以按照以下标准定额扣除：');
});

test("in a regulation, an article's （一） items stay plain paragraphs: no heading, no run-in head", () => {
  const part = structure(TAX_DEDUCTIONS).children[1] as { children: RootContent[] };
  const items = part.children.filter((node) => /^（[一二]）/u.test(toString(node)));
  expect(items).toHaveLength(2);
  for (const item of items) {
    expect(item.type).toBe('paragraph');
    expect((item as Paragraph).children.map((child) => child.type)).toEqual(['text']);
  }
});

// 《重大行政决策程序暂行条例》(中华人民共和国国务院令第713号, 2019年4月20日公布), 第二章 and 第三章 headings
// and the first article of each section, as in the text kept by github.com/LawRefBook/Laws (行政法规/重大行政决策程序暂行条例.md).
test('第X节 go one level below their 第X章 and restart in each chapter, ids c2-sec1', () => {
  const tree = structure(
    [
      '第二章　决策草案的形成',
      '第一节　决策启动',
      '第十条　对各方面提出的决策事项建议，按照下列规定进行研究论证后，报请决策机关决定是否启动决策程序：',
      '（一）决策机关领导人员提出决策事项建议的，交有关单位研究论证；',
      '第二节　公众参与',
      '第十四条　决策承办单位应当采取便于社会公众参与的方式充分听取意见，依法不予公开的决策事项除外。',
      '第三章　合法性审查和集体讨论决定',
      '第一节　合法性审查',
      '第二十五条　决策草案提交决策机关讨论前，应当由负责合法性审查的部门进行合法性审查。不得以征求意见等方式代替合法性审查。',
    ].join('\n\n'),
  );
  expect(outline(tree.children).map(({ depth, id, className }) => ({ depth, id, className }))).toEqual([
    { depth: 2, id: 'c2', className: ['gw-h', 'gw-h--chapter'] },
    { depth: 3, id: 'c2-sec1', className: ['gw-h', 'gw-h--section'] },
    { depth: 3, id: 'c2-sec2', className: ['gw-h', 'gw-h--section'] },
    { depth: 2, id: 'c3', className: ['gw-h', 'gw-h--chapter'] },
    { depth: 3, id: 'c3-sec1', className: ['gw-h', 'gw-h--section'] },
  ]);
  expect(articles(tree.children).map((a) => a.id)).toEqual(['art10', 'art14', 'art25']);
});

test('numbering headings under a chapter go one level deeper with the chapter in their id, apart from section ids', () => {
  const tree = structure(['第一章　发展基础', '一、主要成就', '（一）经济实力', '第一节　总体要求', '一、指导思想'].join('\n\n'));
  expect(outline(tree.children).map(({ depth, id }) => ({ depth, id }))).toEqual([
    { depth: 2, id: 'c1' },
    { depth: 3, id: 'c1-s1' },
    { depth: 4, id: 'c1-s1-1' },
    { depth: 3, id: 'c1-sec1' },
    { depth: 4, id: 'c1-sec1-s1' },
  ]);
});

test('a chapter line that runs on, and 第X条 cited in running text, are not divisions', () => {
  const body = ['第一章规定的事项，由各地区组织实施。', '第十二条规定的扣除，按年计算。', '第一章　总则。'];
  const tree = structure(body.join('\n\n'));
  expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  expect(articles(tree.children)).toEqual([]);
  expect(tree.children.map((node) => toString(node))).toEqual(body);
});
