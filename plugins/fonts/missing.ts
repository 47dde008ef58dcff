/**
 * Finds characters the chosen fonts cannot draw, and which fallback draws the ones the role's own font
 * lacks. A character no chain font has would print in some other installed font or as a box
 * (fonts.md §6 risk 11), so the build must stop and say which characters and where.
 */
import type { Page } from 'playwright-core';
import { FONT_ROLES } from '../options.ts';
import { chainFaces, fontChain } from './chain.ts';
import { charactersMissingFrom, openFont, visibleCharacters } from './inspect.ts';
import type { FontRole, MissingGlyph, ResolvedFont, SubstitutedGlyph } from './types.ts';

/** The distinct visible characters of `text` that have no glyph in the font's cmap (whitespace and controls ignored). */
export async function missingCharacters(font: ResolvedFont, text: string): Promise<string[]> {
  const face = (await openFont(font.file)).faces[font.faceIndex]!;
  return charactersMissingFrom(face, text);
}

/** Text the browser lays out, with the font stack it is set in. */
interface LaidOutText {
  /** The computed font-family's names, in order. */
  families: string[];
  text: string;
  context: string;
  page?: number;
  /** Paged.js added U+2011 at the end of this text, where it split a word across pages: drawn, but not the author's. */
  pagedHyphen?: true;
}

/**
 * Per role, per place in its chain, the characters the served subset holds (its cmap), or null where
 * that chain font is not served for the document.
 */
export type ServedCharacters = Partial<Record<FontRole, (string | null)[]>>;

/** What the laid-out page prints in which font: characters no chain font draws, and those a fallback draws. */
export interface GlyphCheck {
  missing: MissingGlyph[];
  substituted: SubstitutedGlyph[];
  /** Per role, the distinct characters the page sets in it (sorted): what that role's served subset needs (served-fonts.ts). */
  setIn: Record<FontRole, string>;
}

/**
 * Every character in the laid-out page (text nodes and ::before/::after strings, e.g. Paged.js page
 * numbers) checked against the chain of the role its computed font-family resolves to: it is drawn by
 * the first chain font that has it, else it is missing. Text whose font-family names none of our role
 * families is reported with role null: it would print in a system font.
 * `served` gives what the served subsets hold (document text plus layout characters); a character outside
 * them is missing from the page's fonts even when the full font has it. Without it the full fonts count.
 */
export async function checkGlyphs(page: Page, fonts: Record<FontRole, ResolvedFont>, served?: ServedCharacters): Promise<GlyphCheck> {
  const laidOut = await page.evaluate(collectLaidOutText);
  const roleOfFamily = new Map(FONT_ROLES.flatMap((role) => fontChain(fonts[role]).map((font) => [font.family.toLowerCase(), role] as const)));
  const drawers = new Map(
    await Promise.all(
      FONT_ROLES.map(async (role) => {
        const faces = await chainFaces(fonts[role]);
        const sets = served?.[role]?.map((chars) => (chars === null ? null : new Set(chars)));
        // The chain place that draws a character, or -1: the first font that has it (and serves it).
        const drawer = (char: string) =>
          faces.findIndex((hasGlyph, index) => (sets ? sets[index]?.has(char) === true : hasGlyph(char.codePointAt(0)!)));
        return [role, drawer] as const;
      }),
    ),
  );
  const missing = new Map<string, MissingGlyph>();
  const substituted = new Map<string, SubstitutedGlyph>();
  const setIn = new Map(FONT_ROLES.map((role) => [role, new Set<string>()]));
  for (const { families, text, context, page: pageNumber, pagedHyphen } of laidOut) {
    const role = families.map((family) => roleOfFamily.get(family.toLowerCase())).find((r) => r !== undefined) ?? null;
    // Spaces too: a subset without the page's en or thin spaces would send them to a system font.
    if (role !== null) for (const char of pagedHyphen ? `${text}\u2011` : text) setIn.get(role)!.add(char);
    for (const char of visibleCharacters(text)) {
      const index = role === null ? -1 : drawers.get(role)!(char);
      const codePoint = char.codePointAt(0)!;
      const onPage = pageNumber !== undefined ? { page: pageNumber } : {};
      if (index < 0) {
        const around = surrounding(context, char);
        const key = `${role}\0${char}\0${pageNumber}\0${around}`;
        if (!missing.has(key)) missing.set(key, { role, char, codePoint, context: around, ...onPage });
      } else if (index > 0 && role !== null && !substituted.has(`${role}\0${char}`)) {
        substituted.set(`${role}\0${char}`, { role, char, codePoint, drawnBy: fontChain(fonts[role])[index]!, ...onPage });
      }
    }
  }
  const sorted = (chars: Set<string>) => [...chars].sort().join('');
  return { missing: [...missing.values()], substituted: [...substituted.values()], setIn: Object.fromEntries(FONT_ROLES.map((role) => [role, sorted(setIn.get(role)!)])) as Record<FontRole, string> };
}

