/**
 * A figure whose file name has a `%` (growth-50%.png, written in the document as it is named) prints:
 * the local server reads the lone `%` as itself instead of failing the build with "URI malformed".
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { writePdfs } from '../../print/pdf.ts';
import { copyFixtureSite, editPrintView } from './support.ts';

const SPECIMEN_PNG = fileURLToPath(new URL('../fixture-site/seals/specimen.png', import.meta.url));

test.describe.configure({ timeout: 180_000 });

test('<img src="/charts/growth-50%.png"> prints: the PDF holds the image, no document fails', async () => {
  const site = copyFixtureSite('gongwen-percent-');
  try {
    mkdirSync(join(site, 'charts'));
    copyFileSync(SPECIMEN_PNG, join(site, 'charts', 'growth-50%.png'));
    await editPrintView(site, 'upward', '<p class="gw-recipients">', '<p><img src="/charts/growth-50%.png" alt="增长图" width="120" height="120"></p><p class="gw-recipients">');
    const out = join(site, 'out.pdf');

    const [result] = await writePdfs(site, [{ slug: 'upward', pathname: '/upward/print/' }], { timeoutSeconds: 120, outFile: out });

    expect(result!.file).toBe(out);
    // pdfimages lists each image drawn: the 496 × 496 px specimen on page 1.
    const images = execFileSync('pdfimages', ['-list', out], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .map((line) => line.trim().split(/\s+/u))
      .filter((columns) => columns[2] === 'image');
    expect(images.map((columns) => [columns[0], columns[3], columns[4]])).toEqual([['1', '496', '496']]);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});
