/**
 * The rule mends the corpus asked for, each on the real document that showed the false finding
 * (tests/lint/corpus/documents, sources in each file) and on a copy with one fault planted.
 */
import { expect, test } from '@playwright/test';
import { lintSource } from '../../plugins/lint/lint.ts';
import { fixture, locate } from './locate.ts';

const DIR = 'tests/lint/corpus/documents';

function findingsOf(source: string, ruleId: string) {
  return lintSource('x.mdx', source)
    .messages.filter((m) => m.ruleId === ruleId && m.severity !== 'acknowledged')
    .map(({ line, column, message }) => ({ line, column, message }));
}

test('numbering-structure: the decimal clauses of 国办函〔2005〕57号 restart their （1） items; a gap under one clause is one finding', () => {
  const source = fixture(`${DIR}/c-guobanhan-2005-57-yuan.mdx`);
  expect(findingsOf(source, 'numbering-structure')).toEqual([]);
  const planted = source.replace('\n（2）对省级人民政府', '\n（3）对省级人民政府');
  expect(findingsOf(planted, 'numbering-structure')).toEqual([
    { ...locate(planted, '（3）对省级人民政府'), message: '"（3）" follows （1） — expected （2）' },
  ]);
});

test('numbering-structure: an attachment listing 1.…130. (国办发〔2018〕108号) opens at 1.; a 一、 after its items makes the opening a fault', () => {
  const source = fixture(`${DIR}/c-guobanfa-2018-108-tongbao-biaoyang.mdx`);
  expect(findingsOf(source, 'numbering-structure')).toEqual([]);
  const planted = source.replace('\n</Attachment>', '\n一、其他经验做法\n\n</Attachment>');
  expect(findingsOf(planted, 'numbering-structure')).toEqual([
    { ...locate(planted, '1.北京市大力推进'), message: '"1." comes before any 一、 in this part — the levels go 一、 → （一） → 1. → （1）' },
  ]);
});

test('numbering-structure: （一） under 三、 and 1. directly under 四、 (京建发〔2014〕421号) is no skipped level', () => {
  expect(findingsOf(fixture(`${DIR}/b-jianfa-2014-421-tongbao.mdx`), 'numbering-structure')).toEqual([]);
});

test('numbering-structure: a 第一章 followed by a no-break space, as pages copied from the web have it, is a chapter (京建法〔2014〕17号)', () => {
  const source = fixture(`${DIR}/b-jjfa-2014-17-lianhe-dianhao.mdx`);
  // The one finding left is acknowledged: 第三章 is printed with no space at all.
  expect(findingsOf(source, 'numbering-structure')).toEqual([]);
  expect(lintSource('x.mdx', source).messages.filter((m) => m.ruleId === 'numbering-structure').map((m) => m.text)).toEqual(['第四章']);
});

test('enumeration-comma: 书名号 items inside a longer list with unmarked members keep their 顿号 (京建法〔2014〕17号)', () => {
  const source = fixture(`${DIR}/b-jjfa-2014-17-lianhe-dianhao.mdx`);
  expect(findingsOf(source, 'enumeration-comma')).toEqual([]);
});

test('space-han-latin: the space after a decimal clause number (5.1.2 省级…) is its form; one inside the sentence is still found', () => {
  const source = fixture(`${DIR}/c-guobanhan-2005-57-yuan.mdx`);
  expect(findingsOf(source, 'space-han-latin')).toEqual([]);
  const planted = source.replace('5.1.2 省级人民政府必须', '5.1.2 省级人民政府必须 2');
  expect(findingsOf(planted, 'space-han-latin').map((f) => f.message)).toEqual(['space in "须 2" — write 须2']);
});

test('place-name-near-miss: 北京市住房和城乡建设委员会 names no place 住房和城 (京建发〔2011〕65号)', () => {
  const source = fixture(`${DIR}/b-jianfa-2011-65-xiangou.mdx`);
  expect(findingsOf(source, 'place-name-near-miss')).toEqual([]);
});

test('proper-name-variants: 拨付XXX元 and 支付XXX元 are blanks to fill in, not a name spelt two ways (国办函〔1996〕16号)', () => {
  const source = fixture(`${DIR}/c-guobanhan-1996-16-fuhan.mdx`);
  expect(findingsOf(source, 'proper-name-variants')).toEqual([]);
});

test('doc-number-brackets: a 发文字号 printed with 第 (京建送达公告（通建）〔2014〕第650005号) is kept as published, and the finding names the 第', () => {
  const source = fixture(`${DIR}/l-tongzhou-jianwei-2014-650005-gonggao.mdx`);
  const [finding] = lintSource('x.mdx', source).messages.filter((m) => m.ruleId === 'doc-number-brackets');
  expect(finding).toMatchObject({
    ...locate(source, 'docNumber: 京建送达公告', 0, 11),
    severity: 'acknowledged',
    message: 'docNumber "京建送达公告（通建）〔2014〕第650005号": the serial number takes no 第 — write 京建送达公告（通建）〔2014〕650005号',
  });
  expect(lintSource('x.mdx', source).messages.filter((m) => m.ruleId.startsWith('schema/'))).toEqual([]);
});
