/**
 * enumeration-comma, broken-paragraph and number-integrity: each on real text with the defect (exact
 * positions and messages), on real text without it (no finding), and, for enumeration-comma, the
 * source edit its fix makes. broken-paragraph is also run on the seed as extracted from its PDF
 * (tests/fixtures/seed-report.txt), whose 19 cut paragraphs the seed's own test lists.
 */
import { expect, test } from '@playwright/test';
import { checkFrontmatter } from '../../plugins/lint/frontmatter.ts';
import { frontmatterSegments } from '../../plugins/lint/frontmatter-text.ts';
import { lintPaths, lintSource } from '../../plugins/lint/lint.ts';
import { positionsOf } from '../../plugins/lint/position.ts';
import { enumerationComma } from '../../plugins/lint/rules/enumeration-comma.ts';
import { parseMdx, segmentsOf } from '../../plugins/lint/segments.ts';
import type { LintDocument, RuleFinding, SourceEdit } from '../../plugins/lint/types.ts';
import { joinSplitParagraphs, readSeedBlocks } from '../support/seed-text.ts';
import { fixture, locate } from './locate.ts';

const DIR = 'tests/fixtures/lint/rules';

async function findings(name: string, ruleId: string) {
  const [result] = await lintPaths([`${DIR}/${name}`]);
  return result!.messages.filter((m) => m.ruleId === ruleId).map(({ line, column, severity, message }) => ({ line, column, severity, message }));
}

function report(source: string, ruleId: string) {
  return lintSource('x.mdx', source)
    .messages.filter((m) => m.ruleId === ruleId)
    .map(({ line, column, message, text }) => ({ line, column, message, text }));
}

/** The rule's own findings (with their fixes), on a document read as lint.ts reads it. */
function enumerationFindings(source: string): RuleFinding[] {
  const frontmatter = checkFrontmatter(source);
  const tree = parseMdx(source).tree!;
  const doc: LintDocument = {
    frontmatter: frontmatter.raw,
    fieldOffset: frontmatter.fieldOffset,
    segments: [...frontmatterSegments(frontmatter.raw, frontmatter.fieldOffset, source), ...segmentsOf(tree, source)],
    tree,
    position: positionsOf(source),
  };
  return enumerationComma.check(doc);
}

const applied = (source: string, edit: SourceEdit) => source.slice(0, edit.start) + edit.text + source.slice(edit.end);

/** A minimal document around one real paragraph (the frontmatter is not what is tested). */
const documentWith = (paragraph: string) =>
  `---\ntitle: 通知\nissuers: [某市人民政府]\ndocNumber: 某政发〔2024〕1号\ndate: 2024年1月23日\ndisclosure: 主动公开\n---\n\n${paragraph}\n`;

test('enumeration-comma: 顿号 between three quoted items of 国发〔2023〕16号 is one finding; its fix deletes both', async () => {
  const path = `${DIR}/enumeration-comma.bad.mdx`;
  const source = fixture(path);
  const run = '“两个屏障”、“两个基地”、“一个桥头堡”';
  expect(await findings('enumeration-comma.bad.mdx', 'enumeration-comma')).toEqual([
    {
      // Occurrence 1: the fixture's comment quotes the run first.
      ...locate(source, run, 1),
      severity: 'warning',
      message: `顿号 between quoted items ${run} — write “两个屏障”“两个基地”“一个桥头堡” (GB/T 15834 4.5.3.5)`,
    },
  ]);
  const [finding] = enumerationFindings(source);
  expect(finding!.text).toBe(run);
  const at = source.lastIndexOf(run);
  expect(applied(source, finding!.fix!)).toBe(`${source.slice(0, at)}“两个屏障”“两个基地”“一个桥头堡”${source.slice(at + run.length)}`);
  // 括注 after each 书名号 item (六政〔2017〕60号): the 顿号 stay, as GB/T 15834 4.5.3.5 allows.
  expect(await findings('enumeration-comma.good.mdx', 'enumeration-comma')).toEqual([]);
});

