/**
 * How the print view tells the PDF writer what Chromium's tagged PDF cannot: which elements continue
 * one a page break cut, and which groups of the 公文 are its parts. Paged.js copies an element that a
 * page break cuts (a paragraph, a section, a table) onto the next page, and Chromium writes each copy
 * as an element of its own, so a listener would hear one paragraph as two; and Chromium writes the
 * 版头, an issued document, an attachment and the 版记 as anonymous NonStruct, like any layout box.
 *
 * The only attribute of an element Chromium carries into the structure tree is its language (/Lang,
 * written where it differs from the parent's), so a marked element gets its own language plus a
 * private-use subtag — `zh-CN-x-gwc7` continues, `zh-CN-x-gws7` is a part, `zh-CN-x-gwcs7` both —
 * numbered so that nested marks differ from their parents; print/pdf-structure-tidy.ts reads them,
 * merges or names the elements, and drops the marks. A private-use subtag leaves the language itself
 * as it was for fonts and line breaking.
 */
export const MARK_SUBTAG = '-x-gw';

/** The parts of a 公文 that stand as a `Sect` in the PDF: 版头, issued documents, attachments, 版记. */
export const PART_SELECTOR = '.gw-head, .gw-issued, .gw-attachment, .gw-colophon';

export interface StructureMark {
  /** The language the mark stands on: the element's own. */
  language: string;
  continues: boolean;
  part: boolean;
}

export function markedLanguage(language: string, mark: { continues: boolean; part: boolean }, n: number): string {
  return `${language}${MARK_SUBTAG}${mark.continues ? 'c' : ''}${mark.part ? 's' : ''}${n}`;
}

/** What a /Lang value marks, or undefined when it carries no mark. */
export function readMark(lang: string): StructureMark | undefined {
  const at = lang.lastIndexOf(MARK_SUBTAG);
  const flags = at >= 0 ? /^(c?)(s?)\d+$/u.exec(lang.slice(at + MARK_SUBTAG.length)) : null;
  if (!flags || (!flags[1] && !flags[2])) return undefined;
  return { language: lang.slice(0, at), continues: flags[1] === 'c', part: flags[2] === 's' };
}
