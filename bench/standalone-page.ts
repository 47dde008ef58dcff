/**
 * A stand-in for the print view while it is being built: the seed set as a GB/T 9704 A4 page
 * (版心 156 × 225 mm, 22 lines of 16 pt, page numbers `— N —` in margin boxes), the seed's text
 * repeated k times. The same HTML is printed two ways by the bench: paginated by Paged.js, and
 * by Chromium's own `@page` support with the Paged.js script left out (the floor for this stack).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BOTTOM_MARGIN_MM,
  INNER_MARGIN_MM,
  OUTER_MARGIN_MM,
  TOP_MARGIN_MM,
  layoutCssVariables,
} from '../print/geometry.ts';

export const SEED_PATH = '/work/shared/seed/report.txt';

/** Fonts served to the page, one per role, all static TrueType so Chromium embeds them as CID subsets. */
export const FONT_FILES: Record<string, string> = {
  /* 仿宋 stand-in: the open FangSong (FandolFang) is CFF and would print as Type 3 until converted. */
  fang: fileURLToPath(import.meta.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')),
  xbs: fileURLToPath(import.meta.resolve('@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf')),
  hei: fileURLToPath(import.meta.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
  kai: '/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf',
};

/** Where the page's assets live on the bench's server (see bench/server.ts). */
export const PAGEDJS_URL = '/pagedjs/paged.polyfill.js';
export const fontUrl = (role: string): string => `/fonts/${role}.ttf`;

interface Block {
  tag: 'h1' | 'h2' | 'h3' | 'p';
  cls: string;
  text: string;
}

/** The seed's lines as blocks: 发文字号, titles, 一、 headings (黑体), （一） headings (楷体), paragraphs. */
export function seedBlocks(text: string): Block[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.map((line, i): Block => {
    if (i === 0) return { tag: 'p', cls: 'docno', text: line };
    if (i === 1 || line === '政府工作报告') return { tag: 'h1', cls: 'title', text: line };
    if (/^[一二三四五六七八九十]+、/.test(line)) return { tag: 'h2', cls: 'h1', text: line };
    if (/^（[一二三四五六七八九十]+）/.test(line)) return { tag: 'h3', cls: 'h2', text: line };
    return { tag: 'p', cls: 'p', text: line };
  });
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);

/** GB/T 9704-like print CSS shared by both paths, so the only difference is who paginates. */
export function printCss(): string {
  const faces = Object.keys(FONT_FILES)
    .map((role) => `@font-face{font-family:"B-${role}";src:url("${fontUrl(role)}") format("truetype");}`)
    .join('\n');
  return `${faces}
${layoutCssVariables()}
/* Paged.js reads @page margins itself and does not resolve var(): numbers go in as they are. */
@page {
  size: A4;
  margin: ${TOP_MARGIN_MM}mm ${OUTER_MARGIN_MM}mm ${BOTTOM_MARGIN_MM}mm ${INNER_MARGIN_MM}mm;
}
@page :right { @bottom-right { content: "— " counter(page) " —"; font-family: "B-fang"; font-size: var(--gw-size-si);
  vertical-align: top; padding-top: var(--gw-page-number-gap); margin-right: var(--gw-page-number-inset); } }
@page :left { @bottom-left { content: "— " counter(page) " —"; font-family: "B-fang"; font-size: var(--gw-size-si);
  vertical-align: top; padding-top: var(--gw-page-number-gap); margin-left: var(--gw-page-number-inset); } }
html { font-family: "B-fang", serif; font-size: var(--gw-body-size); line-height: var(--gw-pitch); }
body { margin: 0; letter-spacing: var(--gw-body-tracking); }
p { margin: 0; text-indent: var(--gw-indent); text-align: justify; }
.docno { text-align: center; text-indent: 0; }
h1.title { font-family: "B-xbs", serif; font-weight: normal; font-size: var(--gw-size-er); text-align: center;
  line-height: var(--gw-title-line); margin: var(--gw-pitch) 0; }
h1.title:not(:first-of-type) { break-before: page; }
h2.h1 { font-family: "B-hei", sans-serif; font-weight: normal; font-size: var(--gw-size-san); margin: 0; text-indent: var(--gw-indent); }
h3.h2 { font-family: "B-kai", serif; font-weight: normal; font-size: var(--gw-size-san); margin: 0; text-indent: var(--gw-indent); }
section.copy + section.copy { break-before: page; }
`;
}

export interface PageOptions {
  /** Copies of the seed's text, each starting on a new page. */
  copies: number;
  /** Extra HTML for the end of <head>: the Paged.js script and whatever goes with it. */
  head?: string;
}

/** The whole page. Without `head` it is the native-print path. */
export function standalonePage({ copies, head = '' }: PageOptions): string {
  const blocks = seedBlocks(readFileSync(SEED_PATH, 'utf8'));
  const copy = blocks.map((b) => `<${b.tag} class="${b.cls}">${escapeHtml(b.text)}</${b.tag}>`).join('\n');
  const body = Array.from({ length: copies }, () => `<section class="copy">\n${copy}\n</section>`).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>政府工作报告 ×${copies}</title>
<style>${printCss()}</style>${head}</head><body>
${body}
</body></html>`;
}
