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
 * A regulation (a body with 第X条 articles, see regulation.ts) is structured by its divisions: a
 * 第X章 heading line becomes a level-1 heading (h2 in the notice) with the id c2, a 第X节 one level
 * below it (c2-sec1); numbering headings under a chapter go one level deeper per open division,
 * with its path as a prefix (c2-s1). A 第X条 stays a paragraph, its label wrapped in
 * <span class="gw-runin gw-runin--article" id="art12">, so the page can link to an article.
 * In a regulation, （一） and 1. are an article's 项 and 目: they stay paragraphs as written.
 *
 * Level 3 accepts the 下脚点 both as ASCII "1." and full-width "１．"/"1．": the standard's form is
 * unconfirmed (spec §18 item 18) and both are in use. "1. " followed by a space is a Markdown list
 * and stays one: write 1.标题 without a space, as it is printed. Brackets are the full-width （）
 * the standard prints; (一) with ASCII brackets is not read as numbering.
 */
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { HAN_NUMERAL, numeralValue } from './numerals.ts';
import { DOCUMENT_PARTS, isDocumentPart } from './parts.ts';
import { readDivision, type Division } from './regulation.ts';

export type NumberingLevel = 1 | 2 | 3 | 4;

export interface Numbering {
  level: NumberingLevel;
  /** The number as written: 三 → 3, （十二） → 12, １． → 1. */
  value: number;
  /** The numbering as printed, e.g. （一）. */
  marker: string;
}

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

/** A numbered paragraph is a heading when a short title without sentence-final punctuation follows the numbering. */
function isHeadingOnly(text: string, marker: string): boolean {
  return text.length > marker.length && text.length <= MAX_HEADING_LENGTH && !SENTENCE_END.test(text);
}

/** Issues ids from numbering paths, unique on the page. */
class OutlineIds {
  readonly #used = new Set<string>();

  take(id: string): string {
    let unique = id;
    for (let n = 2; this.#used.has(unique); n += 1) unique = `${id}_${n}`;
    this.#used.add(unique);
    return unique;
  }
}

/** The 章 and 节 open at a point of a body: numbering under them goes deeper and takes their path. */
interface OpenDivisions {
  chapter: number;
  section: number;
}

function divisionDepth({ chapter, section }: OpenDivisions): number {
  return (chapter ? 1 : 0) + (section ? 1 : 0);
}

function divisionPrefix({ chapter, section }: OpenDivisions): string {
  return `${chapter ? `c${chapter}-` : ''}${section ? `sec${section}-` : ''}`;
}

/** A body is a regulation when it has articles: 第一条　… */
function isRegulation(children: RootContent[]): boolean {
  return children.some((node) => node.type === 'paragraph' && readDivision(toString(node))?.kind === 'article');
}

/**
 * Turns the numbered paragraphs of one body (the notice's, or one part's) into headings.
 * `depthOffset` is 1 in the notice (level 1 → h2) and 2 inside a part (level 1 → h3).
 */
function structureBody(children: RootContent[], depthOffset: number, prefix: string, ids: OutlineIds): void {
  const regulation = isRegulation(children);
  const path: number[] = [];
  const open: OpenDivisions = { chapter: 0, section: 0 };
  children.forEach((node, index) => {
    // The numbering is written text: a paragraph that opens with an element (<Salutation>…) is not numbered.
    if (node.type !== 'paragraph' || node.children[0]?.type !== 'text') return;
    const text = toString(node);
    const division = readDivision(text);
    if (division?.kind === 'article') {
      markArticle(node, division, ids.take(`${prefix}art${division.value}`));
      return;
    }
    if (division && isHeadingOnly(text, division.label)) {
      // Numbering restarts under each 章 and 节.
      path.length = 0;
      if (division.kind === 'chapter') Object.assign(open, { chapter: division.value, section: 0 });
      else open.section = division.value;
      // c2 for a chapter, c2-sec1 for its first section: the open divisions' path.
      const id = `${prefix}${divisionPrefix(open).slice(0, -1)}`;
      children[index] = heading(node, divisionDepth(open) + depthOffset, ids.take(id), `gw-h--${division.kind}`);
      return;
    }
    const numbering = readNumbering(text);
    // In a regulation, （一） and 1. are an article's 项 and 目, not headings.
    if (!numbering || (regulation && numbering.level > 1)) return;
    // A run-in item (1.加强领导。…) still opens its level: a （1） heading under it belongs to it.
    path.length = numbering.level;
    path[numbering.level - 1] = numbering.value;
    if (!isHeadingOnly(text, numbering.marker)) {
      markRunInHead(node, numbering);
      return;
    }
    // A level with no parent above it (a body that starts at （一）) takes 0 for the missing parent.
    const fullPath = Array.from(path, (value) => value ?? 0);
    const id = ids.take(`${prefix}${divisionPrefix(open)}s${fullPath.join('-')}`);
    children[index] = heading(node, numbering.level + depthOffset + divisionDepth(open), id, `gw-h--${numbering.level}`);
  });
}

function heading(paragraph: Paragraph, depth: number, id: string, levelClass: string): Heading {
  const node: Heading = {
    type: 'heading',
    depth: Math.min(depth, 6) as Heading['depth'],
    children: paragraph.children,
    data: { hProperties: { id, className: ['gw-h', levelClass] } },
  };
  if (paragraph.position) node.position = paragraph.position;
  return node;
}

/** Wraps the label of an article (第十二条) in a span with an id, so the page can link to it. */
function markArticle(paragraph: Paragraph, article: Division, id: string): void {
  const first = paragraph.children[0];
  if (first?.type !== 'text' || !first.value.startsWith(article.label)) return;
  const label: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'class', value: 'gw-runin gw-runin--article' },
      { type: 'mdxJsxAttribute', name: 'id', value: id },
    ],
    children: [{ type: 'text', value: article.label }],
  };
  paragraph.children.splice(0, 1, label, { type: 'text', value: first.value.slice(article.label.length) });
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
      const children = node.children as RootContent[];
      structureBody(children, 2, `${letter}${n}-`, ids);
      // An issued document's own attachments (a regulation's forms) number afresh: d1-a1-s1, …
      let attachments = 0;
      for (const child of children) {
        if (isDocumentPart(child) && child.name === 'Attachment') {
          attachments += 1;
          structureBody(child.children as RootContent[], 2, `${letter}${n}-a${attachments}-`, ids);
        }
      }
    }
  };
}
