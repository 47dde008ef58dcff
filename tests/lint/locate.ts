/** Finds where a text stands in a fixture, as an author would count: 1-based line, column in characters. */
import { readFileSync } from 'node:fs';

export function fixture(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Line and column of the nth (0-based) occurrence of `needle`, plus `shift` characters into it. */
export function locate(source: string, needle: string, nth = 0, shift = 0): { line: number; column: number } {
  const lines = source.split('\n');
  let seen = 0;
  for (const [index, line] of lines.entries()) {
    let from = 0;
    for (let at = line.indexOf(needle, from); at >= 0; at = line.indexOf(needle, from)) {
      if (seen++ === nth) return { line: index + 1, column: Array.from(line.slice(0, at)).length + 1 + shift };
      from = at + needle.length;
    }
  }
  throw new Error(`"${needle}" (occurrence ${nth}) is not in the fixture`);
}
