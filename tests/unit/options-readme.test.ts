/** The README's options table lists every option of the zod schema once, with the default the schema gives. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { optionsSchema } from '../../plugins/options.ts';

/**
 * A default cell is a JavaScript literal in backticks, optionally followed by what it means in brackets
 * (`undefined` (one per core…)); `fonts` says "open defaults" (the schema's `{}`: nothing overrides them).
 */
function defaultOf(cell: string): unknown {
  if (cell === 'open defaults') return {};
  const literal = /^`(.+?)`(?: \(.+\))?$/u.exec(cell)?.[1];
  if (literal === undefined) throw new Error(`the README's default "${cell}" is not a literal in backticks`);
  return new Function(`return (${literal});`)() as unknown;
}

test("README's options table: every option of the schema once, each with the schema's default", () => {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('| option | default | meaning |');
  expect(start, 'the options table under "### Options"').toBeGreaterThan(0);
  const rows = readme
    .slice(start, readme.indexOf('\n\n', start))
    .split('\n')
    .slice(2)
    .map((line) => line.split(' | '));
  const listed = Object.fromEntries(rows.map(([name, cell]) => [name!.replace(/^\| `|`$/gu, ''), defaultOf(cell!)]));
  expect(listed).toEqual(optionsSchema.parse({}));
  for (const row of rows) expect(row[2]!.trim().length, row[0]).toBeGreaterThan(5);
});
