/**
 * Every rule on a fixture with the defect (exact positions and messages) and one without it
 * (no finding), and the seed's text: only its known defects are found, nothing else.
 */
import { expect, test } from '@playwright/test';
import { lintPaths, lintSource } from '../../plugins/lint/lint.ts';
import { RULES } from '../../plugins/lint/rules/index.ts';
import type { LintMessage } from '../../plugins/lint/types.ts';
import { fixture, locate } from './locate.ts';

const DIR = 'tests/fixtures/lint/rules';

async function findings(name: string, ruleId: string): Promise<Pick<LintMessage, 'line' | 'column' | 'severity' | 'message'>[]> {
  const [result] = await lintPaths([`${DIR}/${name}`]);
  return result!.messages.filter((m) => m.ruleId === ruleId).map(({ line, column, severity, message }) => ({ line, column, severity, message }));
}

test('every rule has an id, a one-line rationale and a severity', () => {
  expect(RULES.map((rule) => rule.id).sort()).toEqual([
    'admin-divisions',
    'attachment-references',
    'broken-paragraph',
    'confusables',
    'date-consistency',
    'date-exists',
    'date-references',
    'de-di-de',
    'doc-number-brackets',
    'empty-body',
    'enumeration-comma',
    'gbt9704-2012-form',
    'halfwidth-punct',
    'issued-document-references',
    'latin-in-han',
    'number-integrity',
    'numbering-structure',
    'paired-marks',
    'place-name-near-miss',
    'proper-name-variants',
    'remote-content',
    'space-han-latin',
    'standard-formulations',
    'title-lines',
    'unprinted-parts',
  ]);
  for (const rule of RULES) {
    expect(rule.rationale.length, rule.id).toBeGreaterThan(20);
    expect(rule.rationale, rule.id).not.toContain('\n');
    expect(['error', 'warning']).toContain(rule.severity);
  }
});

test('latin-in-han: "and" between Han characters, with or without spaces', async () => {
  const source = fixture(`${DIR}/latin-in-han.bad.mdx`);
  const message = 'English word "and" inside Chinese text — did you mean 和?';
  expect(await findings('latin-in-han.bad.mdx', 'latin-in-han')).toEqual([
    { ...locate(source, 'and', 0), severity: 'warning', message },
    { ...locate(source, 'and', 1), severity: 'warning', message },
  ]);
  // PM2.5, 5G, 联东U谷, GDP and 3km are legitimate.
  expect(await findings('latin-in-han.good.mdx', 'latin-in-han')).toEqual([]);
});

test('space-han-latin: spaces between Han and numerals', async () => {
  const source = fixture(`${DIR}/space-han-latin.bad.mdx`);
  expect(await findings('space-han-latin.bad.mdx', 'space-han-latin')).toEqual([
    { ...locate(source, '值 78', 0, 1), severity: 'warning', message: 'space in "值 78.46" — write 值78.46' },
    { ...locate(source, '46 亿', 0, 2), severity: 'warning', message: 'space in "78.46 亿" — write 78.46亿' },
    { ...locate(source, '长 1.5', 0, 1), severity: 'warning', message: 'space in "长 1.5%" — write 长1.5%' },
  ]);
  expect(await findings('space-han-latin.good.mdx', 'space-han-latin')).toEqual([]);
});

test('halfwidth-punct: , ; : ( ) ? beside Chinese text, but not 8:30 or 1,000', async () => {
  const source = fixture(`${DIR}/halfwidth-punct.bad.mdx`);
  const expected = ['是:', '确,', '念(', '行)', ')?'].map(([before, mark]) => ({
    ...locate(source, `${before}${mark}`, 0, 1),
    severity: 'warning',
    message: `half-width "${mark}" in Chinese text — write "${{ ':': '：', ',': '，', '(': '（', ')': '）', '?': '？' }[mark!]}"`,
  }));
  expect(await findings('halfwidth-punct.bad.mdx', 'halfwidth-punct')).toEqual(expected);
  expect(await findings('halfwidth-punct.good.mdx', 'halfwidth-punct')).toEqual([]);
});

