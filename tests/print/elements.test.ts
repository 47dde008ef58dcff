/**
 * Order and presence of every element of 版头, 主体 and 版记 in the PDFs (spec §6, §7),
 * for test documents that carry what the seed lacks, and the 版记's even last page.
 */
import { expect, test } from '@playwright/test';
import type { PageText, TextLine } from './pdf-reader.ts';
import { CELL_MM, COLOPHON_THICK_RULE_MM, COLOPHON_THIN_RULE_MM, LINE_PITCH_MM, SEPARATOR_THICKNESS_MM, SMALL_CHAR_MM } from '../../print/geometry.ts';
import { INDENTED, LEFT, RIGHT, fixturePdf, inOrder, isDark, isPageNumber, isRed, linesOf, near, pagesOf, rulesOn } from './support.ts';

test('joint document: 份号, 密级★保密期限, 紧急程度, joint 标志, 发文字号, three-line title, 主送, body, 附件说明, 署名, 日期, 附注, attachments, 版记', async () => {
  const lines = await linesOf('joint');
  const [copy, secrecy, urgency, lead, suffix, second, docNumber, title1, title2, title3, recipients] = inOrder(lines, [
    '000123',
    '秘密★1年',
    '特急',
    '张家窝镇人民政府',
    '文件',
    '张家窝镇应急管理办公室',
    '西青张政发〔2024〕7号',
    '关于进一步加强',
    '镇村两级安全生产和防汛工作',
    '责任落实的通知',
    '机关各科室，各村（合作社）、社区：',
  ]);
  // 份号, 密级, 紧急程度 on lines 1–3 of page 1, flush left (H8).
  for (const [i, found] of [copy!, secrecy!, urgency!].entries()) {
    expect(found.page).toBe(1);
    expect(found.line.x).toBeCloseTo(LEFT, 0);
    expect(Math.floor((found.line.top - 37) / LINE_PITCH_MM)).toBe(i);
  }
  // Joint mark: 文件 to the right of the stacked names, vertically centred on them (§7.2.4).
  expect(suffix!.line.x).toBeGreaterThan(Math.max(lead!.line.right, second!.line.right));
  expect((suffix!.line.top + suffix!.line.bottom) / 2).toBeCloseTo((lead!.line.top + second!.line.bottom) / 2, 0);
  expect((docNumber!.line.x + docNumber!.line.right) / 2).toBeCloseTo(106, 0);
  // Title lines centred, 2号 (H7).
  for (const line of [title1!, title2!, title3!]) {
    expect(line.line.size).toBeCloseTo(22, 0);
    expect((line.line.x + line.line.right) / 2).toBeCloseTo(106, 0);
  }
  expect(recipients!.line.x).toBeCloseTo(LEFT, 0);
  // 主送 one blank line below the title block (B2).
  expect((recipients!.line.top - title3!.line.bottom) / LINE_PITCH_MM).toBeGreaterThan(0.5);
  expect((recipients!.line.top - title3!.line.bottom) / LINE_PITCH_MM).toBeLessThan(2);

  const [headingOne, , headingTwo, headingThree, headingFour, list1, list2, signer1, signer2, date, note, label1, attTitle1, label2, attTitle2, copyTo, internal, printed] =
    inOrder(lines, [
      '一、总体要求',
      /^制造业支撑更加强劲。/u,
      '（一）压实安全生产责任',
      '1.落实企业主体责任',
      '（1）开展隐患排查',
      '附件：1.安全生产责任清单',
      '2.防汛工作联系表',
      '天津市西青区张家窝镇人民政府',
      '天津市西青区张家窝镇应急管理办公室',
      '2024年3月5日',
      '（此件依申请公开）',
      '附件1',
      '安全生产责任清单',
      '附件2',
      '防汛工作联系表',
      '抄送：区应急管理局，区水务局。',
      '内部发送：镇党政办，镇应急办。',
      '张家窝镇人民政府办公室2024年3月6日印发',
    ]);
  for (const heading of [headingOne!, headingTwo!, headingThree!, headingFour!]) expect(heading.line.x).toBeCloseTo(INDENTED, 0);
  // 附件说明: indented two cells; 2. under 1. (B5).
  expect(list1!.line.x).toBeCloseTo(INDENTED, 0);
  expect(list2!.line.x).toBeCloseTo(INDENTED + 3 * CELL_MM, 0);
  // Unsealed 署名 and date (S2): 署名 right end two cells in; the date starts two cells right of it.
  expect(signer2!.line.right).toBeCloseTo(RIGHT - 2 * CELL_MM, 0);
  expect(signer1!.line.x).toBeCloseTo(signer2!.line.x, 0);
  expect(date!.line.x).toBeCloseTo(signer1!.line.x + 2 * CELL_MM, 0);
  expect(note!.line.x).toBeCloseTo(INDENTED, 0);
  expect(note!.line.top - date!.line.top).toBeCloseTo(LINE_PITCH_MM, 0);
  // Attachments: each on a new page, 附件N on line 1 flush left, its title on line 3, centred (A1).
  for (const [label, title] of [[label1!, attTitle1!], [label2!, attTitle2!]] as const) {
    expect(label.page).toBeGreaterThan(note!.page);
    expect(lines.find((entry) => entry.page === label.page)).toBe(label);
    expect(label.line.x).toBeCloseTo(LEFT, 0);
    expect(Math.floor((label.line.top - 37) / LINE_PITCH_MM)).toBe(0);
    expect(title.page).toBe(label.page);
    expect(Math.floor((title.line.top - 37) / LINE_PITCH_MM)).toBe(2);
    expect((title.line.x + title.line.right) / 2).toBeCloseTo(106, 0);
  }
  expect(label2!.page).toBeGreaterThan(label1!.page);
  // 版记 (V4, V5): 4号, 抄送 one character in, 印发 line between one-character insets.
  expect(copyTo!.line.size).toBeCloseTo(14, 0);
  expect(copyTo!.line.x).toBeCloseTo(LEFT + SMALL_CHAR_MM, 0);
  expect(printed!.line.x).toBeCloseTo(LEFT + SMALL_CHAR_MM, 0);
  expect(printed!.line.right).toBeCloseTo(RIGHT - SMALL_CHAR_MM, 0);
  expect(printed!.line.top).toBeGreaterThan(copyTo!.line.top);
  // Rows in order: 抄送, then the author's rows (内部发送), each one character in, then the 印发 line.
  expect(internal!.line.x).toBeCloseTo(LEFT + SMALL_CHAR_MM, 0);
  expect(internal!.line.top).toBeGreaterThan(copyTo!.line.top);
  expect(printed!.line.top).toBeGreaterThan(internal!.line.top);
});

