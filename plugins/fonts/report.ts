/**
 * Which font each role really used in a PDF, read from the PDF's own font dictionaries — the build
 * report's answer to "is the 仿宋 in this PDF really the 仿宋 we chose, embedded as a subset?".
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString, type PDFObject } from 'pdf-lib';
import { FONT_ROLES } from '../options.ts';
import { ROLE_NAMES } from './defaults.ts';
import type { FontReportEntry, FontRole, ResolvedFont, SubstitutedGlyph } from './types.ts';

const SUBSET_TAG = /^[A-Z]{6}\+/u;

const TYPE_LABELS: Record<string, string> = {
  CIDFontType2: 'CID TrueType',
  CIDFontType0: 'CID Type 0 (CFF)',
  Type3: 'Type 3 (glyphs drawn as graphics)',
  TrueType: 'TrueType',
  Type1: 'Type 1',
};

/** One entry per font the PDF's pages use (Type0 fonts are described by their descendant CIDFont). */
export async function embeddedFontReport(pdf: Uint8Array, fonts: Record<FontRole, ResolvedFont>): Promise<FontReportEntry[]> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false, throwOnInvalidObject: false });
  const { context } = document;
  const deref = (object: PDFObject | undefined) => (object instanceof PDFRef ? context.lookup(object) : object);
  const dict = (object: PDFObject | undefined) => {
    const value = deref(object);
    return value instanceof PDFDict ? value : undefined;
  };
  const name = (object: PDFObject | undefined) => {
    const value = deref(object);
    if (value instanceof PDFName) return value.decodeText();
    if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
    return undefined;
  };

  const entries: FontReportEntry[] = [];
  for (const [, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || name(object.get(PDFName.of('Type'))) !== 'Font') continue;
    const subtype = name(object.get(PDFName.of('Subtype'))) ?? '?';
    if (subtype.startsWith('CIDFontType')) continue; // described through its Type0 parent
    const descendants = deref(object.get(PDFName.of('DescendantFonts')));
    const descendant = descendants instanceof PDFArray ? dict(descendants.get(0)) : undefined;
    const described = descendant ?? object;
    const descriptor = dict(described.get(PDFName.of('FontDescriptor')));
    const rawName =
      name(object.get(PDFName.of('BaseFont'))) ?? name(descriptor?.get(PDFName.of('FontName'))) ?? name(object.get(PDFName.of('Name'))) ?? '';
    const baseFont = rawName.replace(SUBSET_TAG, '');
    const embedded =
      subtype === 'Type3'
        ? object.has(PDFName.of('CharProcs'))
        : ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key)) === true);
    const entry = {
      roles: FONT_ROLES.filter((role) => samePostScriptName(baseFont, fonts[role].postScriptName)),
      // A fallback belongs to its role too: it draws that role's characters its own font lacks.
      fallbackFor: FONT_ROLES.filter((role) => fonts[role].fallbacks.some((font) => samePostScriptName(baseFont, font.postScriptName))),
      baseFont: baseFont || '[unnamed]',
      subtype: descendant ? (name(descendant.get(PDFName.of('Subtype'))) ?? subtype) : subtype,
      embedded,
      // A Type 3 font holds drawings, not a font program, so there is nothing to subset (pdffonts says "no" too).
      subset: subtype !== 'Type3' && SUBSET_TAG.test(rawName),
      toUnicode: object.has(PDFName.of('ToUnicode')),
    };
    entries.push({ ...entry, summary: describe(entry) });
  }
  return entries;
}

/** PDF writers may drop spaces or add a style suffix after a comma ("Name,Bold"). */
function samePostScriptName(pdfName: string, postScriptName: string): boolean {
  const plain = (value: string) => value.split(',')[0]!.replace(/\s+/gu, '').toLowerCase();
  return postScriptName !== '' && plain(pdfName) === plain(postScriptName);
}

function describe(entry: Omit<FontReportEntry, 'summary'>): string {
  const fallback = entry.fallbackFor.length ? `fallback of ${entry.fallbackFor.map((role) => `${ROLE_NAMES[role]} ${role}`).join(', ')}` : '';
  const own = entry.roles.map((role) => `${ROLE_NAMES[role]} ${role}`).join(', ');
  const who = own && fallback ? `${own} (${fallback})` : own || fallback || 'not a gongwen font (a system font)';
  const how = [
    TYPE_LABELS[entry.subtype] ?? entry.subtype,
    entry.embedded ? 'embedded' : 'NOT embedded',
    entry.subtype === 'Type3' ? undefined : entry.subset ? 'subset' : 'whole font',
  ]
    .filter(Boolean)
    .join(', ');
  return `${who}: ${entry.baseFont} — ${how}`;
}

/**
 * One line per role: the font it was given and what the PDF really holds for it; then one line per
 * fallback font that draws some of the role's characters (`substituted`, from the print view's glyph
 * check), with those characters — the PDF alone cannot tell, as a fallback that is also another role's
 * own font (LXGW WenKai is the 楷体) carries the same name there.
 */
export function summarizeFontReport(
  entries: FontReportEntry[],
  fonts: Record<FontRole, ResolvedFont>,
  substituted: readonly SubstitutedGlyph[] = [],
): string[] {
  const inPdf = (font: ResolvedFont) => {
    const forms = new Set(entries.filter((entry) => samePostScriptName(entry.baseFont, font.postScriptName)).map((entry) => entry.summary.split(': ').slice(1).join(': ')));
    return forms.size ? `in the PDF as ${[...forms].join('; ')}` : null;
  };
  const roleLines = FONT_ROLES.flatMap((role) => {
    const font = fonts[role];
    const chosen = `${ROLE_NAMES[role]} ${role}: ${font.fullName} (${font.source}, ${font.file})`;
    const fallbacks = font.fallbacks.flatMap((fallback, i) => {
      const drawn = substituted.filter((glyph) => glyph.role === role && glyph.drawnBy.family === fallback.family).map((glyph) => glyph.char);
      if (!drawn.length) return [];
      const where = inPdf(fallback) ?? 'NOT in the PDF';
      return [`${ROLE_NAMES[role]} ${role} fallback ${i + 2}: ${fallback.fullName} (${fallback.source}, ${fallback.file}) draws ${drawn.join('')} — ${where}`];
    });
    return [`${chosen} — ${inPdf(font) ?? 'not used in this PDF'}`, ...fallbacks];
  });
  const strays = new Set(entries.filter((entry) => entry.roles.length === 0 && entry.fallbackFor.length === 0).map((entry) => `system font in the PDF: ${entry.summary}`));
  return [...roleLines, ...strays];
}
