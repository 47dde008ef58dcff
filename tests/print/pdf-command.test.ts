/**
 * `gongwen pdf <slug>` prints one document from a built site, and the PDF writer fails with
 * the document's name when a print view does not finish in time.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { CHROMIUM_ENV, findChromium } from '../../print/browser.ts';
import { pdfCommand } from '../../print/pdf-command.ts';
import { writePdfs } from '../../print/pdf.ts';
import { FIXTURE_DIST, copyFixtureSite, editPrintView, fixturePdf } from './support.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('gongwen pdf upward --out file: the same PDF as the build wrote', async () => {
  const out = mkdtempSync(join(tmpdir(), 'gongwen-cmd-'));
  try {
    const file = join(out, 'upward.pdf');
    const code = await pdfCommand(['upward', '--dist', FIXTURE_DIST, '--out', file]);
    expect(code).toBe(0);
    expect(sha256(readFileSync(file))).toBe(sha256(readFileSync(fixturePdf('upward').pdf)));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

/** `slug` printed again from the fixture site's print view by the full Chromium (Debian's `chromium`). */
async function printedByFullChromium(slug: string, out: string): Promise<string> {
  const before = process.env[CHROMIUM_ENV];
  process.env[CHROMIUM_ENV] = '/usr/bin/chromium';
  try {
    const file = join(out, `${slug}.pdf`);
    expect(await pdfCommand([slug, '--dist', FIXTURE_DIST, '--out', file])).toBe(0);
    return file;
  } finally {
    if (before === undefined) delete process.env[CHROMIUM_ENV];
    else process.env[CHROMIUM_ENV] = before;
  }
}

/** Every word of the PDF's text layer with its box in points, as poppler reads it. */
const wordBoxes = (file: string) => execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });

test.describe('the headless shell that printed the build, against the full Chromium', () => {
  // print/browser.ts prefers Debian's chromium-headless-shell (README's install line) with --font-render-hinting=none:
  // without that flag the seed's lines of digits break elsewhere than in the browser.
  test.beforeAll(() => expect(findChromium({}), 'the build printed with the headless shell').toBe('/usr/bin/chromium-headless-shell'));

  test('a 函 with figures and dates: the same PDF byte for byte', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gongwen-cmd-full-'));
    try {
      const file = await printedByFullChromium('letter-han', out);
      expect(sha256(readFileSync(file))).toBe(sha256(readFileSync(fixturePdf('letter-han').pdf)));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('a 批复 whose coordinate table runs over pages: every word at the same place, the same pages', async () => {
    const out = mkdtempSync(join(tmpdir(), 'gongwen-cmd-full-'));
    try {
      const file = await printedByFullChromium('reply-port-coordinates', out);
      // Not byte for byte: the copies of the table's head on continuation pages are painted as pictures
      // (print/gongwen.css), whose anti-aliasing differs between the two builds of Chromium.
      const shell = wordBoxes(fixturePdf('reply-port-coordinates').pdf);
      expect(shell.match(/<word /gu)?.length ?? 0).toBeGreaterThan(500);
      expect(wordBoxes(file)).toBe(shell);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

test('gongwen pdf runs the build\'s glyph check with the project\'s fonts: a character in no font is exit 1 with the same message, and no PDF', async () => {
  const site = copyFixtureSite('gongwen-cmd-glyph-');
  try {
    // CJK Extension B's first character: in none of the open default fonts (tests/print/failures.test.ts).
    await editPrintView(site, 'joint', '<p class="gw-recipients">', '<p class="gw-recipients">𠀀');
    const out = join(site, 'out.pdf');
    // Run as a user does: the command line, from the project's folder (where its astro.config is).
    const node = fileURLToPath(new URL('../../node_modules/.bin/node', import.meta.url));
    const cli = fileURLToPath(new URL('../../plugins/cli.ts', import.meta.url));
    const project = fileURLToPath(new URL('../fixture-site/', import.meta.url));
    const run = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(node, [cli, 'pdf', 'joint', '--dist', site, '--out', out], { cwd: project }, (error, _stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stderr }),
      );
    });
    expect(run.stderr).toContain('gongwen pdf: 1 of 1 PDFs were not written');
    expect(run.stderr).toContain('The PDF of "joint" was not written: 1 character(s) have no glyph in the chosen fonts.');
    expect(run.stderr).toMatch(/"𠀀" U\+20000 is missing from every font of the 仿宋 \(fang\) chain on page 1, in "𠀀[^"]*"/u);
    expect(run.stderr).toContain('Choose a font that has them (the fonts option of gongwen)');
    expect(run.code).toBe(1);
    expect(existsSync(out), 'no PDF is written').toBe(false);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('gongwen pdf with an unknown slug: exit 1, naming the missing print view and the fix', async () => {
  const errors: string[] = [];
  const original = console.error;
  console.error = (message: string) => errors.push(message);
  try {
    expect(await pdfCommand(['no-such-document', '--dist', FIXTURE_DIST])).toBe(1);
  } finally {
    console.error = original;
  }
  expect(errors.join('\n')).toContain('no-such-document/print/index.html does not exist');
  expect(errors.join('\n')).toContain('npm run build');
  expect(existsSync(join(FIXTURE_DIST, 'no-such-document.pdf'))).toBe(false);
});

test('gongwen pdf without a slug: usage, exit 2', async () => {
  const original = console.error;
  const errors: string[] = [];
  console.error = (message: string) => errors.push(message);
  try {
    expect(await pdfCommand(['--out'])).toBe(2);
  } finally {
    console.error = original;
  }
  expect(errors.join('\n')).toContain('usage: gongwen pdf <slug>');
});

test('a print view that does not finish in time fails with the document’s name and the option to raise', async () => {
  const out = mkdtempSync(join(tmpdir(), 'gongwen-timeout-'));
  try {
    const run = writePdfs(FIXTURE_DIST, [{ slug: 'joint', pathname: '/joint/print/' }], { timeoutSeconds: 0.05, outFile: join(out, 'joint.pdf') });
    await expect(run).rejects.toThrow(/"joint".*pdfTimeoutSeconds/su);
    expect(existsSync(join(out, 'joint.pdf')), 'no PDF is left behind').toBe(false);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