test('上行文: 发文字号 one cell in on the left, 签发人 on the right of the same line, names in order (H4, H9)', async () => {
  const lines = await linesOf('upward');
  const [mark, numbers] = inOrder(lines, ['天津市西青区张家窝镇人民政府文件', /^西青张政报〔2024〕3号签发人：赵林王强$/u, '关于申请防汛物资补助资金的请示', '天津市西青区人民政府：']);
  expect(mark!.page).toBe(1);
  const [docNumber, signers] = [numbers!.line.runs[0]!, numbers!.line.runs.at(-1)!];
  expect(docNumber.x).toBeCloseTo(LEFT + CELL_MM, 0);
  expect(signers.right).toBeCloseTo(RIGHT - CELL_MM, 0);
  inOrder(lines, ['天津市西青区张家窝镇人民政府', '2024年2月1日', '（联系人：李明，电话：12345678）', '张家窝镇人民政府办公室2024年2月2日印发']);
});

test('a notice with an issued document: the document on a new page, title, 楷体 subtitle and byline centred, 称谓 flush (§11)', async () => {
  const lines = await linesOf('issued');
  const [, , , , note, title, subtitle1, subtitle2, byline, salutation] = inOrder(lines, [
    '关于印发《2024年安全生产工作要点》',
    '的通知',
    '机关各科室，各村（合作社）、社区：',
    /^现将《2024年安全生产工作要点》/u,
    '（此件主动公开）',
    '2024年安全生产工作要点',
    '——2024年3月8日在天津市西青区张家窝镇',
    '安全生产工作会议上',
    /^张家窝镇镇长赵林$/u,
    '各位代表：',
  ]);
  expect(title!.page).toBe(note!.page + 1);
  expect(Math.floor((title!.line.top - 37) / LINE_PITCH_MM)).toBe(0);
  expect(title!.line.size).toBeCloseTo(22, 0);
  for (const centred of [title!, subtitle1!, subtitle2!, byline!]) expect((centred.line.x + centred.line.right) / 2).toBeCloseTo(106, 0);
  expect(subtitle1!.line.runs[0]!.font).not.toBe(note!.line.runs[0]!.font);
  expect(salutation!.line.x).toBeCloseTo(LEFT, 0);
  expect(lines.some((entry) => /^附件/u.test(entry.line.text)), 'an issued document is not an attachment').toBe(false);
});

test('a regulation (国发〔2018〕41号): 第X章 centred in 3号 黑体, the 第X条 label in 黑体 at the indent, the article in 仿宋', async () => {
  const lines = await linesOf('issue-regulation');
  const [chapter, article, sixth, item] = inOrder(lines, ['第一章总则', /^第一条根据/u, '第六章住房租金', /^（一）直辖市/u]);
  for (const centred of [chapter!, sixth!]) {
    expect((centred.line.x + centred.line.right) / 2).toBeCloseTo(106, 0);
    expect(centred.line.size).toBeCloseTo(16, 0);
    expect(centred.line.runs.every((run) => /NotoSansSC/u.test(run.font)), `${centred.line.text} in 黑体`).toBe(true);
  }
  expect(article!.line.x).toBeCloseTo(INDENTED, 0);
  const [label, ...text] = article!.line.runs.filter((run) => run.text.trim() !== '');
  expect(label!.text.replace(/\s/gu, '')).toMatch(/^第一条/u);
  expect(label!.font).toBe(chapter!.line.runs[0]!.font);
  expect(text.at(-1)!.font).toMatch(/FandolFang|NotoSerifSC/u);
  // A 项 is a body paragraph: indented two cells, in the article's face, not a heading.
  expect(item!.line.x).toBeCloseTo(INDENTED, 0);
  expect(item!.line.runs[0]!.font).toBe(text.at(-1)!.font);
});

