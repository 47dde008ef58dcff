/**
 * Tables across pages (spec §13): the head rows (`<thead>`, plugins/rehype/tables.ts) are repeated
 * at the top of every continuation page, rows are kept whole, and rows tied together by a cell
 * spanning them (rowspan) move to the next page together — so no cell is printed twice.
 *
 * Before pagination, fixColumnWidths writes each table's column widths, as laid out in one piece,
 * into a <colgroup> with a fixed table layout: Paged.js lays out each page's part of a table afresh,
 * and an automatic layout would size the columns from that page's rows alone (a 说明 column's text
 * wrapping on one page and not on the next, the head's columns narrower than the rows').
 *
 * Three Paged.js hooks:
 * - onOverflow: the overflow range says where the next page would start; when that is inside a row
 *   or a group of rows joined by rowspan, the start moves back to the group's first row; when no
 *   body row would stay on the page, to before the whole table. A row or group taller than a page
 *   is the exception: it is split where Paged.js would split it.
 * - layout: a table's part on a page ends on a whole number of grid lines (a bottom margin makes up
 *   the rest), so the body text after it stays on the 22-line grid (spec §3.4), as grid.ts does for titles.
 * - renderNode: when a page starts inside a table, a copy of the table's head goes above its rows.
 *   The copy is hidden from assistive technology (aria-hidden), so Chromium's tagged PDF and a
 *   screen reader get the head once, and the print CSS has it painted as a picture, so the text
 *   layer holds it once too; it carries no data-ref, so Paged.js never takes it for content.
 */
import { measurePitch } from './grid.ts';
import type { HandlerFactory } from './types.ts';

/** The region plugins/rehype/tables.ts wraps each table in, and the tables this module lays out. */
export const TABLE_REGION = '.gw-table';
const TABLES = `${TABLE_REGION} > table`;

/** Marks the copy of a table's head at the top of a continuation page. */
export const REPEATED_HEAD_ATTRIBUTE = 'data-gw-repeated-head';

/** Two cell edges closer than this (CSS px) are one column boundary: offsets are rounded to whole pixels. */
const SAME_EDGE_PX = 1.5;

/**
 * The column boundaries of a laid-out table: every cell's left and right edge, merged, in order.
 * Layout offsets, not client rects: a landscape table is measured inside its turned box.
 */
function columnEdges(table: HTMLTableElement): number[] {
  const edges: number[] = [];
  for (const row of table.rows) {
    for (const cell of row.cells) {
      for (const x of [cell.offsetLeft, cell.offsetLeft + cell.offsetWidth]) if (!edges.some((edge) => Math.abs(edge - x) < SAME_EDGE_PX)) edges.push(x);
    }
  }
  return edges.sort((a, b) => a - b);
}

/** One table's column widths as laid out now, written into a <colgroup>, its layout fixed. */
export function fixColumns(table: HTMLTableElement): void {
  const root = table.ownerDocument;
  const edges = columnEdges(table);
  const span = edges.at(-1)! - edges[0]!;
  if (edges.length < 2 || span <= 0) return;
  const columns = root.createElement('colgroup');
  for (const [i, edge] of edges.slice(1).entries()) {
    const column = root.createElement('col');
    column.style.width = `${(((edge - edges[i]!) / span) * 100).toFixed(3)}%`;
    columns.append(column);
  }
  // A <caption> must stay the table's first child.
  table.insertBefore(columns, table.caption?.nextSibling ?? table.firstChild);
  // A table its cells made wider than its region stays that wide (noteWideTables reports it); a
  // fixed layout at 100 % would squeeze the columns and let their text run over the rules.
  if (table.offsetWidth > (table.parentElement?.clientWidth ?? Infinity) + 1) table.style.width = `${table.offsetWidth}px`;
  table.style.tableLayout = 'fixed';
}

/** Every table whose columns are not fixed yet (turnLandscapeTables fixes those it cuts, before cutting). */
export function fixColumnWidths(root: Document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>(TABLES)) {
    if (!table.querySelector(':scope > colgroup')) fixColumns(table);
  }
}

const elementOf = (node: Node): Element | null => (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement);

