/**
 * date-references: dates in the body that contradict the 成文日期 or each other —
 * * a weekday that is not the date's: 2024年3月8日（星期四）, when 3月8日 was a Friday. A date without a
 *   year (3月8日（星期四）, as meeting notices write it) is flagged only when the weekday is wrong in the
 *   成文日期's year, the year before and the year after: a notice of December may fix a day in January.
 * * a date after the 成文日期 written as past: 已于2024年5月1日 in a document dated 2024年3月8日
 *   (a month without a day, 已于2024年5月, counts when its month is later).
 * * a period that ends before it begins: 2024年5月1日至4月30日 (the end without a year takes the start's).
 * Not read: dates inside quotation marks or a title 《…》 (a quoted text keeps its own dates), attributes
 * such as a speech's subtitle, and frontmatter fields; dates of plans (到2035年) are not past. Dates in
 * Chinese numerals in the body are not read. A warning: the 成文日期 itself may be the wrong one.
 */
import { parseChineseDate, type ChineseDate } from '../../dates.ts';
import type { Rule, RuleFinding, TextSegment } from '../types.ts';
import { datesIn, issuedDate, type TextDate } from './text-dates.ts';
import { findingAt } from './text.ts';

const WEEKDAYS = '日一二三四五六';
const WEEKDAY_AFTER = /^\s*[（(]?\s*(星期|周|礼拜)([一二三四五六日天])[）)]?/u;
const PAST_BEFORE = /(?:已经|业已|已)(?:于|在|从|自)?$/u;
const RANGE_BETWEEN = /^(?:至|到|—|－|-|~|～)$/u;

export const dateReferences: Rule = {
  id: 'date-references',
  rationale: 'a weekday not its date’s, a date after the 成文日期 (GB/T 9704 §7.3.5.4) told as past, or a period ending before it begins leaves the reader unsure when things happen',
  severity: 'warning',
  check(doc) {
    const issued = issuedDate(doc);
    const findings: RuleFinding[] = [];
    for (const segment of doc.segments) {
      if (segment.kind !== 'block') continue;
      const dates = datesIn(segment).filter((date) => !quoted(segment.text, date.start));
      dates.forEach((date, index) => {
        const weekday = weekdayProblem(date, issued);
        if (weekday) findings.push(findingAt(segment, date.start, weekday.end, weekday.message));
        const past = issued && pastProblem(segment, date, issued);
        if (past) findings.push(past);
        const next = dates[index + 1];
        if (next && RANGE_BETWEEN.test(segment.text.slice(date.end, next.start))) {
          const range = rangeProblem(date, next);
          if (range) findings.push(findingAt(segment, date.start, next.end, range));
        }
      });
    }
    return findings;
  },
};

/** Inside “…” or 《…》 at `index` of the text. */
function quoted(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const depth = (open: string, close: string) => before.split(open).length - before.split(close).length;
  return depth('“', '”') > 0 || depth('《', '》') > 0;
}

function weekdayProblem(date: TextDate, issued: ChineseDate | undefined): { end: number; message: string } | undefined {
  if (date.day === undefined) return undefined;
  const after = WEEKDAY_AFTER.exec(date.segment.text.slice(date.end));
  if (!after) return undefined;
  const writtenDay = after[2] === '天' ? 0 : WEEKDAYS.indexOf(after[2]!);
  const end = date.end + after[0].length;
  const weekdayIn = (year: number) => new Date(Date.UTC(year, date.month - 1, date.day)).getUTCDay();
  const name = (day: number) => `${after[1]}${WEEKDAYS[day]}`;
  if (date.year !== undefined) {
    if (typeof date.parsed !== 'object' || weekdayIn(date.year) === writtenDay) return undefined;
    return { end, message: `${date.text} is a ${name(weekdayIn(date.year))}, not a ${after[1]}${after[2]} — check the date or the weekday` };
  }
  if (!issued) return undefined;
  const years = [issued.year - 1, issued.year, issued.year + 1];
  if (years.some((year) => weekdayIn(year) === writtenDay)) return undefined;
  return {
    end,
    message: `${date.text} is a ${name(weekdayIn(issued.year))} in ${issued.year}, the 成文日期's year (and no ${after[1]}${after[2]} in ${years[0]} or ${years[2]}) — check the date or the weekday`,
  };
}

function pastProblem(segment: TextSegment, date: TextDate, issued: ChineseDate): RuleFinding | undefined {
  if (date.year === undefined) return undefined;
  const past = PAST_BEFORE.exec(segment.text.slice(0, date.start));
  if (!past) return undefined;
  const later =
    date.day === undefined
      ? date.year * 12 + date.month > issued.year * 12 + issued.month
      : typeof date.parsed === 'object' && date.parsed.iso > issued.iso;
  if (!later) return undefined;
  const start = date.start - past[0].length;
  const text = segment.text.slice(start, date.end);
  return findingAt(segment, start, date.end, `"${text}" is told as past, but the 成文日期 is ${issued.text} — a date after it has not happened yet; check the date`);
}

function rangeProblem(from: TextDate, to: TextDate): string | undefined {
  if (from.year === undefined || from.day === undefined || to.day === undefined || typeof from.parsed !== 'object') return undefined;
  const end = to.year === undefined ? parseChineseDate(`${from.year}年${to.month}月${to.day}日`) : to.parsed;
  if (typeof end !== 'object' || end.iso >= from.parsed.iso) return undefined;
  const text = from.segment.text.slice(from.start, to.end);
  return `the period "${text}" ends (${end.text}) before it begins (${from.parsed.text}) — check the dates`;
}
