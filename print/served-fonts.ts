/**
 * A document's served font subsets, cut again once its print view has been laid out: each role's
 * subset to the characters the page set in that role (checkGlyphs' `setIn`), not to the whole
 * document's text. The font route (src/routes/fonts.ts) cannot know which text a role sets — that
 * is the print CSS's cascade, Paged.js's page numbers and the handlers' labels — but the laid-out
 * page does. The print preview then downloads the 小标宋 for the titles only, the 黑体 for the
 * headings it sets (seed: 2,805,036 bytes of fonts → 858,424).
 *
 * Decision: the PDF is printed from the cut subsets (the view loads them before it prints, print/pdf.ts),
 * not from the first ones: Chromium embeds its own subset of the file it was given, so the bytes of a
 * PDF depend on that file, and `gongwen pdf` or a reader printing the preview, who get the cut
 * files, get the build's PDF byte for byte (tests/print/pdf-command.test.ts, served-fonts.test.ts).
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fontChain, servedChain } from '../plugins/fonts/chain.ts';
import { faceName, parseFaceName } from '../plugins/fonts/route.ts';
import { FONT_ROLES } from '../plugins/options.ts';
import { subsetFont } from '../plugins/fonts/subset.ts';
import type { FontRole, ResolvedFont } from '../plugins/fonts/types.ts';
import { writeFileAtomic } from './safe-write.ts';

/** What the cut changed: the folder's font bytes before and after. */
export interface Recut {
  before: number;
  after: number;
}

/**
 * Cuts every subset in `folder` (one document's `<role>.ttf`, `<role>-2.ttf` … of the font route) to
 * what its chain place draws of `setIn[role]`: the role's own font all of it that it has, a fallback
 * the characters the fonts before it lack. A chain font the role no longer needs keeps only the spaces,
 * so the @font-face rules of the print view still find every file they name.
 */
export async function recutServedFonts(folder: string, fonts: Record<FontRole, ResolvedFont>, setIn: Record<FontRole, string>): Promise<Recut> {
  // Per face name (fang, fang-2 …), the characters that chain place draws.
  const shares = new Map<string, string>();
  for (const role of FONT_ROLES) {
    for (const { index, text } of await servedChain(fonts[role], setIn[role])) shares.set(faceName(role, index), text);
  }
  let before = 0;
  let after = 0;
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.ttf')).sort()) {
    const face = parseFaceName(name.slice(0, -'.ttf'.length));
    const member = face && fontChain(fonts[face.role])[face.index];
    if (!face || !member) continue;
    const file = join(folder, name);
    before += (await stat(file)).size;
    const bytes = await subsetFont(member, shares.get(faceName(face.role, face.index)) ?? '', 'truetype');
    await writeFileAtomic(file, bytes, { flush: false });
    after += bytes.byteLength;
  }
  return { before, after };
}
