/**
 * 成文日期 and 印发日期. GB/T 9704-2012 writes them in Arabic numerals, year in full, no leading
 * zeros (§7.3.5.4: 2024年1月23日). GB/T 9704-1999 and the documents of its time wrote them in
 * Chinese numerals (一九九八年三月五日, 〇 for zero); an archive reproduces them as published, so
 * both are read, and `text` is always what was written.
 */
export interface ChineseDate {
  year: number;
  month: number;
  day: number;
  /** As printed, exactly as written: 2024年1月23日, or 一九九八年三月五日. ISO input prints as 2024年1月23日. */
  text: string;
  /** For <time datetime> and PDF metadata: 2024-01-23. */
  iso: string;
  /** Which numerals the printed text uses: 'arabic' (GB/T 9704-2012) or 'chinese' (the 1999 edition's form). */
  form: 'arabic' | 'chinese';
}

const ARABIC_FORM = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;
const ISO_FORM = /^(\d{4})-(\d{2})-(\d{2})$/u;
/**
 * 一九九八年三月五日: the year digit by digit, month and day as numbers (十二, 二十三). Zero is
 * printed 〇 (U+3007) or, in much published text, ○ (U+25CB); 零 also occurs.
 */
const CHINESE_FORM = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/u;
const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/**
 * A Chinese number from 1 to 99 as a month, a day or a 保密期限 is written (五, 十, 十二, 二十, 三十一),
 * or undefined for anything else (一十二, 十十, 〇五).
 */
export function chineseNumber(written: string): number | undefined {
  const match = /^(?:([二三四五六七八九])?(十))?([一二三四五六七八九])?$/u.exec(written);
  if (!match || written === '') return undefined;
  const [, tens, ten, units] = match;
  return (ten ? (tens ? CHINESE_DIGITS[tens]! : 1) * 10 : 0) + (units ? CHINESE_DIGITS[units]! : 0);
}

/** The GB/T 9704-2012 form of a date: 1998年3月5日. */
export function arabicDateText(date: Pick<ChineseDate, 'year' | 'month' | 'day'>): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

/** Parses 2024年1月23日, 2024-01-23 or 一九九八年三月五日; returns what is wrong, as a phrase, when it cannot. */
export function parseChineseDate(value: string | Date): ChineseDate | string {
  let year: number;
  let month: number;
  let day: number;
  let form: ChineseDate['form'] = 'arabic';
  const shown = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  const chinese = CHINESE_FORM.exec(shown);
  if (value instanceof Date) {
    [year, month, day] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  } else if (chinese) {
    const [readMonth, readDay] = [chineseNumber(chinese[2]!), chineseNumber(chinese[3]!)];
    if (readMonth === undefined || readDay === undefined) {
      return `"${shown}" is not a date in Chinese numerals: write the month and day as numbers are read (十二月, 二十三日), e.g. 一九九八年三月五日`;
    }
    year = Number(Array.from(chinese[1]!, (digit) => CHINESE_DIGITS[digit]).join(''));
    [month, day, form] = [readMonth, readDay, 'chinese'];
  } else {
    const match = ARABIC_FORM.exec(shown) ?? ISO_FORM.exec(shown);
    if (!match) return `"${shown}" is not a date: write it as 2024年1月23日`;
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (ARABIC_FORM.test(shown) && /年0|月0/u.test(shown)) {
      return `"${shown}" has a leading zero: write ${year}年${month}月${day}日`;
    }
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    // A date in Chinese numerals is shown as read, so the author sees which part is impossible.
    return `"${shown}"${form === 'chinese' ? ` (${arabicDateText({ year, month, day })})` : ''} does not exist in the calendar`;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = form === 'chinese' ? shown : arabicDateText({ year, month, day });
  return { year, month, day, text, iso: `${year}-${pad(month)}-${pad(day)}`, form };
}
