/**
 * The conditions of PDF/UA-1 (ISO 14289-1) on a PDF's document and structure that a program can check:
 * a tagged document with its language, title shown, standard (or role-mapped) structure types, figures
 * with alternative text, headings that start at H1 and skip no level, tables and lists built as the
 * standard nests them, TH cells with a scope, annotations in the structure with a description, and a
 * structure tree that agrees with the content: every marked-content ID a page paints belongs to the
 * element the parent tree names, and every element's content exists. Content outside the tree is
 * checked in pdf-tagging.ts, fonts in pdf-font-check.ts.
 */
import { PDFArray, PDFBool, PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { entry, finding, listOf, nameOf, numberOf, resolve, textOf, type Finding } from './pdf-findings.ts';
import { pageContent } from './pdf-artifacts.ts';
import { xmpOf, xmpValue } from './pdf-archival.ts';

const UA = (clause: string, detail: string) => finding('PDF/UA-1', clause, detail);

/** The standard structure types of ISO 32000-1 §14.8.4. */
const STANDARD_TYPES = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);
/** Where an element may stand (ISO 32000-1 §14.8.4.3, PDF/UA-1 7.5, 7.6): child type → allowed parent types. */
const PARENTS: Record<string, string[]> = {
  TR: ['Table', 'THead', 'TBody', 'TFoot'],
  TH: ['TR'],
  TD: ['TR'],
  THead: ['Table'],
  TBody: ['Table'],
  TFoot: ['Table'],
  LI: ['L'],
  Lbl: ['LI'],
  LBody: ['LI'],
};

export interface StructureElement {
  dict: PDFDict;
  type: string;
  parent: StructureElement | undefined;
  /** Marked-content IDs this element owns, per page object reference. */
  mcids: { page: PDFRef | undefined; mcid: number }[];
  children: StructureElement[];
}

/** The structure tree in document order, its types resolved through the RoleMap. */
export function structureTree(pdf: PDFDocument): StructureElement[] {
  const { context } = pdf;
  const root = entry(context, pdf.catalog, 'StructTreeRoot');
  if (!(root instanceof PDFDict)) return [];
  const roleMap = entry(context, root, 'RoleMap');
  const typeOf = (dict: PDFDict) => {
    let type = nameOf(dict.get(PDFName.of('S'))) ?? '';
    for (let hops = 0; roleMap instanceof PDFDict && !STANDARD_TYPES.has(type) && hops < 8; hops++) type = nameOf(roleMap.get(PDFName.of(type))) ?? type;
    return type;
  };
  const build = (dict: PDFDict, parent: StructureElement | undefined, page: PDFRef | undefined): StructureElement => {
    const ownPage = dict.get(PDFName.of('Pg')) instanceof PDFRef ? (dict.get(PDFName.of('Pg')) as PDFRef) : page;
    const element: StructureElement = { dict, type: typeOf(dict), parent, mcids: [], children: [] };
    for (const kid of listOf(context, dict.get(PDFName.of('K')))) {
      if (kid instanceof PDFNumber) element.mcids.push({ page: ownPage, mcid: kid.asNumber() });
      else if (kid instanceof PDFDict && nameOf(kid.get(PDFName.of('Type'))) === 'MCR') {
        const kidPage = kid.get(PDFName.of('Pg'));
        element.mcids.push({ page: kidPage instanceof PDFRef ? kidPage : ownPage, mcid: numberOf(kid.get(PDFName.of('MCID'))) ?? -1 });
      } else if (kid instanceof PDFDict && nameOf(kid.get(PDFName.of('Type'))) !== 'OBJR') element.children.push(build(kid, element, ownPage));
    }
    return element;
  };
  return listOf(context, root.get(PDFName.of('K'))).filter((kid): kid is PDFDict => kid instanceof PDFDict).map((kid) => build(kid, undefined, undefined));
}

export function* inOrder(elements: StructureElement[]): Generator<StructureElement> {
  for (const element of elements) {
    yield element;
    yield* inOrder(element.children);
  }
}

/** The values of attribute `key` in an element's attribute objects (/A), arrays spread. */
function attributeValues(pdf: PDFDocument, element: StructureElement, key: string): PDFObject[] {
  return listOf(pdf.context, element.dict.get(PDFName.of('A'))).flatMap((attributes) => (attributes instanceof PDFDict ? listOf(pdf.context, attributes.get(PDFName.of(key))) : []));
}
const hasAttribute = (pdf: PDFDocument, element: StructureElement, key: string) => attributeValues(pdf, element, key).length > 0;

