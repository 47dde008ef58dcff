/**
 * 版头 (head block) layout of page 1, computed per document from its format's geometry.
 *
 * The 标志 size depends on the issuer names (it must fit one line of the 版心), and the
 * 发文字号 line, the separator and the title follow it. Every element of the 版头 is placed by
 * its top edge, in grid lines and millimetres below the 版心 top; the block itself is a whole
 * number of grid lines, so the body lines of page 1 stay on the page grid.
 */
import {
  ISSUER_MARK_JOINT_GAP_EM,
  ISSUER_MARK_JOINT_MAX_HEIGHT_MM,
  ISSUER_MARK_MAX_PT,
  ISSUER_MARK_SUFFIX_GAP_EM,
  LETTER_RULE_GAP_MM,
  LETTER_RULE_SPACE_MM,
  LETTER_RULE_TO_TEXT_MM,
  LETTER_THICK_RULE_MM,
  LETTER_THIN_RULE_MM,
  LINE_PITCH_MM,
  MARK_TO_DOC_NUMBER_LINES,
  SEPARATOR_GAP_MM,
  SEPARATOR_TO_TITLE_LINES,
  SIZE_PT,
  TEXT_WIDTH_MM,
  ptToMm,
  mmToPt,
  type FormatGeometry,
} from './geometry.ts';

export interface IssuerMark {
  names: string[];
  suffix: string;
}

/** A distance below the 版心 top: whole grid lines plus millimetres (lines follow the CSS pitch exactly). */
export interface HeadOffset {
  lines: number;
  mm: number;
}

export interface HeadLayout {
  /** Font size of the 发文机关标志, in pt (shrunk so the mark fits the 版心 width). */
  markSizePt: number;
  /** Height of the mark's glyph block, in mm (names stacked for a joint mark). */
  markHeightMm: number;
  markTop: HeadOffset;
  /** Top of the first of 份号 / 密级 / 紧急程度. */
  noticesTop: HeadOffset;
  /** Top of the 发文字号 line (with 签发人 on a 上行文). */
  numbersTop: HeadOffset;
  /** Top of the 纪要's organ-and-date line. */
  dateLineTop: HeadOffset;
  /** Top of the separator under the 版头 (red rule or the 信函's double rule). */
  separatorTop: HeadOffset;
  /** Grid lines the whole 版头 takes, including the blank lines before the title. */
  headLines: number;
}

export interface HeadInput {
  mark: IssuerMark;
  geometry: FormatGeometry;
  /** How many of 份号, 密级★保密期限, 紧急程度 the document prints. */
  noticeLines: number;
  hasDocNumber: boolean;
  /**
   * Width of a run of the mark's text in ems of the 小标宋 font, from the font's own advance widths
   * (plugins/fonts/advance.ts, measured in Node). The mark's CSS sets no letter-spacing, so the
   * advances are the set width.
   */
  markWidth: (text: string) => number;
}

/** The mark's size and height: the largest size up to the maximum at which its widest line fits the 版心 and a joint mark's block its height limit. */
function markSize(mark: IssuerMark, markWidth: (text: string) => number): { markSizePt: number; markHeightMm: number } {
  const joint = mark.names.length > 1;
  // A joint mark's names are justified to the widest one.
  const namesEm = Math.max(...mark.names.map(markWidth));
  const suffixEm = markWidth(mark.suffix);
  // Joint: 文件 stands to the right of the stacked names (§7.2.4); single: one line, names + 文件.
  const lineEm = joint ? namesEm + (suffixEm > 0 ? ISSUER_MARK_SUFFIX_GAP_EM + suffixEm : 0) : namesEm + suffixEm;
  // A tenth of a point below the exact fit so rounding never wraps the mark onto a second line.
  const fitPt = Math.floor((mmToPt(TEXT_WIDTH_MM) / lineEm) * 10) / 10 - 0.1;
  const rows = mark.names.length;
  const rowsEm = rows + (rows - 1) * ISSUER_MARK_JOINT_GAP_EM;
  const heightPt = Math.floor((mmToPt(ISSUER_MARK_JOINT_MAX_HEIGHT_MM) / rowsEm) * 10) / 10;
  const markSizePt = Math.min(ISSUER_MARK_MAX_PT, fitPt, heightPt);
  return { markSizePt, markHeightMm: ptToMm(markSizePt) * rowsEm };
}

