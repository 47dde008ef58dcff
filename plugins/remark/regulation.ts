/**
 * The divisions of a regulation (办法, 规定, 条例, 细则): 第X章 (chapter), 第X节 (section) and
 * 第X条 (article), as 立法技术规范 number them. The number is written in Chinese numerals and
 * followed by a full-width space (U+3000), a space or a no-break space (as pages copied from the web
 * have it) — 第一章　总则, 第一条　为了… — which sets a division apart from a reference in running text
 * (第十二条规定的…).
 *
 * Articles are numbered on through the whole regulation, across chapters; sections restart in
 * each chapter. Inside an article, 款 are plain paragraphs, 项 are （一）（二）… and 目 are 1. 2. …,
 * restarting in each article: they are the article's text, not the outline.
 */
import { HAN_NUMERAL, hanNumeral, numeralValue } from './numerals.ts';

export type DivisionKind = 'chapter' | 'section' | 'article';

export interface Division {
  kind: DivisionKind;
  value: number;
  /** The division's number as printed: 第二章, 第十二条. */
  label: string;
  /** What follows the label and its space: a chapter's title, an article's text. */
  rest: string;
}

const KIND_OF: Record<string, DivisionKind> = { 章: 'chapter', 节: 'section', 条: 'article' };
const CHARACTER_OF: Record<DivisionKind, string> = { chapter: '章', section: '节', article: '条' };
const DIVISION = new RegExp(`^(第(${HAN_NUMERAL})([章节条]))[\\u3000\\u00a0 ]+`, 'u');

/** The 章, 节 or 条 a text opens with, or null. */
export function readDivision(text: string): Division | null {
  const match = DIVISION.exec(text);
  if (!match) return null;
  return { kind: KIND_OF[match[3]!]!, value: numeralValue(match[2]!), label: match[1]!, rest: text.slice(match[0].length) };
}

/** 第二章, 第十二条: the label of a division's number. */
export function divisionLabel(kind: DivisionKind, value: number): string {
  return `第${hanNumeral(value)}${CHARACTER_OF[kind]}`;
}
