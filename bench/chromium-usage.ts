/**
 * What Chromium spends while it prints, read from /proc every 50 ms over the browser's process tree
 * (browser, renderers, GPU/utility processes): peak memory as the sum of VmRSS (shared pages are
 * counted once per process, so this overstates a little), and CPU time (user + system), which a
 * busy machine disturbs far less than wall time. Linux-only, like the build machine.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** Fields of /proc/<pid>/stat after the parenthesised command name (which may hold spaces): [0] is field 3. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

function parentOf(pid: number): number | undefined {
  const fields = statFields(pid);
  return fields ? Number(fields[1]) : undefined;
}

/** utime + stime (fields 14 and 15), in ticks. */
function cpuTicks(pid: number): number {
  const fields = statFields(pid);
  return fields ? Number(fields[11]) + Number(fields[12]) : 0;
}

function rssKiB(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Every process descended from `root` (not `root` itself). */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const pid = queue.shift() as number;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

export interface ChromiumUsage {
  peakBytes: number;
  cpuMs: number;
}

/**
 * Samples this Node process's child processes (the Chromium it launched) until stopped.
 * CPU time of a process that exits between two samples is counted up to its last sample.
 */
export function sampleChromium(intervalMs = 50): { stop: () => ChromiumUsage } {
  let peakKiB = 0;
  const startTicks = new Map<number, number>();
  const lastTicks = new Map<number, number>();
  const sample = (first: boolean): void => {
    let rss = 0;
    for (const pid of descendants(process.pid)) {
      rss += rssKiB(pid);
      const ticks = cpuTicks(pid);
      if (first) startTicks.set(pid, ticks);
      lastTicks.set(pid, Math.max(ticks, lastTicks.get(pid) ?? 0));
    }
    peakKiB = Math.max(peakKiB, rss);
  };
  sample(true);
  const timer = setInterval(() => sample(false), intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample(false);
      let ticks = 0;
      for (const [pid, last] of lastTicks) ticks += last - (startTicks.get(pid) ?? 0);
      return { peakBytes: peakKiB * 1024, cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
    },
  };
}
