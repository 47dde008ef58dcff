/**
 * Headings from 公文 numbering (GB/T 9704 §7.3.3): an author writes paragraphs as in Word —
 * 一、 / （一） / 1. / （1） at the start of a line — and gets a navigable outline.
 *
 * A paragraph that is only a heading (numbering, a short title, no sentence-final punctuation)
 * becomes a heading: 公文 level 1 → h2 in the notice, one deeper inside an <IssuedDocument> or
 * <Attachment>, whose own title is the h2. Its id comes from the numbering path (s1, s1-2; d1-s1-2
 * inside the first issued document), so it does not change when the wording is edited.
 * A numbered paragraph that runs on (1.加强领导。各单位要…) stays a paragraph; its run-in head is
 * wrapped in <span class="gw-runin gw-runin--N">. Lead sentences (制造业支撑更加强劲。) and
 * 一是…二是… enumerations carry no numbering and stay body text.
 *
 * Level 3 accepts the 下脚点 both as ASCII "1." and full-width "１．"/"1．": the standard's form is
 * unconfirmed (spec §18 item 18) and both are in use. "1. " followed by a space is a Markdown list
 * and stays one: write 1.标题 without a space, as it is printed. Brackets are the full-width （）
 * the standard prints; (一) with ASCII brackets is not read as numbering.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { DOCUMENT_PARTS, isDocumentPart } from './parts.ts';

export type NumberingLevel = 1 | 2 | 3 | 4;

export interface Numbering {
  level: NumberingLevel;
  /** The number as written: 三 → 3, （十二） → 12, １． → 1. */
  value: number;
  /** The numbering as printed, e.g. （一）. */
  marker: string;
}

const HAN_NUMERAL = '[一二三四五六七八九十百零〇]+';
const ARABIC_NUMERAL = '(?:[0-9]+|[０-９]+)';
const MARKERS: { level: NumberingLevel; pattern: RegExp }[] = [
  { level: 1, pattern: new RegExp(`^(${HAN_NUMERAL})、`, 'u') },
  { level: 2, pattern: new RegExp(`^（(${HAN_NUMERAL})）`, 'u') },
  // Not 1.5% or 2.34亿元: a 下脚点 is never followed by a digit.
  { level: 3, pattern: new RegExp(`^(${ARABIC_NUMERAL})[.．](?![0-9０-９])`, 'u') },
  { level: 4, pattern: new RegExp(`^（(${ARABIC_NUMERAL})）`, 'u') },
];

/** Ends a sentence, so a heading never contains one: 。！？；： */
const SENTENCE_END = /[。！？；：!?;]/u;
/** Longer than this, a numbered line without a full stop is body text that lost its punctuation. */
export const MAX_HEADING_LENGTH = 50;

/** The 公文 numbering at the start of a text, or null. */
export function readNumbering(text: string): Numbering | null {
  for (const { level, pattern } of MARKERS) {
    const match = pattern.exec(text);
    if (match) return { level, value: numeralValue(match[1]!), marker: match[0] };
  }
  return null;
}

const HAN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十 → 20, 一百零五 → 105, １２ → 12. */
function numeralValue(numeral: string): number {
  const ascii = numeral.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10));
  if (/^\d+$/u.test(ascii)) return Number(ascii);
  let total = 0;
  let digit = 0;
  for (const char of numeral) {
    if (char === '百' || char === '十') {
      total += (digit || 1) * (char === '百' ? 100 : 10);
      digit = 0;
    } else {
      digit = HAN_DIGITS[char] ?? 0;
    }
  }
  return total + digit;
}

/** A numbered paragraph is a heading when a short title without sentence-final punctuation follows the numbering. */
function isHeadingOnly(text: string, numbering: Numbering): boolean {
  return text.length > numbering.marker.length && text.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(text);
}

/** Issues ids from numbering paths, unique on the page. */
class OutlineIds {
  readonly #used = new Set<string>();

  take(prefix: string, path: number[]): string {
    const id = `${prefix}s${path.join('-')}`;
    let unique = id;
    for (let n = 2; this.#used.has(unique); n += 1) unique = `${id}_${n}`;
    this.#used.add(unique);
    return unique;
  }
}

/**
 * Turns the numbered paragraphs of one body (the notice's, or one part's) into headings.
 * `depthOffset` is 1 in the notice (level 1 → h2) and 2 inside a part (level 1 → h3).
 */
function structureBody(children: RootContent[], depthOffset: number, prefix: string, ids: OutlineIds): void {
  const path: number[] = [];
  children.forEach((node, index) => {
    // The numbering is written text: a paragraph that opens with an element (<Salutation>…) is not numbered.
    if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') return;
    const text = toString(node);
    const numbering = readNumbering(text);
    if (!numbering) return;
    // A run-in item (1.加强领导。…) still opens its level: a （1） heading under it belongs to it.
    path.length = numbering.level;
    path[numbering.level - 1] = numbering.value;
    if (!isHeadingOnly(text, numbering)) {
      markRunInHead(node, numbering);
      return;
    }
    // A level with no parent above it (a body that starts at （一）) takes 0 for the missing parent.
    const fullPath = Array.from(path, (value) => value ?? 0);
    const heading: Heading = {
      type: 'heading',
      depth: Math.min(numbering.level + depthOffset, 6) as Heading['depth'],
      children: node.children,
      data: {
        hProperties: { id: ids.take(prefix, fullPath), className: ['gw-h', `gw-h--${numbering.level}`] },
      },
    };
    if (node.position) heading.position = node.position;
    children[index] = heading;
  });
}

/** Wraps the numbered head of a run-on paragraph (1.加强领导。…) in a span, when it lies in its first text. */
function markRunInHead(paragraph: Paragraph, numbering: Numbering): void {
  const first = paragraph.children[0];
  if (first?.type !== 'text') return;
  const end = first.value.search(SENTENCE_END);
  if (end < numbering.marker.length || end + 1 > MAX_HEADING_LENGTH) return;
  const head: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [{ type: 'mdxJsxAttribute', name: 'class', value: `gw-runin gw-runin--${numbering.level}` }],
    children: [{ type: 'text', value: first.value.slice(0, end + 1) }],
  };
  const rest: PhrasingContent[] = end + 1 < first.value.length ? [{ type: 'text', value: first.value.slice(end + 1) }] : [];
  paragraph.children.splice(0, 1, head, ...rest);
}

export function remarkNumbering() {
  return (tree: Root) => {
    const ids = new OutlineIds();
    structureBody(tree.children, 1, '', ids);
    const partCounts = new Map<string, number>();
    for (const node of tree.children) {
      if (!isDocumentPart(node)) continue;
      const letter = DOCUMENT_PARTS[node.name];
      const n = (partCounts.get(letter) ?? 0) + 1;
      partCounts.set(letter, n);
      structureBody(node.children as RootContent[], 2, `${letter}${n}-`, ids);
    }
  };
}
