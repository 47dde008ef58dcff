/**
 * Shared by the PDF tests: which PDFs exist, their lines, rasters of their pages, and the
 * prose of their MDX sources.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CELL_MM, INNER_MARGIN_MM, TEXT_WIDTH_MM } from '../../print/geometry.ts';
import { expect } from '@playwright/test';
import { openPdf, readPages, type PageText, type TextLine } from './pdf-reader.ts';
import { LAYOUT_CHARACTERS, fontChain, fontFolder, resolveFonts, subsetFont } from '../../plugins/fonts/index.ts';
import { mappedCharacters } from '../../plugins/fonts/inspect.ts';
import { parseFaceName } from '../../plugins/fonts/route.ts';

export const SITE_DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const SITE_CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
export const FIXTURE_DIST = fileURLToPath(new URL('../fixture-site/dist/', import.meta.url));
export const FIXTURE_CONTENT = fileURLToPath(new URL('../fixture-site/content/', import.meta.url));

export interface BuiltPdf {
  slug: string;
  pdf: string;
  source: string;
}

/** Every document of a site with its built PDF. */
export function builtPdfs(content: string, dist: string): BuiltPdf[] {
  return readdirSync(content)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const slug = file.slice(0, -'.mdx'.length);
      return { slug, pdf: join(dist, `${slug}.pdf`), source: join(content, file) };
    });
}

export const sitePdfs = (): BuiltPdf[] => builtPdfs(SITE_CONTENT, SITE_DIST);
export const fixturePdfs = (): BuiltPdf[] => builtPdfs(FIXTURE_CONTENT, FIXTURE_DIST);
export const fixturePdf = (slug: string): BuiltPdf => fixturePdfs().find((doc) => doc.slug === slug)!;

/** A throwaway copy of the fixture site's dist/ (remove it when done), to change and print from. */
export function copyFixtureSite(prefix: string): string {
  const site = mkdtempSync(join(tmpdir(), prefix));
  cpSync(FIXTURE_DIST, site, { recursive: true });
  return site;
}

/**
 * Replaces the first `marker` in a copied site's print view of `slug`, which must hold it; the
 * document's served subsets, which the build cut to what each role set (print/served-fonts.ts), get
 * the replacement's characters back, as the font route serves them before that cut.
 */
export async function editPrintView(site: string, slug: string, marker: string, replacement: string): Promise<void> {
  const view = join(site, slug, 'print', 'index.html');
  const html = readFileSync(view, 'utf8');
  expect(html, `the print view of ${slug}`).toContain(marker);
  writeFileSync(view, html.replace(marker, replacement));
  const fonts = await resolveFonts({}, new URL('../../', import.meta.url));
  const folder = join(site, fontFolder(slug));
  for (const name of readdirSync(folder)) {
    const face = parseFaceName(name.replace(/\.ttf$/u, ''))!;
    const file = join(folder, name);
    // A fallback given what its role's font has too is harmless: the first font that has a character draws it.
    const font = fontChain(fonts[face.role])[face.index]!;
    writeFileSync(file, await subsetFont(font, mappedCharacters(readFileSync(file)) + replacement + LAYOUT_CHARACTERS, 'truetype'));
  }
}

const cache = new Map<string, Promise<PageText[]>>();
export function pagesOf(pdf: string): Promise<PageText[]> {
  if (!cache.has(pdf)) cache.set(pdf, openPdf(pdf).then(readPages));
  return cache.get(pdf)!;
}

/** Left edge of the 版心 and its paragraph indent, mm. */
export const LEFT = INNER_MARGIN_MM;
export const RIGHT = INNER_MARGIN_MM + TEXT_WIDTH_MM;
export const INDENTED = INNER_MARGIN_MM + 2 * CELL_MM;
export const near = (value: number, target: number, tolerance = 1) => Math.abs(value - target) <= tolerance;

/** 3号 (16 pt) lines: body text, headings, 主送, 署名 — not titles, the 标志, the 版记 or page numbers. */
export const isBodySize = (line: TextLine) => Math.abs(line.size - 16) < 0.2;
export const PAGE_NUMBER = /^—\s?(\d+)\s?—$/u;
export const isPageNumber = (line: TextLine) => PAGE_NUMBER.test(line.text.trim());

/** A page rendered to an RGB raster: pixel access in mm. */
export interface Raster {
  width: number;
  height: number;
  dpi: number;
  pixel(x: number, y: number): [number, number, number];
}

