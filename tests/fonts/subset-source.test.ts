/**
 * Fonts are prepared once, not per document (issue 14): FandolFang's CFF outlines are converted to
 * TrueType once per machine and kept in the font store by the source's SHA-256, after which a new
 * document's subset needs no fontTools at all; a WOFF2 face is decompressed once per machine too, and the
 * subsets cut from it are the very bytes subset-font cuts from the WOFF2 itself.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import * as fontkit from 'fontkit';
import hbSubset from 'subset-font';
import { fileHash } from '../../plugins/fonts/cache.ts';
import { openFont } from '../../plugins/fonts/inspect.ts';
import { resolveFonts, subsetCharacters, subsetFont } from '../../plugins/fonts/index.ts';
import { convertedFacePath, subsetSource } from '../../plugins/fonts/subset-source.ts';
import { fontToolsFacts } from './helpers.ts';

const run = promisify(execFile);
const freshRoot = async () => pathToFileURL(`${await mkdtemp(join(tmpdir(), 'gongwen-source-'))}/`);

test('FandolFang is converted once per machine; a later document is subset from the kept face without fontTools', async () => {
  test.setTimeout(180_000);
  const { fang } = await resolveFonts({}, await freshRoot());
  expect(fang.outlines).toBe('cff');
  await subsetSource(fang);
  const kept = convertedFacePath(await fileHash(fang.file), fang.faceIndex);
  expect(existsSync(kept)).toBe(true);
  expect(fontToolsFacts(kept).tables).toContain('glyf');

  // Another process (another build) with no usable Python and a cold subset cache: only the kept face can serve it.
  const output = join(await mkdtemp(join(tmpdir(), 'gongwen-source-')), 'fang.ttf');
  const elsewhere = { ...fang, cacheDir: join(await mkdtemp(join(tmpdir(), 'gongwen-source-')), 'cache') };
  const program = `
    import { writeFileSync } from 'node:fs';
    import { subsetFont } from ${JSON.stringify(new URL('../../plugins/fonts/index.ts', import.meta.url).href)};
    writeFileSync(${JSON.stringify(output)}, await subsetFont(${JSON.stringify(elsewhere)}, '关于做好冬春季节森林防火工作的通知', 'truetype'));`;
  const script = join(await mkdtemp(join(tmpdir(), 'gongwen-source-')), 'subset.mts');
  await writeFile(script, program);
  await run(process.execPath, [script], { env: { ...process.env, GONGWEN_PYTHON: '/nonexistent/python3' } });
  const facts = fontToolsFacts(output, '森林防火');
  expect(facts.tables).toContain('glyf');
  expect(facts.tables).not.toContain('CFF ');
  expect(facts.postScriptName).toBe('FandolFang-Regular');
  expect(facts.mapped).toEqual([...'森林防火']);
});

test('a WOFF2 face is decompressed once per machine, and its subsets are the bytes subset-font cuts from the WOFF2', async () => {
  const { kai } = await resolveFonts({}, await freshRoot());
  expect(kai.file).toMatch(/\.woff2$/u);
  const text = '各镇人民政府，区政府各委、办、局';
  const ours = await subsetFont(kai, text, 'truetype');
  const direct = await hbSubset(await readFile(kai.file), subsetCharacters(text), { targetFormat: 'truetype' });
  expect(ours.equals(direct)).toBe(true);
  expect(fontToolsFacts(await writeTemp(ours), text).mapped).toEqual([...text]);
  // Kept in the font store beside the converted faces, as a plain sfnt fontTools reads.
  const kept = convertedFacePath(await fileHash(kai.file), kai.faceIndex);
  expect(fontToolsFacts(kept, text)).toMatchObject({ postScriptName: 'LXGWWenKai-Regular', mapped: [...text] });
});

test("a WOFF2 face read with Node's zlib gives fontkit's own answers: names, permissions, the characters it maps, set widths", async () => {
  const { kai } = await resolveFonts({}, await freshRoot());
  const ours = (await openFont(kai.file)).faces[0]!;
  const theirs = fontkit.create(await readFile(kai.file)) as fontkit.Font;
  expect(theirs.type).toBe('WOFF2');
  expect([ours.fullName, ours.postScriptName, ours.fsType]).toEqual([theirs.fullName, theirs.postscriptName, theirs['OS/2']?.fsType]);
  const sample = '关于印发〈政府工作报告〉的通知 2024年1月23日 (此件主动公开) 𠀀';
  expect([...sample].map((char) => ours.hasGlyph(char.codePointAt(0)!))).toEqual([...sample].map((char) => theirs.hasGlyphForCodePoint(char.codePointAt(0)!)));
  const width = (font: fontkit.Font, text: string) => font.layout(text).positions.reduce((units, { xAdvance }) => units + xAdvance, 0) / font.unitsPerEm;
  expect(ours.advance(sample)).toBe(width(theirs, sample));
});

async function writeTemp(bytes: Buffer): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'gongwen-source-')), 'font.ttf');
  await writeFile(path, bytes);
  return path;
}