export function accessibilityFindings(pdf: PDFDocument, options: { claimed: boolean }): Finding[] {
  const { context, catalog } = pdf;
  const findings: Finding[] = [];
  const markInfo = entry(context, catalog, 'MarkInfo');
  if (!(markInfo instanceof PDFDict) || markInfo.get(PDFName.of('Marked')) !== PDFBool.True) findings.push(UA('7.1', 'the catalog does not say the document is tagged (/MarkInfo /Marked true)'));
  const preferences = entry(context, catalog, 'ViewerPreferences');
  if (!(preferences instanceof PDFDict) || preferences.get(PDFName.of('DisplayDocTitle')) !== PDFBool.True) findings.push(UA('7.1', 'the viewer is not told to show the title (/DisplayDocTitle true)'));
  if (!entry(context, catalog, 'Lang')) findings.push(UA('7.2', 'the catalog has no /Lang'));
  const packet = xmpOf(pdf);
  if (!packet || !xmpValue(packet, 'dc:title')) findings.push(UA('7.1', 'the XMP metadata has no dc:title'));
  if (options.claimed && packet && xmpValue(packet, 'pdfuaid:part') !== '1') findings.push(UA('5', 'the XMP does not identify the file as PDF/UA-1 (pdfuaid:part 1)'));

  const tree = structureTree(pdf);
  if (tree.length === 0) findings.push(UA('7.1', 'the document has no structure tree'));
  let previousLevel = 0;
  for (const element of inOrder(tree)) {
    const raw = nameOf(element.dict.get(PDFName.of('S'))) ?? '';
    if (!STANDARD_TYPES.has(element.type)) findings.push(UA('7.1', `structure type /${raw} is neither standard nor role-mapped to a standard type`));
    if (element.type === 'Figure' && !element.dict.get(PDFName.of('Alt')) && !element.dict.get(PDFName.of('ActualText'))) findings.push(UA('7.3', 'a Figure without /Alt or /ActualText'));
    const level = /^H([1-6])$/u.exec(element.type)?.[1];
    if (level) {
      const n = Number(level);
      if (previousLevel === 0 && n !== 1) findings.push(UA('7.4.2', `the first heading is H${n}, not H1`));
      else if (n > previousLevel + 1) findings.push(UA('7.4.2', `H${n} follows H${previousLevel}, skipping a level`));
      previousLevel = n;
    }
    const parents = PARENTS[element.type];
    if (parents && !parents.includes(element.parent?.type ?? '')) findings.push(UA(element.type.startsWith('L') ? '7.6' : '7.5', `${element.type} inside ${element.parent?.type ?? 'the root'}, not ${parents.join(' or ')}`));
    if (element.type === 'Table') {
      const cells = [...inOrder(element.children)];
      const headerIds = new Set(cells.filter((cell) => cell.type === 'TH').map((cell) => textOf(cell.dict.get(PDFName.of('ID')))));
      const named = cells.flatMap((cell) => (cell.type === 'TD' ? attributeValues(pdf, cell, 'Headers') : []));
      for (const id of named) if (!headerIds.has(textOf(id))) findings.push(UA('7.5', `a TD's Headers name ${String(id)}, which is no TH of its table`));
      if (named.length === 0) for (const cell of cells) if (cell.type === 'TH' && !hasAttribute(pdf, cell, 'Scope')) findings.push(UA('7.5', 'a TH without a Scope attribute, in a table without Headers'));
    }
  }

  // The parent tree and the content agree (7.1): each painted MCID's element owns it.
  const parentTree = entry(context, entry(context, catalog, 'StructTreeRoot') as PDFDict ?? context.obj({}), 'ParentTree');
  const parentsOf = numberTree(pdf, parentTree);
  const owned = new Map<string, StructureElement>();
  for (const element of inOrder(tree)) for (const { page, mcid } of element.mcids) owned.set(`${page?.toString()} ${mcid}`, element);
  const painted = new Set<string>();
  pdf.getPages().forEach((page, index) => {
    const content = pageContent(pdf, page);
    const key = numberOf(page.node.get(PDFName.of('StructParents')));
    const list = key === undefined ? undefined : resolve(context, parentsOf.get(key));
    for (const [, id] of Buffer.from(content ?? new Uint8Array()).toString('latin1').matchAll(/\/MCID\s+(\d+)/gu)) {
      const mcid = Number(id);
      painted.add(`${page.ref.toString()} ${mcid}`);
      const named = list instanceof PDFArray ? resolve(context, list.get(mcid)) : undefined;
      const owner = owned.get(`${page.ref.toString()} ${mcid}`);
      if (!owner) findings.push(UA('7.1', `page ${index + 1}: marked content ${mcid} belongs to no structure element`));
      else if (named !== owner.dict) findings.push(UA('7.1', `page ${index + 1}: the parent tree names another element than the owner of marked content ${mcid}`));
    }
    for (const annotation of listOf(context, page.node.get(PDFName.of('Annots')))) {
      if (!(annotation instanceof PDFDict) || nameOf(annotation.get(PDFName.of('Subtype'))) === 'Popup') continue;
      const subtype = nameOf(annotation.get(PDFName.of('Subtype')));
      if (annotation.get(PDFName.of('StructParent')) === undefined) findings.push(UA('7.18.1', `page ${index + 1}: a ${subtype} annotation outside the structure tree`));
      if (!annotation.get(PDFName.of('Contents'))) findings.push(UA(subtype === 'Link' ? '7.18.5' : '7.18.1', `page ${index + 1}: a ${subtype} annotation without /Contents`));
      if (nameOf(page.node.get(PDFName.of('Tabs'))) !== 'S') findings.push(UA('7.18.3', `page ${index + 1} has annotations but no /Tabs /S`));
    }
  });
  for (const [key] of owned) if (!painted.has(key)) findings.push(UA('7.1', `a structure element owns marked content ${key.split(' ').pop()} that no page paints`));
  return findings;
}

/** A number tree's leaves (ISO 32000-1 §7.9.7), key → value. */
function numberTree(pdf: PDFDocument, node: PDFObject | undefined, into = new Map<number, PDFObject>()): Map<number, PDFObject> {
  const dict = resolve(pdf.context, node);
  if (!(dict instanceof PDFDict)) return into;
  const nums = listOf(pdf.context, dict.get(PDFName.of('Nums')));
  for (let i = 0; i + 1 < nums.length; i += 2) into.set(numberOf(nums[i]) ?? -1, nums[i + 1]!);
  for (const kid of listOf(pdf.context, dict.get(PDFName.of('Kids')))) numberTree(pdf, kid, into);
  return into;
}
