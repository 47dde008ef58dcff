/**
 * Acknowledged findings: the seed keeps its published wording and acknowledges each finding it
 * keeps; an acknowledgement that matches nothing is a warning.
 */
import { expect, test } from '@playwright/test';
import { lintPaths, lintSource } from '../../plugins/lint/lint.ts';
import { fixture, locate } from './locate.ts';

/** The real seed, which keeps its published wording with the acknowledgements of seed-acknowledgements.yaml. */
const ACKNOWLEDGED_SEED = 'content/xiqing-zhangzhengfa-2024-1.mdx';

test('the seed with its acknowledgements: every finding is acknowledged with its reason, none is left', async () => {
  const path = ACKNOWLEDGED_SEED;
  const [result] = await lintPaths([path]);
  expect(result!.errorCount).toBe(0);
  expect(result!.warningCount).toBe(0);
  const kept = result!.messages.map(({ severity, ruleId, text, reason }) => ({ severity, ruleId, text, reason }));
  const reasonFor = (rule: string, text: string) => {
    const yaml = fixture('tests/fixtures/lint/seed-acknowledgements.yaml');
    const entry = yaml.split('  - ').find((block) => block.startsWith(`rule: ${rule}\n    text: ${text}\n`));
    return /reason: (.*)/u.exec(entry ?? '')?.[1];
  };
  expect(kept).toEqual([
    { severity: 'acknowledged', ruleId: 'date-consistency', text: '2023年1月23日', reason: reasonFor('date-consistency', '2023年1月23日') },
    { severity: 'acknowledged', ruleId: 'date-consistency', text: '2023年1月23日', reason: reasonFor('date-consistency', '2023年1月23日') },
    { severity: 'acknowledged', ruleId: 'enumeration-comma', text: '“亲商八条”、“双万双服”', reason: reasonFor('enumeration-comma', '“亲商八条”、“双万双服”') },
    { severity: 'acknowledged', ruleId: 'enumeration-comma', text: '“厕所革命”、“楼道革命”', reason: reasonFor('enumeration-comma', '“厕所革命”、“楼道革命”') },
    { severity: 'acknowledged', ruleId: 'enumeration-comma', text: '“积分制”、“清单制”', reason: reasonFor('enumeration-comma', '“积分制”、“清单制”') },
    { severity: 'acknowledged', ruleId: 'admin-divisions', text: '于田地区', reason: reasonFor('admin-divisions', '新疆于田地区') },
    { severity: 'acknowledged', ruleId: 'place-name-near-miss', text: '张家口', reason: reasonFor('place-name-near-miss', '张家口') },
    { severity: 'acknowledged', ruleId: 'place-name-near-miss', text: '张家口', reason: reasonFor('place-name-near-miss', '张家口') },
    { severity: 'acknowledged', ruleId: 'proper-name-variants', text: '联动U谷', reason: reasonFor('proper-name-variants', '联动U谷') },
    { severity: 'acknowledged', ruleId: 'enumeration-comma', text: '“时间表”、“路线图”、“任务书”', reason: reasonFor('enumeration-comma', '“时间表”、“路线图”、“任务书”') },
    { severity: 'acknowledged', ruleId: 'admin-divisions', text: '于田地区', reason: reasonFor('admin-divisions', '新疆于田地区') },
    { severity: 'acknowledged', ruleId: 'latin-in-han', text: 'and', reason: reasonFor('latin-in-han', '民营企业and企业家') },
    { severity: 'acknowledged', ruleId: 'enumeration-comma', text: '“枫桥经验”、“浦江经验”', reason: reasonFor('enumeration-comma', '“枫桥经验”、“浦江经验”') },
    { severity: 'acknowledged', ruleId: 'latin-in-han', text: 'and', reason: reasonFor('latin-in-han', '思想and党的二十大精神') },
  ]);
  expect(kept.every((m) => typeof m.reason === 'string' && m.reason.startsWith('原文如此'))).toBe(true);
});