/** The characters of the laid-out page that no font of their role's chain can draw (see checkGlyphs). */
export async function findMissingGlyphs(page: Page, fonts: Record<FontRole, ResolvedFont>, served?: ServedCharacters): Promise<MissingGlyph[]> {
  return (await checkGlyphs(page, fonts, served)).missing;
}

/** How many characters either side of a missing one a report quotes. */
const CONTEXT_CHARS = 12;

function surrounding(context: string, char: string): string {
  const chars = [...context];
  const at = chars.indexOf(char);
  return at < 0 ? context : chars.slice(Math.max(0, at - CONTEXT_CHARS), at + CONTEXT_CHARS + 1).join('');
}

/** Runs in the page: gathers visible text with its computed font stack. Self-contained (no closures). */
function collectLaidOutText(): LaidOutText[] {
  const splitFamilies = (value: string) =>
    (value.match(/"[^"]*"|'[^']*'|[^,]+/gu) ?? []).map((name) => name.trim().replace(/^["']|["']$/gu, '')).filter(Boolean);
  const pageOf = (element: Element) => {
    const number = element.closest<HTMLElement>('.pagedjs_page')?.dataset['pageNumber'];
    return number === undefined ? {} : { page: Number(number) };
  };
  // Paged.js splits a word across pages by appending U+2011 to the page's last text node and marking its
  // parent .pagedjs_hyphen (hyphenateAtBreak, node_modules/pagedjs/src/chunker/layout.js): not the author's text.
  // Soft hyphens and zero-width characters draw nothing and are not checked at all (needsGlyph).
  const pagedHyphenOf = (node: Node) => {
    const text = node.nodeValue ?? '';
    return node.parentElement?.classList.contains('pagedjs_hyphen') === true && text.endsWith('\u2011') && !node.nextSibling?.textContent?.trim();
  };
  // [data-gw-preview-bar]: the print view's toolbar, on screen only (print/preview.css), set in the reader's own fonts.
  const skipped = 'script, style, template, noscript, title, head, [data-gw-preview-bar]';
  const out: LaidOutText[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const pagedHyphen = pagedHyphenOf(node);
    const text = pagedHyphen ? node.nodeValue!.slice(0, -1) : (node.nodeValue ?? '');
    if (!element || element.closest(skipped) || !text.trim() || !element.checkVisibility({ visibilityProperty: true })) continue;
    const context = text.trim().length < 24 ? (element.closest('p, li, h1, h2, h3, h4, h5, h6, td, div')?.textContent ?? text) : text;
    out.push({
      families: splitFamilies(getComputedStyle(element).fontFamily),
      text,
      context: context.replace(/\s+/gu, ' ').trim(),
      ...pageOf(element),
      ...(pagedHyphen && { pagedHyphen: true as const }),
    });
  }
  for (const element of document.body.querySelectorAll('*')) {
    if (element.closest(skipped) || !element.checkVisibility({ visibilityProperty: true })) continue;
    for (const pseudo of ['::before', '::after']) {
      const style = getComputedStyle(element, pseudo);
      // content: "— " counter(page) " —" → the quoted strings, plus digits for any counter.
      const strings = (style.content.match(/"(?:[^"\\]|\\.)*"/gu) ?? []).map((s) => s.slice(1, -1).replace(/\\(.)/gu, '$1'));
      const text = strings.join('') + (/counters?\(/u.test(style.content) ? '0123456789' : '');
      if (!text.trim()) continue;
      out.push({ families: splitFamilies(style.fontFamily), text, context: `${pseudo} of ${element.className || element.tagName.toLowerCase()}: ${style.content}`, ...pageOf(element) });
    }
  }
  return out;
}
