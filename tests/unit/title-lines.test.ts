/**
 * Breaking titles into lines as an office does (GB/T 9704 §7.3.1): real titles of published documents,
 * against the lines their published pages print, or — where the published page chose other breaks
 * that the rule also allows — against an editor's division of the title into words.
 *
 * Published breaks (the sources are cited at the top of each fixture):
 * - 国发〔2018〕41号, www.gov.cn/zhengce/content/2018-12/22/content_5351181.htm (tests/fixture-site/content/issue-regulation.mdx)
 * - 国办发〔1996〕32号 and the 请示 it forwards, www.gov.cn/zhengce/content/2018-12/02/content_5345284.htm (forward-qingshi.mdx)
 * - 国发〔1981〕88号, www.gov.cn/zhengce/content/2018-12/04/content_5345639.htm (pre2012-chinese-date.mdx)
 * - 渝粮规范〔2023〕2号, fzggw.cq.gov.cn: the notice, its 细则 and the 细则's 附件 (issue-regulation-attachments.mdx)
 */
import { expect, test } from '@playwright/test';
import { breakTitle, cellsOf, hourglassLine, titleLinesProblem } from '../../plugins/title-lines.ts';

/** Each title divided into words by hand, as an editor reads it ("|" between words). */
const EDITOR_WORDS = [
  '上海市|人民政府|办公厅|关于|印发|《|立足|数字经济|新赛道|推动|数据要素|产业|创新发展|行动方案|（2023-2025年）|》|的|通知',
  '立足|数字经济|新赛道|推动|数据要素|产业|创新发展|行动方案|（2023-2025年）',
  '国务院|办公厅|转发|国家教委|关于|内地|西藏班（校）|扩大规模|有关问题|请示|的|通知',
  '重庆市|政策性|粮食|购销|违法违规|行为|举报|奖励|实施细则（试行）',
  '重庆市|政策性|粮食|购销|违法违规|行为|举报|奖励|通知书',
  '重庆市|放弃|政策性|粮食|购销|违法违规|行为|举报|奖励|资金|声明书',
  '国务院|关于|棉粮、糖粮|挂钩|奖售粮|几个|问题|的|通知',
  '关于|印发|《|2024年|安全生产|工作要点|》|的|通知',
  '关于|进一步|加强|镇村|两级|安全生产|和|防汛工作|责任落实|的|通知',
  '国家发展改革委|等|部门|关于|加快|招标投标|领域|人工智能|推广应用|的|实施意见',
];

/** The offsets between an editor's words. */
function wordBoundaries(words: string): Set<number> {
  const bounds = new Set<number>();
  let offset = 0;
  for (const word of words.split('|').slice(0, -1)) bounds.add((offset += Array.from(word).length));
  return bounds;
}

/** The offsets where the lines break. */
function breaksOf(lines: string[]): number[] {
  let offset = 0;
  return lines.slice(0, -1).map((line) => (offset += Array.from(line).length));
}

test('the published breaks are found where the rule leads to them (国发〔2018〕41号, 渝粮规范〔2023〕2号, 国办发〔1996〕32号)', () => {
  expect(breakTitle('国务院关于印发个人所得税专项附加扣除暂行办法的通知')).toEqual(['国务院关于印发个人所得税', '专项附加扣除暂行办法的通知']);
  expect(breakTitle('关于印发《重庆市政策性粮食购销违法违规行为举报奖励实施细则（试行）》的通知')).toEqual([
    '关于印发《重庆市政策性粮食购销违法违规',
    '行为举报奖励实施细则（试行）》的通知',
  ]);
  expect(breakTitle('关于内地西藏班（校）扩大规模有关问题的请示')).toEqual(['关于内地西藏班（校）', '扩大规模有关问题的请示']);
});

test('a title that fits one 2号 line stays whole', () => {
  // 国务院关于印发《政府工作报告》的通知's pattern: 15 characters, one line (spec §16, the seed).
  expect(breakTitle('关于印发《政府工作报告》的通知')).toEqual(['关于印发《政府工作报告》的通知']);
  expect(breakTitle('关于为西城区调配限价商品住房房源的函')).toEqual(['关于为西城区调配限价商品住房房源的函']);
});

