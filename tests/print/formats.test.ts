/**
 * The special formats of GB/T 9704 §10 — 信函, 命令（令）, 纪要 — read back from their PDFs, in
 * millimetres, on fixture documents transcribed from real published ones (sources in each fixture).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import {
  CELL_MM,
  LETTER_FOOT_RULE_BOTTOM_MM,
  LETTER_RULE_GAP_MM,
  LETTER_RULE_LENGTH_MM,
  LETTER_RULE_TO_TEXT_MM,
  LINE_PITCH_MM,
  ORDER_MARK_OFFSET_MM,
  PAGE_HEIGHT_MM,
  STAMP_RIGHT_CELLS,
  STAMP_TITLE_GAP_CELLS,
  TOP_MARGIN_MM,
} from '../../print/geometry.ts';
import { writePdfs } from '../../print/pdf.ts';
import { FIXTURE_DIST, INDENTED, LEFT, RIGHT, firstInkRow, fixturePdf, inOrder, isDark, isPageNumber, isRed, linesOf, pagesOf, rulesOn } from './support.ts';

/** The 版心's horizontal centre: the mark, 令号 and rules are centred on it. */
const CENTRE = LEFT + (RIGHT - LEFT) / 2;
const centreOf = (line: { x: number; right: number }) => (line.x + line.right) / 2;
/** Grid lines between two line tops. */
const linesBetween = (upper: { top: number }, lower: { top: number }) => (lower.top - upper.top) / LINE_PITCH_MM;

test('信函 (京建函〔2014〕428号): the organ alone as the mark, 30 mm from the paper top; red double rules 170 mm long (§10.1)', async () => {
  const { pdf } = fixturePdf('letter-han');
  const [mark, docNumber, title, recipients] = inOrder(await linesOf('letter-han'), [
    '北京市住房和城乡建设委员会',
    '京建函〔2014〕428号',
    '关于为西城区调配限价商品住房房源的函',
    '西城区政府：',
  ]);
  expect(mark!.page).toBe(1);
  expect(Math.abs(firstInkRow(pdf, 1, isRed) - 30)).toBeLessThanOrEqual(1.5);
  expect(Math.abs(centreOf(mark!.line) - CENTRE)).toBeLessThanOrEqual(1);

  const rules = rulesOn(pdf, 1, isRed, 160);
  expect(rules, 'two double rules: four red lines').toHaveLength(4);
  const [headThick, headThin, footThin, footThick] = rules as [(typeof rules)[0], (typeof rules)[0], (typeof rules)[0], (typeof rules)[0]];
  // Thick over thin under the mark, thin over thick at the foot.
  expect(headThick.thickness).toBeGreaterThan(headThin.thickness + 0.1);
  expect(footThick.thickness).toBeGreaterThan(footThin.thickness + 0.1);
  expect(Math.abs(headThick.top - mark!.line.bottom - LETTER_RULE_GAP_MM)).toBeLessThanOrEqual(1);
  expect(Math.abs(footThick.bottom - (PAGE_HEIGHT_MM - LETTER_FOOT_RULE_BOTTOM_MM))).toBeLessThanOrEqual(0.5);
  for (const rule of rules) {
    expect(Math.abs(rule.right - rule.left - LETTER_RULE_LENGTH_MM)).toBeLessThanOrEqual(1);
    expect(Math.abs((rule.left + rule.right) / 2 - CENTRE)).toBeLessThanOrEqual(1);
  }

  // 发文字号 flush right under the double rule, its glyphs 7/8 of a 3号 character below it.
  expect(docNumber!.line.right).toBeCloseTo(RIGHT, 0);
  expect(Math.abs(docNumber!.line.top - headThin.bottom - LETTER_RULE_TO_TEXT_MM)).toBeLessThanOrEqual(1);
  // The title two lines below it; 主送 flush left.
  expect(linesBetween(docNumber!.line, title!.line)).toBeGreaterThan(2.5);
  expect(linesBetween(docNumber!.line, title!.line)).toBeLessThan(4);
  expect(Math.abs(centreOf(title!.line) - CENTRE)).toBeLessThanOrEqual(1);
  expect(recipients!.line.x).toBeCloseTo(LEFT, 0);
});

test('信函: the first page shows no page number; the next is — 2 — (§10.1)', async () => {
  const pages = await pagesOf(fixturePdf('letter-han').pdf);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages[0]!.lines.filter(isPageNumber)).toEqual([]);
  expect(pages[1]!.lines.filter(isPageNumber).map((line) => line.text.replace(/\s/gu, ''))).toEqual(['—2—']);
});

