/**
 * `astro build` of a small test project, run from that project's own folder: Astro keeps its
 * prerender chunks in the working directory's .astro/, so two test builds started from the repository
 * root (two workers) delete each other's chunks mid-build.
 */
import { execFile } from 'node:child_process';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

export interface BuildResult {
  /** The exit status: 0 when the build succeeded. */
  code: number;
  /** stdout and stderr, uncoloured. */
  output: string;
  /** The build's process id. */
  pid: number;
}

export function astroBuild(project: string, env: Record<string, string>): Promise<BuildResult> {
  const root = resolvePath(project);
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [ASTRO, 'build', '--root', root],
      { cwd: root, env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}`, pid: child.pid! }),
    );
  });
}
