/**
 * Parses an MDX file the way the build does (remark-parse + remark-mdx, frontmatter aside) and
 * collects the text the rules read, each character tied to its offset in the file.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { Problem } from './problem.ts';
import type { TextSegment } from './types.ts';

/** Components that start a new part of the document: numbering restarts inside them. */
const PART_COMPONENTS = new Set(['IssuedDocument', 'Attachment']);

export type ParsedMdx = { tree: Root; problem?: undefined } | { tree?: undefined; problem: Problem };

export function parseMdx(source: string): ParsedMdx {
  try {
    return { tree: unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).parse(source) };
  } catch (error) {
    type Point = { offset?: number; line?: number; column?: number };
    const failure = error as { reason?: string; message: string; place?: Point | { start: Point }; cause?: { message?: string } };
    // micromark reports a point, or a span (start and end) for an unclosed element.
    const place = failure.place && 'start' in failure.place ? failure.place.start : failure.place;
    // An expression's own parser (acorn) says what is wrong in the cause: "Unexpected content after expression".
    const cause = failure.cause?.message ? `: ${failure.cause.message}` : '';
    const reason = failure.reason ?? failure.message;
    const unclosed = place ? undefined : unclosedAtEnd(reason);
    const line = place?.line ?? unclosed?.line ?? 1;
    const column = place?.column ?? unclosed?.column ?? 1;
    return {
      problem: {
        offset: place?.offset ?? offsetOfLineColumn(source, line, column),
        ruleId: 'mdx-syntax',
        severity: 'error',
        message: `the MDX cannot be read: ${reason}${cause}${unclosed ? ` before the end of the file — close it with \`</${unclosed.name}>\`` : ''}`,
        text: '',
      },
    };
  }
}

/**
 * A JSX element still open at the end of the file (an unclosed <div>) comes without a place:
 * mdast-util-mdx-jsx gives the opening tag's span only in its message, `… for \`<div>\` (11:1-11:6)`.
 */
function unclosedAtEnd(reason: string): { name: string; line: number; column: number } | undefined {
  const match = /^Expected a closing tag for `<([^\s>`]*)[^`]*` \((\d+):(\d+)-\d+:\d+\)$/u.exec(reason);
  return match ? { name: match[1]!, line: Number(match[2]), column: Number(match[3]) } : undefined;
}

function offsetOfLineColumn(source: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line && offset >= 0; current++) offset = source.indexOf('\n', offset) + 1;
  return Math.max(0, offset) + column - 1;
}

/** Every paragraph, heading, table cell and string attribute, in document order, with its part number. */
export function segmentsOf(tree: Root, source: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let partCount = 0;
  const visit = (node: Nodes, part: number) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell': {
        const segment: TextSegment = { text: '', offsets: [], part, kind: 'block' };
        for (const child of node.children) flattenInline(child, source, segment);
        if (segment.text.trim() !== '') segments.push(segment);
        return;
      }
      case 'mdxJsxFlowElement': {
        const inner = node.name && PART_COMPONENTS.has(node.name) ? ++partCount : part;
        for (const attribute of node.attributes) segments.push(...attributeSegments(attribute, source, inner));
        for (const child of node.children) visit(child, inner);
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes, part);
    }
  };
  visit(tree, 0);
  return segments;
}

/** Appends the readable text of an inline node; code, expressions and HTML are not prose. */
function flattenInline(node: Nodes, source: string, segment: TextSegment): void {
  if (node.type === 'text') {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    appendAligned(segment, node.value, source, start, end);
  } else if (node.type === 'break') {
    segment.text += '\n';
    segment.offsets.push(node.position?.start.offset ?? 0);
  } else if ('children' in node) {
    for (const child of node.children) flattenInline(child as Nodes, source, segment);
  }
}

/**
 * Adds `value` whose source is source[start, end): characters are matched in order, so an escape
 * (\*, &amp;) only shifts the offsets of what follows it instead of losing the position.
 */
function appendAligned(segment: TextSegment, value: string, source: string, start: number, end: number): void {
  let cursor = start;
  for (const char of value) {
    const found = source.indexOf(char, cursor);
    const offset = found >= 0 && found < end ? found : cursor;
    for (let unit = 0; unit < char.length; unit++) {
      segment.text += char[unit];
      segment.offsets.push(offset + unit);
    }
    if (found >= 0 && found < end) cursor = found + char.length;
  }
}

/** A string attribute (title="…") or the string literals of an expression attribute (subtitle={["…", "…"]}). */
function attributeSegments(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, source: string, part: number): TextSegment[] {
  if (attribute.type !== 'mdxJsxAttribute' || attribute.value === null || attribute.value === undefined) return [];
  const segment = (text: string, start: number): TextSegment => ({
    text,
    offsets: Array.from({ length: text.length }, (_, i) => start + i),
    part,
    kind: 'attribute',
  });
  if (typeof attribute.value === 'string') {
    const start = attribute.position?.start.offset ?? 0;
    const end = attribute.position?.end.offset ?? start;
    const raw = source.slice(start, end);
    const valueStart = raw.indexOf(attribute.value, raw.indexOf('='));
    return [segment(attribute.value, start + Math.max(0, valueStart))];
  }
  const literals: TextSegment[] = [];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const estree = node as { type?: string; value?: unknown; start?: number; raw?: string };
    if (estree.type === 'Literal' && typeof estree.value === 'string' && typeof estree.start === 'number') {
      literals.push(segment(estree.value, estree.start + 1));
      return;
    }
    for (const child of Object.values(node)) walk(child);
  };
  walk(attribute.value.data?.estree);
  return literals;
}
