/**
 * The characters a document's fonts must hold: its own text plus what the layout prints around it.
 */
import { MARK_SUFFIX } from '../schema.ts';

/**
 * Characters the print layout itself sets, whatever the document says: page numbers "— 12 —",
 * the 版头/版记 labels (份号, 签发人, 主送 moved to the 版记, 抄送, 印发), 附件 numbering, the 附注 built from
 * the disclosure (（此件主动公开）), each format's 发文机关标志 suffix (文件, 令, 纪要), the date's 年月日 and the U+2011 hyphen
 * Paged.js adds where it splits a word across pages. Printable ASCII comes along
 * because numbers, "1." list marks and Latin abbreviations appear in any document.
 */
export const LAYOUT_CHARACTERS =
  Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
  '—（）〔〕★：，。、；“”《》\u2011' +
  '附件主送抄送印发签发人份号此件主动依申请公开年月日' +
  Object.values(MARK_SUFFIX).join('');

/** Every string in a value (frontmatter after validation: titles, names, dates' text), joined. */
export function stringsIn(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (value instanceof Date) return '';
  if (Array.isArray(value)) return value.map(stringsIn).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(stringsIn).join('\n');
  return '';
}

/** The text a document's font subsets are cut to: its MDX body, its frontmatter's strings and the layout's own characters. */
export function documentText(entry: { body?: string | undefined; data: unknown }): string {
  return `${entry.body ?? ''}\n${stringsIn(entry.data)}\n${LAYOUT_CHARACTERS}`;
}
