/**
 * One build at a time per project. Two `astro build` runs in one checkout share `.astro/`, the
 * output folder and the font cache, and each deletes what the other is writing (an internal Astro
 * error, or PDFs missing). The lock is a file in the project's cache folder holding the builder's pid.
 *
 * Decision: the second build waits for the first, then builds. Both were asked for the same result,
 * so waiting gives each caller a finished build (a script re-running the build while someone runs it
 * by hand gets what it wanted); refusing would only make them run it again. The wait is bounded
 * (BUILD_WAIT_SECONDS): past it the build stops, naming the other build and how to end it.
 * A lock whose pid no longer runs (a build killed with SIGKILL, a machine that lost power) is stale
 * and taken over; a normal exit, failed or not, removes it.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { mkdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isRunning } from './safe-write.ts';

/** How long a build waits for another build of the same project: longer than a large site's build. */
export const BUILD_WAIT_SECONDS = 600;

/** How often a waiting build looks at the lock again. */
const POLL_MS = 500;

/** A lock file that cannot be read yet is being written: stale only once it is this old. */
const UNREADABLE_GRACE_MS = 5000;

interface Holder {
  pid: number;
  startedAt: string;
}

export interface BuildLockOptions {
  waitSeconds?: number;
  log?: (line: string) => void;
}

export class BuildLockedError extends Error {
  constructor(file: string, holder: Holder, seconds: number) {
    super(
      `Another build of this project (pid ${holder.pid}, started at ${holder.startedAt}) is still running after ${seconds} s of waiting for it. ` +
        `Let it finish and build again, or stop it (kill ${holder.pid}). If no such build runs, delete ${file}.`,
    );
    this.name = 'BuildLockedError';
  }
}

/** The lock file of a project, in its cache folder (Astro's `cacheDir`), beside the store of last good PDFs. */
export function buildLockFile(cacheDir: URL): string {
  return fileURLToPath(new URL('gongwen/build.lock', cacheDir));
}

/** Lock files this process holds, with the exit handler that removes each. */
const held = new Map<string, () => void>();

/**
 * Takes the lock, waiting while another running process holds it. Taking it again in the same
 * process (Astro may set up the config more than once) is a no-op.
 */
export async function acquireBuildLock(file: string, { waitSeconds = BUILD_WAIT_SECONDS, log }: BuildLockOptions = {}): Promise<void> {
  if (held.has(file)) return;
  await mkdir(dirname(file), { recursive: true });
  const deadline = Date.now() + waitSeconds * 1000;
  let announced: number | undefined;
  for (;;) {
    const mine: Holder = { pid: process.pid, startedAt: new Date().toISOString() };
    try {
      await writeFile(file, JSON.stringify(mine), { flag: 'wx' });
      const release = () => releaseSync(file);
      held.set(file, release);
      process.once('exit', release);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(file);
    if (holder === 'gone') continue;
    if (holder === 'stale') {
      await unlink(file).catch(() => undefined);
      continue;
    }
    if (holder !== 'unreadable') {
      if (holder.pid === process.pid || !isRunning(holder.pid)) {
        // Ours from an earlier build in this process that ended without releasing, or left by a killed build.
        await removeIfHeldBy(file, holder.pid);
        continue;
      }
      if (Date.now() >= deadline) throw new BuildLockedError(file, holder, waitSeconds);
      if (announced !== holder.pid) {
        log?.(`waiting for the build of ${holder.pid} started at ${holder.startedAt} to finish (lock ${file})`);
        announced = holder.pid;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Removes the lock if this process holds it; a build calls it when it is done. */
export function releaseBuildLock(file: string): void {
  const release = held.get(file);
  if (!release) return;
  process.off('exit', release);
  release();
}

function releaseSync(file: string): void {
  held.delete(file);
  try {
    // Only our own lock: a stale-lock takeover by another build may have replaced it.
    if ((JSON.parse(readFileSync(file, 'utf8')) as Holder).pid === process.pid) unlinkSync(file);
  } catch {
    // Already gone, or not ours: nothing to release.
  }
}

/**
 * Removes a stale lock only if it still names `pid`: another waiting build may already have removed
 * it and taken the lock itself.
 */
async function removeIfHeldBy(file: string, pid: number): Promise<void> {
  const holder = await readHolder(file);
  if (typeof holder === 'object' && holder.pid === pid) await unlink(file).catch(() => undefined);
}

/** Who holds the lock; `gone` when it was released meanwhile, `stale` when it is long unreadable. */
async function readHolder(file: string): Promise<Holder | 'gone' | 'unreadable' | 'stale'> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as Partial<Holder>;
    if (Number.isInteger(holder.pid) && typeof holder.startedAt === 'string') return holder as Holder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
  }
  const age = await stat(file).then(
    (facts) => Date.now() - facts.mtimeMs,
    () => Infinity,
  );
  return age > UNREADABLE_GRACE_MS ? 'stale' : 'unreadable';
}
