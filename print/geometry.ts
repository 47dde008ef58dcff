/**
 * Every layout number of GB/T 9704-2012, in one place.
 *
 * Values come from the standard (clause in brackets) or are derived from it
 * (the working is shown). The print CSS reads them as custom properties
 * (see `layoutCssVariables`), and the tests check the PDF against them.
 */
import type { DocumentFormat } from '../plugins/schema.ts';

/** Points per millimetre: 1 pt = 25.4 / 72 mm. */
export const PT_PER_MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

/** A4 (§5.1). */
export const PAGE_WIDTH_MM = 210;
export const PAGE_HEIGHT_MM = 297;

/** 天头: paper top to 版心 top (§5.2.1). */
export const TOP_MARGIN_MM = 37;
/** 订口: paper left to 版心 left (§5.2.1). Not mirrored on even pages (the literal reading, spec §2). */
export const INNER_MARGIN_MM = 28;
/** 版心 (§5.2.1). */
export const TEXT_WIDTH_MM = 156;
export const TEXT_HEIGHT_MM = 225;
/** Derived: 297 − 37 − 225. */
export const BOTTOM_MARGIN_MM = PAGE_HEIGHT_MM - TOP_MARGIN_MM - TEXT_HEIGHT_MM;
/** Derived: 210 − 28 − 156 (切口). */
export const OUTER_MARGIN_MM = PAGE_WIDTH_MM - INNER_MARGIN_MM - TEXT_WIDTH_MM;

/** 22 lines of 28 characters fill the 版心 (§5.2.3). */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** One grid cell ("一字"): 156 mm / 28 = 5.571 mm. */
export const CELL_MM = TEXT_WIDTH_MM / CHARS_PER_LINE;
/** Line pitch (strategy A, Word's document grid): 225 mm / 22 = 10.227 mm. */
export const LINE_PITCH_MM = TEXT_HEIGHT_MM / LINES_PER_PAGE;

/** Chinese point sizes (字号). */
export const SIZE_PT = {
  /** 2号: title. */
  er: 22,
  /** 3号: almost everything. */
  san: 16,
  /** 4号: 版记 and page numbers. */
  si: 14,
} as const;

/** Body text: 3号. */
export const BODY_SIZE_PT = SIZE_PT.san;
/**
 * Tracking that makes 28 characters of 16 pt fill 156 mm: 156 mm / 28 − 16 pt ≈ −0.207 pt.
 * Rounded down by a hair so float error never pushes the 28th character to the next line.
 */
export const BODY_TRACKING_PT = Math.floor((mmToPt(CELL_MM) - BODY_SIZE_PT) * 1000) / 1000 - 0.003;
/** Paragraph indent: two grid cells (§7.3.3), not 2em (the tracking makes them differ). */
export const PARAGRAPH_INDENT_MM = 2 * CELL_MM;

/** 发文机关标志: glyph top 35 mm below the 版心 top (§7.2.4). */
export const ISSUER_MARK_OFFSET_MM = 35;
/** 发文机关标志 size: not fixed by the standard; a prominent 小标宋, shrunk to fit one line of the 版心. */
export const ISSUER_MARK_MAX_PT = 42;
/**
 * A joint mark stacks every organ's name (§7.2.4) and the standard fixes no size: its block is kept
 * within 90 mm (project default), so that with eight organs page 1 still holds the 发文字号, a
 * two-line title and 正文 — the 主送 moving to the 版记 when it is long (§7.3.2).
 */
export const ISSUER_MARK_JOINT_MAX_HEIGHT_MM = 90;
/** Several issuers stacked in a joint mark: the gap between name lines, in ems of the mark size. */
export const ISSUER_MARK_JOINT_GAP_EM = 0.2;
/** Joint mark: the gap between the stacked names and 文件 to their right, in ems of the mark size. */
export const ISSUER_MARK_SUFFIX_GAP_EM = 0.5;
/** 空二行: two grid lines between the 标志's glyph bottom and the 发文字号 line (§7.2.5). */
export const MARK_TO_DOC_NUMBER_LINES = 2;
/** The title starts two grid lines below the red separator (§7.3.1). */
export const SEPARATOR_TO_TITLE_LINES = 2;

