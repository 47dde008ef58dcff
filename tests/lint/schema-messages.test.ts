/**
 * Frontmatter and MDX problems are reported as `file:line:col  error  rule  field "value": message`,
 * at the line of the field (or the opening --- for a missing one). Columns count characters.
 */
import { expect, test } from '@playwright/test';
import { formatMessage } from '../../plugins/lint/format.ts';
import { lintPaths } from '../../plugins/lint/lint.ts';

const DIR = 'tests/fixtures/lint/schema';

async function reportOf(name: string): Promise<string[]> {
  const [result] = await lintPaths([`${DIR}/${name}`]);
  return result!.messages.map(formatMessage);
}

test('a 文号 in square brackets names the field, the value and the correction, on its line', async () => {
  expect(await reportOf('doc-number-brackets.mdx')).toEqual([
    `${DIR}/doc-number-brackets.mdx:4:12  error  schema/docNumber  docNumber "西青张政发[2024]1号": the year must be in 六角括号 〔〕 — write 西青张政发〔2024〕1号`,
  ]);
});

test('a 文号 with 第 or a leading zero in its serial is read as published, and doc-number-brackets names the correction', async () => {
  expect(await reportOf('doc-number-di.mdx')).toEqual([
    `${DIR}/doc-number-di.mdx:4:12  error  doc-number-brackets  docNumber "西青张政发〔2024〕第1号": the serial number takes no 第 — write 西青张政发〔2024〕1号`,
  ]);
  expect(await reportOf('doc-number-zero.mdx')).toEqual([
    `${DIR}/doc-number-zero.mdx:4:12  error  doc-number-brackets  docNumber "西青张政发〔2024〕01号": the serial number takes no leading zero — write 西青张政发〔2024〕1号`,
  ]);
});

test('a date that does not exist (2023 is not a leap year)', async () => {
  expect(await reportOf('date-missing-day.mdx')).toEqual([
    `${DIR}/date-missing-day.mdx:5:7  error  schema/date  date: 成文日期 (date) "2023年2月29日" does not exist in the calendar`,
  ]);
});

test('a date in Chinese numerals that does not exist is shown as read', async () => {
  expect(await reportOf('date-chinese-impossible.mdx')).toEqual([
    `${DIR}/date-chinese-impossible.mdx:5:7  error  schema/date  date: 成文日期 (date) "一九九八年二月三十日" (1998年2月30日) does not exist in the calendar`,
  ]);
});

test('公开方式, 密级 and 紧急程度 outside their sets are each reported, with the allowed values', async () => {
  expect(await reportOf('outside-sets.mdx')).toEqual([
    `${DIR}/outside-sets.mdx:6:13  error  schema/disclosure  disclosure "公开发布": 公开方式 (disclosure) must be one of 主动公开 / 依申请公开 / 不予公开`,
    `${DIR}/outside-sets.mdx:7:15  error  schema/secrecyLevel  secrecyLevel "内部": 密级 (secrecyLevel) must be one of 绝密 / 机密 / 秘密`,
    `${DIR}/outside-sets.mdx:8:10  error  schema/urgency  urgency "急件": 紧急程度 (urgency) must be one of 特急 / 加急 / 特提 / 平急`,
  ]);
});

test('保密期限 without 密级', async () => {
  expect(await reportOf('period-without-level.mdx')).toEqual([
    `${DIR}/period-without-level.mdx:7:16  error  schema/secrecyPeriod  secrecyPeriod: 保密期限 "1年" needs a 密级 — add secrecyLevel (绝密 / 机密 / 秘密) or remove secrecyPeriod`,
  ]);
});

test('签发人 on a document that is not a 上行文', async () => {
  expect(await reportOf('signers-down.mdx')).toEqual([
    `${DIR}/signers-down.mdx:7:10  error  schema/signers  signers ["赵林"]: 签发人 is printed only on a 上行文; this document has direction "down" — set direction: up or remove signers`,
  ]);
});

