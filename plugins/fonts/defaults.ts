/**
 * The open fonts a fresh machine gets from npm or Debian, one per role (spec fonts.md §1), and the
 * family names our @font-face rules declare.
 */
import { findTexFile } from '../tex-files.ts';
import { PACKAGED_FONTS, packagedFontFile } from './packaged.ts';
import type { FontRole } from './types.ts';

/** The CSS family our @font-face rule declares for a role's font; a fallback (index 1, 2…) gets `gongwen-<role>-2`, `-3`… */
export function roleFamily(role: FontRole, index = 0): string {
  return index === 0 ? `gongwen-${role}` : `gongwen-${role}-${index + 1}`;
}

/** GB/T 9704's names for the roles, for messages and the font report. */
export const ROLE_NAMES: Record<FontRole, string> = {
  fang: '仿宋',
  xiaobiaosong: '小标宋',
  hei: '黑体',
  kai: '楷体',
  song: '宋体',
};

export const notoSerifRegular = () => packagedFontFile(PACKAGED_FONTS.notoSerifRegular);

/** The npm defaults: static glyf fonts under the OFL (fonts.md §1), read from their package or gongwen's font store (packaged.ts). */
export const PACKAGED_DEFAULTS: Record<Exclude<FontRole, 'fang'>, () => string> = {
  // Noto Serif SC Black stands in for 方正小标宋 in the red 发文机关标志 and the titles.
  xiaobiaosong: () => packagedFontFile(PACKAGED_FONTS.notoSerifBlack),
  hei: () => packagedFontFile(PACKAGED_FONTS.notoSansRegular),
  kai: () => packagedFontFile(PACKAGED_FONTS.wenkai),
  song: notoSerifRegular,
};

/**
 * The open fonts that draw what a role's own fonts lack, nearest look first; every one maps the 30,000-odd
 * code points of GB 18030's Han blocks, so a name outside GB2312 (堃, 喆, 玥) is found in the first.
 * 仿宋 falls back to LXGW WenKai: there is no open 仿宋 besides Fandol (GB2312 only), and a 仿宋 is a Song
 * structure written with 楷 strokes — light, even-weight and slanting up — which a 楷 keeps and a 宋体's
 * thick verticals and serifs break in a line of 仿宋. Noto Serif SC comes after it, then the other way round
 * for the 宋体 and 楷体 roles; the heavy 小标宋 and the 黑体 have only the other family's coverage to add.
 */
export const OPEN_FALLBACKS: Record<FontRole, (() => string)[]> = {
  fang: [PACKAGED_DEFAULTS.kai, notoSerifRegular],
  xiaobiaosong: [PACKAGED_DEFAULTS.kai],
  hei: [PACKAGED_DEFAULTS.kai],
  kai: [notoSerifRegular],
  song: [PACKAGED_DEFAULTS.kai],
};

/**
 * There is no open FangSong on npm; FandolFang comes with Debian's texlive-lang-chinese and is
 * used at build time only (fonts.md §6 risk 1).
 */
export const FANDOL_INSTALL_HINT = 'apt-get install texlive-lang-chinese python3-fonttools';
export const FANDOL_LICENCE_NOTE =
  'FandolFang (Fandol 0.3, texlive-lang-chinese) is GPL-3 with a font exception per its README, but its author has ' +
  'reportedly limited it to the Chinese TeX community: it is read at build time and never committed, yet its ' +
  'per-document subsets are embedded in the PDF and served from _gongwen/fonts/ — to avoid that, name a licensed ' +
  '仿宋 with fonts.fang.file or fonts.fang.families.';

const FANDOL_FANG_PATHS = [
  '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf',
  '/usr/share/texmf/fonts/opentype/public/fandol/FandolFang-Regular.otf',
];

/** FandolFang-Regular.otf from the Debian package, else wherever TeX (kpsewhich) finds it, else null. */
export function findFandolFang(): Promise<string | null> {
  return findTexFile(FANDOL_FANG_PATHS, 'FandolFang-Regular.otf');
}
