/**
 * Fonts on the web page. Text uses the reader's installed CJK fonts (fonts.md §1: on screen,
 * licensed family names first, then common system families, then a generic); only the red
 * 发文机关标志 and the titles get a web font: a per-page subset of Noto Serif SC Black (OFL),
 * the 小标宋 stand-in, holding just the characters those lines use (a few KB).
 */
import { readFile } from 'node:fs/promises';
import subsetFont from 'subset-font';
import { cached, cachePath, fileHash } from '../../plugins/fonts/cache.ts';
import { PACKAGED_DEFAULTS } from '../../plugins/fonts/defaults.ts';
import type { FontRole } from '../../plugins/options.ts';
import type { ResolvedOptions } from '../../plugins/options.ts';
import type { GongwenDocument } from '../../plugins/schema.ts';
import { documentTitle, issuerMarkOf } from '../../plugins/schema.ts';

/** The @font-face family of the per-page subset. */
export const DISPLAY_FAMILY = 'Gongwen Display';

/** Spec §4.2 fallback chains, licensed names first; the configured families go before them. */
const DEFAULT_FAMILIES: Record<FontRole, string[]> = {
  fang: ['FangSong_GB2312', '仿宋_GB2312', 'FangSong', '仿宋', 'STFangsong', 'FandolFang', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'SimSun'],
  xiaobiaosong: ['FZXiaoBiaoSong-B05S', '方正小标宋简体', '方正小标宋_GBK', 'FZDaBiaoSong-B06', DISPLAY_FAMILY, 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC'],
  hei: ['SimHei', '黑体', 'FandolHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei'],
  kai: ['KaiTi_GB2312', '楷体_GB2312', 'KaiTi', '楷体', 'STKaiti', 'FandolKai', 'AR PL UKai CN', 'LXGW WenKai'],
  song: ['SimSun', '宋体', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC'],
};
const GENERIC: Record<FontRole, string> = { fang: 'serif', xiaobiaosong: 'serif', hei: 'sans-serif', kai: 'serif', song: 'serif' };

/** `--gw-font-<role>` custom properties: configured families, then the defaults, then a generic family. */
export function fontStackProperties(fonts: ResolvedOptions['fonts']): string {
  const roles = Object.keys(DEFAULT_FAMILIES) as FontRole[];
  const declarations = roles.map((role) => {
    const families = [...new Set([...(fonts[role]?.families ?? []), ...DEFAULT_FAMILIES[role]])];
    return `--gw-font-${role}:${families.map((family) => JSON.stringify(family)).join(',')},${GENERIC[role]}`;
  });
  return `:root{${declarations.join(';')}}`;
}

/** The characters set in 小标宋 on a document's page: the issuer mark and the titles. */
export function displayText(doc: GongwenDocument): string {
  const mark = issuerMarkOf(doc);
  const titles = [
    documentTitle(doc),
    ...(doc.issuedDocuments ?? []).flatMap((d) => [d.title, ...(d.attachments ?? []).map((a) => a.title)]),
    ...(doc.attachments ?? []).map((a) => a.title),
  ];
  const text = [...mark.names, mark.suffix, ...titles].join('');
  return [...new Set(text)].sort().join('');
}

let source: Promise<Buffer> | undefined;

/**
 * A WOFF2 holding only `text`'s glyphs from the open 小标宋 default. Always the open font, even when
 * a licensed 小标宋 is configured for print: most font licences forbid serving them on the web.
 * Kept in the font cache (`cacheDir`) by the font's and the text's hash: WOFF2 compression takes
 * 0.5–1.5 s a page, which a rebuild of unchanged documents should not pay again.
 */
export async function displayFontSubset(text: string, cacheDir: string): Promise<Buffer> {
  const file = PACKAGED_DEFAULTS.xiaobiaosong();
  return cached(cachePath(cacheDir, [await fileHash(file), 'display', text], 'woff2'), async () => {
    source ??= readFile(file);
    return subsetFont(await source, text, { targetFormat: 'woff2' });
  });
}
