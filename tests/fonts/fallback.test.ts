/**
 * A name outside GB2312 (闫喆 in 建市函〔2014〕266号, tests/fixture-site/content/names-outside-gb2312.mdx)
 * prints: the character the 仿宋 lacks is drawn by the next font of the 仿宋 chain, embedded as a real
 * subset, read back from the PDF's text layer, and listed in the build log. A character no font has
 * stops the document at its MDX line and column, in `gongwen lint` and in the build.
 */
import { execFile, execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { FIXTURE_CONTENT, FIXTURE_DIST } from '../print/support.ts';
import { glyphCoverageFor } from '../../plugins/lint/printable-fonts.ts';
import { lintSource } from '../../plugins/lint/lint.ts';
import { ROOT, fontTools } from './helpers.ts';

const SLUG = 'names-outside-gb2312';
const SOURCE = join(FIXTURE_CONTENT, `${SLUG}.mdx`);
const LICENSED_PROJECT = 'tests/fixtures/fonts/licensed-project';
const FANDOL = '/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/FandolFang-Regular.otf';

/** U+5586 喆 and U+865F 號: outside GB2312, so outside every 仿宋_GB2312. */
const ZHE = '喆';
const HAO = '號';

/** pdftotext's text of a PDF, with the spaces of its layout removed (a name may be split by spacing). */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '');
}

interface PdfFont {
  baseFont: string;
  subtype: string;
  fontFile2: boolean;
  /** Unicode code points its ToUnicode CMap maps glyphs to. */
  unicodes: Set<number>;
}

/** Every Type0 font of a PDF with its descendant's type, its font program and what its ToUnicode maps to (read with pdf-lib). */
async function pdfFonts(file: string): Promise<PdfFont[]> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const deref = (object: PDFObject | undefined) => (object instanceof PDFRef ? pdf.context.lookup(object) : object);
  const fonts: PdfFont[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype'))?.toString() !== '/Type0') continue;
    const descendants = deref(object.get(PDFName.of('DescendantFonts'))) as PDFArray;
    const descendant = deref(descendants.get(0)) as PDFDict;
    const descriptor = deref(descendant.get(PDFName.of('FontDescriptor'))) as PDFDict;
    const toUnicode = deref(object.get(PDFName.of('ToUnicode')));
    const cmap = toUnicode instanceof PDFRawStream ? new TextDecoder().decode(decodePDFRawStream(toUnicode).decode()) : '';
    fonts.push({ ...described(object, descendant, descriptor), unicodes: toUnicodeTargets(cmap) });
  }
  return fonts;
}

/** The code points a ToUnicode CMap maps glyphs to: bfchar pairs and bfrange runs (destinations are UTF-16BE hex). */
function toUnicodeTargets(cmap: string): Set<number> {
  const unicodes = new Set<number>();
  const utf16 = (hex: string) => String.fromCharCode(...hex.match(/.{4}/gu)!.map((unit) => parseInt(unit, 16))).codePointAt(0)!;
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/gu)) {
    for (const [, , to] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/gu)) unicodes.add(utf16(to!));
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/gu)) {
    for (const [, from, to, target] of body!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/gu)) {
      if (target!.startsWith('[')) {
        for (const [, hex] of target!.matchAll(/<([0-9A-Fa-f]+)>/gu)) unicodes.add(utf16(hex!));
      } else {
        const start = utf16(target!.slice(1, -1));
        for (let i = 0; i <= parseInt(to!, 16) - parseInt(from!, 16); i++) unicodes.add(start + i);
      }
    }
  }
  return unicodes;
}

function described(font: PDFDict, descendant: PDFDict, descriptor: PDFDict): Omit<PdfFont, 'unicodes'> {
  return {
    baseFont: font.get(PDFName.of('BaseFont'))!.toString().slice(1),
    subtype: descendant.get(PDFName.of('Subtype'))!.toString().slice(1),
    fontFile2: descriptor.has(PDFName.of('FontFile2')),
  };
}

/** The fonts of a PDF whose text layer maps a character. */
async function fontsDrawing(file: string, char: string): Promise<PdfFont[]> {
  return (await pdfFonts(file)).filter((font) => font.unicodes.has(char.codePointAt(0)!));
}