/** Red separator under the 发文字号: 4 mm below it (§7.2.7), 156 mm wide; thickness not fixed (project default). */
export const SEPARATOR_GAP_MM = 4;
export const SEPARATOR_THICKNESS_MM = 0.75;
/** 版记 rules (§7.4.1): first and last thick, middle thin. */
export const COLOPHON_THICK_RULE_MM = 0.35;
export const COLOPHON_THIN_RULE_MM = 0.25;
/** 版记 line pitch: 4号 + 7/8 × 3号 = 28 pt (spec §6.3, derived). */
export const COLOPHON_LINE_PT = SIZE_PT.si + (7 / 8) * SIZE_PT.san;
/** Title line pitch: 2号 + 7/8 × 3号 = 36 pt (spec §6.2, derived). */
export const TITLE_LINE_PT = SIZE_PT.er + (7 / 8) * SIZE_PT.san;
/** Characters per 2号 title line: as many as the 156 mm 版心 (§5.2.1) holds at 2号 (§7.3.1), 442.2 pt / 22 pt → 20 (spec §6.2). */
export const TITLE_MAX_CHARS_PER_LINE = Math.floor(mmToPt(TEXT_WIDTH_MM) / SIZE_PT.er);

/** Page numbers: 4号 宋体, 一字线 stroke 7 mm below the 版心 (§7.5). */
export const PAGE_NUMBER_GAP_MM = 7;
/** Page numbers sit one 4号 character in from the 版心 edge (odd: right, even: left). */
export const PAGE_NUMBER_INSET_MM = ptToMm(SIZE_PT.si);

/** The 版记 and page numbers are 4号; "one character" there is one 4号 character (spec §1, §6.3). */
export const SMALL_CHAR_MM = ptToMm(SIZE_PT.si);

/** Red: Y80 M80 (§6.2); sRGB stand-in used by Word templates. */
export const OFFICIAL_RED = '#ff0000';

/** 信函格式 (§10.1): the mark's glyph top 30 mm from the paper top, above the 版心. */
export const LETTER_MARK_TOP_MM = 30;
/** 信函: the first red double rule (thick over thin) 4 mm below the mark. */
export const LETTER_RULE_GAP_MM = 4;
/** 信函: the second red double rule (thin over thick) 20 mm above the paper bottom. */
export const LETTER_FOOT_RULE_BOTTOM_MM = 20;
/** 信函: both double rules are 170 mm long, centred on the page. */
export const LETTER_RULE_LENGTH_MM = 170;
/** 信函 double rule: thickness not fixed by the standard; 1.5 pt over 0.75 pt as Word templates draw it (spec §5), 0.5 mm apart (project default). */
export const LETTER_THICK_RULE_MM = ptToMm(1.5);
export const LETTER_THIN_RULE_MM = ptToMm(0.75);
export const LETTER_RULE_SPACE_MM = 0.5;
/** 信函: 份号 … and the 发文字号 stand 7/8 of a 3号 character's height below the first double rule (§10.1). */
export const LETTER_RULE_TO_TEXT_MM = ptToMm((7 / 8) * SIZE_PT.san);

/** 命令（令）格式 (§10.2): the mark's glyph top 20 mm below the 版心 top. */
export const ORDER_MARK_OFFSET_MM = 20;
/** 签名章 layout (§7.3.5.3): two blank lines above, 4 characters of right space, 职务 two characters left of the stamp. */
export const STAMP_LINES_ABOVE = 2;
export const STAMP_RIGHT_CELLS = 4;
export const STAMP_TITLE_GAP_CELLS = 2;

