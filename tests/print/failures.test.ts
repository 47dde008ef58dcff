/**
 * Failures lose nothing: a document with a character its fonts cannot draw is not printed (no
 * fallback glyph, no box), its last good PDF stays as it was, and the other documents still print.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writePdfs } from '../../print/pdf.ts';
import { resolveFonts } from '../../plugins/fonts/index.ts';
import { FIXTURE_DIST, fixturePdf } from './support.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** CJK Extension B's first character: in none of the open default fonts (GB2312 and 通用规范汉字表 sets). */
const UNDRAWABLE = '𠀀';

test.describe.configure({ timeout: 180_000 });

test('a character no chosen font has stops that document with the character, its font and where it stands; the others print', async () => {
  const site = mkdtempSync(join(tmpdir(), 'gongwen-glyph-'));
  try {
    cpSync(FIXTURE_DIST, site, { recursive: true });
    const view = join(site, 'joint', 'print', 'index.html');
    const html = readFileSync(view, 'utf8');
    expect(html).toContain('<p class="gw-recipients">');
    writeFileSync(view, html.replace('<p class="gw-recipients">', `<p class="gw-recipients">${UNDRAWABLE}`));
    const lastGood = sha256(readFileSync(join(site, 'joint.pdf')));
    rmSync(join(site, 'upward.pdf'));

    const fonts = await resolveFonts({}, new URL('../../', import.meta.url));
    const run = writePdfs(
      site,
      [
        { slug: 'joint', pathname: '/joint/print/' },
        { slug: 'upward', pathname: '/upward/print/' },
      ],
      { timeoutSeconds: 120, fonts },
    );
    const error = await run.then(
      () => null,
      (reason: Error) => reason,
    );
    expect(error, 'the build must fail').not.toBeNull();
    expect(error!.message).toContain('1 of 2 PDFs were not written');
    expect(error!.message).toContain('The PDF of "joint" was not written');
    expect(error!.message).toMatch(/"𠀀" U\+20000 is missing from every font of the 仿宋 \(fang\) chain on page 1, in "𠀀[^"]*"/u);

    expect(sha256(readFileSync(join(site, 'joint.pdf'))), 'the last good PDF is kept byte for byte').toBe(lastGood);
    expect(sha256(readFileSync(join(site, 'upward.pdf'))), 'the other document still prints').toBe(
      sha256(readFileSync(fixturePdf('upward').pdf)),
    );
    expect(readdirSync(site).filter((file) => file.endsWith('.tmp')), 'no temporary file is left').toEqual([]);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('a page 1 with no line for 正文 even after the 主送 moved to the 版记 stops that document with the reason (GB/T 9704 §7.3.3)', async () => {
  const site = mkdtempSync(join(tmpdir(), 'gongwen-page-one-'));
  try {
    cpSync(FIXTURE_DIST, site, { recursive: true });
    const view = join(site, 'joint-long-recipients', 'print', 'index.html');
    const html = readFileSync(view, 'utf8');
    // The eight-organ 版头 made taller, as a longer mark would: with the title it fills page 1.
    expect(html).toMatch(/--gw-head-lines:\d+/u);
    writeFileSync(view, html.replace(/--gw-head-lines:\d+/u, '--gw-head-lines:19'));
    const lastGood = sha256(readFileSync(join(site, 'joint-long-recipients.pdf')));
    const error = await writePdfs(site, [{ slug: 'joint-long-recipients', pathname: '/joint-long-recipients/print/' }], { timeoutSeconds: 120 }).then(
      () => null,
      (reason: Error) => reason,
    );
    expect(error, 'the build must fail').not.toBeNull();
    expect(error!.message).toContain('"joint-long-recipients"');
    expect(error!.message).toContain('page 1 has no line left for 正文 even with the 主送 moved to the 版记 (GB/T 9704 §7.3.3)');
    expect(sha256(readFileSync(join(site, 'joint-long-recipients.pdf'))), 'the last good PDF is kept byte for byte').toBe(lastGood);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
