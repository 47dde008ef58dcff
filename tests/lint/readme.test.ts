/** The linter's README lists every rule the project can run, with its default severity, a source and its rationale. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { GLYPH_COVERAGE } from '../../plugins/lint/rules/glyph-coverage.ts';
import { RULES } from '../../plugins/lint/rules/index.ts';
import { SEAL_IMAGES } from '../../plugins/lint/rules/seal-images.ts';

test("plugins/lint/README.md's rule table: every rule once, its severity and rationale as the rule has them, a source named", () => {
  const readme = readFileSync('plugins/lint/README.md', 'utf8');
  const start = readme.indexOf('| id | severity | source | why |');
  const table = readme.slice(start, readme.indexOf('\n\n', start));
  const rows = table
    .split('\n')
    .slice(2)
    .map((line) => line.split(' | '));
  const listed = rows.map(([id, severity]) => ({ id: id!.slice(3, -1), severity }));
  const rules = [...RULES, GLYPH_COVERAGE, SEAL_IMAGES].map(({ id, severity }) => ({ id, severity }));
  expect(listed.sort((a, b) => a.id.localeCompare(b.id))).toEqual(rules.sort((a, b) => a.id.localeCompare(b.id)));
  for (const row of rows) expect(row[2]!.trim().length, row[0]).toBeGreaterThan(5);
  const rationale = new Map([...RULES, GLYPH_COVERAGE, SEAL_IMAGES].map((rule) => [rule.id, rule.rationale]));
  for (const [id, , , why] of rows) expect(`${why}`.replace(/ \|$/u, ''), id).toBe(rationale.get(id!.slice(3, -1)));
});
