import { mkdtemp, mkdir, copyFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { fontFaceCss, resolveFonts, subsetFont } from '../../plugins/fonts/index.ts';
import { ROOT, fontTools, fontToolsFacts } from './helpers.ts';

/** A scratch project root holding the given files under fonts/. */
async function projectWith(files: Record<string, string>): Promise<URL> {
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-fonts-test-'));
  await mkdir(join(dir, 'fonts'));
  for (const [name, source] of Object.entries(files)) await copyFile(source, join(dir, 'fonts', name));
  return pathToFileURL(`${dir}/`);
}

test('the open defaults resolve to the fonts fonts.md chose', async () => {
  const fonts = await resolveFonts({}, ROOT);
  const expected = {
    fang: ['FandolFang-Regular.otf', 'FandolFang-Regular', 'cff'],
    xiaobiaosong: ['NotoSerifSC_900Black.ttf', 'NotoSerifSC-Black', 'glyf'],
    hei: ['NotoSansSC_400Regular.ttf', 'NotoSansSC-Regular', 'glyf'],
    kai: ['lxgw-wenkai-latin-500-normal.woff2', 'LXGWWenKai-Regular', 'glyf'],
    song: ['NotoSerifSC_400Regular.ttf', 'NotoSerifSC-Regular', 'glyf'],
  } as const;
  for (const [role, [file, postScriptName, outlines]] of Object.entries(expected)) {
    const font = fonts[role as keyof typeof expected];
    expect(basename(font.file), role).toBe(file);
    expect(font.postScriptName, role).toBe(postScriptName);
    expect(font.outlines, role).toBe(outlines);
    expect(font.source, role).toBe('default');
    expect(font.family, role).toBe(`gongwen-${role}`);
  }
  expect(fonts.fang.fullName).toBe('FandolFang R');
  expect(fonts.xiaobiaosong.fullName).toBe('Noto Serif SC Black');
  // Fandol's disputed licence is always reported (fonts.md §6 risk 1).
  expect(fonts.fang.warnings.join('\n')).toContain('GPL-3');
});

test('a font file that does not exist is named with its option and path', async () => {
  const error = resolveFonts({ fang: { families: [], file: 'fonts/simfang.ttf' } }, ROOT);
  await expect(error).rejects.toThrow('gongwen({ fonts: { fang: { file } } }): the font file "fonts/simfang.ttf" does not exist');
  await expect(error).rejects.toThrow(new URL('fonts/simfang.ttf', ROOT).pathname);
});

test('FandolFang (CFF) comes out of subsetFont with TrueType outlines and the asked characters', async () => {
  const { fang } = await resolveFonts({}, ROOT);
  expect(fontToolsFacts(fang.file).tables).toContain('CFF ');
  const dir = await mkdtemp(join(tmpdir(), 'gongwen-fang-'));
  const out = join(dir, 'fang.ttf');
  await writeFile(out, await subsetFont(fang, '张家窝镇人民政府〔2024〕', 'truetype'));
  const facts = fontToolsFacts(out, '张家窝镇人民政府〔2024〕');
  expect(facts.tables).toContain('glyf');
  expect(facts.tables).not.toContain('CFF ');
  expect(facts.postScriptName).toBe('FandolFang-Regular');
  expect(facts.mapped.join('')).toBe('张家窝镇人民政府〔2024〕');
  expect(facts.glyphs).toBeLessThan(40);
});

test('a user file in the project replaces the default and is subset as TrueType', async () => {
  const { kai } = await resolveFonts({}, ROOT);
  const root = await projectWith({ 'kai.woff2': kai.file });
  const fonts = await resolveFonts({ kai: { families: [], file: 'fonts/kai.woff2' } }, root);
  expect(fonts.kai.source).toBe('option-file');
  expect(fonts.kai.file).toBe(new URL('fonts/kai.woff2', root).pathname);
  const out = new URL('kai.ttf', root).pathname;
  await writeFile(out, await subsetFont(fonts.kai, '（一）经济', 'truetype'));
  expect(fontToolsFacts(out, '（一）经济').mapped.join('')).toBe('（一）经济');
});

test('a family named in the options is found with fontconfig and listed first in the CSS stack', async () => {
  const fonts = await resolveFonts({ hei: { families: ['DejaVu Sans'] } }, ROOT);
  expect(fonts.hei.source).toBe('option-family');
  expect(basename(fonts.hei.file)).toBe('DejaVuSans.ttf');
  expect(fonts.hei.postScriptName).toBe('DejaVuSans');
  const css = fontFaceCss(fonts, (role) => `/f/${role}.ttf`, { hei: { families: ['DejaVu Sans'] } });
  // Then the 黑体's chain: DejaVu Sans, the open default Noto Sans SC, the open fallback LXGW WenKai.
  expect([fonts.hei, ...fonts.hei.fallbacks].map((font) => font.fullName)).toEqual(['DejaVu Sans', 'Noto Sans SC Regular', 'LXGW WenKai']);
  expect(css).toContain('--gw-font-hei: "DejaVu Sans", "gongwen-hei", "gongwen-hei-2", "gongwen-hei-3";');
  expect(css).toContain('--gw-font-fang: "gongwen-fang", "gongwen-fang-2", "gongwen-fang-3";');
  expect(css).not.toContain('local(');
});

test('a family that is not installed falls back to the default and says so', async () => {
  const fonts = await resolveFonts({ fang: { families: ['仿宋_GB2312'] } }, ROOT);
  expect(fonts.fang.source).toBe('default');
  expect(fonts.fang.warnings.join('\n')).toContain('fonts.fang.families (仿宋_GB2312) — none of them is installed on this build machine');
});

const SET_FSTYPE = `
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1]); f["OS/2"].fsType = int(sys.argv[3]); f.save(sys.argv[2])`;

test('licence bits: restricted embedding is refused, no-subsetting embeds the whole font', async () => {
  const { song } = await resolveFonts({}, ROOT);
  const root = await projectWith({});
  const small = new URL('fonts/small.ttf', root).pathname;
  await writeFile(small, await subsetFont(song, '宋体页码一二三四五六七八九十', 'truetype'));
  fontTools(SET_FSTYPE, small, new URL('fonts/restricted.ttf', root).pathname, '2');
  fontTools(SET_FSTYPE, small, new URL('fonts/whole.ttf', root).pathname, String(0x0100));

  await expect(resolveFonts({ song: { families: [], file: 'fonts/restricted.ttf' } }, root)).rejects.toThrow(
    /fonts\/restricted\.ttf: its licence bits \(OS\/2 fsType 0x0002 restricted licence embedding\) forbid embedding .* Type 3/u,
  );

  const { song: whole } = await resolveFonts({ song: { families: [], file: 'fonts/whole.ttf' } }, root);
  expect(whole.warnings.join('\n')).toContain('fsType 0x0100 forbids subsetting, so the whole font is embedded');
  const out = new URL('out.ttf', root).pathname;
  await writeFile(out, await subsetFont(whole, '一', 'truetype'));
  expect(fontToolsFacts(out).glyphs).toBe(fontToolsFacts(new URL('fonts/whole.ttf', root).pathname).glyphs);
});

const MAKE_TTC = `
import sys
from fontTools.ttLib import TTFont, TTCollection
c = TTCollection(); c.fonts = [TTFont(sys.argv[2]), TTFont(sys.argv[3])]; c.save(sys.argv[1])`;

test('a TTC face is picked by the first family name, else the SC face, else the error lists the faces', async () => {
  const defaults = await resolveFonts({}, ROOT);
  const root = await projectWith({});
  const face = (role: 'kai' | 'hei') => new URL(`fonts/${role}.ttf`, root).pathname;
  await writeFile(face('kai'), await subsetFont(defaults.kai, '楷体黑体一二', 'truetype'));
  await writeFile(face('hei'), await subsetFont(defaults.hei, '楷体黑体一二', 'truetype'));
  fontTools(MAKE_TTC, new URL('fonts/both.ttc', root).pathname, face('kai'), face('hei'));

  const byName = await resolveFonts({ kai: { families: ['LXGW WenKai'], file: 'fonts/both.ttc' } }, root);
  expect([byName.kai.faceIndex, byName.kai.postScriptName]).toEqual([0, 'LXGWWenKai-Regular']);

  const bySc = await resolveFonts({ hei: { families: [], file: 'fonts/both.ttc' } }, root);
  expect([bySc.hei.faceIndex, bySc.hei.postScriptName]).toEqual([1, 'NotoSansSC-Regular']);
  const out = new URL('hei-from-ttc.ttf', root).pathname;
  await writeFile(out, await subsetFont(bySc.hei, '黑体', 'truetype'));
  const facts = fontToolsFacts(out, '黑体');
  expect([facts.postScriptName, facts.mapped.join('')]).toEqual(['NotoSansSC-Regular', '黑体']);

  await expect(resolveFonts({ kai: { families: ['KaiTi'], file: 'fonts/both.ttc' } }, root)).rejects.toThrow(
    'is a font collection (TTC) and no face is named "KaiTi". Its faces are 0: "LXGW WenKai" (LXGWWenKai-Regular); 1: "Noto Sans SC" (NotoSansSC-Regular)',
  );
});

test('without fontTools, 仿宋 falls back to Noto Serif SC and says what to install; a CFF user font is refused', async () => {
  const saved = process.env['GONGWEN_PYTHON'];
  process.env['GONGWEN_PYTHON'] = '/nonexistent/python3';
  try {
    const { fang } = await resolveFonts({}, ROOT);
    expect(fang.source).toBe('fallback');
    expect(basename(fang.file)).toBe('NotoSerifSC_400Regular.ttf');
    expect(fang.warnings.join('\n')).toContain(
      '仿宋 fang: fontTools for Python (python3-fonttools) not found, so the body text prints in Noto Serif SC Regular, a 宋体 — not a 仿宋. ' +
        'Install them with `apt-get install texlive-lang-chinese python3-fonttools`',
    );
    const root = await projectWith({ 'fang.otf': '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf' });
    await expect(resolveFonts({ fang: { families: [], file: 'fonts/fang.otf' } }, root)).rejects.toThrow(
      'has CFF (OpenType PostScript) outlines, which Chromium prints as Type 3; converting them to TrueType needs fontTools',
    );
  } finally {
    if (saved === undefined) delete process.env['GONGWEN_PYTHON'];
    else process.env['GONGWEN_PYTHON'] = saved;
  }
});
