/**
 * enumeration-comma: a 顿号 between items that each stand in 引号 or in 书名号, as in
 * “时间表”、“路线图” or 《条例》、《办法》. GB/T 15834-2011 4.5.3.5: 标有引号的并列成分之间、标有书名号的
 * 并列成分之间通常不用顿号。若有其他成分插在并列的引号之间或并列的书名号之间（如引语或书名号之后还有括注），宜用顿号。
 *
 * Decisions:
 * - A list is a chain of marked items joined by a 顿号 directly between one item's closing mark and
 *   the next one's opening mark. One finding per list, its text the whole list, its fix deleting every
 *   such 顿号 (only when the list stands in the source as it reads, so no markup inside is lost).
 * - A list where any item carries a 括注 (《预算法》、《决定》（国发〔2014〕45号）) keeps its 顿号, as the
 *   standard allows; so does one where other text follows an item (“三个代表”重要思想、科学发展观).
 * - A list that mixes 引号 and 书名号 items (“放管服”、《条例》) is not flagged: the standard speaks of
 *   each kind among its own. Nor are marked items inside a longer list whose other members are not
 *   marked (《条例》、《方案》、北京市实施《…》办法, 京建法〔2014〕17号): other text stands between the items.
 */
import type { Rule, RuleFinding, TextSegment } from '../types.ts';
import { editAt, findingAt } from './text.ts';

const CLOSER_OF: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '(': ')', '〔': '〕', '【': '】' };
const KIND_OF: Record<string, 'quoted items' | 'titles'> = { '“': 'quoted items', '‘': 'quoted items', '《': 'titles', '〈': 'titles' };
const NOTE_OPENERS = new Set(['（', '(']);

interface Item {
  start: number;
  /** Past the item's closing mark, or past its 括注 when it has one. */
  end: number;
  kind: 'quoted items' | 'titles';
  noted: boolean;
}

export const enumerationComma: Rule = {
  id: 'enumeration-comma',
  rationale: 'items each in 引号 or 书名号 need no 顿号 between them: the marks already set them apart (GB/T 15834-2011 4.5.3.5)',
  severity: 'warning',
  check(doc) {
    return doc.segments.flatMap(listsIn);
  },
};

function listsIn(segment: TextSegment): RuleFinding[] {
  const text = segment.text;
  const findings: RuleFinding[] = [];
  for (let at = 0; at < text.length; at++) {
    const first = itemAt(text, at);
    if (!first) continue;
    const items = [first];
    for (let next = following(text, first); next; next = following(text, next)) items.push(next);
    // A lone item may hold a list of its own (“学习《条例》、《办法》”): look inside it too.
    if (items.length < 2) continue;
    at = items.at(-1)!.end - 1;
    if (items.some((item) => item.noted || item.kind !== first.kind)) continue;
    // Part of a longer list whose other members are not marked (《条例》、《方案》、北京市实施《…》办法): other text stands between the items.
    if (text[first.start - 1] === '、' || text[items.at(-1)!.end] === '、') continue;
    findings.push(listFinding(segment, items));
  }
  return findings;
}

/** The item after `item` when a 顿号 joins them directly. */
function following(text: string, item: Item): Item | undefined {
  return text[item.end] === '、' ? itemAt(text, item.end + 1) : undefined;
}

/** The marked item opening at `at` (with the 括注 right after it, if any), or undefined. */
function itemAt(text: string, at: number): Item | undefined {
  const kind = KIND_OF[text[at] ?? ''];
  const close = kind && closeOf(text, at);
  if (!kind || close === undefined) return undefined;
  const note = NOTE_OPENERS.has(text[close + 1] ?? '') ? closeOf(text, close + 1) : undefined;
  return { start: at, end: (note ?? close) + 1, kind, noted: note !== undefined };
}

/** Index of the mark that closes the one at `open`, with the marks nested inside it balanced. */
function closeOf(text: string, open: number): number | undefined {
  const stack = [CLOSER_OF[text[open]!]!];
  for (let i = open + 1; i < text.length; i++) {
    const char = text[i]!;
    if (char === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i;
    } else if (CLOSER_OF[char]) {
      stack.push(CLOSER_OF[char]);
    }
  }
  return undefined;
}

function listFinding(segment: TextSegment, items: readonly Item[]): RuleFinding {
  const start = items[0]!.start;
  const end = items.at(-1)!.end;
  const written = segment.text.slice(start, end);
  const fixed = items.map((item) => segment.text.slice(item.start, item.end)).join('');
  const finding = findingAt(segment, start, end, `顿号 between ${items[0]!.kind} ${written} — write ${fixed} (GB/T 15834 4.5.3.5)`);
  return standsAsItReads(segment, start, end) ? { ...finding, fix: editAt(segment, start, end, fixed) } : finding;
}

/** True when segment.text[start, end) is the same characters in the source, one after another. */
function standsAsItReads(segment: TextSegment, start: number, end: number): boolean {
  for (let i = start + 1; i < end; i++) if (segment.offsets[i] !== segment.offsets[i - 1]! + 1) return false;
  return true;
}
