import { expect, test } from '@playwright/test';
import { parseChineseDate } from '../../plugins/dates.ts';
import { docNumberProblem, documentSchema, noteText, parseSecrecyPeriod } from '../../plugins/schema.ts';

test('a 发文字号 with square brackets is explained and corrected', () => {
  expect(docNumberProblem('西青张政发[2024]1号')).toBe('the year must be in 六角括号 〔〕 — write 西青张政发〔2024〕1号');
  expect(docNumberProblem('西青张政发〔2024〕1号')).toBeNull();
});

test('a date that does not exist is refused', () => {
  const result = documentSchema.safeParse({
    title: '标题',
    issuers: ['某机关'],
    docNumber: '某发〔2024〕1号',
    date: '2023年2月30日',
    disclosure: '主动公开',
  });
  expect(result.success).toBe(false);
  expect(result.error?.issues[0]?.message).toBe('成文日期 (date) "2023年2月30日" does not exist in the calendar');
});

/** The fields every document needs; 公开方式 is not among them. */
const REQUIRED = { title: '标题', issuers: ['某机关'], docNumber: '某发〔1998〕1号', date: '1998年3月5日' };

test('成文日期 in Chinese numerals keeps its text as written and derives the ISO date, with either zero', () => {
  // 二〇一〇年九月十四日 (〇 U+3007) is the date of 建标〔2010〕146号, 二○一○年二月七日 (○ U+25CB) that of
  // 株政发〔2010〕4号, as the copy at http://law552.infoeach.com/view-NTUyfDMwOTA0.html prints them.
  const cases: [string, string][] = [
    ['一九九八年三月五日', '1998-03-05'],
    ['二〇二四年一月二十三日', '2024-01-23'],
    ['二○○五年十二月三十一日', '2005-12-31'],
    ['二零零五年十月十日', '2005-10-10'],
    ['二〇一〇年九月十四日', '2010-09-14'],
    ['二○一○年二月七日', '2010-02-07'],
  ];
  for (const [written, iso] of cases) {
    const date = parseChineseDate(written);
    expect(date, written).toEqual({ ...isoParts(iso), text: written, iso, form: 'chinese' });
  }
  expect(parseChineseDate('2024年1月23日')).toEqual({ ...isoParts('2024-01-23'), text: '2024年1月23日', iso: '2024-01-23', form: 'arabic' });
  // An ISO date is printed in the GB/T 9704-2012 form.
  expect(parseChineseDate('2024-01-23')).toEqual({ ...isoParts('2024-01-23'), text: '2024年1月23日', iso: '2024-01-23', form: 'arabic' });
});

function isoParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

test('a date in Chinese numerals that does not exist, or is not written as numbers are read, is refused with the reason', () => {
  const result = documentSchema.safeParse({ ...REQUIRED, date: '一九九八年二月三十日' });
  expect(result.error?.issues.map((issue) => issue.message)).toEqual(['成文日期 (date) "一九九八年二月三十日" (1998年2月30日) does not exist in the calendar']);
  expect(parseChineseDate('一九九八年十三月五日')).toBe('"一九九八年十三月五日" (1998年13月5日) does not exist in the calendar');
  expect(parseChineseDate('一九九八年一十二月五日')).toBe(
    '"一九九八年一十二月五日" is not a date in Chinese numerals: write the month and day as numbers are read (十二月, 二十三日), e.g. 一九九八年三月五日',
  );
  expect(parseChineseDate('一九九八年3月5日')).toBe('"一九九八年3月5日" is not a date: write it as 2024年1月23日');
});

test('a document without 公开方式 validates and prints no 附注', () => {
  const doc = documentSchema.parse(REQUIRED);
  expect(doc.disclosure).toBeUndefined();
  expect(noteText(doc)).toBeUndefined();
  // Its own note is still printed.
  expect(noteText(documentSchema.parse({ ...REQUIRED, note: '此件公开发布' }))).toBe('此件公开发布');
});

test('note: false prints no 附注 even when the disclosure implies one', () => {
  expect(noteText(documentSchema.parse({ ...REQUIRED, disclosure: '主动公开' }))).toBe('此件主动公开');
  const doc = documentSchema.parse({ ...REQUIRED, disclosure: '主动公开', note: false });
  expect(doc.note).toBe(false);
  expect(noteText(doc)).toBeUndefined();
  const wrong = documentSchema.safeParse({ ...REQUIRED, note: true });
  expect(wrong.error?.issues.map((issue) => issue.message)).toEqual(['附注 (note) is the note without brackets, or false to print none']);
});

test('1999-edition 份号 and 保密期限 are accepted; other values are still refused', () => {
  const doc = documentSchema.parse({ ...REQUIRED, copyNumber: '0012', secrecyLevel: '秘密', secrecyPeriod: '一年' });
  expect([doc.copyNumber, doc.secrecyPeriod]).toEqual(['0012', '一年']);
  expect(parseSecrecyPeriod('六个月')).toEqual({ form: 'chinese', arabic: '6个月' });
  expect(parseSecrecyPeriod('十年')).toEqual({ form: 'chinese', arabic: '10年' });
  expect(parseSecrecyPeriod('长期')).toEqual({ form: 'arabic', arabic: '长期' });
  const wrong = documentSchema.safeParse({ ...REQUIRED, copyNumber: '第12份', secrecyLevel: '秘密', secrecyPeriod: '一十年' });
  expect(wrong.error?.issues.map((issue) => issue.message)).toEqual([
    '份号 (copyNumber) must be Arabic digits, six of them, e.g. 000001',
    '保密期限 (secrecyPeriod) is a number with 年 or 个月 (e.g. 1年, 6个月), or 长期',
  ]);
});

