/**
 * date-consistency: the 成文日期 must lie in the year its 文号 names, and not before the occasion
 * the document itself names (——2024年1月18日在…会议上): a notice cannot issue a report before the
 * meeting that adopted it. The seed is dated 2023年1月23日 under 〔2024〕 for a 2024年1月18日 meeting.
 * A 发布日期 (publishedDate) before the 成文日期 is reported too: a document is published after it is dated.
 */
import { parseChineseDate } from '../../dates.ts';
import { parseDocNumber } from '../../schema.ts';
import type { Rule, RuleFinding } from '../types.ts';
import { frontmatterDate, issuedDate } from './text-dates.ts';
import { matchesIn } from './text.ts';

const DATE = String.raw`(\d{4})年(\d{1,2})月(\d{1,2})日`;
/** A dated subtitle (——2024年1月18日在…), or a date followed by the meeting held on it. */
const OCCASION = new RegExp(String.raw`^\s*——\s*${DATE}|${DATE}(?:在|于|召开的|举行的)[^。；]*?(?:会议|大会)`, 'gu');

export const dateConsistency: Rule = {
  id: 'date-consistency',
  rationale: 'a 成文日期 outside its 文号 year or before the meeting it reports on, or a 发布日期 before the 成文日期, is an error in the dates',
  severity: 'warning',
  check(doc) {
    const date = issuedDate(doc);
    const dateOffset = doc.fieldOffset(['date']);
    if (!date || dateOffset === undefined) return [];
    const at = (message: string): RuleFinding => ({ offset: dateOffset, text: date.text, message });
    const findings: RuleFinding[] = [];

    const docNumberText = doc.frontmatter?.['docNumber'];
    const docNumber = typeof docNumberText === 'string' ? parseDocNumber(docNumberText) : null;
    if (docNumber && docNumber.year !== date.year) {
      findings.push(
        at(`成文日期 ${date.text} is in ${date.year}, but the 文号 ${docNumber.text} is numbered in 〔${docNumber.year}〕 — one of them is wrong`),
      );
    }

    const published = frontmatterDate(doc, 'publishedDate');
    const publishedOffset = doc.fieldOffset(['publishedDate']);
    if (published && publishedOffset !== undefined && published.iso < date.iso) {
      findings.push({
        offset: publishedOffset,
        text: published.text,
        message: `发布日期 ${published.text} is earlier than the 成文日期 ${date.text} — a document is published on or after its date; check both against the published page`,
      });
    }

    for (const [segment, match] of matchesIn(doc.segments, OCCASION)) {
      const [year, month, day] = match[1] ? match.slice(1, 4) : match.slice(4, 7);
      const occasion = parseChineseDate(`${year}年${Number(month)}月${Number(day)}日`);
      if (typeof occasion === 'string' || date.iso >= occasion.iso) continue;
      const where = doc.position(segment.offsets[match.index + match[0].indexOf(year!)] ?? 0);
      findings.push(
        at(`成文日期 ${date.text} is earlier than ${occasion.text}, the occasion the document names at ${where.line}:${where.column} — a document cannot be dated before it`),
      );
    }
    return findings;
  },
};
