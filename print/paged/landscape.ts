/**
 * Landscape tables (横排表格, GB/T 9704 §8; the reading is in print/geometry.ts): a table written
 * `<table data-orientation="landscape">` is turned 90° counterclockwise on pages of its own — head on
 * the left, page number where every page has it — and a table taller, in its own direction, than a
 * turned page (the 版心 width) is cut into row chunks that each fill at most one page, the head repeated
 * on every continuation chunk as print/paged/tables.ts repeats it (an aria-hidden copy, painted as a
 * picture), rows and rowspan groups kept whole.
 *
 * Runs on the laid-out document before Paged.js paginates it (print/paged/run.ts): Paged.js measures
 * a box as laid out, before its transform, so it can never see that a turned table runs past its
 * page. Each chunk is laid out here at the turned width (the 版心 height) and measured; Paged.js then
 * only places pages of the 版心's own size (print/gongwen.css, "Landscape").
 */
import { LANDSCAPE_TABLE_HEIGHT_MM, LANDSCAPE_TABLE_WIDTH_MM, PX_PER_MM, TEXT_WIDTH_MM } from '../geometry.ts';
import { addLayoutNote } from './recipients.ts';
import { REPEATED_HEAD_ATTRIBUTE, fixColumns, rowGroups } from './tables.ts';

/** The table regions this turns. */
const LANDSCAPE_TABLES = '.gw-table:has(> table[data-orientation="landscape"])';
/** What this measures, which print/paged/unpaginated.ts leaves displayed: the tables and what is turned with them. */
export const LANDSCAPE_MEASURED = `${LANDSCAPE_TABLES}, .gw-landscape__turned > *`;

/** A little rounding allowed, as placeRecipients allows. */
const ROUNDING_PX = 0.5;

/**
 * A chunk's height in its own direction, from the top of its turned box (which may hold the 附件's
 * heading above it) to its end: layout boxes, which the turn (a transform) leaves as they are.
 */
const heightOf = (region: HTMLElement): number => region.offsetTop + region.offsetHeight;

/**
 * The 附件 label and title right above a table that opens its 附件: they are turned with the table,
 * onto its first page, so the 附件 does not open with a page holding only its heading.
 */
function headingAbove(region: HTMLElement): Element[] {
  const title = region.previousElementSibling;
  const label = title?.previousElementSibling;
  if (!title?.matches('.gw-attachment__title') || !label?.matches('.gw-attachment__label') || label.previousElementSibling) return [];
  return [label, title];
}

/** The name a build-log note gives a table: its 表题, else the region's label (表格N). */
function tableName(region: HTMLElement): string {
  const labelledBy = region.getAttribute('aria-labelledby');
  // A page after the first holds no caption: its region still names it.
  const caption = (region.querySelector('caption') ?? (labelledBy ? region.ownerDocument.getElementById(labelledBy) : null))?.textContent?.trim();
  return caption ? `“${caption}”` : (region.getAttribute('aria-label') ?? 'a table');
}

/** A page-sized box holding a turned box the table is laid out in. */
function turnedPage(root: Document, after: HTMLElement, ...content: Element[]): HTMLElement {
  const page = root.createElement('div');
  page.className = 'gw-landscape';
  const turned = root.createElement('div');
  turned.className = 'gw-landscape__turned';
  page.append(turned);
  after.after(page);
  turned.append(...content);
  return page;
}

/** Takes body rows off the end of the chunk, whole rowspan groups at a time, until it fits; returns them in order. */
function takeOverflow(region: HTMLElement, table: HTMLTableElement, limit: number): HTMLTableRowElement[] {
  const { rows, groupStart } = rowGroups(table);
  const taken: HTMLTableRowElement[] = [];
  let end = rows.length;
  while (end > 0 && heightOf(region) > limit) {
    const start = groupStart[end - 1]!;
    // The chunk's first group stays even when it alone is taller than a page.
    if (start === 0) break;
    const group = rows.slice(start, end);
    for (const row of group) row.remove();
    taken.unshift(...group);
    end = start;
  }
  return taken;
}

/** The next chunk: the table's head as a copy hidden from assistive technology, then the rows taken. */
function continuation(root: Document, region: HTMLElement, table: HTMLTableElement, rows: HTMLTableRowElement[]): HTMLElement {
  const next = region.cloneNode(false) as HTMLElement;
  // The first chunk is the table's region; the others are its rows only.
  for (const name of ['role', 'tabindex', 'aria-label', 'aria-labelledby']) next.removeAttribute(name);
  const nextTable = table.cloneNode(false) as HTMLTableElement;
  nextTable.removeAttribute('id');
  const columns = table.querySelector(':scope > colgroup');
  if (columns) nextTable.append(columns.cloneNode(true));
  if (table.tHead) {
    const head = table.tHead.cloneNode(true) as HTMLElement;
    for (const element of [head, ...head.querySelectorAll('*')]) element.removeAttribute('id');
    head.setAttribute(REPEATED_HEAD_ATTRIBUTE, '');
    head.setAttribute('aria-hidden', 'true');
    nextTable.append(head);
  }
  const body = root.createElement('tbody');
  body.append(...rows);
  nextTable.append(body);
  next.append(nextTable);
  return next;
}

export function turnLandscapeTables(root: Document): void {
  const limit = LANDSCAPE_TABLE_HEIGHT_MM * PX_PER_MM + ROUNDING_PX;
  for (const region of root.querySelectorAll<HTMLElement>(LANDSCAPE_TABLES)) {
    let chunk = region;
    let page = turnedPage(root, region, ...headingAbove(region), region);
    // Every chunk keeps the columns of the whole table, laid out at the turned width.
    fixColumns(region.querySelector<HTMLTableElement>(':scope > table')!);
    if (region.scrollWidth > LANDSCAPE_TABLE_WIDTH_MM * PX_PER_MM + ROUNDING_PX) {
      addLayoutNote(root, `landscape table ${tableName(region)} is wider than a turned page (${LANDSCAPE_TABLE_WIDTH_MM} mm): give it a smaller data-size`);
    }
    for (;;) {
      const table = chunk.querySelector<HTMLTableElement>(':scope > table')!;
      const rows = takeOverflow(chunk, table, limit);
      if (heightOf(chunk) > limit) {
        addLayoutNote(root, `landscape table ${tableName(region)}: a row taller than a turned page (${LANDSCAPE_TABLE_HEIGHT_MM} mm) runs past it; split the row`);
      }
      if (rows.length === 0) break;
      chunk = continuation(root, chunk, table, rows);
      page = turnedPage(root, page, chunk);
    }
  }
}

/** After pagination: a portrait table wider than the 版心 prints into the margin; the build log says so. */
export function noteWideTables(root: Document): void {
  const width = TEXT_WIDTH_MM * PX_PER_MM + ROUNDING_PX;
  const named = new Set<string>();
  // A table's parts on later pages (Paged.js's copies, data-split-from) are the same table: named once, by its first part.
  for (const table of root.querySelectorAll<HTMLTableElement>('.pagedjs_page .gw-table:not([data-split-from]) > table:not([data-orientation="landscape"])')) {
    if (table.getBoundingClientRect().width <= width) continue;
    named.add(tableName(table.parentElement!));
  }
  for (const name of named) {
    addLayoutNote(root, `table ${name} is wider than the 版心 (${TEXT_WIDTH_MM} mm): write data-orientation="landscape" on it (GB/T 9704 §8) or a smaller data-size`);
  }
}
