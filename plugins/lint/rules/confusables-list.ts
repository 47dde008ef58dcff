/**
 * The wrong words `confusables` flags, each with the right one and where the pair is listed. Only
 * forms that are wrong wherever they stand in modern standard Chinese; a guard (`notBefore`,
 * `notAfter`) keeps out the real words a wrong form can be read inside of (发布署名, 一座落成).
 *
 * Sources:
 * - 咬文嚼字: 《咬文嚼字》编辑部《当代汉语出版物中最常见的100个别字》 (as reproduced in “30个最常见错别字详解”,
 *   http://m.zqjmxx.com/detail.php?id=317, whose numbers are given).
 * - GF 1001-2001: 教育部、国家语委《第一批异形词整理表》 (2001-12-19, in trial use from 2002-03-31), the
 *   recommended form first, as in its table (参与—参预, 筹划—筹画, 掺杂—搀杂, 坐落—座落), read
 *   in copies of the table at https://360docs.net/doc/0419890731.html (C) and http://www.yf1234.com/jiaoan/604836/a11116447_4.html (Z).
 * - 现汉7: 《现代汉语词典》第7版 (商务印书馆 2016), which has the right form and not the wrong one.
 */
export interface Confusable {
  wrong: string;
  right: string;
  source: string;
  /** A character right after the wrong form that makes it part of a real word (按装修 is 按 + 装修). */
  notBefore?: string;
  /** A character right before it that does (一座落成 is 一座 + 落成). */
  notAfter?: string;
}

const YWJZ = '《咬文嚼字》当代汉语出版物中最常见的100个别字';
const GF1001 = 'GF 1001-2001 第一批异形词整理表';
const XH7 = '《现代汉语词典》第7版';

export const CONFUSABLES: readonly Confusable[] = [
  // 按装修、按装机容量、按装配式 are 按 + a word.
  { wrong: '按装', right: '安装', source: `${YWJZ} (1)`, notBefore: '修机配备载箱饰卸运车' },
  { wrong: '针贬', right: '针砭', source: `${YWJZ} (4)` },
  { wrong: '脉博', right: '脉搏', source: `${YWJZ} (6)` },
  { wrong: '松驰', right: '松弛', source: `${YWJZ} (7)` },
  { wrong: '防碍', right: '妨碍', source: `${YWJZ} (13)` },
  { wrong: '震憾', right: '震撼', source: YWJZ },
  { wrong: '迫不急待', right: '迫不及待', source: YWJZ },
  { wrong: '一如继往', right: '一如既往', source: YWJZ },
  { wrong: '再接再励', right: '再接再厉', source: YWJZ },
  { wrong: '峻工', right: '竣工', source: YWJZ },
  { wrong: '寒喧', right: '寒暄', source: YWJZ },
  { wrong: '气慨', right: '气概', source: YWJZ },
  { wrong: '声名雀起', right: '声名鹊起', source: YWJZ },
  { wrong: '不径而走', right: '不胫而走', source: YWJZ },
  { wrong: '参预', right: '参与', source: GF1001 },
  { wrong: '筹画', right: '筹划', source: GF1001 },
  { wrong: '搀杂', right: '掺杂', source: GF1001 },
  // 发布署名、公布署长: 布 ends the word before.
  { wrong: '布署', right: '部署', source: XH7, notBefore: '名长' },
  // 一座落成、这座落地窗: 座 is a measure word there.
  { wrong: '座落', right: '坐落', source: GF1001, notAfter: '一二两三四五六七八九十百千几这那每该此各多整' },
  // 全部份额: 全部 + 份额.
  { wrong: '部份', right: '部分', source: XH7, notBefore: '额' },
];
