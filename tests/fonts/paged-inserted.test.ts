/**
 * Characters Paged.js itself writes into the text are not the author's: when it splits a long Latin
 * run across a page it appends U+2011 (non-breaking hyphen) to the page's last line
 * (hyphenateAtBreak in node_modules/pagedjs/src/chunker/layout.js). The glyph check must not report it
 * as a missing character of the document, nor soft hyphens and zero-width characters, which draw nothing.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { writePdfs } from '../../print/pdf.ts';
import { resolveFonts } from '../../plugins/fonts/index.ts';
import { copyFixtureSite, editPrintView } from '../print/support.ts';

test.describe.configure({ timeout: 180_000 });

/** A reference number with no break opportunity, long enough to run over a page: 3600 Latin letters and digits. */
const RUN = 'GB9704ReferenceCode'.repeat(190);

test('a long unbreakable Latin run split across a page prints: the hyphen Paged.js adds is not a missing glyph', async () => {
  const site = copyFixtureSite('gongwen-paged-hyphen-');
  try {
    // A soft hyphen and zero-width space, joiner and non-joiner inside the run: invisible, never reported.
    const run = `${RUN.slice(0, 100)}\u00AD\u200B\u200C\u200D\u2060${RUN.slice(100)}`;
    // After the 主送, where the 正文 starts.
    await editPrintView(site, 'upward', '天津市西青区人民政府：</p>', `天津市西青区人民政府：</p><p>${run}</p>`);
    const fonts = await resolveFonts({}, new URL('../../', import.meta.url));
    // Printed into the site as a build prints, so the served fonts are cut to what each role set (the hyphen too) before the PDF is made.
    const [result] = await writePdfs(site, [{ slug: 'upward', pathname: '/upward/print/' }], { timeoutSeconds: 120, fonts });
    const out = join(site, 'upward.pdf');

    // The run really was split by Paged.js: the document has no U+2011, so the PDF's is the one Paged.js added.
    expect(run).not.toContain('\u2011');
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toMatch(/[A-Za-z\d]\u2011/u);
    expect(result!.pages).toBeGreaterThan(2);
    // And a gongwen font drew that hyphen (it is served as a layout character), not a system font.
    const embedded = execFileSync('pdffonts', [out], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((line) => line.split(/\s+/u)[0]!.replace(/^[A-Z]{6}\+/u, ''));
    expect(embedded.length).toBeGreaterThan(0);
    for (const name of embedded) expect(name).toMatch(/^(FandolFang|LXGWWenKai|NotoSerifSC|NotoSansSC)-/u);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
