/**
 * confusables, standard-formulations and de-di-de: each on real text with planted slips (exact positions
 * and messages), on real text without them (no finding), and on the sentences each rule deliberately
 * leaves alone.
 */
import { expect, test } from '@playwright/test';
import { lintPaths, lintSource } from '../../plugins/lint/lint.ts';
import { fixture, locate } from './locate.ts';

const DIR = 'tests/fixtures/lint/rules';

async function findings(name: string, ruleId: string) {
  const [result] = await lintPaths([`${DIR}/${name}`]);
  return result!.messages.filter((m) => m.ruleId === ruleId).map(({ line, column, severity, message, text }) => ({ line, column, severity, message, text }));
}

function report(paragraph: string, ruleId: string) {
  const source = `---\ntitle: 通知\nissuers: [某市人民政府]\ndocNumber: 某政发〔2024〕1号\ndate: 2024年1月23日\ndisclosure: 主动公开\n---\n\n${paragraph}\n`;
  return lintSource('x.mdx', source)
    .messages.filter((m) => m.ruleId === ruleId)
    .map(({ column, message, text }) => ({ column, message, text }));
}

const JIEZHI = '截止 before a time — write 截至 (《现代汉语词典》第7版: 截止 takes no time after it, 截至 does)';

test('confusables: 按装, 布署 and 截止 before a date planted into the seed are found; the published sentences are not', async () => {
  const source = fixture(`${DIR}/confusables.bad.mdx`);
  expect(await findings('confusables.bad.mdx', 'confusables')).toEqual([
    { ...locate(source, '设备按装', 0, 2), severity: 'warning', text: '按装', message: '按装 — write 安装 (《咬文嚼字》当代汉语出版物中最常见的100个别字 (1))' },
    { ...locate(source, '决策布署', 0, 2), severity: 'warning', text: '布署', message: '布署 — write 部署 (《现代汉语词典》第7版)' },
    { ...locate(source, '截止2023', 1), severity: 'warning', text: '截止', message: JIEZHI },
  ]);
  expect(await findings('confusables.good.mdx', 'confusables')).toEqual([]);
});

test('confusables: the guards keep real words in which a wrong form can be read', () => {
  // 发布署名 (发布 + 署名), 一座落成 (一座 + 落成), 全部份额 (全部 + 份额), 按装机容量 (按 + 装机容量), 既使…又… (既…又…).
  expect(report('发布署名文章，一座落成的场馆，占全部份额，按装机容量计算，既使企业受益，又方便群众。', 'confusables')).toEqual([]);
  expect(report('该馆座落于镇中心，部份项目再接再励。', 'confusables')).toEqual([
    { column: 3, text: '座落', message: '座落 — write 坐落 (GF 1001-2001 第一批异形词整理表)' },
    { column: 10, text: '部份', message: '部份 — write 部分 (《现代汉语词典》第7版)' },
    { column: 14, text: '再接再励', message: '再接再励 — write 再接再厉 (《咬文嚼字》当代汉语出版物中最常见的100个别字)' },
  ]);
  // 截止 before 目前 is flagged; 截止日期, 报名截止 and 截止到 are not.
  expect(report('截止目前，已完成报名。截止日期为3月1日，报名截止。截止到2023年底。', 'confusables')).toEqual([{ column: 1, text: '截止', message: JIEZHI }]);
});

test('standard-formulations: 习近平 left out, 党的20大 and 完整准确全面 planted into 国发〔2023〕16号 are found; the published text is not', async () => {
  const source = fixture(`${DIR}/standard-formulations.bad.mdx`);
  const SOURCE = '(党章 and 党的二十大报告)';
  expect(await findings('standard-formulations.bad.mdx', 'standard-formulations')).toEqual([
    {
      ...locate(source, '以新时代', 0, 1),
      severity: 'warning',
      text: '新时代中国特色社会主义思想',
      message: `新时代中国特色社会主义思想 without 习近平 — write 习近平新时代中国特色社会主义思想 ${SOURCE}`,
    },
    { ...locate(source, '党的20大', 1), severity: 'warning', text: '党的20大', message: `党的20大 in Arabic numerals — write 党的二十大 ${SOURCE}` },
    { ...locate(source, '完整准确全面贯彻'), severity: 'warning', text: '完整准确全面', message: `完整准确全面 without 顿号 — write 完整、准确、全面贯彻新发展理念 ${SOURCE}` },
  ]);
  expect(await findings('standard-formulations.good.mdx', 'standard-formulations')).toEqual([]);
});

