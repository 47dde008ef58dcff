/**
 * Shared by the font tests: the project root, real fonts resolved as the build resolves them, an
 * independent look into font files with fontTools, and a page served to Chromium with our @font-face CSS.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { FONT_ROLES, type FontRole } from '../../plugins/options.ts';
import { faceName, fontFaceCss, fontVariable, servedChains, subsetFont, type ResolvedFont } from '../../plugins/fonts/index.ts';
import { parseFaceName } from '../../plugins/fonts/route.ts';

export const ROOT = new URL('../../', import.meta.url);

/** Facts about a font file read by fontTools (not by our fontkit-based code): tables, names, fsType, cmap hits. */
export function fontToolsFacts(path: string, text = '', face = 0): { tables: string[]; postScriptName: string; fsType: number; glyphs: number; mapped: string[] } {
  const program = `
import json, sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1], fontNumber=int(sys.argv[3]), lazy=True)
cmap = f.getBestCmap()
print(json.dumps({"tables": sorted(f.keys()), "postScriptName": f["name"].getDebugName(6), "fsType": f["OS/2"].fsType,
  "glyphs": f["maxp"].numGlyphs, "mapped": [c for c in sys.argv[2] if ord(c) in cmap]}))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', program, path, text, String(face)], { encoding: 'utf8' }));
}

/** Runs a fontTools snippet over files (to make test fonts: changed fsType, a TTC). */
export function fontTools(program: string, ...args: string[]): void {
  execFileSync('/usr/bin/python3', ['-c', program, ...args], { stdio: 'pipe' });
}

const ORIGIN = 'http://gongwen.test';

/** Paged.js's polyfill build (the package exports it under the "polyfill" condition, not as a subpath). */
const PAGED_POLYFILL = new URL('dist/paged.polyfill.js', pathToFileURL(createRequire(import.meta.url).resolve('pagedjs').replace(/lib\/index\.cjs$/u, '')));

/**
 * Opens `body` in a page whose CSS is our fontFaceCss for `fonts`, each role's @font-face pointing at
 * a subset of that role's font cut to `text` (and each fallback the text needs, at a subset of what the
 * earlier fonts lack, as the site serves them), all served through page.route (same origin, no server).
 */
export async function openWithFonts(
  page: Page,
  fonts: Record<FontRole, ResolvedFont>,
  text: string,
  body: string,
  { css = '', head = '' } = {},
): Promise<void> {
  const chains = await servedChains(fonts, text);
  const served = new Map<string, { font: ResolvedFont; text: string }>();
  for (const role of FONT_ROLES) {
    for (const { font, index, text: cut } of chains[role]) served.set(faceName(role, index), { font, text: cut });
  }
  const roleRules = FONT_ROLES.map((role) => `.${role} { font-family: var(${fontVariable(role)}); }`).join('\n');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
${fontFaceCss(fonts, (role, index) => `/fonts/${faceName(role, index)}.ttf`, {}, chains)}
@page { size: A4; margin: 20mm; }
body { margin: 0; font-size: 16pt; font-family: var(${fontVariable('fang')}); }
${roleRules}
${css}
</style>${head}</head><body>${body}</body></html>`;
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const face = /^\/fonts\/([\w-]+)\.ttf$/u.exec(path)?.[1];
    const subset = face !== undefined && parseFaceName(face) ? served.get(face) : undefined;
    if (path === '/paged.polyfill.js') {
      await route.fulfill({ body: readFileSync(PAGED_POLYFILL), contentType: 'text/javascript' });
    } else if (subset) {
      await route.fulfill({ body: await subsetFont(subset.font, subset.text, 'truetype'), contentType: 'font/ttf' });
    } else {
      await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    }
  });
  await page.goto(`${ORIGIN}/`);
  // Load every face before printing: a face still loading would print in a fallback font.
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((face) => face.load()));
    await document.fonts.ready;
  });
}
