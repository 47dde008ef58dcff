/**
 * What a screen reader meets at a fill-in blank and a figure on the web page, and that both stay
 * inside the text column at 320 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST } from '../print/support.ts';
import { openIn, VIEW_MODES } from './site.ts';

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveDirectory(FIXTURE_DIST);
});
test.afterAll(async () => {
  await server.close();
});

test('a <Blank /> is announced as 待填写, once per blank in the source, in its sentence', async ({ page }) => {
  // Blanks in the body (the frontmatter's comments name the component too).
  const body = readFileSync(join(FIXTURE_CONTENT, 'fill-in-blanks.mdx'), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
  const blanks = body.match(/<Blank\b/gu)!.length;
  await page.goto(`${server.origin}/fill-in-blanks/`);
  await expect(page.getByRole('img', { name: '待填写' })).toHaveCount(blanks);
  // The 授权委托书's first sentence reads: 本人, a blank, 身份证号：, a blank …
  const sentence = page.locator('p', { hasText: '现委托' });
  await expect(sentence).toMatchAriaSnapshot('- paragraph:\n  - text: 本人\n  - img "待填写"\n  - text: ，身份证号：\n  - img "待填写"');
});

test('at 320 px, blanks and the figure stay inside the text column', async ({ page }) => {
  const narrow = VIEW_MODES.find((mode) => mode.width === 320)!;
  for (const slug of ['fill-in-blanks', 'figure-flowchart']) {
    await openIn(page, `${server.origin}/${slug}/`, narrow);
    const outside = await page.evaluate(() => {
      const body = document.querySelector('.gw-body')!.getBoundingClientRect();
      return [...document.querySelectorAll('.gw-body .gw-blank, .gw-body img')]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.left < body.left - 0.5 || box.right > body.right + 0.5).length;
    });
    expect(outside, slug).toBe(0);
  }
  await expect(page.getByRole('img', { name: '执法流程图' })).toBeVisible();
});
