/**
 * 版头 (head block) layout of page 1, computed per document from GB/T 9704 numbers.
 *
 * The 标志 size depends on the issuer names (it must fit one line of the 版心), and the
 * 发文字号 line, the red separator and the title follow it. Everything below the 标志 is
 * snapped to the 22-line grid so the body lines of page 1 stay on the page grid.
 */
import {
  ISSUER_MARK_JOINT_GAP_EM,
  ISSUER_MARK_MAX_PT,
  ISSUER_MARK_OFFSET_MM,
  ISSUER_MARK_SUFFIX_GAP_EM,
  LINE_PITCH_MM,
  MARK_TO_DOC_NUMBER_LINES,
  SEPARATOR_TO_TITLE_LINES,
  TEXT_WIDTH_MM,
  ptToMm,
  mmToPt,
} from './geometry.ts';

export interface IssuerMark {
  names: string[];
  suffix: string;
}

export interface HeadLayout {
  /** Font size of the 发文机关标志, in pt (shrunk so the mark fits the 版心 width). */
  markSizePt: number;
  /** Height of the mark's glyph block, in mm (names stacked for a joint mark). */
  markHeightMm: number;
  /** 1-based grid line of the 发文字号 (the last 签发人 line on a 上行文). */
  docNumberLine: number;
  /** Grid lines the whole 版头 takes, including the separator and the blank lines before the title. */
  headLines: number;
}

/** Width of a run of characters in ems: Han and full-width count 1, ASCII counts ½ (spec §3.5). */
export function emWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return width;
}

export function headLayout(mark: IssuerMark): HeadLayout {
  const joint = mark.names.length > 1;
  const namesEm = Math.max(...mark.names.map(emWidth));
  const suffixEm = emWidth(mark.suffix);
  // Joint: 文件 stands to the right of the stacked names (§7.2.4); single: one line, names + 文件.
  const lineEm = joint ? namesEm + (suffixEm > 0 ? ISSUER_MARK_SUFFIX_GAP_EM + suffixEm : 0) : namesEm + suffixEm;
  // A tenth of a point below the exact fit so rounding never wraps the mark onto a second line.
  const fitPt = Math.floor((mmToPt(TEXT_WIDTH_MM) / lineEm) * 10) / 10 - 0.1;
  const markSizePt = Math.min(ISSUER_MARK_MAX_PT, fitPt);
  const rows = mark.names.length;
  const markHeightMm = ptToMm(markSizePt) * (rows + (rows - 1) * ISSUER_MARK_JOINT_GAP_EM);
  // The 发文字号 line top sits two grid lines below the mark's bottom, rounded to the nearest grid line.
  const docNumberTop = Math.round((ISSUER_MARK_OFFSET_MM + markHeightMm) / LINE_PITCH_MM + MARK_TO_DOC_NUMBER_LINES);
  const docNumberLine = docNumberTop + 1;
  return { markSizePt, markHeightMm, docNumberLine, headLines: docNumberLine + SEPARATOR_TO_TITLE_LINES };
}

/** The layout as CSS custom properties for the print view. */
export function headLayoutCss(layout: HeadLayout): string {
  return [
    `--gw-mark-size:${layout.markSizePt.toFixed(1)}pt`,
    `--gw-doc-number-line:${layout.docNumberLine}`,
    `--gw-separator-line:${layout.docNumberLine + 1}`,
    `--gw-head-lines:${layout.headLines}`,
  ].join(';');
}