function astroBuild(env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'node_modules/.bin/astro',
      ['build', '--root', LICENSED_PROJECT],
      { env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}

/** 1-based line and column (in code points) of the first `char` in `source`, counted here from the text itself. */
function lineColumn(source: string, char: string): [number, number] {
  const before = source.slice(0, source.indexOf(char)).split('\n');
  return [before.length, [...before.at(-1)!].length + 1];
}

test('with the default fonts, 喆 (which FandolFang lacks) is drawn by LXGW WenKai, embedded as a CID TrueType subset, and extracted as 喆', async () => {
  const pdf = join(FIXTURE_DIST, `${SLUG}.pdf`);
  // Independent check of the premise, with fontTools: the 仿宋 default lacks 喆, the fallback has it.
  expect(execFileSync('/usr/bin/python3', ['-c', `from fontTools.ttLib import TTFont; print(${ZHE.codePointAt(0)} in TTFont("${FANDOL}", lazy=True).getBestCmap())`], { encoding: 'utf8' }).trim()).toBe('False');
  const text = pdfText(pdf);
  expect(text).toContain('项目总监闫喆。');
  expect(text).toContain('南郡壹號2号');
  const drawing = await fontsDrawing(pdf, ZHE);
  expect(drawing.map(({ baseFont, subtype, fontFile2 }) => ({ baseFont: baseFont.replace(/^[A-Z]{6}\+/u, ''), subtype, fontFile2 }))).toEqual([
    { baseFont: 'LXGWWenKai-Regular', subtype: 'CIDFontType2', fontFile2: true },
  ]);
  expect(drawing[0]!.baseFont).toMatch(/^[A-Z]{6}\+/u);
  // A fallback subset holds only what the 仿宋 lacks: 喆 (and the spaces every subset keeps), not the body text.
  expect([...drawing[0]!.unicodes].filter((cp) => cp > 0x7f && cp !== 0x3000 && cp !== 0xa0).map((cp) => String.fromCodePoint(cp))).toEqual([ZHE]);
  // 號 is in FandolFang, so the 仿宋 itself draws it.
  expect((await fontsDrawing(pdf, HAO)).map(({ baseFont }) => baseFont.replace(/^[A-Z]{6}\+/u, ''))).toEqual(['FandolFang-Regular']);
});

test.describe('a licensed 仿宋 that lacks what GB2312 lacks', () => {
  test.describe.configure({ mode: 'serial', timeout: 300_000 });
  let dir: string;
  let fang: string;

  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'gongwen-licensed-'));
    // Astro's content store of an earlier run may name documents that are gone.
    await rm(join(LICENSED_PROJECT, 'node_modules', '.astro'), { recursive: true, force: true });
    // A "仿宋_GB2312": the real FandolFang cut to GB2312's 6763 hanzi and 682 symbols plus ASCII, renamed.
    const gb2312 = join(dir, 'gb2312.txt');
    const chars: string[] = [];
    for (let row = 0xa1; row <= 0xf7; row++) {
      for (let cell = 0xa1; cell <= 0xfe; cell++) {
        try {
          chars.push(new TextDecoder('gb18030', { fatal: true }).decode(new Uint8Array([row, cell])));
        } catch {
          // an unassigned cell of the GB2312 table
        }
      }
    }
    await writeFile(gb2312, chars.join('') + Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)).join('') + '\u3000');
    fang = join(dir, 'fang-gb2312.otf');
    fontTools(
      `import sys
from fontTools import subset
from fontTools.ttLib import TTFont
font = TTFont(sys.argv[1])
options = subset.Options(); options.name_IDs = ['*']
s = subset.Subsetter(options); s.populate(text=open(sys.argv[2], encoding='utf-8').read()); s.subset(font)
for record in font['name'].names:
    if record.nameID in (1, 4): record.string = 'GB2312 Licensed Fang'
    if record.nameID == 6: record.string = 'GB2312LicensedFang'
font.save(sys.argv[3])`,
      FANDOL,
      gb2312,
      fang,
    );
  });
  test.afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    for (const folder of ['content', 'content-unprintable']) await rm(join(LICENSED_PROJECT, folder), { recursive: true, force: true });
  });

  test('the document still builds: 號 is drawn by FandolFang (the open 仿宋), 喆 by LXGW WenKai, both listed in the build log', async () => {
    const out = join(dir, 'dist');
    await mkdir(join(LICENSED_PROJECT, 'content'), { recursive: true });
    await copyFile(SOURCE, join(LICENSED_PROJECT, 'content', `${SLUG}.mdx`));
    const { code, output } = await astroBuild({ GONGWEN_FIXTURE_CONTENT: 'content', GONGWEN_FANG_FILE: fang, GONGWEN_FIXTURE_OUT: out });
    expect(code, output).toBe(0);
    expect(output).toContain(`${SLUG}.pdf: ${HAO} U+865F in 仿宋 → drawn by FandolFang R`);
    expect(output).toContain(`${SLUG}.pdf: ${ZHE} U+5586 in 仿宋 → drawn by LXGW WenKai`);
    expect(output).toMatch(/仿宋 fang: GB2312 Licensed Fang \(option-file, .*\) — in the PDF as GB2312LicensedFang — CID TrueType, embedded, subset/u);
    expect(output).toMatch(/仿宋 fang fallback 2: FandolFang R \(default, .*\) draws 號 — in the PDF as FandolFang-Regular — CID TrueType, embedded, subset/u);
    const pdf = join(out, `${SLUG}.pdf`);
    const text = pdfText(pdf);
    expect(text).toContain('项目总监闫喆。');
    expect(text).toContain('南郡壹號2号');
    expect((await fontsDrawing(pdf, '闫')).map(({ baseFont }) => baseFont.replace(/^[A-Z]{6}\+/u, ''))).toContain('GB2312LicensedFang');
    for (const [char, font] of [
      [HAO, 'FandolFang-Regular'],
      [ZHE, 'LXGWWenKai-Regular'],
    ] as const) {
      const drawing = await fontsDrawing(pdf, char);
      expect(drawing.map(({ baseFont, subtype, fontFile2 }) => [baseFont.replace(/^[A-Z]{6}\+/u, ''), subtype, fontFile2]), char).toEqual([[font, 'CIDFontType2', true]]);
    }
  });

  test('a character no font has stops `gongwen lint` and the build at its MDX line and column', async () => {
    const content = join(LICENSED_PROJECT, 'content-unprintable');
    await mkdir(content, { recursive: true });
    // U+E000, a private-use code point as a word processor's symbol font leaves it, pasted into the name.
    // In the body (the frontmatter's YAML comment quotes the name too, and comments are not printed).
    const [, frontmatter, body] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/u.exec(await readFile(SOURCE, 'utf8'))!;
    const source = frontmatter! + body!.replace('项目总监闫喆', '项目总监闫\uE000');
    const file = join(content, `${SLUG}.mdx`);
    await writeFile(file, source);
    const [line, column] = lineColumn(source, '\uE000');
    const expected = `${line}:${column}  error  glyph-coverage  "\uE000" U+E000 is in none of the fonts this document may print with`;

    const lint = await new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, ['plugins/cli.ts', 'lint', file], (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout })),
    );
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(`${relative(process.cwd(), file)}:${expected}`);

    const out = join(dir, 'dist-unprintable');
    const { code, output } = await astroBuild({ GONGWEN_FIXTURE_CONTENT: 'content-unprintable', GONGWEN_FANG_FILE: fang, GONGWEN_FIXTURE_OUT: out });
    expect(code).not.toBe(0);
    expect(output).toContain(`${SLUG}.mdx:${expected}`);
    // The build checks against the project's own fonts: its licensed 仿宋 heads the list.
    expect(output).toContain('may print with (GB2312 Licensed Fang, ');
    expect(output).toContain('[GongwenLintError] 1 error in');
    // Stopped by the linter: no page was rendered.
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});

test('glyph-coverage points into the frontmatter too: a printed field (the title) at its line and column', async () => {
  const original = await readFile(SOURCE, 'utf8');
  // U+F8FF, the private-use code point Apple's fonts draw as a logo and no chain font has, typed into the 标题.
  const source = original.replace('title: 住房城乡建设部关于', 'title: 住房城乡建设部\uF8FF关于');
  expect(source).not.toBe(original);
  const rule = await glyphCoverageFor({}, ROOT, source);
  const [line, column] = lineColumn(source, '\uF8FF');
  const found = lintSource('x.mdx', source, [rule]).messages.filter((message) => message.ruleId === 'glyph-coverage');
  expect(found.map(({ line, column, severity, text }) => ({ line, column, severity, text }))).toEqual([{ line, column, severity: 'error', text: '\uF8FF' }]);
  // 喆 and 號 are in the open fonts: not findings.
  expect(lintSource('x.mdx', original, [rule]).messages.filter((message) => message.ruleId === 'glyph-coverage')).toEqual([]);
});
