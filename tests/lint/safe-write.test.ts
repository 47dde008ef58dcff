/** Failures lose nothing: a failed write keeps the last good file, a hung step ends with a message. */
import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BrowserNotFoundError, findChromium } from '../../print/browser.ts';
import { spawnSync } from 'node:child_process';
import { TimeoutError, isRunning, sweepStaleTemporaryFiles, withTimeout, writeFileAtomic, writeFileIfChanged } from '../../print/safe-write.ts';

let dir: string;
test.beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gongwen-safe-write-'));
});
test.afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const LAST_GOOD = Buffer.from('%PDF-1.7 the last good copy\n%%EOF\n');

test('a complete write replaces the file and leaves no temporary file', async () => {
  const path = join(dir, 'doc.pdf');
  await writeFile(path, LAST_GOOD);
  await writeFileAtomic(path, Buffer.from('%PDF-1.7 new\n%%EOF\n'));
  expect(await readFile(path, 'utf8')).toBe('%PDF-1.7 new\n%%EOF\n');
  expect(await readdir(dir)).toEqual(['doc.pdf']);
  async function* chunks() {
    yield '%PDF-1.7 ';
    yield Buffer.from('streamed\n%%EOF\n');
  }
  await writeFileAtomic(path, chunks());
  expect(await readFile(path, 'utf8')).toBe('%PDF-1.7 streamed\n%%EOF\n');
  expect(await readdir(dir)).toEqual(['doc.pdf']);
});

test('a file that already holds the bytes is left as it is; other bytes, or no file, are written', async () => {
  const path = join(dir, 'doc.pdf');
  await writeFileIfChanged(path, LAST_GOOD);
  expect(await readFile(path)).toEqual(LAST_GOOD);
  const written = await stat(path);
  await writeFileIfChanged(path, Buffer.from(LAST_GOOD));
  const kept = await stat(path);
  expect([kept.ino, kept.mtimeMs]).toEqual([written.ino, written.mtimeMs]);
  await writeFileIfChanged(path, Buffer.from('%PDF-1.7 new\n%%EOF\n'));
  expect(await readFile(path, 'utf8')).toBe('%PDF-1.7 new\n%%EOF\n');
  expect((await stat(path)).ino).not.toBe(written.ino);
  expect(await readdir(dir)).toEqual(['doc.pdf']);
});

test('a data source that fails midway leaves the previous file byte-identical and no temporary file', async () => {
  const path = join(dir, 'doc.pdf');
  await writeFile(path, LAST_GOOD);
  async function* halfAPdf() {
    yield Buffer.from('%PDF-1.7 first half of a new copy');
    throw new Error('Paged.js crashed while paginating page 7');
  }
  await expect(writeFileAtomic(path, halfAPdf())).rejects.toThrow('Paged.js crashed while paginating page 7');
  expect((await readFile(path)).equals(LAST_GOOD)).toBe(true);
  expect(await readdir(dir)).toEqual(['doc.pdf']);
});

test('a rename that fails removes the temporary file and keeps what was there', async () => {
  // The target is a directory holding a file: rename() over it fails on every system, even for root.
  const path = join(dir, 'doc.pdf');
  await mkdir(path);
  await writeFile(join(path, 'keep'), LAST_GOOD);
  await expect(writeFileAtomic(path, 'new')).rejects.toThrow();
  expect(await readdir(dir)).toEqual(['doc.pdf']);
  expect((await readFile(join(path, 'keep'))).equals(LAST_GOOD)).toBe(true);
});

test('a missing target directory is reported and nothing is written', async () => {
  await expect(writeFileAtomic(join(dir, 'missing', 'doc.pdf'), 'x')).rejects.toThrow(/ENOENT/u);
  expect(await readdir(dir)).toEqual([]);
});

test('withTimeout: a step that never finishes is abandoned with the given message', async () => {
  const never = new Promise<never>(() => {});
  const outcome = withTimeout(never, 50, 'content/x.mdx: Paged.js did not finish within 0.05 s — an element may be taller than a page');
  await expect(outcome).rejects.toBeInstanceOf(TimeoutError);
  await expect(outcome).rejects.toThrow('content/x.mdx: Paged.js did not finish within 0.05 s — an element may be taller than a page');
});

test('withTimeout: a step that finishes in time gives its value, and its failure stays its own', async () => {
  expect(await withTimeout(Promise.resolve(42), 10_000, 'unused')).toBe(42);
  await expect(withTimeout(Promise.reject(new Error('font file missing')), 10_000, 'unused')).rejects.toThrow('font file missing');
});

test('a missing Chromium names both ways to install one', () => {
  const find = () => findChromium({ GONGWEN_CHROMIUM: '/nonexistent' });
  expect(find).toThrow(BrowserNotFoundError);
  expect(find).toThrow('GONGWEN_CHROMIUM=/nonexistent does not exist');
  expect(find).toThrow('npx playwright install chromium');
  expect(find).toThrow('apt-get install chromium');
});

test('the sweep removes a PDF temporary file whose writer is gone, and keeps a running writer\'s and every other file', async () => {
  // A pid that really existed and has ended: a child process that has exited.
  const child = spawnSync(process.execPath, ['-e', '0']);
  expect(child.status).toBe(0);
  const gone = child.pid;
  expect(isRunning(gone), `pid ${gone} must not be running`).toBe(false);
  expect(isRunning(process.pid)).toBe(true);
  await writeFile(join(dir, 'doc.pdf'), LAST_GOOD);
  await writeFile(join(dir, `doc.pdf.${gone}.tmp`), '');
  await writeFile(join(dir, `other.pdf.${process.pid}.tmp`), 'being written');
  await writeFile(join(dir, `notes.txt.${gone}.tmp`), 'not a PDF temporary file');
  expect(await sweepStaleTemporaryFiles(dir)).toEqual([`doc.pdf.${gone}.tmp`]);
  expect((await readdir(dir)).sort()).toEqual(['doc.pdf', `notes.txt.${gone}.tmp`, `other.pdf.${process.pid}.tmp`]);
  expect(await readFile(join(dir, 'doc.pdf'))).toEqual(LAST_GOOD);
  expect(await sweepStaleTemporaryFiles(join(dir, 'no-such-folder'))).toEqual([]);
});
