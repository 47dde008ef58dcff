/**
 * gbt9704-2012-form: a frontmatter value written as GB/T 9704-1999 《国家行政机关公文格式》 and the
 * documents of its time printed it, which GB/T 9704-2012 writes otherwise. The schema accepts these
 * forms so an archive reproduces old documents as published; this warning names the 2012 form, and
 * an acknowledgement (原文如此) keeps the published one.
 *
 * - 成文日期 and 印发日期 in Chinese numerals (一九九八年三月五日, 二○一○年二月七日): the 1999 edition
 *   §8.2.5 wrote 成文日期 用汉字将年、月、日标全, 零 as 〇; GB/T 9704-2012 §7.3.5.4 and §7.4.3 write
 *   Arabic digits, year in full, no leading zeros (1998年3月5日).
 * - 份号 of another length: the 1999 edition's 公文份数序号 was Arabic digits with no number of them
 *   (a format chart of the time shows 001); §7.2.1 of 2012 writes six digits (000012).
 * - 保密期限 in Chinese numerals (一年, 六个月), as older documents wrote it and some tools still do (a
 *   2015 generator's sample prints 一年): §7.2.2 of 2012 says its digits are Arabic (1年).
 *
 * A document dated before GB/T 9704-2012 took effect (2012-07-01, as its own front page says) was
 * right to follow the 1999 edition, so its forms are not findings: only a document of later date is
 * held to the 2012 forms. A document whose 成文日期 cannot be read is held to them too.
 *
 * Sources (public copies): both editions' date clauses quoted at http://www.newsway.net.cn/news/detail/1275.html;
 * GB/T 9704-2012 §7.2.1, §7.2.2 and §7.3.5.4 as reprinted at
 * https://www.xiaomilidoc.com/p-10407509.html and https://35331.cn/lhd_258f625wkj1ujtp7zqyg25ui718xfz018yx_1.html;
 * the 1999 edition's 份数序号 "阿拉伯数字 顶格 左上角第1行 001" in a format chart at
 * https://dajudeng.com/Categor/TagList?tid=523915; 保密期限 "一年" with 份号 "1" in a generator's sample at
 * https://blog.csdn.net/sqlhub/article/details/84731953; dates with ○ and 〇 in the 2010 documents
 * 株政发〔2010〕4号 and 建标〔2010〕146号 at http://law552.infoeach.com/view-NTUyfDMwOTA0.html.
 */
import { arabicDateText, parseChineseDate } from '../../dates.ts';
import { parseSecrecyPeriod } from '../../schema.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { issuedDate } from './text-dates.ts';

/** GB/T 9704-2012 实施日期: documents dated earlier follow the 1999 edition. */
const IN_FORCE_FROM = '2012-07-01';

/** The six digits of a GB/T 9704-2012 份号 (§7.2.1). */
const COPY_NUMBER_DIGITS = 6;

/** 成文日期 and 印发日期, with the clause that writes them in Arabic digits. Only the 成文日期's 1999 clause (§8.2.5) is sourced, so only its message names the 1999 edition. */
const DATE_FIELDS = [
  { path: ['date'], name: '成文日期', clause: '§7.3.5.4', was: ', as GB/T 9704-1999 wrote it' },
  { path: ['colophon', 'printDate'], name: '印发日期', clause: '§7.4.3', was: '' },
] as const;

export const gbt9704_2012Form: Rule = {
  id: 'gbt9704-2012-form',
  rationale: 'a 1999-edition form (a date in Chinese numerals, a 份号 not of six digits, 保密期限 一年) is kept as published, but GB/T 9704-2012 writes it otherwise',
  severity: 'warning',
  check(doc) {
    const dated = issuedDate(doc);
    if (dated && dated.iso < IN_FORCE_FROM) return [];

    const findings: RuleFinding[] = [];
    // At the field's value, where the schema reports its problems.
    const at = (path: readonly string[], text: string, message: string) => {
      const offset = doc.fieldOffset(path);
      if (offset !== undefined) findings.push({ offset, text, message });
    };

    for (const { path, name, clause, was } of DATE_FIELDS) {
      const written = valueAt(doc.frontmatter, path);
      const date = typeof written === 'string' ? parseChineseDate(written) : undefined;
      if (typeof date !== 'object' || date.form !== 'chinese') continue;
      at(path, date.text, `${name} "${date.text}" is in Chinese numerals${was}; GB/T 9704-2012 ${clause} writes ${arabicDateText(date)}`);
    }

    const copyNumber = doc.frontmatter?.['copyNumber'];
    if (typeof copyNumber === 'string' && /^\d+$/u.test(copyNumber) && copyNumber.length !== COPY_NUMBER_DIGITS) {
      const serial = copyNumber.replace(/^0+(?=\d)/u, '');
      const fix =
        serial.length <= COPY_NUMBER_DIGITS
          ? `writes six digits: ${serial.padStart(COPY_NUMBER_DIGITS, '0')}`
          : 'writes six digits, and this 份号 has more';
      at(['copyNumber'], copyNumber, `份号 "${copyNumber}" has ${copyNumber.length} digit${copyNumber.length === 1 ? '' : 's'}; GB/T 9704-2012 §7.2.1 ${fix}`);
    }

    const period = doc.frontmatter?.['secrecyPeriod'];
    const read = typeof period === 'string' ? parseSecrecyPeriod(period) : undefined;
    if (typeof period === 'string' && read?.form === 'chinese') {
      at(['secrecyPeriod'], period, `保密期限 "${period}" is in Chinese numerals; GB/T 9704-2012 §7.2.2 writes its digits in Arabic: ${read.arabic}`);
    }
    return findings;
  },
};

function valueAt(frontmatter: Record<string, unknown> | undefined, path: readonly string[]): unknown {
  let current: unknown = frontmatter;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
