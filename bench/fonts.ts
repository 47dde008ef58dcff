/**
 * Font costs for a document the size of the seed: for each role, the time to make its TrueType
 * subset from a cold subset cache and from the disk cache, and the subset's bytes (also as WOFF2). "Cold" includes
 * making the face's subset source once in this process (a WOFF2 decompressed; FandolFang's converted face read
 * from the font store, or converted there first on a machine that has never built).
 * Usage: npm run bench:fonts -- [text file]   (default: the seed document's MDX source)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FONT_ROLES } from '../plugins/options.ts';
import { LAYOUT_CHARACTERS, resolveFonts, subsetCharacters, subsetFont } from '../plugins/fonts/index.ts';

const textFile = process.argv[2] ?? 'content/xiqing-zhangzhengfa-2024-1.mdx';
const text = (await readFile(textFile, 'utf8')) + LAYOUT_CHARACTERS;
// A scratch project root: its cache starts empty, so the first run of each role is cold.
const dir = await mkdtemp(join(tmpdir(), 'gongwen-bench-fonts-'));
const fonts = await resolveFonts({}, pathToFileURL(`${dir}/`));

const seconds = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
};

console.log(`${textFile}: ${[...subsetCharacters(text)].length} distinct characters (with the layout's)`);
console.log('role          font                     cold s  cached s  TTF bytes  WOFF2 bytes  WOFF2 cold s');
for (const role of FONT_ROLES) {
  const font = fonts[role];
  const cold = await seconds(() => subsetFont(font, text, 'truetype'));
  const warm = await seconds(() => subsetFont(font, text, 'truetype'));
  const ttf = (await subsetFont(font, text, 'truetype')).length;
  const woff2Cold = await seconds(() => subsetFont(font, text, 'woff2'));
  const woff2 = (await subsetFont(font, text, 'woff2')).length;
  console.log(
    [role.padEnd(13), font.postScriptName.padEnd(24), cold.toFixed(2).padStart(6), warm.toFixed(3).padStart(9),
      String(ttf).padStart(10), String(woff2).padStart(12), woff2Cold.toFixed(2).padStart(13)].join(' '),
  );
}
await rm(dir, { recursive: true, force: true });