test('paired-marks: unclosed, mismatched and stray quotes and brackets, per paragraph', async () => {
  const source = fixture(`${DIR}/paired-marks.bad.mdx`);
  expect(await findings('paired-marks.bad.mdx', 'paired-marks')).toEqual([
    { ...locate(source, '“十项'), severity: 'warning', message: '"“" is not closed in this paragraph — add "”"' },
    { ...locate(source, '《政府'), severity: 'warning', message: '"《" is not closed in this paragraph — add "》"' },
    { ...locate(source, '”的通知'), severity: 'warning', message: '"”" closes nothing in this paragraph — add "“" before it or remove it' },
    { ...locate(source, '）。'), severity: 'warning', message: '"）" closes nothing in this paragraph — add "（" before it or remove it' },
  ]);
  expect(await findings('paired-marks.good.mdx', 'paired-marks')).toEqual([]);
});

test('doc-number-brackets: [2024], 【2024】, （2024） and 第 in a 文号 quoted in the text', async () => {
  const source = fixture(`${DIR}/doc-number-brackets.bad.mdx`);
  expect(await findings('doc-number-brackets.bad.mdx', 'doc-number-brackets')).toEqual([
    { ...locate(source, '[2023]'), severity: 'error', message: '文号 "津政发[2023]5号": the year must be in 六角括号 〔〕 — write 津政发〔2023〕5号' },
    { ...locate(source, '【2024】'), severity: 'error', message: '文号 "…政办发【2024】3号": the year must be in 六角括号 〔〕 — write …政办发〔2024〕3号' },
    { ...locate(source, '（2022）'), severity: 'error', message: '文号 "…青政发（2022）12号": the year must be in 六角括号 〔〕 — write …青政发〔2022〕12号' },
    { ...locate(source, '〔2024〕第'), severity: 'error', message: '文号 "…张政发〔2024〕第2号": the serial number takes no 第 — write …张政发〔2024〕2号' },
  ]);
  // A year in brackets that is not a 文号 (（2024年）) is left alone.
  expect(await findings('doc-number-brackets.good.mdx', 'doc-number-brackets')).toEqual([]);
});

test('date-consistency: 成文日期 outside the 文号 year and before the meeting named in the subtitle attribute', async () => {
  const source = fixture(`${DIR}/date-consistency.bad.mdx`);
  const date = locate(source, '2023年1月23日');
  const meeting = locate(source, '2024年1月18日');
  expect(await findings('date-consistency.bad.mdx', 'date-consistency')).toEqual([
    { ...date, severity: 'warning', message: '成文日期 2023年1月23日 is in 2023, but the 文号 西青张政发〔2024〕1号 is numbered in 〔2024〕 — one of them is wrong' },
    {
      ...date,
      severity: 'warning',
      message: `成文日期 2023年1月23日 is earlier than 2024年1月18日, the occasion the document names at ${meeting.line}:${meeting.column} — a document cannot be dated before it`,
    },
  ]);
  expect(await findings('date-consistency.good.mdx', 'date-consistency')).toEqual([]);
});

test("place-name-near-miss: 张家口 in a document of 张家窝镇, but not 张家窝村 or 西青园", async () => {
  const source = fixture(`${DIR}/place-name-near-miss.bad.mdx`);
  const message = `"张家口" differs by one character from 张家窝, the issuer's own place name — is 张家窝 meant?`;
  expect(await findings('place-name-near-miss.bad.mdx', 'place-name-near-miss')).toEqual([
    { ...locate(source, '张家口', 0), severity: 'warning', message },
    { ...locate(source, '张家口', 1), severity: 'warning', message },
  ]);
  expect(await findings('place-name-near-miss.good.mdx', 'place-name-near-miss')).toEqual([]);
});

test('proper-name-variants: 联动U谷 against the earlier 联东U谷', async () => {
  const source = fixture(`${DIR}/proper-name-variants.bad.mdx`);
  const first = locate(source, '联东U谷');
  expect(await findings('proper-name-variants.bad.mdx', 'proper-name-variants')).toEqual([
    {
      ...locate(source, '联动U谷'),
      severity: 'warning',
      message: `"联动U谷" here, but "联东U谷" at ${first.line}:${first.column} — one name spelt two ways; keep the right spelling`,
    },
  ]);
  expect(await findings('proper-name-variants.good.mdx', 'proper-name-variants')).toEqual([]);
});