test('令 (北京市人民政府令第228号): mark 20 mm below the 版心 top, 令号 centred two lines under it, no separator, no title (§10.2)', async () => {
  const { pdf } = fixturePdf('order-ling');
  const lines = await linesOf('order-ling');
  const [mark, number, body] = inOrder(lines, ['北京市人民政府令', '第228号', /^《北京市禁止违法建设若干规定》已经/u]);
  expect(Math.abs(firstInkRow(pdf, 1, isRed) - (TOP_MARGIN_MM + ORDER_MARK_OFFSET_MM))).toBeLessThanOrEqual(1.5);
  expect(Math.abs(centreOf(mark!.line) - CENTRE)).toBeLessThanOrEqual(1);
  expect(Math.abs(centreOf(number!.line) - CENTRE)).toBeLessThanOrEqual(1);
  // Two blank lines between the mark's bottom and the 令号 line, two between the 令号 and the body.
  const markToNumber = (number!.line.top - mark!.line.bottom) / LINE_PITCH_MM;
  expect(markToNumber).toBeGreaterThan(1.5);
  expect(markToNumber).toBeLessThan(3);
  expect(linesBetween(number!.line, body!.line)).toBeCloseTo(3, 1);
  expect(rulesOn(pdf, 1, isRed, 100), 'a 令 has no red separator').toEqual([]);
  expect(lines.filter((entry) => Math.abs(entry.line.size - 22) < 0.5), 'a 令 has no 2号 title').toEqual([]);
});

test('令: the signature stamp layout — 职务 two cells left of the name, four cells of right space, the date one blank line below (§7.3.5.3)', async () => {
  const lines = await linesOf('order-ling');
  const [last, stamp, date] = inOrder(lines, [/^施行。$/u, '市长郭金龙', '二〇一一年一月十日']);
  const stampRight = RIGHT - STAMP_RIGHT_CELLS * CELL_MM;
  expect(Math.abs(stamp!.line.right - stampRight)).toBeLessThanOrEqual(0.5);
  expect(Math.abs(date!.line.right - stampRight)).toBeLessThanOrEqual(0.5);
  const [title, name] = [stamp!.line.runs[0]!, stamp!.line.runs.at(-1)!];
  expect(title.text).toBe('市长');
  expect(name.text).toBe('郭金龙');
  expect(Math.abs(name.x - title.right - STAMP_TITLE_GAP_CELLS * CELL_MM)).toBeLessThanOrEqual(0.5);
  // Two blank lines above the stamp, one between the stamp and the date.
  expect(linesBetween(last!.line, stamp!.line)).toBeCloseTo(3, 1);
  expect(linesBetween(stamp!.line, date!.line)).toBeCloseTo(2, 1);
});

test("令: the PDF's title is the mark and the 令号, a 令 having no title of its own", async () => {
  const raw = await PDFDocument.load(readFileSync(fixturePdf('order-ling').pdf), { updateMetadata: false });
  expect(raw.getTitle()).toBe('北京市人民政府令第228号');
  expect(raw.getKeywords()).toBe('第228号');
  // 二〇一一年一月十日 at midnight in Beijing.
  expect(raw.getCreationDate()?.toISOString()).toBe('2011-01-09T16:00:00.000Z');
});

test('纪要: the ××××纪要 mark 35 mm below the 版心 top, the organ and date on the line above the rule, no 署名 (§10.3)', async () => {
  const { pdf } = fixturePdf('minutes-jiyao');
  const lines = await linesOf('minutes-jiyao');
  const [mark, dateLine, body, attendance] = inOrder(lines, [
    '铁岭县人民政府常务会议纪要',
    '铁岭县人民政府办公室2022年10月31日',
    /^10月31日，县长常东旭/u,
    '列席人员：新闻媒体记者贾笔耕。',
  ]);
  expect(Math.abs(firstInkRow(pdf, 1, isRed) - (TOP_MARGIN_MM + 35))).toBeLessThanOrEqual(1.5);
  expect(Math.abs(centreOf(mark!.line) - CENTRE)).toBeLessThanOrEqual(1);
  const [organ, date] = [dateLine!.line.runs[0]!, dateLine!.line.runs.at(-1)!];
  expect(organ.x).toBeCloseTo(LEFT, 0);
  expect(date.right).toBeCloseTo(RIGHT, 0);
  const [rule] = rulesOn(pdf, 1, isRed);
  expect(Math.abs(rule!.top - dateLine!.line.bottom - 4)).toBeLessThanOrEqual(1);
  expect(body!.line.top).toBeGreaterThan(rule!.bottom);
  // No 署名 or 成文日期 under the body: the organ's name and the date appear once, in the 版头.
  expect(lines.filter((entry) => entry.line.text.includes('铁岭县人民政府办公室'))).toHaveLength(1);
  expect(attendance!.line.x).toBeCloseTo(INDENTED, 0);
});