const at = (lines: number, mm = 0): HeadOffset => ({ lines, mm });

export function headLayout({ mark, geometry, noticeLines, hasDocNumber, markWidth }: HeadInput): HeadLayout {
  const { markSizePt, markHeightMm } = markSize(mark, markWidth);
  const markBottomMm = geometry.markTopMm + markHeightMm;
  const markTop = at(0, geometry.markTopMm);
  if (geometry.docNumberPlacement === 'below-rule') {
    // 信函 (§10.1): double rule 4 mm under the mark; the first line's glyphs 7/8 of a 3号 height below it.
    const ruleTopMm = markBottomMm + LETTER_RULE_GAP_MM;
    const ruleBottomMm = ruleTopMm + LETTER_THICK_RULE_MM + LETTER_RULE_SPACE_MM + LETTER_THIN_RULE_MM;
    // A 3号 line's em box is centred in its grid-line box.
    const halfLeadingMm = (LINE_PITCH_MM - ptToMm(SIZE_PT.san)) / 2;
    const firstLineMm = ruleBottomMm + LETTER_RULE_TO_TEXT_MM - halfLeadingMm;
    const lastLineBottomMm = firstLineMm + Math.max(1, noticeLines) * LINE_PITCH_MM;
    const first = at(0, firstLineMm);
    return {
      markSizePt,
      markHeightMm,
      markTop,
      noticesTop: first,
      numbersTop: first,
      dateLineTop: first,
      separatorTop: at(0, ruleTopMm),
      // The title two lines below the last element above it.
      headLines: Math.ceil(lastLineBottomMm / LINE_PITCH_MM) + SEPARATOR_TO_TITLE_LINES,
    };
  }
  // The first line below the mark: two grid lines below its bottom, rounded to the nearest grid line (§7.2.5).
  const belowMark = Math.round(markBottomMm / LINE_PITCH_MM + MARK_TO_DOC_NUMBER_LINES);
  const numbersLine = belowMark;
  // A 纪要's organ-and-date line follows its 期号, or takes the 期号's place when it has none.
  const dateLine = geometry.dateInHead ? numbersLine + (hasDocNumber ? 1 : 0) : numbersLine;
  const lastLine = dateLine;
  // The rule 4 mm below the bottom of the last line's em box (§7.2.7).
  const separatorTop = at(lastLine + 0.5, ptToMm(SIZE_PT.san) / 2 + SEPARATOR_GAP_MM);
  return {
    markSizePt,
    markHeightMm,
    markTop,
    noticesTop: at(0),
    numbersTop: at(numbersLine),
    dateLineTop: at(dateLine),
    separatorTop,
    headLines: lastLine + 1 + SEPARATOR_TO_TITLE_LINES,
  };
}

/** The layout as CSS custom properties for the print view. */
export function headLayoutCss(layout: HeadLayout): string {
  const offset = ({ lines, mm }: HeadOffset) => `calc(${lines} * var(--gw-pitch) + ${mm.toFixed(4)}mm)`;
  return [
    `--gw-mark-size:${layout.markSizePt.toFixed(1)}pt`,
    `--gw-mark-top:${offset(layout.markTop)}`,
    `--gw-notices-top:${offset(layout.noticesTop)}`,
    `--gw-numbers-top:${offset(layout.numbersTop)}`,
    `--gw-date-line-top:${offset(layout.dateLineTop)}`,
    `--gw-separator-top:${offset(layout.separatorTop)}`,
    `--gw-head-lines:${layout.headLines}`,
  ].join(';');
}
