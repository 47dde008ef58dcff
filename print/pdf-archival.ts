/**
 * The file-level conditions of PDF/A-2u (ISO 19005-2) that a program can check, on a PDF's bytes:
 * the header and trailer, the XMP packet and its agreement with the Info dictionary, the output intent
 * and its ICC profile, device colour only where the output intent covers it, and none of the features
 * PDF/A forbids (actions that run code or media, embedded files, LZW, transfer functions, image
 * interpolation, PostScript, non-standard blend modes, hidden or unprintable annotations).
 * Fonts are checked in pdf-font-check.ts. What this does not check is listed in the README.
 */
import { PDFArray, PDFBool, PDFDict, PDFName, PDFRawStream, decodePDFRawStream, type PDFDocument, type PDFObject } from 'pdf-lib';
import { readIccHeader } from './colour-profile.ts';
import { entry, finding, listOf, nameOf, numberOf, textOf, type Finding } from './pdf-findings.ts';
import { pageContent } from './pdf-artifacts.ts';
import { tokenize } from './pdf-content.ts';

const A = (clause: string, detail: string) => finding('PDF/A-2u', clause, detail);

/** Actions PDF/A-2 forbids (6.5.1): they run code, play media or change the document. */
const FORBIDDEN_ACTIONS = new Set(['Launch', 'Sound', 'Movie', 'ResetForm', 'ImportData', 'Hide', 'SetOCGState', 'Rendition', 'Trans', 'GoTo3DView', 'JavaScript']);
const STANDARD_BLEND_MODES = new Set(['Normal', 'Compatible', 'Multiply', 'Screen', 'Overlay', 'Darken', 'Lighten', 'ColorDodge', 'ColorBurn', 'HardLight', 'SoftLight', 'Difference', 'Exclusion', 'Hue', 'Saturation', 'Color', 'Luminosity']);
const ANNOTATION_FLAGS = { invisible: 1, hidden: 2, print: 4, noView: 32 };

/** The value of an XMP simple property or the first rdf:li of an array property, unescaped. */
export function xmpValue(packet: string, property: string): string | undefined {
  const element = new RegExp(`<${property}(?:\\s[^>]*)?>([\\s\\S]*?)</${property}>`, 'u').exec(packet)?.[1];
  const attribute = new RegExp(`\\s${property}="([^"]*)"`, 'u').exec(packet)?.[1];
  const raw = element === undefined ? attribute : (/<rdf:li(?:\s[^>]*)?>([\s\S]*?)<\/rdf:li>/u.exec(element)?.[1] ?? element);
  return raw?.trim().replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
}

