/** The parts of fontkit, subset-font and fontverter this project uses (none ships types). */
declare module 'fontkit' {
  export interface FsTypeFlags {
    noEmbedding: boolean;
    viewOnly: boolean;
    editable: boolean;
    noSubsetting: boolean;
    bitmapOnly: boolean;
  }
  export interface Font {
    type: 'TTF' | 'WOFF' | 'WOFF2';
    postscriptName: string | null;
    fullName: string | null;
    familyName: string | null;
    subfamilyName: string | null;
    directory: { tables: Record<string, unknown> };
    'OS/2'?: { fsType: FsTypeFlags };
    variationAxes: Record<string, { name: string; min: number; default: number; max: number }>;
    characterSet: number[];
    unitsPerEm: number;
    numGlyphs: number;
    getGlyph(id: number): { advanceWidth: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Shapes a run with the font's default features (kerning included). */
    layout(text: string): { positions: { xAdvance: number }[] };
  }
  export interface FontCollection {
    type: 'TTC' | 'DFont';
    fonts: Font[];
  }
  export function create(buffer: Buffer, postscriptName?: string): Font | FontCollection;
}

declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    preserveNameIds?: number[];
    keepAllGlyphs?: boolean;
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  export default function subsetFont(buffer: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
  const fontverter: {
    /** The font in another container; 'truetype' is a plain sfnt (WOFF and WOFF2 are decompressed). */
    convert(buffer: Buffer, toFormat: 'sfnt' | 'truetype' | 'woff' | 'woff2'): Promise<Buffer>;
  };
  export default fontverter;
}
