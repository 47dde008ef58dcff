/**
 * broken-paragraph: a sentence that extraction (PDF or Word to text) split into two paragraphs,
 * as in …高质量发展步伐更加坚定稳 / 健。… — the printed copy would show a paragraph that stops
 * mid-word and a new one that starts mid-sentence.
 *
 * Decisions (precision first; a warning):
 * - Only two paragraphs that stand next to each other in the same container are compared: a
 *   heading, a component, a table or the end of a part between them means no continuation, and
 *   table cells, component attributes and frontmatter fields are never read.
 * - The first must end mid-sentence: its last character is a Han character, a digit, a Latin
 *   letter, %, ， or 、 — not 。！？；：…, a closing quote, bracket or 书名号, or a dash.
 * - The first must read as running text: it holds a sentence end (。！？；) before its last
 *   character (then it may open with an ordinal: 第八条　…。…, 1.招标策划。…), or it opens with no
 *   ordinal (一、 （一） 1. （1） ① 第X条 一是) and is 50 characters or longer with a ，. So a heading, a
 *   署名, a date or a short label never counts, nor one whose last clause is a label and its value
 *   (联系电话：022-…).
 * - The second must not start like a paragraph of its own: an ordinal or heading opener, 附件/注：,
 *   an indent (spaces or 　), a date, or a short line without sentence punctuation (a 署名).
 * No fix: where the sentence joins, and whether a character was lost, is for the author to see.
 */
import type { Nodes, Paragraph } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Rule, RuleFinding, TextSegment } from '../types.ts';
import { findingAt } from './text.ts';

/** What a paragraph that stops mid-sentence ends with. */
const MID_SENTENCE = /[\p{Script=Han}\p{N}A-Za-z%，、]$/u;
/** A finished sentence inside the paragraph, before its last character. */
const SENTENCE_END = /[。！？；]./u;
const LONG_RUNNING_TEXT = 50;
/** Openers of a heading, a list item or a part of its own. */
const OWN_START =
  /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|\d+[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十百千\d]+[编章节条款部分]|[一二三四五六七八九十]是|首先|其次|附件|(?:注|说明|备注)[：:]|——)/u;
const INDENT = /^[\s　]/u;
const DATE = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;
const SENTENCE_PUNCTUATION = /[，。；：！？,;:!?]/u;
const SHORT_LINE = 30;
/** The last clause of a paragraph, after its last 。，；！？. */
const LAST_CLAUSE = /[^。，；！？]*$/u;
const QUOTED = 6;

export const brokenParagraph: Rule = {
  id: 'broken-paragraph',
  rationale: 'a sentence split into two paragraphs (a PDF or Word extraction fault) prints as a paragraph stopping mid-word',
  severity: 'warning',
  check(doc) {
    const blocks = doc.segments.filter((segment) => segment.kind === 'block');
    const segmentOf = (paragraph: Paragraph) => {
      const [start, end] = [paragraph.position?.start.offset ?? -1, paragraph.position?.end.offset ?? -1];
      return blocks.find((segment) => segment.offsets[0]! >= start && segment.offsets[0]! < end);
    };
    const findings: RuleFinding[] = [];
    visit(doc.tree, (node: Nodes) => {
      if (!('children' in node) || node.type === 'paragraph' || node.type === 'heading') return;
      node.children.forEach((child, index) => {
        const next = node.children[index + 1];
        if (child.type !== 'paragraph' || next?.type !== 'paragraph') return;
        const [first, second] = [segmentOf(child), segmentOf(next)];
        if (first && second && endsMidSentence(first.text) && goesOn(second.text)) findings.push(finding(first, second));
      });
    });
    return findings;
  },
};

function endsMidSentence(paragraph: string): boolean {
  const text = paragraph.trim();
  if (!MID_SENTENCE.test(text) || LAST_CLAUSE.exec(text)![0].includes('：')) return false;
  // A sentence end inside makes it running text, even after an ordinal (第八条　…。…, 1.招标策划。…).
  if (SENTENCE_END.test(text)) return true;
  return !OWN_START.test(text) && text.length >= LONG_RUNNING_TEXT && text.includes('，');
}

function goesOn(paragraph: string): boolean {
  if (INDENT.test(paragraph) || OWN_START.test(paragraph)) return false;
  const text = paragraph.trim();
  if (DATE.test(text)) return false;
  return !([...text].length < SHORT_LINE && !SENTENCE_PUNCTUATION.test(text));
}

function finding(first: TextSegment, second: TextSegment): RuleFinding {
  const end = first.text.trimEnd().length;
  // Whole characters: a character outside the BMP is two UTF-16 units.
  const back = Math.max(0, end - QUOTED);
  const start = /[\uDC00-\uDFFF]/u.test(first.text[back] ?? '') ? back - 1 : back;
  const head = [...second.text].slice(0, QUOTED).join('');
  return findingAt(
    first,
    start,
    end,
    `the paragraph ends mid-sentence and the next one goes on ("…${first.text.slice(start, end)}" / "${head}…") — join them`,
  );
}
