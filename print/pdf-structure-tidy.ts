/**
 * Tidies the structure tree Chromium writes from the paginated print view, so a screen reader of the
 * PDF walks the document, not its layout (issue 10):
 * - Paged.js lays each page's part of the document out in its own copy of the `<article>`, so the
 *   tree holds one `Art` per page: the `Art` elements directly under `Document` are merged into the
 *   first (the print view paginates exactly one article, src/routes/print.astro).
 * - A `NonStruct` that only groups other elements (a layout `<div>`, `<header>`, `<time>`) is
 *   replaced by its children, and an empty one is dropped.
 * - Chromium wraps each run of text in a `NonStruct` of its own: inside a paragraph, heading, cell or
 *   other element with a meaning, the run's marked content moves into that element; directly inside
 *   a grouping element it is a block of text on its own, and becomes a `P`.
 * - An element that continues one a page break cut (a paragraph, a section, a table's body — marked
 *   by the print view, print/continuation-lang.ts) merges into the element before it of its type.
 * The parent tree follows: marked content that moved is named under its new owner. Nothing else
 * changes: the content streams, the marked-content IDs and the reading order stay as they were.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFString, type PDFContext, type PDFDocument, type PDFObject } from 'pdf-lib';
import { unmarkedLanguage } from './continuation-lang.ts';
import { textOf } from './pdf-findings.ts';

/** Elements that group others without a meaning of their own for the text in them (ISO 32000-1 §14.8.4.2). */
const GROUPING = new Set(['Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'NonStruct', 'Private', 'TOC', 'Index']);

interface Content {
  /** An MCID (with the page it is on) or an MCR/OBJR dictionary, kept as written. */
  item: PDFObject;
  page: PDFRef | undefined;
}

interface Element {
  ref: PDFRef;
  dict: PDFDict;
  type: string;
  kids: (Element | Content)[];
  /** Continues the element before it (its /Lang carries the print view's mark). */
  continues: boolean;
}

const isElement = (kid: Element | Content): kid is Element => 'dict' in kid;

/** Removed elements, by reference, with the element that took their place. */
type Replaced = Map<string, { ref: PDFRef; by: PDFRef }>;
const replace = (replaced: Replaced, gone: Element, by: Element) => replaced.set(gone.ref.toString(), { ref: gone.ref, by: by.ref });

export interface TidyCounts {
  /** `NonStruct` elements removed or turned into paragraphs. */
  nonStruct: number;
  /** Page copies of the article merged into the first. */
  articles: number;
  /** Continuations merged into the element they continue. */
  continuations: number;
}

export function tidyStructure(pdf: PDFDocument): TidyCounts {
  const { context } = pdf;
  const counts: TidyCounts = { nonStruct: 0, articles: 0, continuations: 0 };
  const root = pdf.catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(root instanceof PDFDict)) return counts;
  const documentRefs = kidsOf(root).filter((kid): kid is PDFRef => kid instanceof PDFRef);
  const replaced: Replaced = new Map();
  for (const ref of documentRefs) {
    const document = read(context, ref, undefined);
    if (!document) continue;
    counts.nonStruct += unwrap(document, replaced);
    counts.articles += mergeArticles(document, replaced);
    counts.continuations += mergeContinuations(document, replaced);
    counts.nonStruct += textRuns(document, replaced);
    write(context, document);
  }
  for (const { ref } of replaced.values()) context.delete(ref);
  renameInParentTree(context, root, replaced);
  return counts;
}

function kidsOf(dict: PDFDict): PDFObject[] {
  const k = dict.get(PDFName.of('K'));
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

function read(context: PDFContext, ref: PDFRef, page: PDFRef | undefined): Element | undefined {
  const dict = context.lookup(ref);
  if (!(dict instanceof PDFDict)) return undefined;
  const own = dict.get(PDFName.of('Pg'));
  const ownPage = own instanceof PDFRef ? own : page;
  const kids = kidsOf(dict).flatMap((kid): (Element | Content)[] => {
    if (kid instanceof PDFRef) {
      const target = context.lookup(kid);
      // A reference to a dictionary with /S is a child element; any other (an OBJR written indirectly) is content.
      if (target instanceof PDFDict && target.get(PDFName.of('S'))) return [read(context, kid, ownPage)].filter((element): element is Element => element !== undefined);
    }
    return [{ item: kid, page: ownPage }];
  });
  const lang = textOf(dict.get(PDFName.of('Lang')));
  const base = lang === undefined ? undefined : unmarkedLanguage(lang);
  if (base !== undefined) {
    // The mark's language is the parent's (the print view copies it): the element says none of its own.
    if (base === '' || base === languageOf(context, dict.get(PDFName.of('P')))) dict.delete(PDFName.of('Lang'));
    else dict.set(PDFName.of('Lang'), PDFString.of(base));
  }
  return { ref, dict, type: (dict.get(PDFName.of('S')) as PDFName | undefined)?.decodeText() ?? '', kids, continues: base !== undefined };
}

function mergeArticles(document: Element, replaced: Replaced): number {
  const articles = document.kids.filter((kid): kid is Element => isElement(kid) && kid.type === 'Art');
  const [first, ...copies] = articles;
  if (!first) return 0;
  for (const copy of copies) {
    first.kids.push(...copy.kids);
    replace(replaced, copy, first);
  }
  document.kids = document.kids.filter((kid) => !copies.includes(kid as Element));
  return copies.length;
}

/** The language an element inherits: the nearest /Lang above it, marks removed. */
function languageOf(context: PDFContext, parent: PDFObject | undefined): string | undefined {
  for (let ref = parent, hops = 0; ref instanceof PDFRef && hops < 64; hops++) {
    const dict = context.lookup(ref);
    if (!(dict instanceof PDFDict)) return undefined;
    const lang = textOf(dict.get(PDFName.of('Lang')));
    if (lang !== undefined) return unmarkedLanguage(lang) ?? lang;
    ref = dict.get(PDFName.of('P'));
  }
  return undefined;
}

/** Top-down: each continuation joins the element of its type just before it, whose next kids it then holds. */
function mergeContinuations(element: Element, replaced: Replaced): number {
  let merged = 0;
  const kids: (Element | Content)[] = [];
  for (const kid of element.kids) {
    const previous = kids.at(-1);
    if (isElement(kid) && kid.continues && previous && isElement(previous) && previous.type === kid.type) {
      previous.kids.push(...kid.kids);
      replace(replaced, kid, previous);
      merged++;
    } else kids.push(kid);
  }
  element.kids = kids;
  for (const kid of kids) if (isElement(kid)) merged += mergeContinuations(kid, replaced);
  return merged;
}

/** Replaces, bottom-up, each NonStruct holding only elements by those elements; drops empty ones. */
function unwrap(element: Element, replaced: Replaced): number {
  let removed = 0;
  const kids: (Element | Content)[] = [];
  for (const kid of element.kids) {
    if (!isElement(kid)) {
      kids.push(kid);
      continue;
    }
    removed += unwrap(kid, replaced);
    if (kid.type === 'NonStruct' && kid.kids.every(isElement)) {
      kids.push(...kid.kids);
      replace(replaced, kid, element);
      removed++;
    } else kids.push(kid);
  }
  element.kids = kids;
  return removed;
}

/** Folds each text-run NonStruct into the element with a meaning around it, or makes it a paragraph. */
function textRuns(element: Element, replaced: Replaced): number {
  let changed = 0;
  const kids: (Element | Content)[] = [];
  for (const kid of element.kids) {
    if (!isElement(kid)) {
      kids.push(kid);
      continue;
    }
    changed += textRuns(kid, replaced);
    if (kid.type !== 'NonStruct' || kid.kids.some(isElement)) kids.push(kid);
    else if (GROUPING.has(element.type)) {
      kid.type = 'P';
      kids.push(kid);
      changed++;
    } else {
      kids.push(...kid.kids);
      replace(replaced, kid, element);
      changed++;
    }
  }
  element.kids = kids;
  return changed;
}

/** Writes the tidied tree back: /S, /P, /Pg and /K of every element left. */
function write(context: PDFContext, element: Element, parent?: PDFRef): void {
  const { dict } = element;
  dict.set(PDFName.of('S'), PDFName.of(element.type));
  if (parent) dict.set(PDFName.of('P'), parent);
  // The page of its MCIDs: named once (/Pg) when they share one, else per MCID (an MCR).
  const mcidPages = new Set(element.kids.flatMap((kid) => (!isElement(kid) && kid.item instanceof PDFNumber ? [kid.page] : [])));
  const [onlyPage] = mcidPages;
  if (dict.get(PDFName.of('Pg')) === undefined && mcidPages.size === 1 && onlyPage) dict.set(PDFName.of('Pg'), onlyPage);
  const pg = dict.get(PDFName.of('Pg'));
  const items = element.kids.map((kid) => {
    if (isElement(kid)) {
      write(context, kid, element.ref);
      return kid.ref;
    }
    if (!(kid.item instanceof PDFNumber) || (pg instanceof PDFRef && kid.page?.toString() === pg.toString())) return kid.item;
    return context.obj({ Type: 'MCR', ...(kid.page && { Pg: kid.page }), MCID: kid.item });
  });
  dict.set(PDFName.of('K'), context.obj(items));
}

/** Points the parent tree's entries for removed elements at the elements that took their content. */
function renameInParentTree(context: PDFContext, root: PDFDict, replaced: Replaced): void {
  const final = (ref: PDFRef): PDFRef => {
    let current = ref;
    for (let next = replaced.get(current.toString()); next; next = replaced.get(current.toString())) current = next.by;
    return current;
  };
  const visit = (node: PDFObject | undefined) => {
    const dict = node instanceof PDFRef ? context.lookup(node) : node;
    if (!(dict instanceof PDFDict)) return;
    const nums = dict.lookup(PDFName.of('Nums'));
    if (nums instanceof PDFArray) {
      for (let i = 1; i < nums.size(); i += 2) {
        const value = nums.get(i);
        const list = value instanceof PDFRef ? context.lookup(value) : value;
        if (list instanceof PDFArray) list.asArray().forEach((item, index) => item instanceof PDFRef && list.set(index, final(item)));
        else if (value instanceof PDFRef && !(list instanceof PDFArray)) nums.set(i, final(value));
      }
    }
    const kids = dict.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) for (const kid of kids.asArray()) visit(kid);
  };
  visit(root.get(PDFName.of('ParentTree')));
}