/**
 * 加盖印章的公文 (§7.3.5.1): "成文日期一般右空四字编排 … 以成文日期为准居中编排发文机关署名，印章端正、居中下压
 * 发文机关署名和成文日期，使发文机关署名和成文日期居印章中心偏下位置，印章顶端应当上距正文（或附件说明）一行之内。"
 */
export const SEALED_DATE_RIGHT_CELLS = 4;
/**
 * The seal's diameter when the project names none. 国发〔1999〕25号《国务院关于国家行政机关和企业事业单位社会团体
 * 印章管理的规定》 gives 6 cm (国务院), 5 cm (省级人民政府, 部委), 4.5 cm (县级 and 市辖区人民政府, 第九条) and
 * 4.2 cm (部门内设机构, 第八条); the 1979 rule it replaced gave 乡、镇人民政府 4.2 cm, which the seed's 镇 still
 * uses. 42 mm is the smallest common seal of an organ that issues 公文; 42–50 mm seals get the same layout
 * (sealLayout puts two blank lines above the 署名 for all of them), so the size matters only for drawn seal images
 * and for how many seals a joint row holds.
 */
export const DEFAULT_SEAL_DIAMETER_MM = 42;
/** Joint seals "互不相交或相切" (§7.3.5.1): at least this much white between two seals (project default). */
export const SEAL_MIN_GAP_MM = 4;
/** A 令's 签名章 image (§7.3.5.3) is drawn two lines tall on its line, centred on it, 职务 beside it (project default). */
export const SIGNATURE_STAMP_IMAGE_LINES = 2;

/**
 * Tables (spec §13): the standard fixes only landscape pages (§8); the rest is office practice —
 * full grid rules of 0.5 pt, cell text one size below the body (4号), a line height of its own.
 */
export const TABLE_RULE_MM = ptToMm(0.5);
/** The 字号 a table's cells may use (`data-size`), in points; 4号 unless the author names another. */
export const TABLE_SIZE_PT = { 三号: SIZE_PT.san, 四号: SIZE_PT.si, 小四: 12, 五号: 10.5 } as const;
export type TableSize = keyof typeof TABLE_SIZE_PT;
export const TABLE_DEFAULT_SIZE: TableSize = '四号';
/** Cell line height, in ems of the cell size: the body's 10.2 mm grid pitch would make every row two lines tall (spec §13). */
export const TABLE_LINE_EM = 1.4;
/** Cell padding: 0.15 em above and below, half an em either side (project default). */
export const TABLE_CELL_PADDING_EM = { block: 0.15, inline: 0.5 } as const;

/**
 * A landscape table (横排表格, GB/T 9704-2012 §8): "A4纸型的表格横排时，页码位置与公文其他页码保持一致，
 * 单页码表头在订口一边，双页码表头在切口一边。" The sheet stays portrait with the same 版心 and page
 * number (spec §7.1 — whose bullets say nothing of tables; spec §13 points to §8 for this), and the table
 * is turned 90° counterclockwise on every page: its head lies on the left, which is the 订口 (binding)
 * side of an odd page and, the sheet turned over, the 切口 (cut) side of an even page. So the table
 * runs 225 mm wide (the 版心 height) and each turned page holds 156 mm of it (the 版心 width).
 */
export const LANDSCAPE_TABLE_WIDTH_MM = TEXT_HEIGHT_MM;
export const LANDSCAPE_TABLE_HEIGHT_MM = TEXT_WIDTH_MM;
/** The values `data-orientation` accepts on a table (plugins/rehype/tables.ts). */
export const TABLE_ORIENTATIONS = ['portrait', 'landscape'] as const;

/** How the 版头 separates itself from the 主体: the red rule, the 信函's double rules, or nothing (命令). */
export type SeparatorKind = 'rule' | 'double' | 'none';

/**
 * The geometry of one 公文格式 (§7, §10). A document chooses its format (frontmatter `format`);
 * the head layout, the page CSS, the closing and the 版记 read these values, never the format's name.
 */
