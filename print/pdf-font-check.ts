/**
 * The fonts of a PDF against what PDF/A-2 (ISO 19005-2 §6.2.11) and PDF/UA-1 (ISO 14289-1 §7.21) ask:
 * every font program embedded, a CIDFontType2 with its CIDToGIDMap, the widths the PDF states equal to
 * the font program's own advances, its licence flags allowing embedding, and a ToUnicode map giving
 * every glyph the text shows a real character (level U).
 * The widths are read from the embedded program with fontkit, not trusted from the PDF.
 */
import * as fontkit from 'fontkit';
import { PDFArray, PDFDict, PDFName, PDFRawStream, decodePDFRawStream, type PDFDocument } from 'pdf-lib';
import { entry, finding, nameOf, numberOf, resolve, type Finding } from './pdf-findings.ts';
import { pageContent } from './pdf-artifacts.ts';
import { tokenize, type Token } from './pdf-content.ts';

/** Widths may differ from the program's advance by rounding to a thousandth of the em. */
const WIDTH_TOLERANCE = 1;
const NOT_A_CHARACTER = new Set([0x0000, 0xfeff, 0xfffe]);

/** CID → width from a CIDFont's /W array ([c [w …]] and [cFirst cLast w] forms). */
export function cidWidths(w: PDFArray | undefined): Map<number, number> {
  const widths = new Map<number, number>();
  const items = w?.asArray() ?? [];
  for (let i = 0; i < items.length; ) {
    const first = numberOf(items[i]) ?? 0;
    const next = items[i + 1];
    if (next instanceof PDFArray) {
      next.asArray().forEach((value, offset) => widths.set(first + offset, numberOf(value) ?? 0));
      i += 2;
    } else {
      const last = numberOf(next) ?? first;
      for (let cid = first; cid <= last; cid++) widths.set(cid, numberOf(items[i + 2]) ?? 0);
      i += 3;
    }
  }
  return widths;
}

/** Code → Unicode code points from a ToUnicode CMap (bfchar and bfrange, 2-byte codes as Skia writes them). */
export function toUnicodeMap(cmap: string): Map<number, number[]> {
  const map = new Map<number, number[]>();
  const points = (hex: string) => {
    const units = hex.match(/.{4}/gu)?.map((unit) => parseInt(unit, 16)) ?? [];
    return [...String.fromCharCode(...units)].map((char) => char.codePointAt(0)!);
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/gu)) {
    for (const [, code, target] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]*)>/gu)) map.set(parseInt(code!, 16), points(target!));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/gu)) {
    for (const [, low, high, target] of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]*>|\[[^\]]*\])/gu)) {
      const start = parseInt(low!, 16);
      const end = parseInt(high!, 16);
      if (target!.startsWith('[')) {
        [...target!.matchAll(/<([0-9a-fA-F]*)>/gu)].forEach((match, offset) => map.set(start + offset, points(match[1]!)));
      } else {
        const base = points(target!.slice(1, -1));
        for (let code = start; code <= end; code++) map.set(code, [...base.slice(0, -1), (base.at(-1) ?? 0) + code - start]);
      }
    }
  }
  return map;
}

const bytesOf = (stream: PDFRawStream) => decodePDFRawStream(stream).decode();

/** The bytes of a string operand: <hex> or (literal) with its escapes. */
function stringBytes(source: Uint8Array, token: Token): number[] {
  const raw = Buffer.from(source.subarray(token.start, token.end)).toString('latin1');
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/gu, '');
    return (hex.padEnd(hex.length + (hex.length % 2), '0').match(/../gu) ?? []).map((pair) => parseInt(pair, 16));
  }
  const bytes: number[] = [];
  const body = raw.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      bytes.push(body.charCodeAt(i));
      continue;
    }
    const next = body[++i] ?? '';
    const octal = /^[0-7]{1,3}/u.exec(body.slice(i))?.[0];
    if (octal) {
      bytes.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (next === '\r' || next === '\n') {
      if (next === '\r' && body[i + 1] === '\n') i++;
    } else bytes.push(escapes[next] ?? next.charCodeAt(0));
  }
  return bytes;
}

/**
 * The character codes each font really shows, read from the text-showing operators of every page and
 * of the form XObjects they draw (a CIDFont's /W also lists glyphs no text uses, with width 0).
 */
export function shownCodes(pdf: PDFDocument): Map<PDFDict, Set<number>> {
  const { context } = pdf;
  const shown = new Map<PDFDict, Set<number>>();
  const walk = (content: Uint8Array, resources: PDFDict | undefined, depth: number) => {
    const fonts = resources && entry(context, resources, 'Font');
    const xObjects = resources && entry(context, resources, 'XObject');
    const tokens = tokenize(content);
    let font: PDFDict | undefined;
    let twoByte = false;
    const show = (token: Token | undefined) => {
      const first = token && content[token.start];
      if (!font || !token || (first !== 0x3c && first !== 0x28)) return;
      const bytes = stringBytes(content, token);
      const codes = shown.get(font) ?? new Set<number>();
      shown.set(font, codes);
      if (twoByte) for (let i = 0; i + 1 < bytes.length; i += 2) codes.add((bytes[i]! << 8) | bytes[i + 1]!);
      else for (const byte of bytes) codes.add(byte);
    };
    tokens.forEach((token, index) => {
      switch (token.operator) {
        case 'Tf': {
          const found = fonts instanceof PDFDict ? resolve(context, fonts.get(PDFName.of(tokens[index - 2]?.text.slice(1) ?? ''))) : undefined;
          font = found instanceof PDFDict ? found : undefined;
          twoByte = font !== undefined && nameOf(font.get(PDFName.of('Subtype'))) === 'Type0';
          break;
        }
        case 'Tj':
        case "'":
        case '"':
          show(tokens[index - 1]);
          break;
        case 'TJ':
          for (let back = index - 1; back >= 0 && tokens[back]!.text !== '['; back--) show(tokens[back]);
          break;
        case 'Do': {
          const form = xObjects instanceof PDFDict ? resolve(context, xObjects.get(PDFName.of(tokens[index - 1]?.text.slice(1) ?? ''))) : undefined;
          if (form instanceof PDFRawStream && nameOf(form.dict.get(PDFName.of('Subtype'))) === 'Form' && depth < 8) {
            const own = entry(context, form.dict, 'Resources');
            walk(bytesOf(form), own instanceof PDFDict ? own : resources, depth + 1);
          }
          break;
        }
      }
    });
  };
  for (const page of pdf.getPages()) {
    const content = pageContent(pdf, page);
    if (content) walk(content, page.node.Resources(), 0);
  }
  return shown;
}

