/**
 * What the font modules hand each other and the print pipeline.
 */
import type { FontRole } from '../options.ts';

export type { FontRole } from '../options.ts';

/** Where a role's font came from: the user's file, a family found by fontconfig, the open default, or the default's fallback. */
export type FontSource = 'option-file' | 'option-family' | 'default' | 'fallback';

/** How the glyphs are drawn: TrueType quadratic outlines, or CFF cubic ones (which Chromium prints as Type 3). */
export type Outlines = 'glyf' | 'cff';

export interface ResolvedFont {
  role: FontRole;
  /** The CSS family our @font-face declares for this role, e.g. "gongwen-fang". */
  family: string;
  /**
   * Absolute path of the source font file. It may be CFF (FandolFang's .otf), a WOFF2 or a TTC face:
   * hand Chromium the output of `subsetFont`, which is always static TrueType (glyf).
   */
  file: string;
  /** Face index inside a TTC; 0 for single-font files. */
  faceIndex: number;
  /** Outlines of `file`; 'cff' is converted to glyf by `subsetFont`. */
  outlines: Outlines;
  /** The font's own full name, e.g. "FandolFang R". */
  fullName: string;
  /** The PostScript name, which a PDF writer uses as BaseFont, e.g. "FandolFang-Regular". */
  postScriptName: string;
  source: FontSource;
  /** Where `subsetFont` caches its outputs (node_modules/.cache/gongwen/fonts under the project root). */
  cacheDir: string;
  /** Things a person should know about this choice: licence notes, fallbacks, embedding restrictions. */
  warnings: string[];
  /**
   * The role's fallback chain after this font (the open default of the role, then other open fonts):
   * a character this font lacks is drawn by the first of them that has it. Empty on a fallback itself.
   */
  fallbacks: ResolvedFont[];
}

/** One font dictionary found in a PDF. */
export interface FontReportEntry {
  /** Roles whose own font this is, by PostScript name. */
  roles: FontRole[];
  /** Roles whose fallback chain holds this font; with `roles`, empty when it is none of ours (a system font). */
  fallbackFor: FontRole[];
  /** BaseFont without the six-letter subset tag, e.g. "FandolFang-Regular". */
  baseFont: string;
  /** PDF font type: "CIDFontType2" (CID TrueType), "CIDFontType0", "Type3", "TrueType", "Type1"… */
  subtype: string;
  embedded: boolean;
  /** BaseFont carries a subset tag (ABCDEF+Name). */
  subset: boolean;
  /** Has a ToUnicode map, so text can be searched and copied. */
  toUnicode: boolean;
  /** One human-readable line, e.g. "仿宋 fang: FandolFang-Regular — CID TrueType, embedded subset". */
  summary: string;
}

/** A character no font of its role's chain can draw, and where the print view uses it. */
export interface MissingGlyph {
  /** The role whose chain lacks the glyph; null when the text names none of our role families (it would print in a system font). */
  role: FontRole | null;
  char: string;
  codePoint: number;
  /** The surrounding text. */
  context: string;
  /** The printed page it is on (Paged.js page number), when known. */
  page?: number;
}

/** A character the role's first font lacks, drawn by a later font of its chain (the build log lists it). */
export interface SubstitutedGlyph {
  role: FontRole;
  char: string;
  codePoint: number;
  /** The chain font that draws it. */
  drawnBy: ResolvedFont;
  /** The first printed page it is on, when known. */
  page?: number;
}