/** The node a range starts at: the child at its offset, or the text node itself. */
function nodeAtStart(range: Range): Node {
  const { startContainer, startOffset } = range;
  if (startContainer.nodeType !== Node.ELEMENT_NODE) return startContainer;
  return startContainer.childNodes[startOffset] ?? startContainer;
}

/** The body rows of a table fragment, in order, with the index of the first row of each one's rowspan group. */
export function rowGroups(table: HTMLTableElement): { rows: HTMLTableRowElement[]; groupStart: number[] } {
  const rows = [...table.tBodies].flatMap((body) => [...body.rows]);
  const groupStart: number[] = [];
  let reach = -1;
  let start = 0;
  rows.forEach((row, index) => {
    if (index > reach) start = index;
    groupStart.push(start);
    for (const cell of row.cells) reach = Math.max(reach, index + Math.max(1, cell.rowSpan) - 1);
  });
  return { rows, groupStart };
}

/** Where the next page should start so that no row and no rowspan group is split; null: leave Paged.js's choice. */
function keptBreak(start: Node, rendered: HTMLElement): Node | null {
  const startElement = elementOf(start);
  const table = startElement?.closest('table');
  if (!table || !rendered.contains(table)) return null;
  const wrapper = table.closest(TABLE_REGION) ?? table;
  const row = startElement?.closest('tr');
  // Inside the head or the caption: the whole table goes over.
  if (!row || row.closest('thead') || !row.closest('tbody')) return wrapper;
  const { rows, groupStart } = rowGroups(table as HTMLTableElement);
  const index = rows.indexOf(row as HTMLTableRowElement);
  if (index < 0) return null;
  const first = groupStart[index]!;
  if (first > 0) return rows[first]!;
  // The first group of a continuation page is taller than a page: split it where Paged.js would.
  if (table.hasAttribute('data-split-from')) return null;
  // Nothing of the table would stay on this page but its head: the whole table goes over.
  return wrapper;
}

function isAtPageTop(node: Node, rendered: HTMLElement): boolean {
  for (let element: Node | null = node; element && element !== rendered; element = element.parentNode) {
    if (element.previousSibling && (element.previousSibling.nodeType === Node.ELEMENT_NODE || element.previousSibling.textContent?.trim())) return false;
  }
  return true;
}

/** A deep copy that Paged.js will not take for content of its own (no data-ref). */
function withoutRefs(element: Element): HTMLElement {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const part of [copy, ...copy.querySelectorAll('*')]) part.removeAttribute('data-ref');
  return copy;
}

export const tablesHandler: HandlerFactory = (Handler) =>
  class TablesHandler extends Handler {
    pitch = 0;

    override layout(wrapper: HTMLElement): void {
      this.pitch ||= measurePitch(document);
      for (const region of wrapper.querySelectorAll<HTMLElement>(TABLE_REGION)) {
        const height = region.getBoundingClientRect().height;
        const lines = Math.ceil(height / this.pitch - 0.01);
        region.style.marginBottom = `${Math.max(0, lines * this.pitch - height)}px`;
      }
    }

    override onOverflow(overflow: Range | undefined, rendered: HTMLElement): Range | undefined {
      if (!overflow) return undefined;
      const start = nodeAtStart(overflow);
      const kept = keptBreak(start, rendered);
      if (!kept || kept === start || isAtPageTop(kept, rendered)) return undefined;
      const moved = document.createRange();
      moved.setStartBefore(kept);
      moved.setEnd(overflow.endContainer, overflow.endOffset);
      return moved;
    }

    override renderNode(clone: Node, node: Node): void {
      const table = elementOf(clone)?.closest('table[data-split-from]');
      const source = elementOf(node)?.closest('table');
      if (!table || !source) return;
      // The part keeps the columns of the whole table (fixColumnWidths).
      const columns = source.querySelector(':scope > colgroup');
      if (columns && !table.querySelector(':scope > colgroup')) table.prepend(withoutRefs(columns));
      const head = source.querySelector(':scope > thead');
      if (!head || table.querySelector(':scope > thead')) return;
      const copy = withoutRefs(head);
      copy.setAttribute(REPEATED_HEAD_ATTRIBUTE, '');
      copy.setAttribute('aria-hidden', 'true');
      table.insertBefore(copy, table.querySelector(':scope > tbody'));
    }
  };