export function fontFindings(pdf: PDFDocument): Finding[] {
  const { context } = pdf;
  const findings: Finding[] = [];
  const shown = shownCodes(pdf);
  const both = (pdfA: string, pdfUA: string, detail: string) => findings.push(finding('PDF/A-2u', pdfA, detail), finding('PDF/UA-1', pdfUA, detail));
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || nameOf(object.get(PDFName.of('Type'))) !== 'Font') continue;
    const subtype = nameOf(object.get(PDFName.of('Subtype')));
    if (subtype === 'CIDFontType0' || subtype === 'CIDFontType2') continue; // read through their Type0 font
    const name = `font ${nameOf(object.get(PDFName.of('BaseFont'))) ?? ref.toString()}`;
    const toUnicode = entry(context, object, 'ToUnicode');
    if (!(toUnicode instanceof PDFRawStream)) both('6.2.11.7.2', '7.21.7', `${name} has no ToUnicode map`);
    const unicode = toUnicode instanceof PDFRawStream ? toUnicodeMap(Buffer.from(bytesOf(toUnicode)).toString('latin1')) : new Map<number, number[]>();
    if (subtype === 'Type3') continue; // its glyphs are content streams in the PDF itself
    const cidFont = subtype === 'Type0' ? resolve(context, (entry(context, object, 'DescendantFonts') as PDFArray | undefined)?.get(0)) : object;
    if (!(cidFont instanceof PDFDict)) {
      both('6.2.11.4.1', '7.21.4.1', `${name} has no descendant CIDFont`);
      continue;
    }
    const descriptor = entry(context, cidFont, 'FontDescriptor');
    const program = descriptor instanceof PDFDict ? ['FontFile', 'FontFile2', 'FontFile3'].map((key) => entry(context, descriptor, key)).find((file) => file instanceof PDFRawStream) : undefined;
    if (!(program instanceof PDFRawStream)) {
      both('6.2.11.4.1', '7.21.4.1', `${name} is not embedded`);
      continue;
    }
    if (nameOf(cidFont.get(PDFName.of('Subtype'))) === 'CIDFontType2' && cidFont.get(PDFName.of('CIDToGIDMap')) === undefined) {
      findings.push(finding('PDF/A-2u', '6.2.11.3.2', `${name} is a CIDFontType2 without a CIDToGIDMap`));
    }
    if (subtype !== 'Type0') continue;
    const used = [...(shown.get(object) ?? [])].sort((a, b) => a - b);
    for (const cid of used) {
      const characters = unicode.get(cid);
      if ((!characters || characters.length === 0 || characters.some((point) => NOT_A_CHARACTER.has(point)))) {
        findings.push(finding('PDF/A-2u', '6.2.11.7.2', `${name}: glyph ${cid} has no Unicode value in its ToUnicode map`));
      }
    }
    // The width check reads TrueType programs (FontFile2, with CID = glyph ID); gongwen embeds no other kind.
    if (program !== entry(context, descriptor as PDFDict, 'FontFile2') || nameOf(cidFont.get(PDFName.of('CIDToGIDMap'))) !== 'Identity') continue;
    const font = fontkit.create(Buffer.from(bytesOf(program)));
    if (!('getGlyph' in font)) continue;
    // Embedding must be allowed for unlimited rendering (6.2.11.4.1): not "restricted licence" (fsType bit 1).
    if (font['OS/2']?.fsType.noEmbedding) findings.push(finding('PDF/A-2u', '6.2.11.4.1', `${name}: the font program's licence flags (OS/2 fsType) forbid embedding`));
    const widths = cidWidths(entry(context, cidFont, 'W') as PDFArray | undefined);
    const defaultWidth = numberOf(entry(context, cidFont, 'DW')) ?? 1000;
    for (const cid of used) {
      const width = widths.get(cid) ?? defaultWidth;
      if (cid >= font.numGlyphs) {
        both('6.2.11.4.1', '7.21.4.1', `${name}: glyph ${cid} is not in the embedded program (${font.numGlyphs} glyphs)`);
        continue;
      }
      const advance = (font.getGlyph(cid).advanceWidth * 1000) / font.unitsPerEm;
      if (Math.abs(advance - width) > WIDTH_TOLERANCE) both('6.2.11.5', '7.21.5', `${name}: glyph ${cid} is ${width} wide in the PDF, ${advance.toFixed(1)} in the font program`);
    }
  }
  return findings;
}
