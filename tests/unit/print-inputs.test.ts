/**
 * The digest a stored PDF is reused by (print/print-inputs.ts): any byte of any file the print view
 * loaded, a file that appears where one was missing, or another Chromium changes it; nothing else does.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { inputsDigest, writerIdentity } from '../../print/print-inputs.ts';
import { chromiumLaunchOptions } from '../../print/browser.ts';

let dist = '';
test.beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'gongwen-inputs-'));
  writeFileSync(join(dist, 'index.html'), '<link rel="stylesheet" href="a.css">');
  writeFileSync(join(dist, 'a.css'), 'body { font-family: gongwen-fang }');
});
test.afterEach(() => rmSync(dist, { recursive: true, force: true }));

test('the same files with the same bytes give the same digest, in any order; one changed byte or a file now present does not', async () => {
  const files = ['index.html', 'a.css', 'favicon.ico'];
  const digest = await inputsDigest(dist, files, 'writer');
  expect(await inputsDigest(dist, [...files].reverse(), 'writer')).toBe(digest);
  writeFileSync(join(dist, 'a.css'), 'body { font-family: gongwen-kai }');
  const restyled = await inputsDigest(dist, files, 'writer');
  expect(restyled).not.toBe(digest);
  // A file the page asked for and did not get (404) is an input too.
  writeFileSync(join(dist, 'favicon.ico'), 'x');
  expect(await inputsDigest(dist, files, 'writer')).not.toBe(restyled);
  expect(await inputsDigest(dist, files, 'another writer')).not.toBe(await inputsDigest(dist, files, 'writer'));
});

test("the writer's identity names its Chromium: a different executable is a different writer", async () => {
  const chromium = chromiumLaunchOptions().executablePath;
  const identity = await writerIdentity(chromium);
  expect(await writerIdentity(chromium)).toBe(identity);
  const other = join(dist, 'chromium');
  copyFileSync(chromium, other);
  writeFileSync(other, 'another build', { flag: 'a' });
  expect(await writerIdentity(other)).not.toBe(identity);
});