export interface FormatGeometry {
  /** The mark's glyph top, mm below the 版心 top (negative: above it). */
  markTopMm: number;
  separator: SeparatorKind;
  /** 发文字号 centred two lines below the mark, or flush right below the double rule (信函). */
  docNumberPlacement: 'centred' | 'below-rule';
  /** A 纪要 prints its organ and 成文日期 on one line of the 版头 (left and right), not under the body. */
  dateInHead: boolean;
  /** First page shows its page number (the 信函 does not, §10.1). */
  firstPageNumbered: boolean;
  /**
   * What closes the body: the organ's 署名 and 成文日期 (`organ`: sealed §7.3.5.1 or unsealed §7.3.5.2, as the
   * document's `seal` says), the 令's 签名章 (`stamp`, §7.3.5.3), or nothing — a 纪要 takes no seal (§10.3).
   */
  signature: 'organ' | 'stamp' | 'none';
  /** 版记 rules and its 印发 line (a 信函 has neither, §10.1). */
  colophonRules: boolean;
  /** The 版记 goes on an even last page (§7.4.1 with spec §7.2 rule 4); a 信函's on its last page. */
  colophonOnEvenPage: boolean;
}

export const FORMAT_GEOMETRY: Record<DocumentFormat, FormatGeometry> = {
  document: {
    markTopMm: ISSUER_MARK_OFFSET_MM,
    separator: 'rule',
    docNumberPlacement: 'centred',
    dateInHead: false,
    firstPageNumbered: true,
    signature: 'organ',
    colophonRules: true,
    colophonOnEvenPage: true,
  },
  letter: {
    markTopMm: LETTER_MARK_TOP_MM - TOP_MARGIN_MM,
    separator: 'double',
    docNumberPlacement: 'below-rule',
    dateInHead: false,
    firstPageNumbered: false,
    signature: 'organ',
    colophonRules: false,
    colophonOnEvenPage: false,
  },
  order: {
    markTopMm: ORDER_MARK_OFFSET_MM,
    separator: 'none',
    docNumberPlacement: 'centred',
    dateInHead: false,
    firstPageNumbered: true,
    signature: 'stamp',
    colophonRules: true,
    colophonOnEvenPage: true,
  },
  minutes: {
    markTopMm: ISSUER_MARK_OFFSET_MM,
    separator: 'rule',
    docNumberPlacement: 'centred',
    dateInHead: true,
    firstPageNumbered: true,
    signature: 'none',
    colophonRules: true,
    colophonOnEvenPage: true,
  },
};

/** CSS pixels per millimetre (96 px per inch). */
export const PX_PER_MM = 96 / 25.4;
/**
 * The line pitch as Chromium lays it out: its layout unit is 1/64 px, and a pitch rounded up
 * would make 22 lines overflow the 225 mm page area by a fraction of a pixel, so the 22nd line
 * would move to the next page. Rounded down instead: 0.004 mm short per line.
 */
export const LAYOUT_PITCH_PX = Math.floor(LINE_PITCH_MM * PX_PER_MM * 64) / 64;

/**
 * A rule's thickness as the scale of a 1 px line: Chromium rounds border widths to whole CSS
 * pixels (0.26 mm steps), which would print 0.35 mm and 0.25 mm rules alike; a scaled 1 px box
 * prints at its exact thickness.
 */
export const ruleScale = (thicknessMm: number): string => (thicknessMm * PX_PER_MM).toFixed(4);