test('numbering-structure: a level before its parent, gaps, a skipped level, a non-standard ordinal', async () => {
  const source = fixture(`${DIR}/numbering-structure.bad.mdx`);
  const lineOf = (start: string) => ({ line: source.split('\n').findIndex((line) => line.startsWith(start)) + 1, column: 1, severity: 'warning' });
  expect(await findings('numbering-structure.bad.mdx', 'numbering-structure')).toEqual([
    { ...lineOf('（一）总体'), message: '"（一）" comes before any 一、 in this part — the levels go 一、 → （一） → 1. → （1）' },
    { ...lineOf('（三）'), message: '"（三）" follows （一） — expected （二）' },
    { ...lineOf('（3）'), message: '"（3）" follows （1） — expected （2）' },
    { ...lineOf('三、'), message: '"三、" follows 一、 — expected 二、' },
    { ...lineOf('1、'), message: '"1、" is not a standard ordinal — write 1.' },
  ]);
  // Two parts (the notice and an issued document) each start at 一、; 一是…二是… is not a heading.
  expect(await findings('numbering-structure.good.mdx', 'numbering-structure')).toEqual([]);
});

test('gbt9704-2012-form: a 1999-edition 成文日期, 份号 and 保密期限 planted in a real 2014 函, each with the 2012 form to write', async () => {
  const source = fixture(`${DIR}/gbt9704-2012-form.bad.mdx`);
  expect(await findings('gbt9704-2012-form.bad.mdx', 'gbt9704-2012-form')).toEqual([
    { ...locate(source, 'copyNumber: "0012"', 0, 12), severity: 'warning', message: '份号 "0012" has 4 digits; GB/T 9704-2012 §7.2.1 writes six digits: 000012' },
    { ...locate(source, 'secrecyPeriod: 一年', 0, 15), severity: 'warning', message: '保密期限 "一年" is in Chinese numerals; GB/T 9704-2012 §7.2.2 writes its digits in Arabic: 1年' },
    {
      ...locate(source, 'date: 二〇一四年十一月十九日', 0, 6),
      severity: 'warning',
      message: '成文日期 "二〇一四年十一月十九日" is in Chinese numerals, as GB/T 9704-1999 wrote it; GB/T 9704-2012 §7.3.5.4 writes 2014年11月19日',
    },
  ]);
  // The schema accepts the old forms: the document has no other problem.
  const [result] = await lintPaths([`${DIR}/gbt9704-2012-form.bad.mdx`]);
  expect(result!.errorCount).toBe(0);
  expect(await findings('gbt9704-2012-form.good.mdx', 'gbt9704-2012-form')).toEqual([]);
});

test('gbt9704-2012-form: a real 2010 document as published (株政发〔2010〕4号, 二○一○年二月七日) follows the 1999 edition: no finding', async () => {
  const [result] = await lintPaths([`${DIR}/gbt9704-2012-form.pre2012.good.mdx`]);
  expect(result!.messages).toEqual([]);
  // One day after GB/T 9704-2012 took effect, the same forms are findings.
  const later = fixture(`${DIR}/gbt9704-2012-form.pre2012.good.mdx`)
    .replace('date: 二○一○年二月七日', 'date: 二○一二年七月一日')
    .replaceAll('株政发〔2010〕4号', '株政发〔2012〕4号');
  expect(lintSource('x.mdx', later).messages.map((m) => m.ruleId)).toEqual(['gbt9704-2012-form', 'gbt9704-2012-form', 'gbt9704-2012-form']);
});

test('gbt9704-2012-form: 印发日期 in Chinese numerals, and 份号 of one digit and of seven', () => {
  const source = [
    '---',
    'title: 通知',
    'copyNumber: "1"',
    'issuers: [某镇人民政府]',
    'docNumber: 某政发〔2015〕1号',
    'date: 2015年12月31日',
    'colophon:',
    '  printedBy: 某镇人民政府办公室',
    '  printDate: 二〇一五年十二月三十一日',
    '---',
    '',
    '正文。',
    '',
  ].join('\n');
  const report = (text: string) =>
    lintSource('x.mdx', text).messages.map(({ line, column, severity, ruleId, message }) => ({ line, column, severity, ruleId, message }));
  expect(report(source)).toEqual([
    { line: 3, column: 13, severity: 'warning', ruleId: 'gbt9704-2012-form', message: '份号 "1" has 1 digit; GB/T 9704-2012 §7.2.1 writes six digits: 000001' },
    {
      line: 9,
      column: 14,
      severity: 'warning',
      ruleId: 'gbt9704-2012-form',
      message: '印发日期 "二〇一五年十二月三十一日" is in Chinese numerals; GB/T 9704-2012 §7.4.3 writes 2015年12月31日',
    },
  ]);
  expect(report(source.replace('"1"', '"0000123"'))[0]!.message).toBe('份号 "0000123" has 7 digits; GB/T 9704-2012 §7.2.1 writes six digits: 000123');
  expect(report(source.replace('"1"', '"1234567"'))[0]!.message).toBe('份号 "1234567" has 7 digits; GB/T 9704-2012 §7.2.1 writes six digits, and this 份号 has more');
});

