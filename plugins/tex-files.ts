/**
 * Files gongwen reads from a TeX installation (Debian's texlive packages): FandolFang, the open 仿宋
 * default, and sRGB.icc, the PDF/A output intent's profile. Looked for at Debian's paths first, then
 * wherever TeX itself finds them (kpsewhich), which covers other distributions and TeX Live installs.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

/** The first of `knownPaths` that exists, else kpsewhich's answer for `name`, else null. */
export async function findTexFile(knownPaths: readonly string[], name: string): Promise<string | null> {
  const known = knownPaths.find((path) => existsSync(path));
  if (known) return known;
  try {
    const path = (await promisify(execFile)('kpsewhich', [name])).stdout.trim();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
