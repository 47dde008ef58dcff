/**
 * 成文日期 and 印发日期: Arabic year, month and day, year in full, no leading zeros (GB/T 9704 §7.3.5.4).
 */
export interface ChineseDate {
  year: number;
  month: number;
  day: number;
  /** As printed: 2024年1月23日. */
  text: string;
  /** For <time datetime> and PDF metadata: 2024-01-23. */
  iso: string;
}

const CHINESE_FORM = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u;
const ISO_FORM = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Parses 2024年1月23日 or 2024-01-23; returns what is wrong, as a phrase, when it cannot. */
export function parseChineseDate(value: string | Date): ChineseDate | string {
  let year: number;
  let month: number;
  let day: number;
  const shown = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (value instanceof Date) {
    [year, month, day] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
  } else {
    const match = CHINESE_FORM.exec(shown) ?? ISO_FORM.exec(shown);
    if (!match) return `"${shown}" is not a date: write it as 2024年1月23日`;
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (CHINESE_FORM.test(shown) && /年0|月0/u.test(shown)) {
      return `"${shown}" has a leading zero: write ${year}年${month}月${day}日`;
    }
  }
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return `"${shown}" does not exist in the calendar`;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return { year, month, day, text: `${year}年${month}月${day}日`, iso: `${year}-${pad(month)}-${pad(day)}` };
}
