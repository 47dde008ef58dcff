/**
 * A role's fallback chain (its font, then the fonts that draw what it lacks) and which characters of a
 * document each font of the chain draws — what each served subset holds, and what the build log lists.
 */
import { FONT_ROLES } from '../options.ts';
import { openFont, visibleCharacters } from './inspect.ts';
import type { FontRole, ResolvedFont } from './types.ts';

/** The role's font first, then its fallbacks, in the order Chromium tries them. */
export function fontChain(font: ResolvedFont): ResolvedFont[] {
  return [font, ...font.fallbacks];
}

/** One font of a chain that a document needs, with the text its subset is cut to. */
export interface ServedFont {
  font: ResolvedFont;
  /** Place in the chain: 0 is the role's own font. */
  index: number;
  /** The role's own font gets the whole text; a fallback only the characters the earlier fonts lack. */
  text: string;
}

/** Per chain font, whether it has each code point: answers "which font of the chain draws this character". */
export async function chainFaces(font: ResolvedFont): Promise<((codePoint: number) => boolean)[]> {
  return Promise.all(fontChain(font).map(async (member) => (await openFont(member.file)).faces[member.faceIndex]!.hasGlyph));
}

/**
 * The chain fonts a document's text needs: the role's own font always, and each fallback that is the
 * first in the chain to have some character of the text (a fallback nothing needs is not served).
 */
export async function servedChain(font: ResolvedFont, text: string): Promise<ServedFont[]> {
  const chain = fontChain(font);
  const faces = await chainFaces(font);
  const shares = chain.map(() => '');
  for (const char of visibleCharacters(text)) {
    const codePoint = char.codePointAt(0)!;
    const index = faces.findIndex((hasGlyph) => hasGlyph(codePoint));
    if (index > 0) shares[index] += char;
  }
  return chain.flatMap((member, index) => (index === 0 ? [{ font: member, index, text }] : shares[index] ? [{ font: member, index, text: shares[index]! }] : []));
}

/** servedChain for every role: the subsets a document's print view declares and the site serves. */
export async function servedChains(fonts: Record<FontRole, ResolvedFont>, text: string): Promise<Record<FontRole, ServedFont[]>> {
  const chains = await Promise.all(FONT_ROLES.map(async (role) => [role, await servedChain(fonts[role], text)] as const));
  return Object.fromEntries(chains) as Record<FontRole, ServedFont[]>;
}
