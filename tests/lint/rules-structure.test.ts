/**
 * The structure rules: admin-divisions, the date rules (date-references, date-exists) and the
 * cross-checks of the frontmatter lists with the body (attachment-references,
 * issued-document-references, unprinted-parts, empty-body) — on real documents, some with planted
 * defects (each fixture's comment says which), at exact positions with the messages a user reads.
 */
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { lintPaths, lintSource } from '../../plugins/lint/lint.ts';
import { fixture, locate } from './locate.ts';

const DIR = 'tests/fixtures/lint/rules';
const SITE = 'tests/fixture-site/content';
const STRUCTURE_RULES = ['admin-divisions', 'date-references', 'date-exists', 'attachment-references', 'issued-document-references', 'unprinted-parts', 'empty-body'];

type Found = { line: number; column: number; severity: string; message: string };

async function findings(path: string, ruleId: string): Promise<Found[]> {
  const [result] = await lintPaths([path]);
  return result!.messages.filter((m) => m.ruleId === ruleId).map(({ line, column, severity, message }) => ({ line, column, severity, message }));
}

function findingsIn(source: string, ruleId: string): Found[] {
  return lintSource('x.mdx', source)
    .messages.filter((m) => m.ruleId === ruleId)
    .map(({ line, column, severity, message }) => ({ line, column, severity, message }));
}

test('admin-divisions: the seed’s 新疆于田地区 and a planted 新疆省, but not 甘肃省景泰县 beside them', async () => {
  const path = `${DIR}/admin-divisions.bad.mdx`;
  const source = fixture(path);
  expect(await findings(path, 'admin-divisions')).toEqual([
    // The comment names both first.
    { ...locate(source, '于田地区', 2), severity: 'warning', message: '于田 is a 县 (新疆维吾尔自治区和田地区于田县, GB/T 2260 653226), not a 地区 — write 于田县' },
    { ...locate(source, '新疆省', 1), severity: 'warning', message: '新疆 is a 自治区 (新疆维吾尔自治区, GB/T 2260 650000), not a 省 — write 新疆维吾尔自治区' },
  ]);
});

test('admin-divisions: 国函〔2003〕139号 names the divisions of its time (中卫县, 石嘴山市惠农县) — no finding, until it is dated after the list', async () => {
  const path = `${DIR}/admin-divisions.good.mdx`;
  expect(await findings(path, 'admin-divisions')).toEqual([]);
  // The same text dated 2024: 惠农 has been a 区 since 2004, so 石嘴山市惠农县 is the 县 the list no longer has.
  const later = fixture(path).replace('date: 2003年12月31日', 'date: 2024年12月31日').replace('国函〔2003〕139号', '国函〔2024〕139号');
  expect(findingsIn(later, 'admin-divisions')).toEqual([
    { ...locate(later, '惠农县和'), severity: 'warning', message: '惠农 is a 区 (宁夏回族自治区石嘴山市惠农区, GB/T 2260 640205), not a 县 — write 惠农区' },
  ]);
});