/** The 版记's two lines and the pages that hold them. */
async function colophonOf(slug: string): Promise<{ pages: PageText[]; page: PageText; printed: TextLine }> {
  const pages = await pagesOf(fixturePdf(slug).pdf);
  const page = pages.find((candidate) => candidate.lines.some((line) => /印发$/u.test(line.text.replace(/\s/gu, ''))))!;
  const printed = page.lines.find((line) => /印发$/u.test(line.text.replace(/\s/gu, '')))!;
  return { pages, page, printed };
}

for (const slug of ['joint', 'upward', 'issued', 'full-even']) {
  test(`${slug}: the 版记 is on the last page, an even one, at the foot of the 版心 (V1, V2)`, async () => {
    const { pages, page, printed } = await colophonOf(slug);
    expect(page.number).toBe(pages.length);
    expect(pages.length % 2).toBe(0);
    // The 印发 line sits on the last rule at y = 262: its 28 pt line box ends there.
    expect(printed.bottom).toBeGreaterThan(262 - 5);
    expect(printed.bottom).toBeLessThan(262);
  });
}

test('content ending on an odd page: the 版记 takes the next page alone, numbered (§7.2 rule 4)', async () => {
  const { pages, page } = await colophonOf('upward');
  expect(page.number).toBe(2);
  expect(pages[0]!.lines.some((line) => line.text.includes('2024年2月1日'))).toBe(true);
  expect(page.lines.filter((line) => !isPageNumber(line)).every((line) => near(line.size, 14, 0.2))).toBe(true);
  expect(page.lines.some(isPageNumber)).toBe(true);
});

test('content filling an even page: a blank page, then the 版记 page, neither numbered (§7.2 rule 4, P5)', async () => {
  const { pages, page } = await colophonOf('full-even');
  expect(page.number).toBe(4);
  const blank = pages[2]!;
  expect(blank.lines, 'page 3 is blank: no text, no number').toHaveLength(0);
  expect(page.lines.some(isPageNumber), 'the 版记 page after a blank page is unnumbered').toBe(false);
  // Page 2 ends with the 附注 on the last grid line: the 版记 could not fit under it.
  const last = pages[1]!.lines.filter((line) => !isPageNumber(line)).at(-1)!;
  expect(last.text.replace(/\s/gu, '')).toBe('（此件主动公开）');
  expect(last.bottom).toBeGreaterThan(255);
});

test('版记 rules: thick 0.35 mm above and at the foot (y = 262); none between 抄送 and the next row; thin 0.25 mm above 印发 (V2, V3, §7.4.2)', async () => {
  const { pdf } = fixturePdf('joint');
  const { page } = await colophonOf('joint');
  const rules = rulesOn(pdf, page.number, isDark);
  expect(rules).toHaveLength(3);
  const [first, middle, last] = rules as [(typeof rules)[0], (typeof rules)[0], (typeof rules)[0]];
  // ±0.1 mm (spec §16 V2, V3); the raster counts a row as ink from half coverage.
  expect(Math.abs(first.thickness - COLOPHON_THICK_RULE_MM)).toBeLessThanOrEqual(0.1);
  expect(Math.abs(middle.thickness - COLOPHON_THIN_RULE_MM)).toBeLessThanOrEqual(0.1);
  expect(Math.abs(last.thickness - COLOPHON_THICK_RULE_MM)).toBeLessThanOrEqual(0.1);
  expect(first.thickness - middle.thickness, 'thick and thin rules differ').toBeGreaterThan(0.05);
  expect(Math.abs(last.bottom - 262)).toBeLessThanOrEqual(0.5);
  const copyTo = page.lines.find((line) => line.text.startsWith('抄送'))!;
  const internal = page.lines.find((line) => line.text.startsWith('内部发送'))!;
  const printed = page.lines.find((line) => line.text.replace(/\s/gu, '').endsWith('印发'))!;
  expect(first.bottom).toBeLessThanOrEqual(copyTo.top);
  expect(internal.top).toBeGreaterThan(copyTo.bottom);
  expect(middle.top).toBeGreaterThanOrEqual(internal.bottom);
  expect(middle.bottom).toBeLessThanOrEqual(printed.top);
  // Each row one 4号 character in, like 抄送.
  expect(internal.x).toBeCloseTo(copyTo.x, 1);
});

test('the red separator has the configured thickness (§7.2.7, project default)', async () => {
  const rules = rulesOn(fixturePdf('upward').pdf, 1, isRed);
  expect(rules).toHaveLength(1);
  expect(Math.abs(rules[0]!.thickness - SEPARATOR_THICKNESS_MM)).toBeLessThanOrEqual(0.1);
});
