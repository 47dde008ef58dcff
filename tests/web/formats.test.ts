/**
 * The web pages of the fixture site's documents of other shapes (信函 — one with all 政府信息公开 fields —, 令, 纪要, a forwarded 请示,
 * an issued regulation, an eight-organ joint document, a pre-2012 document, fill-in blanks, a figure, sealed ones): axe-core in three
 * views, one h1 each, and no sideways scrolling at 320 px.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';
import { FIXTURE_DIST } from '../print/support.ts';
import { openIn, VIEW_MODES } from './site.ts';

const SHAPES = ['letter-han', 'reply-weather-stations', 'order-ling', 'order-signature-image', 'joint-three-seals', 'issue-long-title', 'minutes-jiyao', 'forward-qingshi', 'issue-regulation', 'issue-regulation-attachments', 'joint-long-recipients', 'pre2012-chinese-date', 'fill-in-blanks', 'figure-flowchart'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const VIEWS = VIEW_MODES.filter((mode) => ['1280px light', '320px dark large text', '320px forced colours'].includes(mode.name));

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveDirectory(FIXTURE_DIST);
});
test.afterAll(async () => {
  await server.close();
});

for (const slug of SHAPES) {
  test(`web: /${slug}/ has no axe violations, one h1, and reflows at 320 px`, async ({ page }) => {
    expect(VIEWS).toHaveLength(3);
    for (const mode of VIEWS) {
      await openIn(page, `${server.origin}/${slug}/`, mode);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((v) => `${mode.name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await expect(page.locator('h1')).toHaveCount(1);
      if (mode.width === 320) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${mode.name}: no sideways scrolling`).toBeLessThanOrEqual(0);
      }
    }
  });
}
