/**
 * Finds characters the chosen fonts cannot draw. Chromium would print them in some other installed
 * font or as a box (fonts.md §6 risk 11), so the build must stop and say which characters and where.
 */
import type { Page } from 'playwright-core';
import { FONT_ROLES } from '../options.ts';
import { charactersMissingFrom, openFont, visibleCharacters } from './inspect.ts';
import type { FontRole, MissingGlyph, ResolvedFont } from './types.ts';

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
}

/**
 * Every character in the laid-out page (text nodes and ::before/::after strings, e.g. Paged.js page
 * numbers) checked against the font of the role its computed font-family resolves to. Text whose
 * font-family names none of our role families is reported with role null: it would print in a system font.
 * `served` gives, per role, the characters the served subset holds (document text plus layout
 * characters); a character outside it is missing from the page's font even when the full font has it.
 */
export async function findMissingGlyphs(
  page: Page,
  fonts: Record<FontRole, ResolvedFont>,
  served?: Partial<Record<FontRole, string>>,
): Promise<MissingGlyph[]> {
  const laidOut = await page.evaluate(collectLaidOutText);
  const roleOfFamily = new Map(FONT_ROLES.map((role) => [fonts[role].family.toLowerCase(), role]));
  const faces = new Map(
    await Promise.all(FONT_ROLES.map(async (role) => [role, (await openFont(fonts[role].file)).faces[fonts[role].faceIndex]!] as const)),
  );
  const servedSets = new Map(FONT_ROLES.map((role) => [role, served?.[role] === undefined ? null : new Set(served[role])]));
  const found = new Map<string, MissingGlyph>();
  for (const { families, text, context, page: pageNumber } of laidOut) {
    const role = families.map((family) => roleOfFamily.get(family.toLowerCase())).find((r) => r !== undefined) ?? null;
    const missing =
      role === null
        ? visibleCharacters(text)
        : charactersMissingFrom(faces.get(role)!, text).concat(
            visibleCharacters(text).filter((char) => servedSets.get(role)?.has(char) === false && faces.get(role)!.hasGlyph(char.codePointAt(0)!)),
          );
    for (const char of missing) {
      const around = surrounding(context, char);
      const key = `${role}\0${char}\0${pageNumber}\0${around}`;
      if (!found.has(key)) {
        found.set(key, { role, char, codePoint: char.codePointAt(0)!, context: around, ...(pageNumber !== undefined && { page: pageNumber }) });
      }
    }
  }
  return [...found.values()];
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
  const skipped = 'script, style, template, noscript, title, head';
  const out: LaidOutText[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = node.nodeValue ?? '';
    if (!element || element.closest(skipped) || !text.trim() || !element.checkVisibility({ visibilityProperty: true })) continue;
    const context = text.trim().length < 24 ? (element.closest('p, li, h1, h2, h3, h4, h5, h6, td, div')?.textContent ?? text) : text;
    out.push({ families: splitFamilies(getComputedStyle(element).fontFamily), text, context: context.replace(/\s+/gu, ' ').trim(), ...pageOf(element) });
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
