/**
 * `gongwen lint --fix`: applies the source edits that findings of purely mechanical defects carry
 * (RuleFinding.fix), then the caller lints again and reports what is left.
 *
 * Decisions:
 * - Only unacknowledged findings are mended: an acknowledged one is published wording kept on purpose.
 * - Edits are applied in one pass, in source order; one that overlaps an edit already taken is left,
 *   and its finding stays reported by the second lint (a second --fix may take it).
 * - A file is replaced atomically (print/safe-write.ts): an interrupted fix leaves the old file whole.
 *   A file with nothing to mend is not written.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { writeFileAtomic } from '../../print/safe-write.ts';
import { decodeDocument } from './encoding.ts';
import { documentFiles, lintWithFixes } from './lint.ts';
import type { Rule, SourceEdit } from './types.ts';

/** `source` with the edits that do not overlap an earlier one applied, and how many were. */
export function applyEdits(source: string, edits: readonly SourceEdit[]): { text: string; applied: number } {
  const taken: SourceEdit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const previous = taken.at(-1);
    if (previous && edit.start < previous.end) continue;
    taken.push(edit);
  }
  let text = source;
  for (const edit of [...taken].reverse()) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return { text, applied: taken.length };
}

/** Mends every document below `paths` (relative to `cwd`); returns the files changed, as printed, with the number of fixes. */
export async function fixPaths(paths: readonly string[], cwd: string, rules: readonly Rule[], off: readonly string[]): Promise<{ file: string; applied: number }[]> {
  const changed: { file: string; applied: number }[] = [];
  for (const path of paths) {
    // A path that cannot be read is reported by the lint that follows.
    const files = await documentFiles(resolve(cwd, path)).catch(() => []);
    for (const file of files) {
      const bytes = await readFile(file).catch(() => undefined);
      if (!bytes) continue;
      const name = relative(cwd, file) || file;
      const { source, problem } = decodeDocument(bytes, name);
      if (problem) continue;
      const { text, applied } = applyEdits(source, lintWithFixes(name, source, rules, off).fixes);
      if (applied === 0) continue;
      await writeFileAtomic(file, text);
      changed.push({ file: name, applied });
    }
  }
  return changed;
}