test('numbering-structure: real documents that number （一） on across 一、, restart 项 in each 条, or add a 注： list pass', async () => {
  // 国办发〔2018〕115号: （三） opens 二、 after （一）（二） under 一、.
  expect(await findings('numbering-structure.continuous.good.mdx', 'numbering-structure')).toEqual([]);
  // 国发〔2018〕41号: 第一章…第九章, 第一条…第三十二条 across chapters, （一） restarting in 第十七条, 第二十二条, 第二十六条.
  expect(await findings('numbering-structure.regulation.good.mdx', 'numbering-structure')).toEqual([]);
  // 国务院令第713号: 第一节… restarting in 第二章 and 第三章.
  expect(await findings('numbering-structure.sections.good.mdx', 'numbering-structure')).toEqual([]);
  // 国发〔2004〕18号: the 国务院工作规则 numbers 一、 on across its chapters (第二章 opens at 五、).
  expect(await findings('numbering-structure.chapters.good.mdx', 'numbering-structure')).toEqual([]);
  // 国办发〔2019〕4号: the 注： under the attachment's table lists 1.–12. of its own.
  expect(await findings('numbering-structure.note.good.mdx', 'numbering-structure')).toEqual([]);
});

test('numbering-structure: a real regulation broken on purpose — a missing article, chapter and 项, a non-standard 项', async () => {
  const source = fixture(`${DIR}/numbering-structure.regulation.bad.mdx`);
  const lineOf = (start: string) => ({ line: source.split('\n').findIndex((line) => line.startsWith(start)) + 1, column: 1, severity: 'warning' });
  expect(await findings('numbering-structure.regulation.bad.mdx', 'numbering-structure')).toEqual([
    { ...lineOf('第十一条'), message: '"第十一条" follows 第九条 — expected 第十条; articles are numbered on through the whole regulation, across chapters' },
    { ...lineOf('第八章'), message: '"第八章" follows 第六章 — expected 第七章' },
    { ...lineOf('（四）教育部门'), message: '"（四）" follows （二） — expected （三）' },
    { ...lineOf('(七)'), message: '"(七)" is not a standard ordinal — write （七）' },
  ]);
});

test('numbering-structure: a gap is still found where （n） run on across 一、, and inside a 注： list', async () => {
  const continuous = fixture(`${DIR}/numbering-structure.continuous.bad.mdx`);
  const at = (source: string, start: string) => ({ line: source.split('\n').findIndex((line) => line.startsWith(start)) + 1, column: 1, severity: 'warning' });
  expect(await findings('numbering-structure.continuous.bad.mdx', 'numbering-structure')).toEqual([
    { ...at(continuous, '（六）'), message: '"（六）" follows （四） — expected （五）' },
  ]);
  const note = fixture(`${DIR}/numbering-structure.note.bad.mdx`);
  expect(await findings('numbering-structure.note.bad.mdx', 'numbering-structure')).toEqual([
    { ...at(note, '6.“特需'), message: '"6." follows 4. — expected 5.' },
  ]);
});

