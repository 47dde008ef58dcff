/**
 * Subsets are cached on disk, keyed by the source bytes and the text: a rebuild reads
 * the cached file instead of running hb-subset (or compressing a WOFF2) again.
 */
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { resolveFonts, subsetFont } from '../../plugins/fonts/index.ts';
import { displayFontSubset } from '../../src/web/fonts.ts';

test('a second subset of the same font and text is read from the cache file', async () => {
  // A fresh project root, so the cache starts empty.
  const root = pathToFileURL(`${await mkdtemp(join(tmpdir(), 'gongwen-cache-'))}/`);
  const { fang } = await resolveFonts({}, root);
  expect(fang.cacheDir).toBe(new URL('node_modules/.cache/gongwen/fonts/', root).pathname);

  const first = await subsetFont(fang, '关于印发政府工作报告的通知', 'truetype');
  const files = await readdir(fang.cacheDir);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/\.ttf$/u);

  // Mark the cached file: only a read from the cache can return the mark.
  const marked = Buffer.concat([first, Buffer.from('cached')]);
  await writeFile(join(fang.cacheDir, files[0]!), marked);
  // Same characters in another order and with repeats: the same set, so the same entry.
  expect(await subsetFont(fang, '通知的报告工作政府发印于关关', 'truetype')).toEqual(marked);

  // Other text is another entry.
  await subsetFont(fang, '通知', 'truetype');
  expect(await readdir(fang.cacheDir)).toHaveLength(2);
});

test('two cold caches give byte-identical subsets, so PDFs stay reproducible', async () => {
  const subsets = [];
  for (let run = 0; run < 2; run += 1) {
    const root = pathToFileURL(`${await mkdtemp(join(tmpdir(), 'gongwen-cache-'))}/`);
    const { fang, kai } = await resolveFonts({}, root);
    subsets.push([await subsetFont(fang, '政府工作报告', 'truetype'), await subsetFont(kai, '政府工作报告', 'truetype')]);
  }
  expect(subsets[0]![0]!.equals(subsets[1]![0]!)).toBe(true);
  expect(subsets[0]![1]!.equals(subsets[1]![1]!)).toBe(true);
});

test("the web page's 小标宋 subset (WOFF2, 0.5–1.5 s to compress) is kept too, so an unchanged page does not pay for it again", async () => {
  const cacheDir = join(await mkdtemp(join(tmpdir(), 'gongwen-cache-')), 'fonts');
  const title = '关于印发《政府工作报告》的通知天津市西青区张家窝镇人民政府文件';
  const first = await displayFontSubset(title, cacheDir);
  expect(first.subarray(0, 4).toString('latin1')).toBe('wOF2');
  const files = await readdir(cacheDir);
  expect(files).toHaveLength(1);
  const marked = Buffer.concat([first, Buffer.from('cached')]);
  await writeFile(join(cacheDir, files[0]!), marked);
  expect(await displayFontSubset(title, cacheDir)).toEqual(marked);
});
