/** Chinese numerals as 公文 numbering writes them: 三、, （十二）, 第一百零五条. */

/** A Chinese numeral of the forms used in numbering, up to the hundreds. */
export const HAN_NUMERAL = '[一二三四五六七八九十百零〇]+';

const HAN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const DIGIT_CHARS = '一二三四五六七八九';

/** 十二 → 12, 二十 → 20, 一百零五 → 105, １２ → 12. */
export function numeralValue(numeral: string): number {
  const ascii = numeral.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/u.test(ascii)) return Number(ascii);
  let total = 0;
  let digit = 0;
  for (const char of numeral) {
    if (char === '百' || char === '十') {
      total += (digit || 1) * (char === '百' ? 100 : 10);
      digit = 0;
    } else {
      digit = HAN_DIGITS[char] ?? 0;
    }
  }
  return total + digit;
}

/** 12 → 十二, 20 → 二十, 105 → 一百零五, 110 → 一百一十: as numbering prints them. */
export function hanNumeral(n: number): string {
  const digit = (d: number) => DIGIT_CHARS[d - 1] ?? '';
  if (n >= 100) {
    const rest = n % 100;
    const tail = rest === 0 ? '' : rest < 10 ? `零${digit(rest)}` : rest < 20 ? `一${hanNumeral(rest)}` : hanNumeral(rest);
    return `${digit(Math.floor(n / 100))}百${tail}`;
  }
  if (n < 10) return digit(n);
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : digit(tens)}十${digit(n % 10)}`;
}