test('numbering-structure: a section that breaks its own document\'s scheme — numbered on where the document restarts, or the reverse', () => {
  const numbering = (path: string, source: string) =>
    lintSource(path, source)
      .messages.filter((m) => m.ruleId === 'numbering-structure')
      .map(({ line, column, message }) => ({ line, column, message }));
  // 国办发〔2019〕4号 restarts （一） under each 一、; its 三、 renumbered （五）–（八） as if it went on.
  const restarting = fixture(`${DIR}/numbering-structure.note.good.mdx`);
  const onwards = ['提高病案首页质量', '统一编码和术语集', '完善满意度调查平台', '建立考核信息系统'].reduce(
    (text, title, i) => text.replace(`（${'一二三四'[i]}）${title}`, `（${'五六七八'[i]}）${title}`),
    restarting,
  );
  const restartAt = locate(restarting, '（一）医疗质量');
  expect(numbering('restarting.mdx', onwards)).toEqual([
    {
      ...locate(onwards, '（五）提高'),
      message: `"（五）" is the first of its level under 三、, but this part restarts （一） under each new parent (as at ${restartAt.line}:${restartAt.column}) — expected （一）`,
    },
  ]);
  // 国办发〔2018〕115号 numbers （n） on; its 四、 renumbered （一）–（三） as if it restarted.
  const continuing = fixture(`${DIR}/numbering-structure.continuous.good.mdx`);
  const restarted = continuing.replace('（十）加强', '（一）加强').replace('（十一）注重', '（二）注重').replace('（十二）强化', '（三）强化');
  const onAt = locate(continuing, '（三）明确审核范围');
  expect(numbering('continuing.mdx', restarted)).toEqual([
    {
      ...locate(restarted, '（一）加强'),
      message: `"（一）" is the first of its level under 四、, but this part numbers （一） on across parents (as at ${onAt.line}:${onAt.column}) — expected （十）`,
    },
  ]);
});

test('remote-content: a <script>, an <iframe>, files from other sites and javascript: links, each at its element or attribute', async () => {
  const source = fixture(`${DIR}/remote-content.bad.mdx`);
  const network = "so every reader's page and the PDF build would reach the network";
  const saveImage = 'save the image next to the MDX file and write it as ![说明](./name.png), so it is built into the site';
  const javascript = 'a javascript: link runs code when a reader follows it — link to a page (https://…) or remove the link';
  expect(await findings('remote-content.bad.mdx', 'remote-content')).toEqual(
    [
      // Occurrence 1: the frontmatter comment names them first.
      [locate(source, '<script>', 1), "a <script> in a document runs its code on every reader's page and in the browser that prints the PDF — remove it: a document holds text, tables and images"],
      [locate(source, '<iframe', 1), `an <iframe> loads another page into the document, ${network} — remove it, or link the page as [说明](https://…)`],
      [locate(source, '![执法流程图](https'), `the image https://www.gov.cn/images/enforcement-flow.png is loaded from another site, ${network} — ${saveImage}`],
      [locate(source, 'src="http://www.gov.cn'), `<img src="http://www.gov.cn/images/flow-small.png"> loads a file from another site, ${network} — ${saveImage}`],
      // Only the remote candidate of the srcset; the 1x file is the site's own.
      [locate(source, 'srcset='), `<source srcset="//cdn.example.com/flow@2x.png"> loads a file from another site, ${network} — ${saveImage}`],
      [locate(source, 'href="//fonts'), `<link href="//fonts.example.com/fangsong.css"> loads a file from another site, ${network} — remove it: the site brings its own styles and fonts`],
      [locate(source, 'data="https'), `<object data="https://www.gov.cn/files/flow.pdf"> loads a file from another site, ${network} — remove it; for a picture, ${saveImage}`],
      // A URL written as an expression is read too.
      [locate(source, 'src={"https'), `<embed src="https://www.gov.cn/files/flow.svg"> loads a file from another site, ${network} — remove it; for a picture, ${saveImage}`],
      // ![…][flow]: the URL comes from the definition below it.
      [locate(source, '![执法流程图（参考）]'), `the image https://www.gov.cn/images/enforcement-flow-ref.png is loaded from another site, ${network} — ${saveImage}`],
      [locate(source, '[执法公示平台]'), javascript],
      [locate(source, 'href="javascript'), javascript],
    ].map(([position, message]) => ({ ...(position as { line: number; column: number }), severity: 'error', message })),
  );
  // The site's own image, a data: image, links to other sites, and the words as text are fine.
  expect(await findings('remote-content.good.mdx', 'remote-content')).toEqual([]);
});

