import { expect, test } from '@playwright/test';
import { FORMAT_GEOMETRY, ISSUER_MARK_JOINT_MAX_HEIGHT_MM, ISSUER_MARK_MAX_PT, LINES_PER_PAGE } from '../../print/geometry.ts';
import { headLayout } from '../../print/head-layout.ts';

// The eight organs of 发改法规〔2026〕195号, as its 署名 prints them (tests/fixture-site/content/joint-long-recipients.mdx).
const EIGHT = ['国家发展改革委', '工业和信息化部', '住房城乡建设部', '交通运输部', '水利部', '农业农村部', '商务部', '国务院国资委'];

test('a joint mark of eight organs stays within its height, leaving page 1 lines for the title and 正文', () => {
  const layout = headLayout({ mark: { names: EIGHT, suffix: '文件' }, geometry: FORMAT_GEOMETRY.document, noticeLines: 0, hasDocNumber: true });
  expect(layout.markHeightMm).toBeLessThanOrEqual(ISSUER_MARK_JOINT_MAX_HEIGHT_MM);
  expect(layout.markSizePt).toBeLessThan(ISSUER_MARK_MAX_PT);
  expect(layout.headLines).toBeLessThanOrEqual(LINES_PER_PAGE - 4);
});

test('a one-organ mark keeps the largest size when it fits, and two marks of two and three organs shrink only to fit', () => {
  const single = headLayout({ mark: { names: ['北京市人民政府'], suffix: '令' }, geometry: FORMAT_GEOMETRY.order, noticeLines: 0, hasDocNumber: true });
  expect(single.markSizePt).toBe(ISSUER_MARK_MAX_PT);
  const two = headLayout({ mark: { names: ['张家窝镇人民政府', '张家窝镇应急管理办公室'], suffix: '文件' }, geometry: FORMAT_GEOMETRY.document, noticeLines: 3, hasDocNumber: true });
  expect(two.markSizePt).toBeLessThan(ISSUER_MARK_MAX_PT);
  expect(two.markHeightMm).toBeLessThan(ISSUER_MARK_JOINT_MAX_HEIGHT_MM);
});

test('a 纪要 without a 期号 puts its date line where the 期号 would stand; with one, a line lower', () => {
  const mark = { names: ['铁岭县人民政府常务会议'], suffix: '纪要' };
  const without = headLayout({ mark, geometry: FORMAT_GEOMETRY.minutes, noticeLines: 0, hasDocNumber: false });
  const withNumber = headLayout({ mark, geometry: FORMAT_GEOMETRY.minutes, noticeLines: 0, hasDocNumber: true });
  expect(without.dateLineTop).toEqual(without.numbersTop);
  expect(withNumber.dateLineTop.lines).toBe(withNumber.numbersTop.lines + 1);
  expect(withNumber.headLines).toBe(without.headLines + 1);
});