test('纪要: 出席/列席 label in 黑体 with its colon, names in 仿宋, continuation lines under the first name (§10.3)', async () => {
  const lines = await linesOf('minutes-jiyao');
  const [attendance] = inOrder(lines, ['列席人员：新闻媒体记者贾笔耕。']);
  const [label, names] = [attendance!.line.runs[0]!, attendance!.line.runs.at(-1)!];
  expect(label.text).toBe('列席人员：');
  expect(label.font).toMatch(/SansSC|Hei/u);
  expect(names.font).not.toBe(label.font);
  // The names start after the label and its colon: five cells after the two-cell indent.
  expect(Math.abs(names.x - (INDENTED + 5 * CELL_MM))).toBeLessThanOrEqual(0.5);
});

test('a joint document of eight organs: the stacked mark fits, and its 142-character 主送 moves to the 版记 so page 1 shows 正文 (§7.3.2, §7.3.3)', async () => {
  const pages = await pagesOf(fixturePdf('joint-long-recipients').pdf);
  const first = pages[0]!.lines.filter((line) => !isPageNumber(line));
  const title = first.findIndex((line) => line.text.startsWith('国家发展改革委等部门关于'));
  expect(title).toBeGreaterThan(0);
  const bodyOnPageOne = first.slice(title + 2).filter((line) => Math.abs(line.size - 16) < 0.2);
  expect(bodyOnPageOne.length, 'page 1 holds at least one line of 正文').toBeGreaterThanOrEqual(1);
  expect(bodyOnPageOne[0]!.text).toMatch(/^为贯彻落实党中央/u);
  expect(first.some((line) => line.text.startsWith('各省、自治区')), 'no 主送 under the title').toBe(false);
  // Every name of the mark inside the 版心.
  for (const line of first.filter((candidate) => candidate.size > 20)) {
    expect(line.x).toBeGreaterThanOrEqual(LEFT - 0.5);
    expect(line.right).toBeLessThanOrEqual(RIGHT + 0.5);
  }
  const last = pages.at(-1)!;
  const moved = last.lines.find((line) => line.text.startsWith('主送：'))!;
  expect(moved, 'the 主送 is the first row of the 版记').toBeDefined();
  expect(moved.size).toBeCloseTo(14, 0);
  expect(last.lines.map((line) => line.text).join('')).toContain('各中央企业。');
});

test('the moved 主送 row of the 版记 sits between its rules, continuation lines aligned after 主送：', async () => {
  const { pdf } = fixturePdf('joint-long-recipients');
  const pages = await pagesOf(pdf);
  const last = pages.at(-1)!;
  const rows = last.lines.filter((line) => !isPageNumber(line));
  const [first, ...rest] = rows;
  expect(first!.text.startsWith('主送：')).toBe(true);
  for (const line of rest) expect(Math.abs(line.x - (first!.x + 3 * (14 * 25.4) / 72))).toBeLessThanOrEqual(0.5);
  const rules = rulesOn(pdf, last.number, isDark);
  expect(rules.length).toBeGreaterThanOrEqual(2);
  expect(rules[0]!.bottom).toBeLessThanOrEqual(first!.top);
  expect(Math.abs(rules.at(-1)!.bottom - 262)).toBeLessThanOrEqual(0.5);
});

test('署名 never starts a page: the last line of 正文 goes over with it (§7.3.5.5)', async () => {
  const pages = await pagesOf(fixturePdf('signature-kept').pdf);
  expect(pages).toHaveLength(2);
  const second = pages[1]!.lines.filter((line) => !isPageNumber(line));
  expect(second.map((line) => line.text)).toEqual(['天津南站专用通道如期通车。', '天津市西青区张家窝镇人民政府', '2024年2月6日', '（此件主动公开）']);
  // The sealed signature (the default, §7.3.5.1) two blank lines below the body line that came with it.
  expect(linesBetween(second[0]!, second[1]!)).toBeCloseTo(3, 1);
  // Page 1 ends on the line before: nothing lost, nothing doubled.
  const first = pages[0]!.lines.filter((line) => !isPageNumber(line));
  expect(first.at(-1)!.text).toBe('枫雅科创中心建成顺利交付。');
});