test("the seed's text: its six kinds of defect are found, and nothing else", async () => {
  const path = 'tests/fixtures/lint/seed-like.mdx';
  const source = fixture(path);
  const [result] = await lintPaths([path]);
  const found = result!.messages.map(({ line, column, ruleId, text }) => ({ line, column, ruleId, text }));
  const date = locate(source, 'date: 2023年1月23日', 0, 6);
  expect(found).toEqual([
    { ...date, ruleId: 'date-consistency', text: '2023年1月23日' },
    { ...date, ruleId: 'date-consistency', text: '2023年1月23日' },
    { ...locate(source, '“亲商八条”、“双万双服”'), ruleId: 'enumeration-comma', text: '“亲商八条”、“双万双服”' },
    { ...locate(source, '“厕所革命”、“楼道革命”'), ruleId: 'enumeration-comma', text: '“厕所革命”、“楼道革命”' },
    { ...locate(source, '“积分制”、“清单制”'), ruleId: 'enumeration-comma', text: '“积分制”、“清单制”' },
    // 于田 is a 县 of 和田地区: the seed writes 新疆于田地区 twice.
    { ...locate(source, '于田地区', 0), ruleId: 'admin-divisions', text: '于田地区' },
    { ...locate(source, '张家口', 0), ruleId: 'place-name-near-miss', text: '张家口' },
    { ...locate(source, '张家口', 1), ruleId: 'place-name-near-miss', text: '张家口' },
    { ...locate(source, '联动U谷'), ruleId: 'proper-name-variants', text: '联动U谷' },
    { ...locate(source, '“时间表”、“路线图”、“任务书”'), ruleId: 'enumeration-comma', text: '“时间表”、“路线图”、“任务书”' },
    { ...locate(source, '于田地区', 1), ruleId: 'admin-divisions', text: '于田地区' },
    { ...locate(source, '企业and企业家', 0, 2), ruleId: 'latin-in-han', text: 'and' },
    { ...locate(source, '“枫桥经验”、“浦江经验”'), ruleId: 'enumeration-comma', text: '“枫桥经验”、“浦江经验”' },
    { ...locate(source, '思想and党', 0, 2), ruleId: 'latin-in-han', text: 'and' },
  ]);

});

test('columns count characters, not UTF-16 units: a character outside the BMP is one column', () => {
  const source = '---\ntitle: 通知\nissuers: [某镇人民政府]\ndocNumber: 某政发〔2024〕1号\ndate: 2024年1月23日\ndisclosure: 主动公开\n---\n\n𠀀𠀁企业and企业。\n';
  const result = lintSource('x.mdx', source);
  expect(result.messages.map(({ line, column, ruleId }) => ({ line, column, ruleId }))).toEqual([{ line: 9, column: 5, ruleId: 'latin-in-han' }]);
});

test('printed frontmatter fields (title, 主送, 抄送) are read like the body, at their own positions', async () => {
  const path = 'tests/fixtures/lint/frontmatter-text.mdx';
  const source = fixture(path);
  const [result] = await lintPaths([path]);
  expect(result!.messages.map(({ line, column, ruleId }) => ({ line, column, ruleId }))).toEqual([
    // The title is quoted in the YAML: the position skips the quote.
    { ...locate(source, '《政府'), ruleId: 'paired-marks' },
    { ...locate(source, '室,', 0, 1), ruleId: 'halfwidth-punct' },
    { ...locate(source, '张家口'), ruleId: 'place-name-near-miss' },
    { ...locate(source, 'and'), ruleId: 'latin-in-han' },
  ]);
});

test('numbering-structure: 一、 → 1. with no （一） level is valid under a 一、 that never uses （一）; a （一） later under it is one finding', () => {
  const numbering = (source: string) =>
    lintSource('two-level.mdx', source)
      .messages.filter((m) => m.ruleId === 'numbering-structure')
      .map(({ line, column, severity, message }) => ({ line, column, severity, message }));
  // 国办发〔2018〕115号 (real text) rewritten into the two-level form of provincial 通知: its （n） become 1., 2., … under each 一、.
  const real = fixture(`${DIR}/numbering-structure.continuous.good.mdx`);
  const under = [['一', '二'], ['三', '四', '五', '六', '七'], ['八', '九'], ['十', '十一', '十二']];
  const twoLevel = under.flat().reduce((text, n) => text.replace(new RegExp(`^（${n}）`, 'mu'), `${under.find((g) => g.includes(n))!.indexOf(n) + 1}.`), real);
  expect(twoLevel).toContain('\n1.明确审核范围');
  expect(numbering(twoLevel)).toEqual([]);
  // A （一） planted under a 1.: one finding at it, naming where its 一、 skipped the level.
  const planted = twoLevel.replace('\n2.发挥审核管理', '\n（一）发挥审核管理');
  const skip = locate(planted, '1.完善审核工作方式');
  expect(numbering(planted)).toEqual([
    {
      ...locate(planted, '（一）发挥审核管理'),
      severity: 'warning',
      message: `"（一）" stands in a part that numbers 1. directly under 一、, without the level （一） (as at ${skip.line}:${skip.column}) — the levels go 一、 → （一） → 1. → （1）`,
    },
  ]);
  // Each 一、 chooses its own levels (京建发〔2014〕421号 has （一） under 三、 and 1. directly under 四、): numbering-structure.bad.mdx's 三、 then 1、 is no skip.
});

