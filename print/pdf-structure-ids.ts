/**
 * Gives the structure elements of Chromium's tagged PDF IDs that depend on the document only.
 *
 * Chromium names the elements it gives an /ID (table header cells, for the data cells' /Headers) after
 * the DOM node's serial number, `(node00011857)`: a count of every node the page made before it, which
 * varies with timing (measured: reply-port-landscape printed to other bytes on every build, differing
 * only in these IDs). Here the IDs are renumbered in the structure tree's reading order, the /Headers
 * references follow, and the IDTree (a name tree of the same keys) is rebuilt as one sorted leaf.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFString, PDFHexString, type PDFDocument, type PDFObject } from 'pdf-lib';

const ID = PDFName.of('ID');
const K = PDFName.of('K');
const A = PDFName.of('A');
const HEADERS = PDFName.of('Headers');
const ID_TREE = PDFName.of('IDTree');
const KIDS = PDFName.of('Kids');

const text = (value: PDFObject | undefined) => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined);

export function canonicalStructureIds(pdf: PDFDocument): void {
  const root = pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return;
  const renamed = new Map<string, string>();
  const owners: [string, PDFRef][] = [];
  const elements: PDFDict[] = [];
  const visit = (value: PDFObject | undefined, ref?: PDFRef): void => {
    const resolved = value instanceof PDFRef ? pdf.context.lookup(value) : value;
    if (resolved instanceof PDFArray) return resolved.asArray().forEach((item) => visit(item));
    if (!(resolved instanceof PDFDict)) return;
    const own = value instanceof PDFRef ? value : ref;
    const id = text(resolved.get(ID));
    if (id !== undefined && !renamed.has(id)) {
      const name = `id${String(renamed.size + 1).padStart(6, '0')}`;
      renamed.set(id, name);
      if (own) owners.push([name, own]);
    }
    elements.push(resolved);
    visit(resolved.get(K));
  };
  visit(root.get(K));
  if (renamed.size === 0) return;
  const rename = (value: PDFObject | undefined) => {
    const id = text(value);
    return id !== undefined && renamed.has(id) ? PDFString.of(renamed.get(id)!) : value;
  };
  for (const element of elements) {
    if (element.has(ID)) element.set(ID, rename(element.get(ID))!);
    const attributes = element.get(A);
    const lists = attributes instanceof PDFArray ? attributes.asArray() : [attributes];
    for (const list of lists) {
      const dict = list instanceof PDFRef ? pdf.context.lookup(list) : list;
      const headers = dict instanceof PDFDict ? dict.lookupMaybe(HEADERS, PDFArray) : undefined;
      if (headers) for (let i = 0; i < headers.size(); i++) headers.set(i, rename(headers.get(i))!);
    }
  }
  removeNameTree(pdf, root.get(ID_TREE));
  const names = pdf.context.obj(owners.flatMap(([name, ref]) => [PDFString.of(name), ref]));
  root.set(ID_TREE, pdf.context.register(pdf.context.obj({ Names: names })));
}

/** Deletes a name tree's node objects: left in the file unreferenced, their old keys would still vary. */
function removeNameTree(pdf: PDFDocument, node: PDFObject | undefined): void {
  if (!(node instanceof PDFRef)) return;
  const dict = pdf.context.lookup(node);
  if (dict instanceof PDFDict) dict.lookupMaybe(KIDS, PDFArray)?.asArray().forEach((kid) => removeNameTree(pdf, kid));
  pdf.context.delete(node);
}