/** The messages of a frontmatter that fails, by field. */
function problems(frontmatter: Record<string, unknown>): Record<string, string[]> {
  const result = documentSchema.safeParse(frontmatter);
  const byField: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? []) (byField[issue.path.join('.')] ??= []).push(issue.message);
  return byField;
}

test('a 令 has no title, takes a 令号 with 第, and must name its 签发人 with 职务 (§10.2, §7.3.5.3)', () => {
  // 北京市人民政府令第228号, signed 市长 郭金龙 (tests/fixture-site/content/order-ling.mdx).
  const order = { format: 'order', issuers: ['北京市人民政府'], docNumber: '第228号', date: '二〇一一年一月十日', signers: [{ title: '市长', name: '郭金龙' }] };
  expect(documentSchema.safeParse(order).success).toBe(true);
  expect(documentSchema.safeParse({ ...order, docNumber: '国务院令第777号' }).success).toBe(true);
  expect(documentSchema.safeParse({ ...order, docNumber: '〔2024〕第3号' }).success).toBe(true);
  expect(problems({ ...order, docNumber: '第0228号' })).toEqual({ docNumber: ['the serial number takes no leading zero — write 第228号'] });
  expect(problems({ ...order, signers: ['郭金龙'] })).toEqual({ signers: ['a 令 prints the 签发人职务 with the name — write signers: [{ title: 市长, name: 姓名 }]'] });
  const { signers: _, ...unsigned } = order;
  expect(problems(unsigned)).toEqual({ signers: ['a 令 is signed by its 签发人 — add signers: [{ title: 市长, name: 姓名 }]'] });
  // A 文件格式 document's 发文字号 with 第 is read as published (the linter's doc-number-brackets reports it); a 文号 with no year still is refused.
  expect(problems({ ...REQUIRED, docNumber: '某发〔1998〕第1号' })).toEqual({});
  expect(problems({ ...REQUIRED, docNumber: '某发第1号' })).toEqual({ docNumber: ['expected 机关代字〔YYYY〕N号, as in 西青张政发〔2024〕1号'] });
  // It needs its title.
  const { title: __, ...untitled } = REQUIRED;
  expect(problems(untitled)).toEqual({ title: ['标题 (title) is missing — add title: 关于印发《政府工作报告》的通知'] });
});

test('a 信函 prints no 印发 line in its 版记; a 文件 needs both 印发机关 and 印发日期 (§10.1, §7.4.3)', () => {
  const letter = { ...REQUIRED, format: 'letter', colophon: { copyTo: ['某局'] } };
  expect(documentSchema.safeParse(letter).success).toBe(true);
  expect(problems({ ...letter, colophon: { copyTo: ['某局'], printedBy: '某办公室', printDate: '1998年3月6日' } })).toEqual({
    colophon: ["a 信函's 版记 has no 印发机关 or 印发日期 (§10.1) — remove printedBy and printDate"],
  });
  expect(problems({ ...REQUIRED, colophon: { copyTo: ['某局'] } })).toEqual({
    'colophon.printedBy': ['印发机关 (colophon.printedBy) is missing — add printedBy: 张家窝镇人民政府办公室'],
    'colophon.printDate': ['印发日期 (colophon.printDate) is missing — add printDate: 2024年1月23日'],
  });
});

test('a 纪要 may have no title and no 期号; attendance lists belong to a 纪要 only (§10.3)', () => {
  const minutes = { format: 'minutes', issuers: ['某县人民政府办公室'], date: '2022年10月31日', attendance: [{ label: '出席', names: ['甲', '乙'] }] };
  expect(documentSchema.safeParse(minutes).success).toBe(true);
  expect(problems({ ...REQUIRED, attendance: minutes.attendance })).toEqual({
    attendance: ['出席/请假/列席 lists belong to a 纪要 — set format: minutes or remove attendance'],
  });
});

test("an issued document's titleLines must join to its title", () => {
  expect(problems({ ...REQUIRED, issuedDocuments: [{ title: '关于某事的请示', titleLines: ['关于某事', '请示'] }] })).toEqual({
    'issuedDocuments.0.titleLines': ['titleLines joined give "关于某事请示", which differs from the title "关于某事的请示"'],
  });
});

test('印章: seal is stamp, image or none; a 纪要 takes none (§7.3.5, §10.3)', () => {
  for (const seal of ['stamp', 'image', 'none']) expect(documentSchema.safeParse({ ...REQUIRED, seal }).success, seal).toBe(true);
  expect(problems({ ...REQUIRED, seal: 'red' })).toEqual({ seal: ['印章 (seal) must be one of stamp / image / none'] });
  const minutes = { format: 'minutes', issuers: ['某县人民政府办公室'], date: '2022年10月31日' };
  expect(documentSchema.safeParse({ ...minutes, seal: 'none' }).success).toBe(true);
  expect(problems({ ...minutes, seal: 'stamp' })).toEqual({ seal: ['a 纪要 takes no seal (§10.3) — remove seal: stamp'] });
});