test('a misspelt field suggests the known name, and is not also reported as missing', async () => {
  expect(await reportOf('unknown-field.mdx')).toEqual([
    `${DIR}/unknown-field.mdx:4:1  error  schema/docNumbr  docNumbr "西青张政发〔2024〕1号": unknown field — did you mean docNumber?`,
  ]);
});

test('a missing required field is reported at the opening --- with the line to add', async () => {
  expect(await reportOf('missing-issuers.mdx')).toEqual([
    `${DIR}/missing-issuers.mdx:1:1  error  schema/issuers  issuers: 发文机关 (issuers) is missing — add issuers: [天津市西青区张家窝镇人民政府]`,
  ]);
});

test('a YAML syntax error gives its line and column', async () => {
  const [line, ...rest] = await reportOf('yaml-syntax.mdx');
  expect(rest).toEqual([]);
  // The flow sequence opened on line 5 is found unterminated where the next key starts, 6:1.
  expect(line).toMatch(/^tests\/fixtures\/lint\/schema\/yaml-syntax\.mdx:6:1 {2}error {2}yaml-syntax {2}the frontmatter is not valid YAML: .*\]/u);
});

test('MDX syntax errors point to the line and column of the fault', async () => {
  // Line 13 is <IssuedDocument title={["政府工作报告"}>: the expression breaks at its closing brace, column 33.
  expect(await reportOf('mdx-syntax.mdx')).toEqual([
    `${DIR}/mdx-syntax.mdx:13:33  error  mdx-syntax  the MDX cannot be read: Could not parse expression with acorn: Unexpected token`,
  ]);
  expect(await reportOf('mdx-unclosed.mdx')).toEqual([
    `${DIR}/mdx-unclosed.mdx:9:1  error  mdx-syntax  the MDX cannot be read: Expected a closing tag for \`<Salutation>\` (9:1-9:13) before the end of \`paragraph\``,
  ]);
});

test('inside an unclosed <div>: an element open at the end of the file is located at its opening tag, an expression at its fault', async () => {
  const [unclosed] = await lintPaths(['tests/fixtures/lint/mdx/unclosed-div.mdx']);
  // Line 13 is <div class="notice">, 20 characters, never closed before the end of the file.
  expect(unclosed!.messages.map(formatMessage)).toEqual([
    'tests/fixtures/lint/mdx/unclosed-div.mdx:13:1  error  mdx-syntax  the MDX cannot be read: Expected a closing tag for `<div>` (13:1-13:21) before the end of the file — close it with `</div>`',
  ]);
  const [expression] = await lintPaths(['tests/fixtures/lint/mdx/expression-in-div.mdx']);
  // Line 13 is 一、检查范围 {全镇 各类}…: the expression 全镇 ends at column 11, and 各类 follows it.
  expect(expression!.messages.map(formatMessage)).toEqual([
    'tests/fixtures/lint/mdx/expression-in-div.mdx:13:11  error  mdx-syntax  the MDX cannot be read: Could not parse expression with acorn: Unexpected content after expression',
  ]);
});

test('one bad document does not stop the others: every file of a folder is reported in one run', async () => {
  const results = await lintPaths([DIR]);
  expect(results.map((r) => r.file)).toEqual([
    'date-chinese-impossible.mdx',
    'date-missing-day.mdx',
    'doc-number-brackets.mdx',
    'doc-number-di.mdx',
    'doc-number-zero.mdx',
    'mdx-syntax.mdx',
    'mdx-unclosed.mdx',
    'missing-issuers.mdx',
    'outside-sets.mdx',
    'period-without-level.mdx',
    'signers-down.mdx',
    'unknown-field.mdx',
    'yaml-syntax.mdx',
  ].map((name) => `${DIR}/${name}`));
  expect(results.every((r) => r.errorCount > 0)).toBe(true);
  expect(results.reduce((n, r) => n + r.errorCount, 0)).toBe(15);
});