test('numbering-structure: a real 通知 in the two-level form (粤府〔2021〕22号, 一、 → 1.) passes; a （一） planted among its 1. is one finding', async () => {
  expect(await findings('numbering-structure.two-level.good.mdx', 'numbering-structure')).toEqual([]);
  const source = fixture(`${DIR}/numbering-structure.two-level.bad.mdx`);
  const skip = locate(source, '1.地区生产总值');
  // 4. after the planted （一） goes on from 3.: the one fault is the （一） (occurrence 0 is the comment naming it).
  expect(await findings('numbering-structure.two-level.bad.mdx', 'numbering-structure')).toEqual([
    {
      ...locate(source, '（一）主要预期目标', 1),
      severity: 'warning',
      message: `"（一）" stands in a part that numbers 1. directly under 一、, without the level （一） (as at ${skip.line}:${skip.column}) — the levels go 一、 → （一） → 1. → （1）`,
    },
  ]);
});

test('numbering-structure: one wrong number is one finding — the next follows either the number written or the one expected', () => {
  const numbering = (source: string) =>
    lintSource('slip.mdx', source)
      .messages.filter((m) => m.ruleId === 'numbering-structure')
      .map(({ line, column, message }) => ({ line, column, message }));
  // 国办发〔2018〕115号 (real text) with （五） mistyped （八）: （六） goes on from the （五） expected, not from （八）.
  const real = fixture(`${DIR}/numbering-structure.continuous.good.mdx`);
  const slip = real.replace('（五）规范审核程序', '（八）规范审核程序');
  expect(numbering(slip)).toEqual([{ ...locate(slip, '（八）规范'), message: '"（八）" follows （四） — expected （五）' }]);
  // A gap (（五） left out, numbering-structure.continuous.bad.mdx) is one finding too: （七） goes on from （六）.
  const gap = fixture(`${DIR}/numbering-structure.continuous.bad.mdx`);
  expect(numbering(gap)).toEqual([{ ...locate(gap, '（六）'), message: '"（六）" follows （四） — expected （五）' }]);
});

test('paired-marks: a 书名号 that opens on one titleLines line and closes on the next is one title, not two findings', () => {
  // 京建法〔2014〕14号 (real), its title broken over two lines as tests/fixture-site/content/attachment-single.mdx prints it.
  const source = fixture('tests/fixture-site/content/attachment-single.mdx');
  expect(source).toContain('关于印发《北京市建筑施工混凝土布料机');
  expect(lintSource('title.mdx', source).messages.filter((m) => m.ruleId === 'paired-marks')).toEqual([]);
  // A 书名号 still left open across the lines is found, at its place in the first line.
  const open = source.replace('安全使用管理暂行办法》的通知]', '安全使用管理暂行办法的通知]');
  expect(lintSource('title.mdx', open).messages.filter((m) => m.ruleId === 'paired-marks').map(({ line, column, message }) => ({ line, column, message }))).toEqual([
    { ...locate(open, '《北京市建筑施工混凝土布料机,'), message: '"《" is not closed in this paragraph — add "》"' },
  ]);
});

test('space-han-latin: the space after a figure or table label (图1 发文稿纸格式) is the caption form, not a finding', () => {
  const head = fixture(`${DIR}/space-han-latin.good.mdx`).split('---\n').slice(0, 2).join('---\n') + '---\n\n';
  // Captions as GB/T 9704-2012 sets its figures (图1 A4型公文用纸页边及版心尺寸); a space inside running text still is one.
  const source = `${head}图1 发文稿纸格式\n\n附表2 任务分工\n\n表3-1 指标体系\n\n详见图1 所示。\n`;
  expect(lintSource('caption.mdx', source).messages.filter((m) => m.ruleId === 'space-han-latin').map(({ line, column, message }) => ({ line, column, message }))).toEqual([
    { ...locate(source, '图1 所示', 0, 2), message: 'space in "1 所" — write 1所' },
  ]);
});