test('admin-divisions: a 地区 after no division name is a region, and the issuer’s own names are never flagged', () => {
  const source = fixture(`${DIR}/admin-divisions.bad.mdx`);
  const body = (text: string) => source.replace(/\n\{\/\*[\s\S]*$/u, `\n\n${text}\n`);
  // 南站地区 and 受援地区 (the seed's words), 江南地区 without 广西 before it, 天津市西青县 in a document of 西青区.
  expect(findingsIn(body('协同推动南站地区“站产城”一体化设计，支持受援地区和江南地区发展，天津市西青县。'), 'admin-divisions')).toEqual([]);
});

test('date-references: a meeting after the 成文日期 told as past, and a weekday no year near it has', async () => {
  const path = `${DIR}/date-references.bad.mdx`;
  const source = fixture(path);
  expect(await findings(path, 'date-references')).toEqual([
    {
      ...locate(source, '已于2009年12月29日'),
      severity: 'warning',
      message: '"已于2009年12月29日" is told as past, but the 成文日期 is 2009年12月21日 — a date after it has not happened yet; check the date',
    },
    {
      ...locate(source, '12月29日（星期四）'),
      severity: 'warning',
      message: "12月29日 is a 星期二 in 2009, the 成文日期's year (and no 星期四 in 2008 or 2010) — check the date or the weekday",
    },
  ]);
  // As published: 2009年12月29日（星期二） is right.
  expect(await findings(`${DIR}/date-references.good.mdx`, 'date-references')).toEqual([]);
});

test('date-references: a weekday with its year, a period that ends before it begins; quotations are not read', () => {
  const source = fixture(`${DIR}/date-references.good.mdx`);
  const wrongDay = source.replace('2009年12月29日（星期二）', '2009年12月29日（星期三）');
  expect(findingsIn(wrongDay, 'date-references')).toEqual([
    { ...locate(wrongDay, '2009年12月29日（星期三）'), severity: 'warning', message: '2009年12月29日 is a 星期二, not a 星期三 — check the date or the weekday' },
  ]);
  // 浙人社发〔2023〕16号 as published runs 2023年5月1日至2024年12月31日; with the end year slipped to 2022:
  const zhejiang = fixture(`${SITE}/joint-three-seals.mdx`);
  expect(findingsIn(zhejiang, 'date-references')).toEqual([]);
  const reversed = zhejiang.replace('至2024年12月31日', '至2022年12月31日');
  expect(findingsIn(reversed, 'date-references')).toEqual([
    {
      ...locate(reversed, '2023年5月1日至'),
      severity: 'warning',
      message: 'the period "2023年5月1日至2022年12月31日" ends (2022年12月31日) before it begins (2023年5月1日) — check the dates',
    },
  ]);
  const quoted = source.replace('经研究，定于2009年12月29日', '经研究，“已于2009年12月29日”');
  expect(findingsIn(quoted, 'date-references')).toEqual([]);
});

test('date-exists: 2009年12月39日 and 11月31日 are errors; 2月29日 without a year is not', async () => {
  const path = `${DIR}/date-exists.bad.mdx`;
  const source = fixture(path);
  expect(await findings(path, 'date-exists')).toEqual([
    // The comment names both first.
    { ...locate(source, '2009年12月39日', 1), severity: 'error', message: '"2009年12月39日" does not exist: 12月 of 2009 has 31 days — check the date' },
    { ...locate(source, '11月31日', 1), severity: 'error', message: '"11月31日" does not exist: 11月 has at most 30 days — check the date' },
  ]);
  expect(await findings(`${DIR}/date-exists.good.mdx`, 'date-exists')).toEqual([]);
  const good = fixture(`${DIR}/date-exists.good.mdx`);
  const leap = good.replace('12月29日上午8:45', '2月29日上午8:45').replace('定于2009年12月29日', '定于2009年13月');
  expect(findingsIn(leap, 'date-exists')).toEqual([
    { ...locate(leap, '2009年13月'), severity: 'error', message: '"2009年13月" has no month 13 — a year has 12 months; check the date' },
  ]);
});

test('attachment-references: a title that differs from its 附件说明 entry and a number used twice; the unprinted 附件2 is a warning', async () => {
  const path = `${DIR}/attachment-references.bad.mdx`;
  const source = fixture(path);
  const entry = locate(source, '  - title: 深圳湾口岸港方口岸区的查验区界址点坐标', 0, 11);
  expect(await findings(path, 'attachment-references')).toEqual([
    {
      ...locate(source, '深圳湾口岸港方口岸区查验区界址点坐标'),
      severity: 'error',
      message: `<Attachment n={1}> is titled “深圳湾口岸港方口岸区查验区界址点坐标”, but the 附件说明 lists 附件1 as “深圳湾口岸港方口岸区的查验区界址点坐标” (${entry.line}:${entry.column}) — make them the same`,
    },
    { ...locate(source, 'n={1} title="深圳湾公路', 0), severity: 'error', message: '<Attachment n={1}> follows <Attachment n={1}> — attachments are numbered 1, 2, 3… in order, each once' },
  ]);
  expect(await findings(path, 'unprinted-parts')).toEqual([
    {
      ...locate(source, '  - title: 深圳湾公路大桥部分桥面界址点坐标', 0, 11),
      severity: 'warning',
      message: '附件2 “深圳湾公路大桥部分桥面界址点坐标” of the 附件说明 has no <Attachment n={2}> while the others are printed — add it after them',
    },
  ]);
});

test('attachment-references: a number with no entry; 书名号 around the whole title in the 附件说明 are no difference', () => {
  const original = fixture(`${SITE}/reply-port-coordinates.mdx`);
  const third = original.replace('<Attachment n={2}', '<Attachment n={3}');
  expect(findingsIn(third, 'attachment-references')).toEqual([
    { ...locate(third, 'n={3}'), severity: 'error', message: '<Attachment n={3}> has no entry in the 附件说明 (attachments lists 2) — add its title to attachments, or correct n' },
  ]);
  const inTitleMarks = original.replace('  - title: 深圳湾公路大桥部分桥面界址点坐标', '  - title: 《深圳湾公路大桥部分桥面界址点坐标》');
  expect(findingsIn(inTitleMarks, 'attachment-references')).toEqual([]);
});

test('issued-document-references: an <IssuedDocument> titled otherwise than its entry, or with none', async () => {
  const path = `${DIR}/issued-document-references.bad.mdx`;
  const source = fixture(path);
  const entry = locate(source, '  - title: 关于内地西藏班（校）', 0, 11);
  expect(await findings(path, 'issued-document-references')).toEqual([
    {
      ...locate(source, '关于内地西藏班扩大规模有关问题的请示'),
      severity: 'error',
      message: `<IssuedDocument> is titled “关于内地西藏班扩大规模有关问题的请示”, but issuedDocuments[0] is “关于内地西藏班（校）扩大规模有关问题的请示” (${entry.line}:${entry.column}) — make them the same`,
    },
  ]);
  const withoutEntry = fixture(`${SITE}/issue-long-title.mdx`).replace(/\nissuedDocuments:\n(?: {2,}.*\n)+/u, '\n');
  expect(findingsIn(withoutEntry, 'issued-document-references')).toEqual([
    {
      ...locate(withoutEntry, '立足数字经济新赛道推动数据要素产业创新发展行动方案（2023-2025年）">'),
      severity: 'error',
      message: '<IssuedDocument> number 1 has no entry in issuedDocuments (it lists 0) — add { title: 立足数字经济新赛道推动数据要素产业创新发展行动方案（2023-2025年） } to issuedDocuments',
    },
  ]);
});

test('empty-body: a document cut short after its frontmatter, at the closing ---', async () => {
  const path = `${DIR}/empty-body.bad.mdx`;
  const source = fixture(path);
  const lines = source.split('\n');
  expect(await findings(path, 'empty-body')).toEqual([
    {
      line: lines.lastIndexOf('---') + 1,
      column: 1,
      severity: 'error',
      message: 'the document has no 正文: no text after the frontmatter and no <IssuedDocument> — write the body below the closing ---',
    },
  ]);
});

test('the fixture site’s documents: no structure finding but the 于田地区 its seed-made issued.mdx copies; attachment-single.mdx passes clean', async () => {
  const files = readdirSync(SITE).filter((name) => name.endsWith('.mdx')).map((name) => `${SITE}/${name}`);
  const results = await lintPaths(files);
  const found = results.flatMap((result) => result.messages.filter((m) => STRUCTURE_RULES.includes(m.ruleId)).map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.text}`));
  const issued = fixture(`${SITE}/issued.mdx`);
  const at = locate(issued, '于田地区');
  expect(found).toEqual([`${SITE}/issued.mdx:${at.line}:${at.column} admin-divisions 于田地区`]);
  const single = results.find((result) => result.file === `${SITE}/attachment-single.mdx`)!;
  expect(single.messages.filter((m) => m.severity !== 'acknowledged')).toEqual([]);
});
