/**
 * paired-marks: quotes and brackets that do not close, or close with the wrong mark, within a
 * paragraph (“…” ‘…’ 《…》 （…） 〈…〉 【…】 〔…〕). A lost closing mark changes what a quotation
 * or a title covers.
 *
 * A quotation of several paragraphs opens each paragraph with “ and closes only the last
 * (GB/T 15834), so a quote left open is not flagged when the next paragraph opens with the same
 * mark. A warning, not an error: text split by a heading or an element can leave marks open legitimately.
 * A title broken into lines (the frontmatter's titleLines) is one text: its 书名号 may open on one line
 * and close on the next.
 */
import type { LintDocument, Rule, RuleFinding, TextSegment } from '../types.ts';
import { findingAt } from './text.ts';

const CLOSER_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '〈': '〉', '【': '】', '〔': '〕' };
const OPENER_OF = Object.fromEntries(Object.entries(CLOSER_OF).map(([open, close]) => [close, open]));
/** Marks a multi-paragraph quotation leaves open at the end of each paragraph but the last. */
const CONTINUED = new Set(['“', '‘']);

export const pairedMarks: Rule = {
  id: 'paired-marks',
  rationale: 'an unbalanced quote or bracket changes what a quotation, a title or an aside covers',
  severity: 'warning',
  check(doc) {
    const segments = withTitlesJoined(doc);
    return segments.flatMap((segment, index) => {
      const next = segments[index + 1];
      const nextOpens = next && next.kind === segment.kind ? next.text.trimStart()[0] : undefined;
      return checkSegment(segment, nextOpens);
    });
  },
};

/** The segments, with the lines of each titleLines list read as one segment. */
function withTitlesJoined(doc: LintDocument): TextSegment[] {
  const items = (node: unknown) => (Array.isArray(node) ? node.map((_, index) => index) : []);
  const titled = (node: unknown) => (node as { titleLines?: unknown } | undefined)?.titleLines;
  const lists: [(string | number)[], unknown][] = [
    [['titleLines'], doc.frontmatter?.['titleLines']],
    ...(['issuedDocuments', 'attachments'] as const).flatMap((field) => {
      const entries = doc.frontmatter?.[field];
      return items(entries).map((k): [(string | number)[], unknown] => [[field, k, 'titleLines'], titled((entries as unknown[])[k])]);
    }),
  ];
  // Where each line's text starts (after the quote of a quoted scalar), and which list it is a line of.
  const listAt = new Map<number, number>();
  lists.forEach(([path, lines], n) => {
    for (const i of items(lines)) {
      const at = doc.fieldOffset([...path, i]);
      if (at !== undefined) listAt.set(at, n).set(at + 1, n);
    }
  });
  const joined: TextSegment[] = [];
  let previousList: number | undefined;
  for (const segment of doc.segments) {
    const list = segment.offsets[0] === undefined ? undefined : listAt.get(segment.offsets[0]);
    const last = joined.at(-1);
    if (list !== undefined && list === previousList && last) {
      joined[joined.length - 1] = { ...last, text: last.text + segment.text, offsets: [...last.offsets, ...segment.offsets] };
    } else {
      joined.push(segment);
    }
    previousList = list;
  }
  return joined;
}

function checkSegment(segment: TextSegment, nextOpens: string | undefined): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const open: number[] = [];
  const text = segment.text;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (CLOSER_OF[char]) {
      open.push(i);
    } else if (OPENER_OF[char]) {
      const top = open.at(-1);
      if (top !== undefined && text[top] === OPENER_OF[char]) {
        open.pop();
      } else if (top !== undefined && open.some((at) => text[at] === OPENER_OF[char])) {
        const unclosed = text[top]!;
        findings.push(findingAt(segment, top, top + 1, `"${unclosed}" is not closed before "${char}" — add "${CLOSER_OF[unclosed]}" or remove "${unclosed}"`));
        while (text[open.at(-1)!] !== OPENER_OF[char]) open.pop();
        open.pop();
      } else {
        findings.push(findingAt(segment, i, i + 1, `"${char}" closes nothing in this paragraph — add "${OPENER_OF[char]}" before it or remove it`));
      }
    }
  }
  for (const at of open) {
    const mark = text[at]!;
    if (CONTINUED.has(mark) && nextOpens === mark) continue;
    findings.push(findingAt(segment, at, at + 1, `"${mark}" is not closed in this paragraph — add "${CLOSER_OF[mark]}"`));
  }
  return findings;
}