test('enumeration-comma: titles in 书名号, and the lists it leaves alone', () => {
  // 法释〔2023〕13号 (最高人民法院, adopted 2023年5月23日, in force 2023年12月5日), its preamble as published on flk.npc.gov.cn.
  const titles = '根据《中华人民共和国民法典》、《中华人民共和国民事诉讼法》等相关法律规定，结合审判实践，制定本解释。';
  expect(report(documentWith(titles), 'enumeration-comma')).toEqual([
    {
      line: 9,
      column: 3,
      text: '《中华人民共和国民法典》、《中华人民共和国民事诉讼法》',
      message: '顿号 between titles 《中华人民共和国民法典》、《中华人民共和国民事诉讼法》 — write 《中华人民共和国民法典》《中华人民共和国民事诉讼法》 (GB/T 15834 4.5.3.5)',
    },
  ]);
  // 鲁政发〔2014〕20号: a list whose second item has its 括注 keeps its 顿号; “三个代表”重要思想、 has text after the quote.
  const noted =
    '根据新修订的《中华人民共和国预算法》、《国务院关于深化预算管理制度改革的决定》（国发〔2014〕45号）和《中共山东省委山东省人民政府关于深化财税体制改革的意见》（鲁发〔2014〕18号）有关要求，以邓小平理论、“三个代表”重要思想、科学发展观为指导。';
  expect(report(documentWith(noted), 'enumeration-comma')).toEqual([]);
  // A list mixing 引号 and 书名号 items is not one the standard speaks of.
  expect(report(documentWith('深化“放管服”、《优化营商环境条例》各项要求。'), 'enumeration-comma')).toEqual([]);
});

test('enumeration-comma: a list with markup inside is found, but has no fix that would drop the markup', () => {
  // 国办发〔2020〕35号 as published, with the first item set in bold (planted).
  const source = documentWith('但企业和群众异地办事仍面临不少堵点难点问题，**“多地跑”**、“折返跑”等现象仍然存在。');
  const [finding] = enumerationFindings(source);
  expect(finding!.text).toBe('“多地跑”、“折返跑”');
  expect(finding!.fix).toBeUndefined();
});

test('broken-paragraph: two sentences of 国发〔2023〕16号 cut into two paragraphs each, but not its headings', async () => {
  const source = fixture(`${DIR}/broken-paragraph.bad.mdx`);
  expect(await findings('broken-paragraph.bad.mdx', 'broken-paragraph')).toEqual([
    {
      ...locate(source, '定位和重大责'),
      severity: 'warning',
      message: 'the paragraph ends mid-sentence and the next one goes on ("…定位和重大责" / "任。为深入贯…") — join them',
    },
    {
      ...locate(source, '战略性调整，', 1),
      severity: 'warning',
      message: 'the paragraph ends mid-sentence and the next one goes on ("…战略性调整，" / "探索资源型地…") — join them',
    },
  ]);
  // 一、总体要求, （一）指导思想 and （二）工作原则 end without punctuation and stand before running text.
  expect(await findings('broken-paragraph.good.mdx', 'broken-paragraph')).toEqual([]);
});

test('broken-paragraph: the seed as extracted from its PDF — exactly its 19 paragraphs cut by a line or page break', () => {
  const blocks = readSeedBlocks().slice(10);
  const source = documentWith(blocks.join('\n\n'));
  const { joins } = joinSplitParagraphs(blocks);
  expect(joins.length).toBe(19);
  const expected = joins.map(([before, after]) => {
    const tail = before.slice(-6);
    return { ...locate(source, before.slice(-20), 0, 14), text: tail, message: `the paragraph ends mid-sentence and the next one goes on ("…${tail}" / "${after.slice(0, 6)}…") — join them` };
  });
  expect(report(source, 'broken-paragraph')).toEqual(expected);
});

test('number-integrity: letters among digits, spaces in decimals, a TeX subscript and an HTML entity in the seed\'s text', async () => {
  const source = fixture(`${DIR}/number-integrity.bad.mdx`);
  // Occurrence 1 where the fixture's comment names the fault first.
  expect(await findings('number-integrity.bad.mdx', 'number-integrity')).toEqual(
    [
      [locate(source, '&nbsp;'), 'HTML entity "&nbsp;" left in the text — write the character it stands for (&nbsp; is a space: usually none is wanted)'],
      [locate(source, '2O23年是'), '"2O23" has the letter "O" among its digits — write 2023'],
      [locate(source, '3. 93', 1), 'space inside the number "3. 93" — write 3.93'],
      [locate(source, '367 .88', 1), 'space inside the number "367 .88" — write 367.88'],
      [locate(source, '2l0%', 1), '"2l0" has the letter "l" among its digits — write 210'],
      [locate(source, 'PM_{2.5}', 1), 'TeX sub- or superscript "PM_{2.5}" left in the text — write it as printed (PM2.5, m²) or with <sub>/<sup>'],
    ].map(([position, message]) => ({ ...(position as { line: number; column: number }), severity: 'warning', message })),
  );
});