test('an acknowledgement that matches no finding is a stale warning at its line; the other findings stay', async () => {
  const path = 'tests/fixtures/lint/stale-acknowledgement.mdx';
  const source = fixture(path);
  const [result] = await lintPaths([path]);
  const stale = result!.messages.filter((m) => m.ruleId === 'stale-acknowledgement');
  expect(stale.map(({ line, column, severity, message }) => ({ line, column, severity, message }))).toEqual([
    {
      ...locate(source, 'rule: latin-in-han', 1),
      severity: 'warning',
      message: 'acknowledgement of latin-in-han "民营企业or企业家" matches no finding: the text has changed or the finding is gone — remove the acknowledgement or correct its text',
    },
    {
      ...locate(source, 'rule: place-name-nearmiss'),
      severity: 'warning',
      message: 'acknowledgement of place-name-nearmiss "张家口" matches no finding: there is no rule place-name-nearmiss — did you mean place-name-near-miss?',
    },
  ]);
  // The valid acknowledgement covers only the "and" it quotes; the second "and" is still a warning.
  const and = result!.messages.filter((m) => m.ruleId === 'latin-in-han').map(({ line, column, severity }) => ({ line, column, severity }));
  expect(and).toEqual([
    { ...locate(source, '企业and企业家合法', 0, 2), severity: 'acknowledged' },
    { ...locate(source, '思想and党', 0, 2), severity: 'warning' },
  ]);
  // The 张家口 acknowledgement names a rule that does not exist, so both 张家口 stay warnings.
  expect(result!.messages.filter((m) => m.ruleId === 'place-name-near-miss').map((m) => m.severity)).toEqual(['warning', 'warning']);
});

test('a 成文日期 in Chinese numerals on a document of 2014, kept as published: the gbt9704-2012-form warning is acknowledged, at the date field', async () => {
  const path = 'tests/fixtures/lint/archive-acknowledged.mdx';
  const source = fixture(path);
  const [result] = await lintPaths([path]);
  expect(result!.messages.map(({ line, column, severity, ruleId, text, reason }) => ({ line, column, severity, ruleId, text, reason }))).toEqual([
    {
      ...locate(source, 'date: 二〇一四年十一月十九日', 0, 6),
      severity: 'acknowledged',
      ruleId: 'gbt9704-2012-form',
      text: '二〇一四年十一月十九日',
      reason: '原文如此。the copy kept dates it in Chinese numerals, as GB/T 9704-1999 §8.2.5 wrote 成文日期',
    },
  ]);
  expect([result!.errorCount, result!.warningCount, result!.acknowledgedCount]).toEqual([0, 0, 1]);
});

test('an acknowledgement quoting the date with the other zero (○ for the written 〇) is stale, and the warning stays', async () => {
  const path = 'tests/fixtures/lint/archive-acknowledged.mdx';
  const source = fixture(path).replace('text: 二〇一四年十一月十九日', 'text: 二○一四年十一月十九日');
  const result = lintSource(path, source);
  expect(result.messages.map(({ severity, ruleId }) => ({ severity, ruleId }))).toEqual([
    { severity: 'warning', ruleId: 'gbt9704-2012-form' },
    { severity: 'warning', ruleId: 'stale-acknowledgement' },
  ]);
});

test('the same acknowledgement on a document dated before GB/T 9704-2012 took effect is stale: its 1999 form was right', () => {
  const path = 'tests/fixtures/lint/archive-acknowledged.mdx';
  const source = fixture(path).replaceAll('二〇一四年十一月十九日', '二〇一一年十一月十九日').replaceAll('京建函〔2014〕428号', '京建函〔2011〕428号');
  const result = lintSource(path, source);
  expect(result.messages.map(({ severity, ruleId, text }) => ({ severity, ruleId, text }))).toEqual([
    { severity: 'warning', ruleId: 'stale-acknowledgement', text: '二〇一一年十一月十九日' },
  ]);
});
