/**
 * How the print view tells the PDF writer which elements continue one broken at a page end. Paged.js
 * copies an element that a page break cuts (a paragraph, a section, a table) onto the next page, and
 * Chromium's tagged PDF writes each copy as an element of its own, so a listener would hear one
 * paragraph as two. The only attribute of an element Chromium carries into the structure tree is its
 * language (/Lang, written where it differs from the parent's), so a continuation gets its own language
 * plus a private-use subtag, `zh-CN-x-gwc7`, numbered so that nested continuations differ from their
 * parents; print/pdf-structure-tidy.ts merges each into the element it continues and drops the tag.
 * The private-use subtag leaves the language itself as it was for fonts and line breaking.
 */
export const CONTINUATION_SUBTAG = '-x-gwc';

/** The language a marked /Lang stands for, or undefined when it is no continuation mark. */
export function unmarkedLanguage(lang: string): string | undefined {
  const at = lang.indexOf(CONTINUATION_SUBTAG);
  return at >= 0 && /^\d+$/u.test(lang.slice(at + CONTINUATION_SUBTAG.length)) ? lang.slice(0, at) : undefined;
}
