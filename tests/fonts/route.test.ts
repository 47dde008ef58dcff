/**
 * The built site serves each document's fonts as TrueType subsets holding the document's characters
 * and the layout's own (run `npm run build` first).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FONT_ROLES } from '../../plugins/options.ts';
import { LAYOUT_CHARACTERS, resolveFonts } from '../../plugins/fonts/index.ts';
import { ROOT, fontToolsFacts } from './helpers.ts';

const slugs = readdirSync(new URL('dist/_gongwen/fonts/', ROOT));

test('the build wrote font subsets for every document', () => {
  const documents = readdirSync(new URL('content/', ROOT)).filter((name) => name.endsWith('.mdx'));
  expect(slugs.sort()).toEqual(documents.map((name) => name.replace(/\.mdx$/u, '')).sort());
});

for (const slug of slugs) {
  test(`${slug}: each role's served subset is TrueType and holds the document's Han characters and the layout's`, async ({ request }) => {
    const fonts = await resolveFonts({}, ROOT);
    const source = readFileSync(new URL(`content/${slug}.mdx`, ROOT), 'utf8');
    // The body after the frontmatter (the frontmatter has YAML comments, which are not printed).
    const body = source.replace(/^---\n[\s\S]*?\n---\n/u, '');
    const han = [...new Set(body.match(/\p{Script=Han}/gu))].join('');
    const layout = LAYOUT_CHARACTERS.replace(/\s/gu, '');
    const dir = await mkdtemp(join(tmpdir(), 'gongwen-route-'));
    for (const role of FONT_ROLES) {
      const response = await request.get(`/_gongwen/fonts/${slug}/${role}.ttf`);
      expect(response.status(), role).toBe(200);
      const file = join(dir, `${role}.ttf`);
      await writeFile(file, await response.body());
      const facts = fontToolsFacts(file, han + layout);
      expect(facts.tables, role).toContain('glyf');
      expect(facts.tables, role).not.toContain('CFF ');
      expect(facts.postScriptName, role).toBe(fonts[role].postScriptName);
      // Everything the full font has must be in the subset.
      const inFullFont = fontToolsFacts(fonts[role].file, han + layout).mapped;
      expect(facts.mapped.join(''), role).toBe(inFullFont.join(''));
      expect(inFullFont.length, role).toBeGreaterThan(layout.length);
    }
  });
}
