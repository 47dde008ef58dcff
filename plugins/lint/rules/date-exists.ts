/**
 * date-exists: a date in the text that no calendar has — 2月30日, 4月31日, 2023年2月29日, 2024年13月.
 * Certain wherever it stands (a quotation or a title cannot hold such a date either), so an error.
 *
 * Read: dates with a year or a day (./text-dates.ts). A month and day without a year is checked against
 * the longest such month (2月29日 passes); a month alone (13月) is not read, as it need not be a date.
 */
import type { Rule, RuleFinding } from '../types.ts';
import { datesIn, daysInMonth } from './text-dates.ts';
import { findingAt } from './text.ts';

export const dateExists: Rule = {
  id: 'date-exists',
  rationale: 'a date the calendar does not have (2月30日, 13月) is a slip in an official date (GB/T 15835 §4.1.2 writes dates to be read)',
  severity: 'error',
  check(doc) {
    const findings: RuleFinding[] = [];
    for (const segment of doc.segments) {
      for (const date of datesIn(segment)) {
        const at = (message: string) => findingAt(segment, date.start, date.end, message);
        if (date.month < 1 || date.month > 12) {
          findings.push(at(`"${date.text}" has no month ${date.month} — a year has 12 months; check the date`));
        } else if (date.day !== undefined && date.year !== undefined && typeof date.parsed === 'string') {
          findings.push(at(`"${date.text}" does not exist: ${date.month}月 of ${date.year} has ${daysInMonth(date.month, date.year)} days — check the date`));
        } else if (date.day !== undefined && date.year === undefined && (date.day < 1 || date.day > daysInMonth(date.month))) {
          findings.push(at(`"${date.text}" does not exist: ${date.month}月 has at most ${daysInMonth(date.month)} days — check the date`));
        }
      }
    }
    return findings;
  },
};
