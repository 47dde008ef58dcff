/**
 * Fonts for the print PDF and the web: which file each role (仿宋, 小标宋, 黑体, 楷体, 宋体) uses,
 * per-document TrueType subsets, the @font-face CSS, missing-glyph checks and the PDF font report.
 */
export type { FontReportEntry, FontRole, FontSource, MissingGlyph, Outlines, ResolvedFont, SubstitutedGlyph } from './types.ts';
export { resolveFonts } from './resolve.ts';
export { subsetFont, subsetCharacters } from './subset.ts';
export { missingCharacters, findMissingGlyphs, checkGlyphs, type ServedCharacters } from './missing.ts';
export { fontChain, servedChains, chainFaces } from './chain.ts';
export { servedCharacters } from './served.ts';
export { fontFaceCss, fontVariable } from './css.ts';
export { embeddedFontReport, summarizeFontReport } from './report.ts';
export { LAYOUT_CHARACTERS, documentText } from './document-text.ts';
export { ROLE_NAMES, roleFamily } from './defaults.ts';
export { fontUrl, fontFolder, faceName, FONT_ROUTE_PATTERN } from './route.ts';
export { fontsVitePlugin } from './vite.ts';