/** The numbers above as CSS custom properties, for the print stylesheet. */
export function layoutCssVariables(): string {
  const mm = (n: number) => `${n.toFixed(4)}mm`;
  const pt = (n: number) => `${n.toFixed(3)}pt`;
  const vars: Record<string, string> = {
    'page-width': mm(PAGE_WIDTH_MM),
    'page-height': mm(PAGE_HEIGHT_MM),
    'margin-top': mm(TOP_MARGIN_MM),
    'margin-inner': mm(INNER_MARGIN_MM),
    'margin-bottom': mm(BOTTOM_MARGIN_MM),
    'margin-outer': mm(OUTER_MARGIN_MM),
    'text-width': mm(TEXT_WIDTH_MM),
    'text-height': mm(TEXT_HEIGHT_MM),
    cell: mm(CELL_MM),
    pitch: `${LAYOUT_PITCH_PX}px`,
    'body-size': pt(BODY_SIZE_PT),
    'body-tracking': pt(BODY_TRACKING_PT),
    indent: mm(PARAGRAPH_INDENT_MM),
    'size-er': pt(SIZE_PT.er),
    'size-san': pt(SIZE_PT.san),
    'size-si': pt(SIZE_PT.si),
    'title-line': pt(TITLE_LINE_PT),
    'colophon-line': pt(COLOPHON_LINE_PT),
    'mark-joint-gap': `${ISSUER_MARK_JOINT_GAP_EM}em`,
    'mark-suffix-gap': `${ISSUER_MARK_SUFFIX_GAP_EM}em`,
    'small-char': mm(SMALL_CHAR_MM),
    'mark-max-size': pt(ISSUER_MARK_MAX_PT),
    'separator-gap': mm(SEPARATOR_GAP_MM),
    'separator-scale': ruleScale(SEPARATOR_THICKNESS_MM),
    'colophon-thick-scale': ruleScale(COLOPHON_THICK_RULE_MM),
    'colophon-thin-scale': ruleScale(COLOPHON_THIN_RULE_MM),
    'page-number-gap': mm(PAGE_NUMBER_GAP_MM),
    'page-number-inset': mm(PAGE_NUMBER_INSET_MM),
    'letter-rule-length': mm(LETTER_RULE_LENGTH_MM),
    // Centred on the 版心, as the mark is: 7 mm beyond it on each side.
    'letter-rule-overhang': mm((LETTER_RULE_LENGTH_MM - TEXT_WIDTH_MM) / 2),
    'letter-rule-pair': mm(LETTER_THICK_RULE_MM + LETTER_RULE_SPACE_MM + LETTER_THIN_RULE_MM),
    'letter-rule-thick-scale': ruleScale(LETTER_THICK_RULE_MM),
    'letter-rule-thin-scale': ruleScale(LETTER_THIN_RULE_MM),
    'letter-rule-space': mm(LETTER_RULE_SPACE_MM),
    'letter-foot-rule-bottom': mm(LETTER_FOOT_RULE_BOTTOM_MM),
    'stamp-lines-above': String(STAMP_LINES_ABOVE),
    'stamp-right-cells': String(STAMP_RIGHT_CELLS),
    'stamp-title-gap-cells': String(STAMP_TITLE_GAP_CELLS),
    'stamp-image-lines': String(SIGNATURE_STAMP_IMAGE_LINES),
    'sealed-date-right-cells': String(SEALED_DATE_RIGHT_CELLS),
    'table-rule': mm(TABLE_RULE_MM),
    'table-size': pt(TABLE_SIZE_PT[TABLE_DEFAULT_SIZE]),
    'table-line': String(TABLE_LINE_EM),
    'table-pad-block': `${TABLE_CELL_PADDING_EM.block}em`,
    'table-pad-inline': `${TABLE_CELL_PADDING_EM.inline}em`,
    'landscape-width': mm(LANDSCAPE_TABLE_WIDTH_MM),
    'landscape-height': mm(LANDSCAPE_TABLE_HEIGHT_MM),
    red: OFFICIAL_RED,
  };
  // A table's own 字号 (data-size, checked by plugins/rehype/tables.ts) overrides the default for its cells.
  const tableSizes = Object.entries(TABLE_SIZE_PT)
    .map(([name, size]) => `.gw-table__table[data-size="${name}"]{--gw-table-size:${pt(size)}}`)
    .join('');
  return `:root{${Object.entries(vars)
    .map(([name, value]) => `--gw-${name}:${value}`)
    .join(';')}}${tableSizes}`;
}
