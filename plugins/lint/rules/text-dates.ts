/**
 * Dates as the text writes them, in Arabic numerals (GB/T 15835 §4.1.2: 2024年3月8日): a full date,
 * a month and day (3月8日), or a year and month (2024年3月). Each is read with parseChineseDate
 * (../../dates.ts) when it has a year and a day; a month or a day standing alone is not a date.
 */
import { parseChineseDate, type ChineseDate } from '../../dates.ts';
import type { LintDocument, TextSegment } from '../types.ts';

export interface TextDate {
  segment: TextSegment;
  /** The range of the date in segment.text. */
  start: number;
  end: number;
  text: string;
  year?: number;
  month: number;
  day?: number;
  /** The date read, when it has a year, a month and a day: a ChineseDate, or why it does not exist. */
  parsed?: ChineseDate | string;
}

const WRITTEN = /(?<![\d.])(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?/gu;

/** Every date with a year or a day in the segment, in order. */
export function datesIn(segment: TextSegment): TextDate[] {
  const dates: TextDate[] = [];
  for (const match of segment.text.matchAll(WRITTEN)) {
    const [text, year, month, day] = match;
    if (year === undefined && day === undefined) continue;
    const date: TextDate = { segment, start: match.index, end: match.index + text.length, text, month: Number(month) };
    if (year !== undefined) date.year = Number(year);
    if (day !== undefined) date.day = Number(day);
    if (year !== undefined && day !== undefined) date.parsed = parseChineseDate(`${Number(year)}年${Number(month)}月${Number(day)}日`);
    dates.push(date);
  }
  return dates;
}

/** The document's 成文日期 (frontmatter `date`), when it is written and is a date; the rules read it even when the schema refused another field. */
export function issuedDate(doc: LintDocument): ChineseDate | undefined {
  return frontmatterDate(doc, 'date');
}

/** A date field of the frontmatter (date, publishedDate) when it is written and is a date. */
export function frontmatterDate(doc: LintDocument, field: string): ChineseDate | undefined {
  const written = doc.frontmatter?.[field];
  const date = typeof written === 'string' || written instanceof Date ? parseChineseDate(written) : undefined;
  return typeof date === 'object' ? date : undefined;
}

/** How many days a month has; February has 29 when the year is not known. */
export function daysInMonth(month: number, year = 2024): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