/** A PDF date (D:YYYYMMDDHHmmSSOHH'mm') or an XMP date as an instant, to compare the two (6.6.3). */
export function instantOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const pdf = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/u.exec(date);
  if (pdf) {
    const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zone = 'Z'] = pdf;
    const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/gu, '').slice(3, 5)}`;
    return Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  }
  const parsed = Date.parse(date);
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** The XMP packet of the catalog's /Metadata stream, or undefined. */
export function xmpOf(pdf: PDFDocument): string | undefined {
  const stream = entry(pdf.context, pdf.catalog, 'Metadata');
  return stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8') : undefined;
}

export function archivalFindings(pdf: PDFDocument, bytes: Uint8Array, options: { claimed: boolean }): Finding[] {
  const { context, catalog } = pdf;
  const findings: Finding[] = [];
  const header = Buffer.from(bytes.subarray(0, 16)).toString('latin1');
  const secondLine = bytes.subarray(header.indexOf('\n') + 1, header.indexOf('\n') + 6);
  if (!/^%PDF-1\.[0-7]\r?\n/u.test(header)) findings.push(A('6.1.2', `the file starts with ${JSON.stringify(header.slice(0, 9))}, not %PDF-1.n`));
  if (secondLine[0] !== 0x25 || [...secondLine.subarray(1, 5)].some((byte) => byte < 128)) findings.push(A('6.1.2', 'the header is not followed by a comment of four bytes above 127'));
  const id = context.trailerInfo.ID;
  if (!(id instanceof PDFArray) || id.size() !== 2) findings.push(A('6.1.3', 'the trailer has no /ID of two strings'));
  if (context.trailerInfo.Encrypt) findings.push(A('6.1.3', 'the file is encrypted'));

  const packet = xmpOf(pdf);
  if (!packet) findings.push(A('6.6.2.1', 'the catalog has no XMP /Metadata stream'));
  else {
    if (!/^<\?xpacket begin=/u.test(packet) || !/<\?xpacket end="[rw]"\?>\s*$/u.test(packet)) findings.push(A('6.6.2.1', 'the XMP packet lacks its xpacket header or trailer'));
    if (options.claimed) {
      if (xmpValue(packet, 'pdfaid:part') !== '2' || xmpValue(packet, 'pdfaid:conformance') !== 'U') findings.push(A('6.6.4', 'the XMP does not identify the file as PDF/A-2u (pdfaid:part 2, conformance U)'));
      if (xmpValue(packet, 'pdfuaid:part') !== undefined && !packet.includes('<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>')) {
        findings.push(A('6.6.2.3.1', 'pdfuaid is used without a PDF/A extension schema describing it'));
      }
    }
    const info = context.lookup(context.trailerInfo.Info);
    if (info instanceof PDFDict) {
      const pairs: [string, string][] = [['Title', 'dc:title'], ['Author', 'dc:creator'], ['Subject', 'dc:description'], ['Keywords', 'pdf:Keywords'], ['Creator', 'xmp:CreatorTool'], ['Producer', 'pdf:Producer']];
      for (const [key, property] of pairs) {
        const value = textOf(entry(context, info, key));
        if (value !== undefined && value !== xmpValue(packet, property)) findings.push(A('6.6.3', `Info /${key} ${JSON.stringify(value)} differs from XMP ${property} ${JSON.stringify(xmpValue(packet, property))}`));
      }
      for (const [key, property] of [['CreationDate', 'xmp:CreateDate'], ['ModDate', 'xmp:ModifyDate']] as const) {
        const value = textOf(entry(context, info, key));
        if (value !== undefined && instantOf(value) !== instantOf(xmpValue(packet, property))) findings.push(A('6.6.3', `Info /${key} ${value} differs from XMP ${property} ${xmpValue(packet, property)}`));
      }
    }
  }

  const intents = listOf(context, catalog.get(PDFName.of('OutputIntents'))).filter((intent): intent is PDFDict => intent instanceof PDFDict);
  const pdfaIntent = intents.find((intent) => nameOf(intent.get(PDFName.of('S'))) === 'GTS_PDFA1');
  let outputComponents: number | undefined;
  if (!pdfaIntent) findings.push(A('6.2.3', 'no GTS_PDFA1 output intent'));
  else {
    const profile = entry(context, pdfaIntent, 'DestOutputProfile');
    const iccHeader = profile instanceof PDFRawStream ? readIccHeader(decodePDFRawStream(profile).decode()) : 'missing';
    if (typeof iccHeader === 'string') findings.push(A('6.2.3', `the output intent's ICC profile: ${iccHeader}`));
    else {
      outputComponents = iccHeader.components;
      if (numberOf(entry(context, (profile as PDFRawStream).dict, 'N')) !== iccHeader.components) findings.push(A('6.2.3', 'the output profile stream /N does not match its colour space'));
      if (iccHeader.majorVersion > 4) findings.push(A('6.2.3', `the output profile is ICC version ${iccHeader.majorVersion}`));
    }
  }
  if (catalog.get(PDFName.of('AA'))) findings.push(A('6.5.2', 'the catalog has additional actions (/AA)'));
  const names = entry(context, catalog, 'Names');
  if (names instanceof PDFDict && names.get(PDFName.of('JavaScript'))) findings.push(A('6.5.1', 'the document has JavaScript'));
  if (names instanceof PDFDict && names.get(PDFName.of('EmbeddedFiles'))) findings.push(A('6.8', 'the document embeds files'));
  const acroForm = entry(context, catalog, 'AcroForm');
  if (acroForm instanceof PDFDict && acroForm.get(PDFName.of('XFA'))) findings.push(A('6.4.2', 'the form has XFA'));

  let deviceCmyk = false;
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : undefined;
    if (!dict) continue;
    const where = `object ${ref.toString()}`;
    const type = nameOf(dict.get(PDFName.of('Type')));
    const subtype = nameOf(dict.get(PDFName.of('Subtype')));
    if (listOf(context, dict.get(PDFName.of('Filter'))).some((filter) => nameOf(filter) === 'LZWDecode')) findings.push(A('6.1.7.2', `${where} is LZW-compressed`));
    const action = nameOf(dict.get(PDFName.of('S')));
    // Structure elements have /S too, but never one of these names.
    if (action && FORBIDDEN_ACTIONS.has(action)) findings.push(A('6.5.1', `${where} is a ${action} action`));
    if (type === 'EmbeddedFile') findings.push(A('6.8', `${where} is an embedded file`));
    if (dict.get(PDFName.of('Interpolate')) === PDFBool.True) findings.push(A('6.2.8', `${where}: an image with /Interpolate true`));
    if (dict.get(PDFName.of('Alternates'))) findings.push(A('6.2.8', `${where}: an image with /Alternates`));
    if (dict.get(PDFName.of('OPI'))) findings.push(A('6.2.9', `${where} has OPI`));
    if (subtype === 'PS') findings.push(A('6.2.9', `${where} is a PostScript XObject`));
    if (type === 'ExtGState' || dict.get(PDFName.of('BM')) || dict.get(PDFName.of('TR'))) {
      if (dict.get(PDFName.of('TR'))) findings.push(A('6.2.5', `${where}: a transfer function (/TR)`));
      const tr2 = dict.get(PDFName.of('TR2'));
      if (tr2 && nameOf(tr2) !== 'Default') findings.push(A('6.2.5', `${where}: /TR2 other than /Default`));
      for (const mode of listOf(context, dict.get(PDFName.of('BM')))) if (!STANDARD_BLEND_MODES.has(nameOf(mode) ?? '')) findings.push(A('6.2.10', `${where}: blend mode ${String(mode)}`));
    }
    if (usesDeviceCmyk(dict.get(PDFName.of('ColorSpace'))) || usesDeviceCmyk(dict.get(PDFName.of('CS')))) deviceCmyk = true;
  }
  pdf.getPages().forEach((page, index) => {
    for (const annotation of listOf(context, page.node.get(PDFName.of('Annots')))) {
      if (!(annotation instanceof PDFDict)) continue;
      const subtype = nameOf(annotation.get(PDFName.of('Subtype')));
      const flags = numberOf(annotation.get(PDFName.of('F'))) ?? 0;
      const where = `page ${index + 1}: a ${subtype} annotation`;
      if (!(flags & ANNOTATION_FLAGS.print) || flags & (ANNOTATION_FLAGS.invisible | ANNOTATION_FLAGS.hidden | ANNOTATION_FLAGS.noView)) findings.push(A('6.3.2', `${where} is not set to print, or is hidden`));
      if (['Sound', 'Movie', 'Screen', '3D', 'FileAttachment'].includes(subtype ?? '')) findings.push(A('6.3.1', `${where}, of a type PDF/A-2 forbids`));
      if (subtype !== 'Popup' && subtype !== 'Link' && !annotation.get(PDFName.of('AP'))) findings.push(A('6.3.3', `${where} has no appearance stream`));
      const actionType = nameOf(entry(context, annotation, 'A') instanceof PDFDict ? (entry(context, annotation, 'A') as PDFDict).get(PDFName.of('S')) : undefined);
      if (actionType && FORBIDDEN_ACTIONS.has(actionType)) findings.push(A('6.5.1', `${where} runs a ${actionType} action`));
    }
    const content = pageContent(pdf, page);
    if (content && tokenize(content).some((token) => token.operator === 'k' || token.operator === 'K')) deviceCmyk = true;
  });
  if (deviceCmyk && outputComponents !== 4) findings.push(A('6.2.4.3', 'DeviceCMYK colour without a CMYK output intent'));
  return findings;
}

function usesDeviceCmyk(space: PDFObject | undefined): boolean {
  if (space instanceof PDFName) return space.decodeText() === 'DeviceCMYK';
  if (space instanceof PDFDict) return space.entries().some(([, value]) => usesDeviceCmyk(value));
  if (space instanceof PDFArray) return space.asArray().some(usesDeviceCmyk);
  return false;
}
