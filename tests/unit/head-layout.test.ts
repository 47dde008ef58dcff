import { expect, test } from '@playwright/test';
import { FORMAT_GEOMETRY, ISSUER_MARK_JOINT_MAX_HEIGHT_MM, ISSUER_MARK_MAX_PT, LINES_PER_PAGE, TEXT_WIDTH_MM } from '../../print/geometry.ts';
import { headLayout } from '../../print/head-layout.ts';
import { advanceWidthOf } from '../../plugins/fonts/advance.ts';
import { PACKAGED_DEFAULTS } from '../../plugins/fonts/defaults.ts';

// The default 小标宋 (Noto Serif SC Black), as a fresh build resolves it.
const markWidth = await advanceWidthOf({ file: PACKAGED_DEFAULTS.xiaobiaosong(), faceIndex: 0 });

// The eight organs of 发改法规〔2026〕195号, as its 署名 prints them (tests/fixture-site/content/joint-long-recipients.mdx).
const EIGHT = ['国家发展改革委', '工业和信息化部', '住房城乡建设部', '交通运输部', '水利部', '农业农村部', '商务部', '国务院国资委'];

test('a joint mark of eight organs stays within its height, leaving page 1 lines for the title and 正文', () => {
  const layout = headLayout({ mark: { names: EIGHT, suffix: '文件' }, geometry: FORMAT_GEOMETRY.document, noticeLines: 0, hasDocNumber: true, markWidth });
  expect(layout.markHeightMm).toBeLessThanOrEqual(ISSUER_MARK_JOINT_MAX_HEIGHT_MM);
  expect(layout.markSizePt).toBeLessThan(ISSUER_MARK_MAX_PT);
  expect(layout.headLines).toBeLessThanOrEqual(LINES_PER_PAGE - 4);
});

test('a one-organ mark keeps the largest size when it fits, and two marks of two and three organs shrink only to fit', () => {
  const single = headLayout({ mark: { names: ['北京市人民政府'], suffix: '令' }, geometry: FORMAT_GEOMETRY.order, noticeLines: 0, hasDocNumber: true, markWidth });
  expect(single.markSizePt).toBe(ISSUER_MARK_MAX_PT);
  const two = headLayout({ mark: { names: ['张家窝镇人民政府', '张家窝镇应急管理办公室'], suffix: '文件' }, geometry: FORMAT_GEOMETRY.document, noticeLines: 3, hasDocNumber: true, markWidth });
  expect(two.markSizePt).toBeLessThan(ISSUER_MARK_MAX_PT);
  expect(two.markHeightMm).toBeLessThan(ISSUER_MARK_JOINT_MAX_HEIGHT_MM);
});

test('a 纪要 without a 期号 puts its date line where the 期号 would stand; with one, a line lower', () => {
  const mark = { names: ['铁岭县人民政府常务会议'], suffix: '纪要' };
  const without = headLayout({ mark, geometry: FORMAT_GEOMETRY.minutes, noticeLines: 0, hasDocNumber: false, markWidth });
  const withNumber = headLayout({ mark, geometry: FORMAT_GEOMETRY.minutes, noticeLines: 0, hasDocNumber: true, markWidth });
  expect(without.dateLineTop).toEqual(without.numbersTop);
  expect(withNumber.dateLineTop.lines).toBe(withNumber.numbersTop.lines + 1);
  expect(withNumber.headLines).toBe(without.headLines + 1);
});

test('the 小标宋 font’s own advance widths: × and full-width forms are one em, Latin and digits their own widths, not a guessed half', () => {
  expect(markWidth('国务院')).toBe(3);
  expect(markWidth('×')).toBe(1);
  expect(markWidth('（）')).toBe(2);
  expect(markWidth('“”')).toBe(2);
  // Noto Serif SC Black: A and 2 are wider than half an em, 1 narrower.
  expect(markWidth('A')).toBeGreaterThan(0.7);
  expect(markWidth('1')).toBeLessThan(0.5);
  expect(markWidth('2')).toBeGreaterThan(0.5);
});

test('a mark with ×, Latin letters, digits and full-width brackets is sized so its measured width fits the 版心', () => {
  const mm = (pt: number) => (pt * 25.4) / 72;
  for (const names of [['××××××××××××××××××'], ['××市××区人民政府×××办公室'], ['北京2022年冬奥会和冬残奥会组织委员会'], ['中国（上海）自由贸易试验区管理委员会'], ['APEC中国工商理事会']]) {
    const layout = headLayout({ mark: { names, suffix: '文件' }, geometry: FORMAT_GEOMETRY.document, noticeLines: 0, hasDocNumber: true, markWidth });
    const widthMm = mm(layout.markSizePt) * markWidth(`${names[0]}文件`);
    expect(widthMm, names[0]).toBeLessThanOrEqual(TEXT_WIDTH_MM);
    // Shrunk only as far as needed: the size is rounded down to 0.1 pt, less 0.1 pt — at most 0.2 pt per em short.
    if (layout.markSizePt < ISSUER_MARK_MAX_PT) expect(widthMm, names[0]).toBeGreaterThan(TEXT_WIDTH_MM - mm(0.2) * markWidth(`${names[0]}文件`));
  }
});
