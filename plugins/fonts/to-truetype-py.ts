/**
 * The Python (fontTools) program that takes one face of a font file and gives it TrueType (glyf) outlines.
 *
 * Chromium's PDF backend embeds glyf fonts as CID TrueType subsets but prints CFF fonts (FandolFang's
 * .otf, most .otf/.ttc CJK fonts) as Type 3 (spec fonts.md §4), so CFF outlines are converted with
 * cu2qu — the whole face, once (26 s for FandolFang here; subset-source.ts keeps the result), after
 * which hb-subset cuts each document's subset in milliseconds. It lives in a string, run with
 * `python3 -c`, so it survives Astro bundling the font route.
 *
 * Arguments: SRC DST --face N
 */
export const TO_TRUETYPE_PY = String.raw`import argparse

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

# Largest distance, in font units, between a cubic curve and its quadratic approximation: 2 units of
# FandolFang's 1000 are 11 µm at 16 pt, a quarter of a 600-dpi printer's dot. At 1.0 the seed's 仿宋
# subset, the largest file a document serves, was 775 KB; at 2.0 it is 728 KB (issue 14: dist/ per document).
MAX_ERROR = 2.0


def quadratic_glyphs(glyph_set):
    glyphs = {}
    for name in glyph_set.keys():
        pen = TTGlyphPen(glyph_set)
        # CFF contours run counter-clockwise, TrueType ones clockwise.
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    return glyphs


def cff_to_glyf(font):
    glyph_order = font.getGlyphOrder()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = quadratic_glyphs(font.getGlyphSet())
    del font["CFF "]
    if "VORG" in font:  # vertical origins belong to CFF fonts only
        del font["VORG"]
    glyf.compile(font)
    for glyph in glyf.glyphs.values():
        glyph.recalcBounds(glyf)
    font["maxp"] = maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = glyph_order
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("src")
    parser.add_argument("dst")
    parser.add_argument("--face", type=int, default=0)
    args = parser.parse_args()
    # recalcTimestamp=False: the same input gives the same bytes, so PDFs stay reproducible.
    font = TTFont(args.src, fontNumber=args.face, recalcTimestamp=False)
    if "CFF " in font:
        cff_to_glyf(font)
    elif "glyf" not in font:
        raise SystemExit(f"{args.src}: face {args.face} has neither CFF nor TrueType outlines")
    font.save(args.dst)


if __name__ == "__main__":
    main()
`;
