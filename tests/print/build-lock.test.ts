/**
 * One build at a time per project: a second `astro build` in the same checkout waits for the first,
 * saying so, and then builds; a lock left by a build that is gone is taken over; a wait that lasts
 * too long ends with a message naming the other build and what to do.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { acquireBuildLock, buildLockFile, releaseBuildLock } from '../../print/build-lock.ts';
import { astroBuild } from '../support/astro-build.ts';

const PROJECT = 'tests/fixtures/lint/build-project';

let dir: string;
let lock: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongwen-lock-'));
  lock = join(dir, 'cache', 'build.lock');
});
test.afterEach(() => {
  releaseBuildLock(lock);
  rmSync(dir, { recursive: true, force: true });
});

const holder = (pid: number) => JSON.stringify({ pid, startedAt: '2026-01-01T08:00:00.000Z' });

test('the lock file is in the project cache folder, holds this pid, and is removed on release', async () => {
  expect(buildLockFile(pathToFileURL('/site/node_modules/.astro/'))).toBe('/site/node_modules/.astro/gongwen/build.lock');
  await acquireBuildLock(lock);
  expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
  // Taken again by the same process (Astro sets its config up more than once): no wait.
  await acquireBuildLock(lock, { waitSeconds: 0.1 });
  releaseBuildLock(lock);
  expect(existsSync(lock)).toBe(false);
});

test('a lock left by a build that is gone is taken over at once, without waiting', async () => {
  const gone = spawnSync(process.execPath, ['-e', '0']).pid;
  await acquireBuildLock(lock);
  releaseBuildLock(lock);
  writeFileSync(lock, holder(gone));
  const log: string[] = [];
  await acquireBuildLock(lock, { waitSeconds: 0.1, log: (line) => log.push(line) });
  expect(log).toEqual([]);
  expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
});

test('a lock held by a running process: waits, says for whom, and stops after the bound with the fix', async () => {
  const other = spawn('sleep', ['30']);
  try {
    await acquireBuildLock(lock);
    releaseBuildLock(lock);
    writeFileSync(lock, holder(other.pid!));
    const log: string[] = [];
    const error = await acquireBuildLock(lock, { waitSeconds: 1, log: (line) => log.push(line) }).then(
      () => null,
      (reason: Error) => reason,
    );
    expect(log).toEqual([`waiting for the build of ${other.pid} started at 2026-01-01T08:00:00.000Z to finish (lock ${lock})`]);
    expect(error?.message).toBe(
      `Another build of this project (pid ${other.pid}, started at 2026-01-01T08:00:00.000Z) is still running after 1 s of waiting for it. ` +
        `Let it finish and build again, or stop it (kill ${other.pid}). If no such build runs, delete ${lock}.`,
    );
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid, 'the other build keeps its lock').toBe(other.pid);
    // Once it ends, the waiting build goes ahead.
    const waiting = acquireBuildLock(lock, { waitSeconds: 20 });
    other.kill('SIGKILL');
    await waiting;
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
  } finally {
    other.kill('SIGKILL');
  }
});

test.describe('two real builds', () => {
  test.describe.configure({ timeout: 300_000 });

  test('two astro builds at once in one checkout: the second waits for the first, both succeed, the PDF is whole', async () => {
    const out = join(dir, 'dist');
    const env = { GONGWEN_FIXTURE_CONTENT: 'content-warnings', GONGWEN_FIXTURE_OUT: out };
    const [first, second] = await Promise.all([astroBuild(PROJECT, env), astroBuild(PROJECT, env)]);
    expect(first!.code, first!.output).toBe(0);
    expect(second!.code, second!.output).toBe(0);
    const waited = [first!, second!].filter((build) => build.output.includes('[gongwen] waiting for the build of'));
    expect(waited, 'exactly one build waited').toHaveLength(1);
    const other = waited[0] === first ? second! : first!;
    expect(waited[0]!.output).toMatch(new RegExp(`\\[gongwen\\] waiting for the build of ${other.pid} started at \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z to finish`, 'u'));
    expect(other.output).not.toContain('waiting for the build of');
    const pdf = readFileSync(join(out, 'kept-wording.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(buildLockFile(pathToFileURL(`${process.cwd()}/${PROJECT}/node_modules/.astro/`))), 'the lock is released').toBe(false);
  });
});
