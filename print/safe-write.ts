/**
 * Failures lose nothing: a file is replaced only by a complete new version, and a step that
 * hangs is abandoned after a bounded time with a message saying what was being waited for.
 */
import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** What can be written: the bytes or text, or chunks produced over time (a stream, a generator). */
export type WritableData = string | Uint8Array | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/**
 * Writes `path.<pid>.tmp` in the same directory (so the rename cannot cross file systems),
 * flushes it to disk, then renames it over `path`. Readers see the old file or the new one,
 * never a truncated one. On any error the temporary file is removed and the old file stays.
 *
 * `flush: false` leaves out the two flushes, for what a build makes again from what it keeps (the
 * served fonts, the page's PDF facts): replaced whole all the same, but not worth waiting for the
 * disk — a reused document wrote eight such files, 16 flushes.
 */
export async function writeFileAtomic(path: string, data: WritableData, { flush = true }: { flush?: boolean } = {}): Promise<void> {
  const temporary = join(dirname(path), `${basename(path)}.${process.pid}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    try {
      await handle.writeFile(data);
      if (flush) await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  if (flush) await syncDirectory(dirname(path));
}

/**
 * writeFileAtomic, unless `path` already holds exactly `bytes`: a reused PDF is usually in dist/
 * already (the store put it back when the build started), and rewriting it cost two flushes to disk.
 */
export async function writeFileIfChanged(path: string, bytes: Uint8Array, options?: { flush?: boolean }): Promise<void> {
  const current = await readFile(path).catch(() => null);
  if (current && Buffer.compare(current, bytes) === 0) return;
  await writeFileAtomic(path, bytes, options);
}

/** `<name>.pdf.<pid>.tmp` (and a stored PDF's `<name>.json.<pid>.tmp`), as writeFileAtomic names them. */
const WRITER_TEMPORARY = /^.+\.(?:pdf|json)\.(\d+)\.tmp$/u;

/** Whether a process with this pid exists (EPERM: it does, owned by another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files of PDFs and their manifests in `directory` whose writer is no longer
 * running: a build killed (SIGKILL, power loss) while writing leaves one behind. A running writer's
 * file is left alone.
 * Returns the names removed.
 */
export async function sweepStaleTemporaryFiles(directory: string): Promise<string[]> {
  const names = await readdir(directory).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = WRITER_TEMPORARY.exec(name)?.[1];
    return pid !== undefined && !isRunning(Number(pid));
  });
  // Another sweep may have removed it first: gone is what was wanted.
  await Promise.all(stale.map((name) => unlink(join(directory, name)).catch(() => undefined)));
  return stale;
}

/** Makes the rename itself durable; some systems cannot open a directory, which is then left as is. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => undefined);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // fsync on a directory is refused on some file systems; the rename has still happened.
  } finally {
    await handle.close();
  }
}

export class TimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeoutError';
  }
}

/**
 * Settles like `promise`, or rejects with a TimeoutError carrying `message` after `ms` milliseconds.
 * The step itself is not cancelled: on a timeout, close what it holds (the page, the browser).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