export function rasterize(pdf: string, page: number, dpi = 150): Raster {
  const dir = mkdtempSync(join(tmpdir(), 'gongwen-raster-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), pdf, join(dir, 'p')]);
    const file = readdirSync(dir).find((name) => name.endsWith('.ppm'))!;
    const data = readFileSync(join(dir, file));
    // Binary PPM: "P6\n<w> <h>\n255\n" then RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/u.exec(data.subarray(0, 32).toString('latin1'))!;
    const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
    return {
      width,
      height,
      dpi,
      pixel: (x, y) => {
        const i = offset + 3 * (y * width + x);
        return [data[i]!, data[i + 1]!, data[i + 2]!];
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const pxToMm = (px: number, dpi: number) => (px * 25.4) / dpi;
export const isRed = ([r, g, b]: [number, number, number]) => r >= 200 && g <= 80 && b <= 80;
export const isDark = ([r, g, b]: [number, number, number]) => r < 128 && g < 128 && b < 128;

/**
 * The prose of an MDX source, in order: paragraphs and the text inside one-line headings and
 * salutations; frontmatter, component tags, MDX expressions (comments) and images are left out (they are checked element by element).
 */
export function proseChunks(source: string): string[] {
  const body = readFileSync(source, 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
  return body
    .split(/\n{2,}/u)
    .map((block) => block.trim())
    .map((block) => (/^<(h[1-6]|Salutation)\b[^>]*>(.*)<\/\1>$/u.exec(block)?.[2] ?? block))
    // An image alone in its paragraph (![说明](./file.png)) has no text to print.
    .filter((block) => block !== '' && !block.startsWith('<') && !block.startsWith('{') && !/^!\[[^\]]*\]\([^)]*\)$/u.test(block));
}

/** A horizontal rule found on a raster: its top, bottom and thickness, and its left and right ends, in mm. */
export interface Rule {
  top: number;
  bottom: number;
  thickness: number;
  left: number;
  right: number;
}

/** Horizontal rules on a page: runs of rows with more than `minLength` mm of ink. */
export function rulesOn(pdf: string, page: number, ink: (pixel: [number, number, number]) => boolean, minLength = 150): Rule[] {
  const raster = rasterize(pdf, page, 400);
  const rules: Rule[] = [];
  let start = -1;
  let left = Infinity;
  let right = -Infinity;
  for (let y = 0; y <= raster.height; y++) {
    let count = 0;
    let rowLeft = Infinity;
    let rowRight = -Infinity;
    if (y < raster.height) {
      for (let x = 0; x < raster.width; x++) {
        if (!ink(raster.pixel(x, y))) continue;
        count++;
        rowLeft = Math.min(rowLeft, x);
        rowRight = Math.max(rowRight, x + 1);
      }
    }
    const isRule = y < raster.height && pxToMm(count, raster.dpi) > minLength;
    if (isRule) {
      if (start < 0) [start, left, right] = [y, rowLeft, rowRight];
      left = Math.min(left, rowLeft);
      right = Math.max(right, rowRight);
    } else if (start >= 0) {
      const mm = (px: number) => pxToMm(px, raster.dpi);
      rules.push({ top: mm(start), bottom: mm(y), thickness: mm(y - start), left: mm(left), right: mm(right) });
      start = -1;
    }
  }
  return rules;
}

/** Dark pixels of a page's raster (150 dpi) across the 版心 between two heights, in mm. */
export function inkBetween(pdf: string, page: number, top: number, bottom: number): number {
  const dpi = 150;
  const raster = rasterize(pdf, page, dpi);
  const px = (mm: number) => Math.round((mm * dpi) / 25.4);
  let count = 0;
  for (let y = px(top); y < px(bottom); y++) for (let x = px(LEFT) - 2; x < px(RIGHT) + 2; x++) if (isDark(raster.pixel(x, y))) count++;
  return count;
}

/** The top of the first row holding `ink` on a page, in mm (the red mark's glyph top). */
export function firstInkRow(pdf: string, page: number, ink: (pixel: [number, number, number]) => boolean): number {
  const raster = rasterize(pdf, page, 300);
  for (let y = 0; y < raster.height; y++) {
    for (let x = 0; x < raster.width; x++) if (ink(raster.pixel(x, y))) return pxToMm(y, raster.dpi);
  }
  return Number.NaN;
}

export interface Found {
  page: number;
  line: TextLine;
}

/** The lines of a document in reading order, page by page, top to bottom. */
export async function linesOf(slug: string): Promise<Found[]> {
  const pages = await pagesOf(fixturePdf(slug).pdf);
  return pages.flatMap((page) => page.lines.filter((line) => !isPageNumber(line)).map((line) => ({ page: page.number, line })));
}

/** Finds each expected text in order (a line equal to it, spaces ignored); fails naming the first one missing. */
export function inOrder(lines: Found[], expected: (string | RegExp)[]): Found[] {
  const found: Found[] = [];
  let from = 0;
  for (const want of expected) {
    const index = lines.findIndex((entry, i) => {
      if (i < from) return false;
      const text = entry.line.text.replace(/\s/gu, '');
      return typeof want === 'string' ? text === want : want.test(text);
    });
    expect(index, `"${want}" after "${found.at(-1)?.line.text ?? 'the start'}"`).toBeGreaterThanOrEqual(0);
    found.push(lines[index]!);
    from = index + 1;
  }
  return found;
}