test('standard-formulations: the order of 四个意识, 四个自信, 四个全面 and 五位一体 when every member is listed', () => {
  // 《中国共产党章程》总纲 and the 党的二十大报告 as published: the standard orders.
  const standard =
    '增强政治意识、大局意识、核心意识、看齐意识，坚定道路自信、理论自信、制度自信、文化自信。统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设“五位一体”总体布局，协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党“四个全面”战略布局。';
  expect(report(standard, 'standard-formulations')).toEqual([]);
  // Planted: two members swapped in each set; a partial list (政治意识、核心意识、看齐意识, as a 2016 text has it) is left alone.
  const swapped = '增强政治意识、核心意识、大局意识、看齐意识，坚定理论自信、道路自信、制度自信、文化自信，统筹经济建设、政治建设、社会建设、文化建设和生态文明建设，增强政治意识、核心意识、看齐意识。';
  expect(report(swapped, 'standard-formulations')).toEqual([
    { column: 3, text: '政治意识、核心意识、大局意识、看齐意识', message: '四个意识 in another order — write 政治意识、大局意识、核心意识、看齐意识 (党章 and 党的二十大报告)' },
    { column: 25, text: '理论自信、道路自信、制度自信、文化自信', message: '四个自信 in another order — write 道路自信、理论自信、制度自信、文化自信 (党章 and 党的二十大报告)' },
    {
      column: 47,
      text: '经济建设、政治建设、社会建设、文化建设和生态文明建设',
      message: '五位一体 in another order — write 经济建设、政治建设、文化建设、社会建设、生态文明建设 (党章 and 党的二十大报告)',
    },
  ]);
  // 党的二十大报告: 以习近平同志为主要代表的中国共产党人…创立了新时代中国特色社会主义思想 — the name stands earlier.
  expect(report('创立了新时代中国特色社会主义思想。', 'standard-formulations')).toEqual([]);
  expect(report('党的十九届5中全会', 'standard-formulations')).toEqual([
    { column: 3, text: '十九届5中全会', message: '十九届5中全会 in Arabic numerals — write 十九届五中全会 (党章 and 党的二十大报告)' },
  ]);
});

test('de-di-de: 全面的落实 after 要 and 做的很好 planted into the seed are found; the published sentences are not', async () => {
  const source = fixture(`${DIR}/de-di-de.bad.mdx`);
  expect(await findings('de-di-de.bad.mdx', 'de-di-de')).toEqual([
    {
      ...locate(source, '全面的落实', 1),
      severity: 'warning',
      text: '全面的落实',
      message: '的 between an adverbial and its verb in 全面的落实 — write 全面地落实 (《现代汉语词典》第7版)',
    },
    { ...locate(source, '做的很', 1), severity: 'warning', text: '做的很', message: '的 before a complement of degree in 做的很 — write 做得很 (《现代汉语词典》第7版)' },
  ]);
  expect(await findings('de-di-de.good.mdx', 'de-di-de')).toEqual([]);
});

test('de-di-de: 得 for 地 is found; noun phrases with 的 are left alone', () => {
  expect(report('认真得落实各项措施。', 'de-di-de')).toEqual([
    { column: 1, text: '认真得落实', message: '得 between an adverbial and its verb in 认真得落实 — write 认真地落实 (《现代汉语词典》第7版)' },
  ]);
  // No modal before: 通过深入的学习, 起到有效的推动作用 are noun phrases; 所做的十分有限 is “what was done”; 全面得到落实 is 得到.
  expect(report('通过深入的学习，起到积极的推动作用，所做的十分有限，各项任务全面得到落实，做的很多工作。', 'de-di-de')).toEqual([]);
});
