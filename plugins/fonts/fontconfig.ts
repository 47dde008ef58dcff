/**
 * Finds the file behind an installed font family with fontconfig (`fc-match`), so a licensed
 * font named by family (e.g. "仿宋_GB2312") can be subset and embedded like a file.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface InstalledFace {
  file: string;
  index: number;
  /** Every family name fontconfig knows the face by (localized names included). */
  families: string[];
}

export class FontconfigMissingError extends Error {
  constructor() {
    super('fontconfig (fc-match) is not installed, so font families cannot be looked up: apt-get install fontconfig');
    this.name = 'FontconfigMissingError';
  }
}

/**
 * The installed face whose family is exactly `family`, or null. fc-match always answers with its
 * best substitute, so the answer only counts when the family really matches.
 */
export async function findInstalledFamily(family: string): Promise<InstalledFace | null> {
  let stdout: string;
  try {
    ({ stdout } = await run('fc-match', ['--format', '%{file}\n%{index}\n%{family}\n', `${family}:style=Regular`]));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new FontconfigMissingError();
    throw error;
  }
  const [file = '', index = '0', families = ''] = stdout.split('\n');
  const names = families.split(',');
  const wanted = family.toLowerCase();
  if (!file || !names.some((name) => name.toLowerCase() === wanted)) return null;
  return { file, index: Number(index), families: names };
}