test('number-integrity: a span of years written 2023—2025年 once and 2023-2025年 elsewhere in 沪府办发〔2023〕14号', async () => {
  const source = fixture(`${DIR}/number-integrity.ranges.bad.mdx`);
  const first = locate(source, '2023-2025年');
  const message = `range "2023—2025" is joined with 一字线 —, the document's other spans of years are joined with 短横线 - (first at ${first.line}:${first.column}) — write them all with one mark; GB/T 15834 4.13.3 joins years with 一字线: 2023—2025年`;
  // In the issued document's entry (issuedDocuments) and in its element's title (the comment between them is not read).
  expect(await findings('number-integrity.ranges.bad.mdx', 'number-integrity')).toEqual([
    { ...locate(source, '2023—2025', 0), severity: 'warning', message },
    { ...locate(source, '2023—2025', 2), severity: 'warning', message },
  ]);
  expect(await findings('number-integrity.good.mdx', 'number-integrity')).toEqual([]);
});

test('number-integrity: ranges of values against each other, not against spans of years; what is not a number fault', () => {
  // 国发〔2023〕16号 writes 到2027年、2035年; the ranges are planted: 3-5年 twice, 3～5年 once, 2023—2025年 once.
  const mixed = documentWith('用3-5年时间，到2027年基本建成，用5-8年时间全面完成；其中重点地区用3～5年（2023—2025年）先行先试。');
  const usual = locate(mixed, '3-5');
  expect(report(mixed, 'number-integrity')).toEqual([
    {
      ...locate(mixed, '3～5'),
      text: '3～5',
      message: `range "3～5" is joined with 浪纹线 ～, the document's other ranges are joined with 短横线 - (first at ${usual.line}:${usual.column}) — write them all with one mark; GB/T 15834 4.13.3 joins values with 浪纹线: 3～5年`,
    },
  ]);
  // A date, a telephone number, a standard's number, a 文号, a road and a version beside a range: none is a range or a slip.
  const forms = documentWith(
    '按照《党政机关公文格式》（GB/T 9704-2012）和西青张政发〔2024〕1号要求，2024-01-18前完成G104沿线3～5处整治，联系电话：022-27391234，系统V2.0-3版本，见图1-2。',
  );
  expect(report(forms, 'number-integrity')).toEqual([]);
});

test('broken-paragraph: an article of 国发〔2018〕41号 cut after its first sentence is found, though it opens with 第八条', () => {
  const path = 'tests/fixture-site/content/issue-regulation.mdx';
  const source = fixture(path);
  const cut = source.replace('同一学历（学位）继续教育的扣除期限', '同一学历（学位）继续教\n\n育的扣除期限');
  expect(report(cut, 'broken-paragraph')).toEqual([
    {
      ...locate(cut, '同一学历（学位）继续教', 0, 5),
      text: '学位）继续教',
      message: 'the paragraph ends mid-sentence and the next one goes on ("…学位）继续教" / "育的扣除期限…") — join them',
    },
  ]);
  expect(report(source, 'broken-paragraph')).toEqual([]);
});

test('number-integrity: 国办函〔2004〕80号 writes the same ranges 480-560米 in 附件1 and 480—560米 in 附件2', () => {
  // 国务院办公厅关于湖北省巴东县地质灾害险情有关问题的复函 (国办函〔2004〕80号), 二〇〇四年十一月四日,
  // http://www.gov.cn/zhengce/content/2018-12/24/content_5351649.htm, as crawled in github:ZhouYNF/platform-1
  // db/ge_policy_raw20190217.sql: the first sentence of 附件1's 基本情况 and of 附件2's, as published.
  const source = documentWith(
    [
      '马鬃山村属湖北省巴东县官渡口镇，位于长江南岸海拔高程480-560米左右的岩溶山区，距江边水平距离700-800米，东距巴东县城18公里，西距重庆市巫山县培石乡政府5公里。',
      '马鬃山村属湖北省巴东县官渡口镇，位于长江南岸海拔高程480—560米左右的山间洼地区，距江边700—800米，西距重庆市巫山县培石集镇5公里。',
    ].join('\n\n'),
  );
  // Two of each: on a tie the mark used first is the document's.
  const first = locate(source, '480-560');
  const other = (range: string) => ({
    ...locate(source, range),
    text: range,
    message: `range "${range}" is joined with 一字线 —, the document's other ranges are joined with 短横线 - (first at ${first.line}:${first.column}) — write them all with one mark; GB/T 15834 4.13.3 joins values with 浪纹线: 3～5年`,
  });
  expect(report(source, 'number-integrity')).toEqual([other('480—560'), other('700—800')]);
});

test('number-integrity: TeX and markup in the text, once each; file names and addresses are not TeX', () => {
  const texts = (paragraph: string) => report(documentWith(paragraph), 'number-integrity').map((m) => m.text);
  expect(texts('细颗粒物（PM\\_2.5）浓度下降，CO\\_2排放减少，面积100m^2以上，公式$x^2$成立。')).toEqual(['PM_2.5', 'CO_2', '100m^2', '$x^2$']);
  expect(texts('报送文件report\\_2019.xls，见www.gov.cn/a\\_1.html，单价约US$100—$200。')).toEqual([]);
});
