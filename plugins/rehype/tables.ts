/**
 * rehype-tables: gives every table of a 公文 the structure that both the web page and the print
 * view read — one job, the table's markup:
 *
 * - an HTML table written in the MDX (JSX to MDX) becomes plain HTML elements, like a GFM table;
 * - leading body rows whose cells are all `<th>` become the `<thead>` (the rows the print view
 *   repeats on every continuation page);
 * - a GFM table takes its 表题 from a paragraph `表题：…` directly above it, as its `<caption>`;
 * - header cells get `scope` (col/colgroup in the head, row/rowgroup in the body);
 * - a value with inner punctuation (R-1500.000, 41.565) is wrapped in `.gw-table__value`, which the
 *   CSS keeps on one line: Chromium would otherwise break after its hyphen;
 * - `data-size="小四"` must name a 字号 of TABLE_SIZE_PT (the print CSS sets that table's cells in it);
 * - `data-orientation="landscape"` (横排, GB/T 9704 §8) must be one of TABLE_ORIENTATIONS: the print view
 *   turns such a table on pages of its own (print/paged/landscape.ts); a GFM table has no attributes, so a
 *   landscape table is written as an HTML table;
 * - the table is wrapped in a labelled, focusable region (`.gw-table`) that scrolls when the
 *   table is wider than the screen.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { isGongwenDocument } from '../remark/index.ts';
import { TABLE_ORIENTATIONS, TABLE_SIZE_PT } from '../../print/geometry.ts';

type Parent = Root | Element;
type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** The paragraph form of a GFM table's 表题, written directly above the table. */
const CAPTION_PREFIX = '表题：';
/** HTML attribute names whose hast property name is not the name itself. */
const PROPERTY_NAMES: Record<string, string> = { rowspan: 'rowSpan', colspan: 'colSpan', class: 'className', tabindex: 'tabIndex' };

const isJsx = (node: RootContent | ElementContent): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isElement = (node: RootContent | ElementContent | undefined, ...names: string[]): node is Element =>
  node?.type === 'element' && (names.length === 0 || names.includes(node.tagName));
const childElements = (node: Element, ...names: string[]): Element[] => node.children.filter((child): child is Element => isElement(child, ...names));

function propertyName(attribute: string): string {
  // data-size → dataSize, as hast names data attributes.
  if (attribute.startsWith('data-')) return attribute.slice(4).replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase()).replace(/^/u, 'data');
  return PROPERTY_NAMES[attribute] ?? attribute;
}

/** An HTML element written as JSX (`<td colspan="3">`), as the hast element GFM would have made. */
function toElement(node: JsxElement, file: VFile): Element {
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) {
      const name = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}';
      file.fail(`Table: the attribute ${name} of <${node.name}> is an expression; write table attributes as plain strings, e.g. colspan="2".`, node);
    }
    const value = attribute.value ?? true;
    properties[propertyName(attribute.name)] = attribute.name === 'class' && typeof value === 'string' ? value.split(/\s+/u) : value;
  }
  const element: Element = { type: 'element', tagName: node.name ?? 'div', properties, children: node.children.map((child) => convert(child, file)) };
  // Kept so that an error about the table points at its line in the MDX.
  if (node.position) element.position = node.position;
  return element;
}

/** Lower-case JSX inside a table is HTML; a component (capitalised) stays JSX. */
function convert(node: ElementContent, file: VFile): ElementContent {
  if (isJsx(node) && node.name && /^[a-z]/u.test(node.name)) return toElement(node, file);
  if (isElement(node)) node.children = node.children.map((child) => convert(child, file));
  return node;
}

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : 'children' in node ? (node.children as ElementContent[]).map(textOf).join('') : '';

/** Rows at the top of the body made only of header cells are the table's head. */
function liftHeaderRows(table: Element): void {
  if (childElements(table, 'thead').length > 0) return;
  const body = childElements(table, 'tbody')[0];
  if (!body) return;
  const rows = childElements(body, 'tr');
  const headRows: Element[] = [];
  for (const row of rows) {
    const cells = childElements(row, 'td', 'th');
    if (cells.length === 0 || cells.some((cell) => cell.tagName !== 'th')) break;
    headRows.push(row);
  }
  // A table made only of header cells has no body to repeat a head over.
  if (headRows.length === 0 || headRows.length === rows.length) return;
  body.children = body.children.filter((child) => !headRows.includes(child as Element));
  const head: Element = { type: 'element', tagName: 'thead', properties: {}, children: headRows };
  table.children.splice(table.children.indexOf(body), 0, head);
}