test('every signature block of every fixture has body text above it on its page', async () => {
  for (const slug of ['signature-kept', 'letter-han', 'order-ling', 'order-signature-image', 'forward-qingshi', 'issue-regulation', 'issue-regulation-attachments', 'issue-long-title', 'joint-three-seals', 'pre2012-chinese-date', 'joint', 'upward', 'issued', 'full-even']) {
    const pages = await pagesOf(fixturePdf(slug).pdf);
    for (const page of pages) {
      const lines = page.lines.filter((line) => !isPageNumber(line));
      // A date line right of the indent: the 署名 (unsealed, sealed or a 签名章) stands on the lines above it.
      const dateLine = lines.findIndex((line) => /^(\d{4}|[〇○零一二三四五六七八九]{4})年.+日$/u.test(line.text.replace(/\s/gu, '')) && line.x > INDENTED + CELL_MM);
      if (dateLine < 0) continue;
      const above = lines.slice(0, Math.max(0, dateLine - 1)).filter((line) => Math.abs(line.size - 16) < 0.2);
      expect(above.length, `${slug} page ${page.number}: body text above the signature`).toBeGreaterThan(0);
    }
  }
});

test('the build log says when the 主送 was moved to the 版记', async () => {
  const out = mkdtempSync(join(tmpdir(), 'gongwen-pdf-'));
  const log: string[] = [];
  try {
    const view = { slug: 'joint-long-recipients', pathname: '/joint-long-recipients/print/' };
    await writePdfs(FIXTURE_DIST, [view], { timeoutSeconds: 120, outFile: join(out, 'moved.pdf'), log: (line) => log.push(line) });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  expect(log).toContain('joint-long-recipients.pdf: 主送 (6 lines) moved to the 版记 (GB/T 9704 §7.3.2): with it, page 1 had no line for 正文');
});

test('a notice issuing a regulation with its own attachments (渝粮规范〔2023〕2号): the 细则, its 附件说明 at its end, then its four 附件 on pages of their own', async () => {
  const lines = await linesOf('issue-regulation-attachments');
  const [, , signatory, date, title, firstArticle, lastArticle, list1, wrapped1, list2] = inOrder(lines, [
    '渝粮规范〔2023〕2号',
    /^为动员社会力量参与/u,
    // Sealed and joint (§7.3.5.1): both 署名 on one line, each under its own seal.
    /^重庆市粮食局\s*重庆市财政局$/u,
    '2023年12月31日',
    '重庆市政策性粮食购销违法违规行为',
    /^第一条/u,
    /^第十五条/u,
    '附件：1.重庆市政策性粮食购销违法违规行为举报奖励审批',
    '表',
    '2.重庆市政策性粮食购销违法违规行为举报奖励通知',
  ]);
  // The notice's 署名 and date close the notice; the 细则 starts a new page.
  expect(signatory!.page).toBe(date!.page);
  expect(title!.page).toBe(date!.page + 1);
  expect(firstArticle!.line.runs[0]!.font).toMatch(/SansSC|Hei/u);
  // Its 附件说明 follows its last article, two cells in; 2. under 1.; a wrapped name under its own first character.
  expect(list1!.page).toBeGreaterThanOrEqual(lastArticle!.page);
  expect(list1!.line.x).toBeCloseTo(INDENTED, 0);
  const number = list1!.line.runs.find((run) => run.text.startsWith('1.')) ?? list1!.line.runs[1]!;
  expect(Math.abs(list2!.line.x - (INDENTED + 3 * CELL_MM))).toBeLessThanOrEqual(0.5);
  expect(wrapped1!.line.x).toBeGreaterThan(number.x + 0.5 * CELL_MM);
  expect(wrapped1!.line.x).toBeLessThan(number.x + 1.5 * CELL_MM);
  // 附件1 … 附件4: each on a new page after the 细则, 附件N on line 1, its title from line 3.
  let previous = list1!.page;
  for (const n of [1, 2, 3, 4]) {
    const label = lines.find((entry) => entry.line.text === `附件${n}`)!;
    expect(label, `附件${n}`).toBeDefined();
    expect(label.page).toBeGreaterThan(previous);
    expect(lines.find((entry) => entry.page === label.page)).toBe(label);
    expect(Math.floor((label.line.top - TOP_MARGIN_MM) / LINE_PITCH_MM)).toBe(0);
    const heading = lines.find((entry) => entry.page === label.page && Math.abs(entry.line.size - 22) < 0.5)!;
    expect(Math.floor((heading.line.top - TOP_MARGIN_MM) / LINE_PITCH_MM)).toBe(2);
    previous = label.page;
  }
});