for (const words of EDITOR_WORDS) {
  const title = words.replaceAll('|', '');
  test(`${title}: fewest lines, at most 20 characters each, between words, never an hourglass`, () => {
    const lines = breakTitle(title);
    expect(lines.join('')).toBe(title);
    expect(lines).toHaveLength(Math.ceil(Array.from(title).length / 20));
    for (const line of lines) expect(Array.from(line).length, line).toBeLessThanOrEqual(20);
    const bounds = wordBoundaries(words);
    for (const at of breaksOf(lines)) expect(bounds.has(at), `break at ${at} in ${lines.join(' / ')} falls inside a word`).toBe(true);
    expect(hourglassLine(lines.map(cellsOf)), lines.join(' / ')).toBe(-1);
    expect(titleLinesProblem(lines)).toBeUndefined();
  });
}

test('the 56-character title of 沪府办发〔2023〕14号 takes three lines, no line under five characters', () => {
  const lines = breakTitle('上海市人民政府办公厅关于印发《立足数字经济新赛道推动数据要素产业创新发展行动方案（2023-2025年）》的通知');
  expect(lines).toHaveLength(3);
  for (const line of lines) expect(cellsOf(line)).toBeGreaterThanOrEqual(5);
});

test('kinsoku: no line starts with a closing mark or ends with an opening one; 文号, numbers and annotations stay whole', () => {
  // Narrow lines force many breaks, so every kind of forbidden break has a chance to appear; none
  // narrower than the longest run that may not break (渝粮规范〔2023〕2号, 11 characters).
  const titles = [
    '关于印发《重庆市政策性粮食购销违法违规行为举报奖励实施细则（试行）》的通知',
    '国务院办公厅转发国家教委关于内地西藏班（校）扩大规模有关问题请示的通知',
    '国务院关于棉粮、糖粮挂钩奖售粮几个问题的通知',
    '关于印发《2024年安全生产工作要点》的通知',
    '重庆市粮食和物资储备局关于转发渝粮规范〔2023〕2号的通知',
  ];
  for (const maxChars of [12, 14, 16]) {
    for (const title of titles) {
      const lines = breakTitle(title, { maxChars });
      const where = `${maxChars}: ${lines.join(' / ')}`;
      expect(lines.join(''), where).toBe(title);
      for (const [i, line] of lines.entries()) {
        if (i > 0) expect(line, where).not.toMatch(/^[，。、；：》）〕”]/u);
        if (i < lines.length - 1) expect(line, where).not.toMatch(/[《（〔“]$/u);
      }
      for (const whole of ['〔2023〕2号', '2024年', '（试行）', '（校）', '印发', '细则', '糖粮']) {
        if (title.includes(whole)) expect(lines.some((line) => line.includes(whole)), `${where} splits ${whole}`).toBe(true);
      }
    }
  }
});

test('the published titleLines of the fixtures are shapes the rule allows; an hourglass and a long line are not', () => {
  const published = [
    ['国务院关于印发个人所得税', '专项附加扣除暂行办法的通知'],
    ['国务院办公厅转发国家教委', '关于内地西藏班（校）扩大规模', '有关问题请示的通知'],
    ['国务院关于棉粮、糖粮挂钩奖售粮', '几个问题的通知'],
    ['重庆市政策性粮食购销违法违规行为', '举报奖励实施细则（试行）'],
    ['重庆市放弃政策性粮食购销违法违规行为', '举报奖励资金声明书'],
  ];
  for (const lines of published) expect(titleLinesProblem(lines), lines.join(' / ')).toBeUndefined();
  expect(titleLinesProblem(['国务院办公厅转发国家教委关于', '内地西藏班（校）', '扩大规模有关问题请示的通知'])?.line).toBe(1);
  expect(titleLinesProblem(['立足数字经济新赛道推动数据要素产业创新发展行动方案', '（2023-2025年）'])?.line).toBe(0);
});

test('an hourglass is any line narrower than lines on both sides, also across a plateau', () => {
  expect(hourglassLine([14, 8, 13])).toBe(1);
  expect(hourglassLine([15, 12, 12, 15])).toBe(1);
  expect(hourglassLine([7, 13, 7])).toBe(-1);
  expect(hourglassLine([12, 14, 9])).toBe(-1);
  expect(hourglassLine([18, 18, 3])).toBe(-1);
  // Digits are half-width: 行动方案（2023-2025年）》的通知 is 20 characters but 15.5 wide.
  expect(cellsOf('行动方案（2023-2025年）》的通知')).toBe(15.5);
});