function scopeHeaders(table: Element): void {
  for (const group of childElements(table, 'thead', 'tbody', 'tfoot')) {
    for (const row of childElements(group, 'tr')) {
      for (const cell of childElements(row, 'th')) {
        if (cell.properties['scope']) continue;
        if (group.tagName === 'thead') cell.properties['scope'] = Number(cell.properties['colSpan'] ?? 1) > 1 ? 'colgroup' : 'col';
        else cell.properties['scope'] = Number(cell.properties['rowSpan'] ?? 1) > 1 ? 'rowgroup' : 'row';
      }
    }
  }
}

/** A number or Latin code with a '.' or '-' inside it: one value, never split across lines. */
const VALUE = /[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)+/gu;

function keepValues(node: Element): void {
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (isElement(child)) keepValues(child);
    if (child.type !== 'text') return [child];
    const parts: ElementContent[] = [];
    let at = 0;
    for (const match of child.value.matchAll(VALUE)) {
      if (match.index > at) parts.push({ type: 'text', value: child.value.slice(at, match.index) });
      parts.push({ type: 'element', tagName: 'span', properties: { className: ['gw-table__value'] }, children: [{ type: 'text', value: match[0] }] });
      at = match.index + match[0].length;
    }
    if (at < child.value.length) parts.push({ type: 'text', value: child.value.slice(at) });
    return parts;
  });
}

/** A `data-*` attribute that must be one of a list (data-size a 字号, data-orientation portrait or landscape); anything else stops the build with the values it accepts. */
function checkChoice(table: Element, file: VFile, attribute: string, what: string, accepted: readonly string[]): void {
  const value = table.properties[propertyName(attribute)];
  if (value === undefined || (typeof value === 'string' && accepted.includes(value))) return;
  file.fail(`Table: ${attribute}="${String(value)}" is not ${what}; write one of ${accepted.map((name) => `"${name}"`).join(', ')}.`, table);
}

/** The paragraph `表题：…` directly above a GFM table (only white space between them) becomes its caption. */
function takeCaption(parent: Parent, index: number, table: Element): number {
  if (childElements(table, 'caption').length > 0) return index;
  let before = index - 1;
  while (before >= 0 && parent.children[before]?.type === 'text' && !(parent.children[before] as { value: string }).value.trim()) before--;
  const paragraph = parent.children[before];
  if (!isElement(paragraph, 'p')) return index;
  const first = paragraph.children[0];
  if (first?.type !== 'text' || !first.value.startsWith(CAPTION_PREFIX)) return index;
  first.value = first.value.slice(CAPTION_PREFIX.length);
  table.children.unshift({ type: 'element', tagName: 'caption', properties: {}, children: paragraph.children });
  parent.children.splice(before, index - before);
  return before;
}

export function rehypeTables() {
  return (tree: Root, file: VFile): void => {
    if (!isGongwenDocument(file)) return;
    let count = 0;
    const visit = (parent: Parent): void => {
      for (let index = 0; index < parent.children.length; index++) {
        let node = parent.children[index]!;
        if (isJsx(node) && node.name === 'table') {
          node = toElement(node, file);
          parent.children[index] = node;
        }
        if (isElement(node, 'table')) {
          index = takeCaption(parent, index, node);
          count += 1;
          parent.children[index] = wrap(node, count, file);
          continue;
        }
        // An Attachment or IssuedDocument (JSX) holds its tables among its children.
        if (isElement(node) || isJsx(node)) visit(node as unknown as Parent);
      }
    };
    visit(tree);
  };
}

function wrap(table: Element, n: number, file: VFile): Element {
  liftHeaderRows(table);
  scopeHeaders(table);
  checkChoice(table, file, 'data-size', 'a 字号 a table may use', Object.keys(TABLE_SIZE_PT));
  checkChoice(table, file, 'data-orientation', 'an orientation', TABLE_ORIENTATIONS);
  for (const group of childElements(table, 'thead', 'tbody', 'tfoot')) {
    for (const row of childElements(group, 'tr')) for (const cell of childElements(row, 'td', 'th')) keepValues(cell);
  }
  const caption = childElements(table, 'caption')[0];
  const label: Properties = {};
  if (caption && textOf(caption).trim()) {
    caption.properties['id'] ??= `table-${n}-caption`;
    label['ariaLabelledBy'] = [String(caption.properties['id'])];
  } else {
    label['ariaLabel'] = `表格${n}`;
  }
  const own = table.properties['className'];
  table.properties['className'] = ['gw-table__table', ...(Array.isArray(own) ? own.map(String) : [])];
  // Focusable so a keyboard can scroll a table wider than the screen (WCAG 2.1.1).
  return { type: 'element', tagName: 'div', properties: { className: ['gw-table'], role: 'region', tabIndex: 0, ...label }, children: [table] };
}
