/**
 * The built site serves each document's fonts as TrueType subsets that together hold the document's
 * characters (run `npm run build` first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FONT_ROLES } from '../../plugins/options.ts';
import { resolveFonts } from '../../plugins/fonts/index.ts';
import { ROOT, fontToolsFacts } from './helpers.ts';

const slugs = readdirSync(new URL('dist/_gongwen/fonts/', ROOT));

test('the build wrote font subsets for every document', () => {
  const documents = readdirSync(new URL('content/', ROOT)).filter((name) => name.endsWith('.mdx'));
  expect(slugs.sort()).toEqual(documents.map((name) => name.replace(/\.mdx$/u, '')).sort());
});

for (const slug of slugs) {
  // The build cut each subset to what its role sets in the print view (print/served-fonts.ts, tests/print/served-fonts.test.ts):
  // no role holds the whole text any more, but together they hold every Han character of the body.
  test(`${slug}: each role's served subset is TrueType, and together they hold the document's Han characters`, async ({ request }) => {
    const fonts = await resolveFonts({}, ROOT);
    const source = readFileSync(new URL(`content/${slug}.mdx`, ROOT), 'utf8');
    // The body after the frontmatter (the frontmatter has YAML comments, which are not printed).
    const body = source.replace(/^---\n[\s\S]*?\n---\n/u, '');
    const han = [...new Set(body.match(/\p{Script=Han}/gu))].join('');
    const dir = await mkdtemp(join(tmpdir(), 'gongwen-route-'));
    const held = new Set<string>();
    for (const role of FONT_ROLES) {
      const response = await request.get(`/_gongwen/fonts/${slug}/${role}.ttf`);
      expect(response.status(), role).toBe(200);
      const file = join(dir, `${role}.ttf`);
      await writeFile(file, await response.body());
      const facts = fontToolsFacts(file, han);
      expect(facts.tables, role).toContain('glyf');
      expect(facts.tables, role).not.toContain('CFF ');
      expect(facts.postScriptName, role).toBe(fonts[role].postScriptName);
      for (const char of facts.mapped) held.add(char);
    }
    const inFangFont = fontToolsFacts(fonts.fang.file, han).mapped;
    expect(inFangFont.length).toBeGreaterThan(1000);
    expect(inFangFont.filter((char) => !held.has(char)).join('')).toBe('');
  });
}
