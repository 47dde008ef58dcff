/**
 * Reads what a font file is: its faces, names, outline format, variation axes and embedding
 * permissions (OS/2 fsType) — the facts that decide whether Chromium can embed it as a real subset
 * font (spec fonts.md §4) — and answers which code points it maps.
 */
import { readFile } from 'node:fs/promises';
import { brotliDecompressSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { rememberLast } from './remember-last.ts';
import type { Outlines } from './types.ts';

export interface FontFace {
  index: number;
  fullName: string;
  postScriptName: string;
  familyName: string;
  outlines: Outlines | 'unknown';
  variable: boolean;
  fsType: fontkit.FsTypeFlags | undefined;
  hasGlyph(codePoint: number): boolean;
  /** The set width of a run, in ems: its shaped advances (kerning included), as Chromium sets it. */
  advance(text: string): number;
}

export interface FontFile {
  path: string;
  /** The file's bytes as read (fontkit reads its tables from them): subset-source.ts cuts an sfnt's subsets from these too. */
  bytes: Buffer;
  container: 'sfnt' | 'woff' | 'woff2' | 'ttc';
  faces: FontFace[];
}

const opened = new Map<string, Promise<FontFile>>();

/** Opens a font file once per process (faces are read lazily by fontkit, so this stays cheap). */
export function openFont(path: string): Promise<FontFile> {
  let file = opened.get(path);
  if (!file) {
    file = readFile(path).then((bytes) => describe(path, bytes));
    opened.set(path, file);
  }
  return file;
}

function describe(path: string, bytes: Buffer): FontFile {
  let parsed: fontkit.Font | fontkit.FontCollection;
  try {
    parsed = fontkit.create(bytes);
  } catch (error) {
    throw new Error(`${path} is not a font file fontkit can read (${(error as Error).message}).`);
  }
  if ('fonts' in parsed) {
    return { path, bytes, container: 'ttc', faces: parsed.fonts.map((font, index) => faceOf(font, index)) };
  }
  const container = parsed.type === 'WOFF2' ? 'woff2' : parsed.type === 'WOFF' ? 'woff' : 'sfnt';
  if (container === 'woff2') inflateWithZlib(parsed);
  return { path, bytes, container, faces: [faceOf(parsed, 0)] };
}

/** The private parts of fontkit 2's WOFF2Font that its `_decompress` uses. */
interface Woff2Internals {
  _decompressed: boolean;
  _dataPos: number;
  _decompress(): void;
  stream: { pos: number; readBuffer(length: number): Uint8Array };
  directory: { totalCompressedSize: number; tables: Record<string, { offset: number; length: number; transformLength?: number }> };
}

/**
 * Has fontkit inflate a WOFF2's table data with Node's zlib instead of its Brotli decoder in
 * JavaScript: the first read of LXGW WenKai's names took 430 ms in every process that opened it,
 * ~20 ms so. The same bytes come out (Brotli is lossless); the rest is fontkit 2.0's own `_decompress`.
 */
function inflateWithZlib(font: fontkit.Font): void {
  const woff2 = font as unknown as Woff2Internals;
  woff2._decompress = function (this: Woff2Internals) {
    if (this._decompressed) return;
    this.stream.pos = this._dataPos;
    const compressed = this.stream.readBuffer(this.directory.totalCompressedSize);
    let size = 0;
    for (const entry of Object.values(this.directory.tables)) {
      entry.offset = size;
      size += entry.transformLength ?? entry.length;
    }
    const inflated = brotliDecompressSync(compressed);
    if (inflated.byteLength !== size) throw new Error(`a WOFF2 font's tables inflate to ${inflated.byteLength} bytes, not the ${size} its directory lists`);
    const Stream = this.stream.constructor as new (bytes: Uint8Array) => Woff2Internals['stream'];
    this.stream = new Stream(inflated);
    this._decompressed = true;
  };
}

function faceOf(font: fontkit.Font, index: number): FontFace {
  const tables = font.directory.tables;
  const outlines = 'glyf' in tables ? 'glyf' : 'CFF ' in tables || 'CFF2' in tables ? 'cff' : 'unknown';
  // Asked of every character of every document for each role: the same few thousand code points, answered once.
  const mapped = new Map<number, boolean>();
  return {
    index,
    fullName: font.fullName ?? font.postscriptName ?? '',
    postScriptName: font.postscriptName ?? '',
    familyName: font.familyName ?? '',
    outlines,
    variable: 'fvar' in tables && Object.keys(font.variationAxes).length > 0,
    fsType: font['OS/2']?.fsType,
    hasGlyph: (codePoint) => {
      let has = mapped.get(codePoint);
      if (has === undefined) mapped.set(codePoint, (has = font.hasGlyphForCodePoint(codePoint)));
      return has;
    },
    advance: (text) => font.layout(text).positions.reduce((units, { xAdvance }) => units + xAdvance, 0) / font.unitsPerEm,
  };
}

/** Characters that need no glyph: whitespace, controls and invisible format characters. */
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}]$/u;

/** Whether a character is drawn (needs a glyph), unlike whitespace, controls and invisible format characters. */
export const needsGlyph = (char: string): boolean => !INVISIBLE.test(char);

/** The distinct visible characters of `text`, in first-seen order (the last answer remembered). */
export const visibleCharacters: (text: string) => readonly string[] = rememberLast((text) => [...new Set(text)].filter(needsGlyph));

/** The distinct visible characters of `text` that `face` has no glyph for. */
export function charactersMissingFrom(face: FontFace, text: string): string[] {
  return visibleCharacters(text).filter((char) => !face.hasGlyph(char.codePointAt(0)!));
}

/** The characters a font file's bytes map (its cmap), e.g. of a served subset. */
export function mappedCharacters(bytes: Uint8Array): string {
  const parsed = fontkit.create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const font = 'fonts' in parsed ? parsed.fonts[0]! : parsed;
  return String.fromCodePoint(...font.characterSet);
}
