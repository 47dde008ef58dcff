/**
 * The 成文日期 an author wrote, as YYYY-MM-DD, read here independently of plugins/dates.ts:
 * 2024年1月23日, or Chinese numerals as pre-2012 documents print them (一九八一年五月二十三日, 〇/○/零).
 */
const DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 五 → 5, 十 → 10, 十二 → 12, 二十三 → 23, 三十一 → 31. */
function smallNumber(text: string): number {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return text.includes('十') ? (tens ? DIGITS[tens]! : 1) * 10 + (ones ? DIGITS[ones]! : 0) : DIGITS[ones!]!;
}

export function authoredIso(date: string): string {
  const pad = (n: number | string) => String(n).padStart(2, '0');
  const arabic = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u.exec(date);
  if (arabic) return `${arabic[1]}-${pad(arabic[2]!)}-${pad(arabic[3]!)}`;
  const chinese = /^([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]+)月([一二三四五六七八九十]+)日$/u.exec(date);
  if (!chinese) throw new Error(`not a date the tests read: ${date}`);
  const year = [...chinese[1]!].map((char) => DIGITS[char]).join('');
  return `${year}-${pad(smallNumber(chinese[2]!))}-${pad(smallNumber(chinese[3]!))}`;
}
