/**
 * The 政府信息公开 fields of the content model (indexNumber, subject, publishedDate, keywords): values as
 * www.gov.cn lists them are read, wrong ones are refused with what is expected and how to write it,
 * and a 发布日期 before the 成文日期 is only a linter warning.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { documentSchema } from '../../plugins/schema.ts';
import { lintSource } from '../../plugins/lint/lint.ts';

/** The fields every document needs. */
const REQUIRED = { title: '标题', issuers: ['某机关'], docNumber: '某发〔1996〕1号', date: '1996年2月6日' };

/** The messages for `fields`, each with the path of the field it is about. */
function problems(fields: Record<string, unknown>): string[] {
  const result = documentSchema.safeParse({ ...REQUIRED, ...fields });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('the four fields as www.gov.cn lists them (国办函〔1996〕14号) are read; 主题词 on one line become a list', () => {
  const result = documentSchema.parse({
    ...REQUIRED,
    indexNumber: ' 000014349/1996-00074 ',
    subject: '港澳台侨工作\\港澳工作',
    publishedDate: '2018年12月3日',
    keywords: '气象　广东　香港　澳门　函',
  });
  expect(result.indexNumber).toBe('000014349/1996-00074');
  expect(result.subject).toBe('港澳台侨工作\\港澳工作');
  expect(result.publishedDate).toEqual({ year: 2018, month: 12, day: 3, text: '2018年12月3日', iso: '2018-12-03', form: 'arabic' });
  expect(result.keywords).toEqual(['气象', '广东', '香港', '澳门', '函']);
});

test('主题词 are a list, or one line split at spaces, 、 and ；; 发布日期 is read as 成文日期 is', () => {
  expect(documentSchema.parse({ ...REQUIRED, keywords: ['体育', '运动会'] }).keywords).toEqual(['体育', '运动会']);
  expect(documentSchema.parse({ ...REQUIRED, keywords: '体育 运动会、函；批复' }).keywords).toEqual(['体育', '运动会', '函', '批复']);
  expect(documentSchema.parse({ ...REQUIRED, publishedDate: '2018-12-22' }).publishedDate?.text).toBe('2018年12月22日');
  expect(documentSchema.parse({ ...REQUIRED, publishedDate: '二〇一八年十二月二十二日' }).publishedDate?.iso).toBe('2018-12-22');
  // All four are optional: most documents carry none.
  expect(problems({})).toEqual([]);
});

test('wrong values are refused with what is expected and how to write it', () => {
  expect(problems({ indexNumber: '  ' })).toEqual(['indexNumber: 索引号 (indexNumber) must not be empty — write indexNumber: 000014349/2018-00219, or remove the field']);
  expect(problems({ indexNumber: 14349 })).toEqual(['indexNumber: expected 索引号 (indexNumber) as text, as the site lists it — write indexNumber: 000014349/2018-00219']);
  expect(problems({ subject: ['财政'] })).toEqual(['subject: expected 主题分类 (subject) as text, as the site lists it — write subject: 财政、金融、审计\\税务']);
  expect(problems({ publishedDate: '2018年12月03日' })).toEqual(['publishedDate: 发布日期 (publishedDate) "2018年12月03日" has a leading zero: write 2018年12月3日']);
  expect(problems({ publishedDate: '2018年2月30日' })).toEqual(['publishedDate: 发布日期 (publishedDate) "2018年2月30日" does not exist in the calendar']);
  expect(problems({ keywords: 12 })).toEqual([
    'keywords: expected 主题词 (keywords) as a list of words, e.g. keywords: [气象, 广东, 香港], or one line, e.g. keywords: 气象　广东　香港',
  ]);
  expect(problems({ keywords: '　、' })).toEqual(['keywords: 主题词 (keywords) names no word — write keywords: [气象, 广东], or remove the field']);
  expect(problems({ keywords: ['气象', ' '] })).toEqual(['keywords.1: a 主题词 (keywords entry) must not be empty']);
});

/** The reply fixture with its frontmatter's publishedDate replaced. */
const withPublished = (publishedDate: string) =>
  readFileSync(new URL('../fixture-site/content/reply-weather-stations.mdx', import.meta.url), 'utf8').replace(/^publishedDate: .*$/mu, `publishedDate: ${publishedDate}`);

test('a 发布日期 before the 成文日期 is a warning of date-consistency, never an error; a correct one gives none', () => {
  const early = lintSource('reply.mdx', withPublished('1996年2月5日'));
  const line = withPublished('1996年2月5日').split('\n').findIndex((l) => l.startsWith('publishedDate:')) + 1;
  expect(early.messages.filter((m) => m.ruleId === 'date-consistency').map(({ line: l, severity, message }) => ({ line: l, severity, message }))).toEqual([
    {
      line,
      severity: 'warning',
      message: '发布日期 1996年2月5日 is earlier than the 成文日期 一九九六年二月六日 — a document is published on or after its date; check both against the published page',
    },
  ]);
  expect(early.messages.filter((m) => m.severity === 'error')).toEqual([]);
  for (const date of ['2018年12月3日', '1996年2月6日']) {
    expect(lintSource('reply.mdx', withPublished(date)).messages, date).toEqual([]);
  }
});
