/**
 * Tables on the web page, in every view the web tests cover (1280 and 320 px; light, dark, forced
 * colours; with and without 大字模式): ruled cells, numbers never broken across lines, empty form
 * cells that keep their size, header cells with scope, each table in a labelled region that a
 * keyboard can reach and scroll, and axe-core clean. The pages: 国函〔2006〕132号 (coordinate tables,
 * GFM and HTML with rowspan/colspan), the forwarded 请示's 计划表 and the 审批表 (a fill-in form).
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';
import { FIXTURE_DIST } from '../print/support.ts';
import { openIn, VIEW_MODES } from './site.ts';

// reply-port-landscape: its tables are 横排 in print only; on the web they are regions like any other.
const PAGES = ['reply-port-coordinates', 'reply-port-landscape', 'forward-qingshi', 'issue-regulation-attachments'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveDirectory(FIXTURE_DIST);
});
test.afterAll(async () => {
  await server.close();
});

interface TableFacts {
  tables: number;
  unlabelled: string[];
  unruled: string[];
  brokenValues: string[];
  flatEmptyCells: string[];
  emptyCells: number;
  unscoped: string[];
}

/** What a reader sees of the page's tables, measured in the browser. */
function tableFacts(page: Page): Promise<TableFacts> {
  return page.evaluate(() => {
    const describe = (cell: Element) => `${cell.closest('.gw-table')?.getAttribute('aria-label') ?? cell.closest('table')?.caption?.textContent ?? ''} ${cell.tagName} "${cell.textContent?.trim() ?? ''}"`;
    const regions = [...document.querySelectorAll<HTMLElement>('.gw-table')];
    const cells = [...document.querySelectorAll<HTMLTableCellElement>('.gw-table td, .gw-table th')];
    const unlabelled = regions
      .filter((region) => {
        const labelId = region.getAttribute('aria-labelledby');
        const name = region.getAttribute('aria-label') ?? (labelId ? document.getElementById(labelId)?.textContent : '');
        return region.getAttribute('role') !== 'region' || region.tabIndex !== 0 || !name?.trim() || !region.querySelector('table');
      })
      .map((region) => region.outerHTML.slice(0, 80));
    const unruled = cells
      .filter((cell) => {
        const style = getComputedStyle(cell);
        return ['Top', 'Right', 'Bottom', 'Left'].some((side) => {
          const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
          const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
          return style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'solid' || width < 1 || colour === 'rgba(0, 0, 0, 0)' || colour === 'transparent';
        });
      })
      .map(describe);
    // Every number or Latin code of a cell: all of its characters on one line box.
    const brokenValues: string[] = [];
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const match of node.data.matchAll(/[A-Za-z0-9][A-Za-z0-9.-]*/gu)) {
          const tops = new Set<number>();
          for (let i = match.index; i < match.index + match[0].length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const box = range.getClientRects()[0];
            if (box) tops.add(Math.round(box.top));
          }
          if (tops.size > 1) brokenValues.push(`${match[0]} in ${describe(cell)}`);
        }
      }
    }
    const empty = cells.filter((cell) => !cell.textContent?.trim());
    const lineHeight = (cell: Element) => parseFloat(getComputedStyle(cell).fontSize);
    const flatEmptyCells = empty
      .filter((cell) => {
        const box = cell.getBoundingClientRect();
        return box.height < lineHeight(cell) || box.width < lineHeight(cell);
      })
      .map(describe);
    const unscoped = [...document.querySelectorAll<HTMLTableCellElement>('.gw-table th')]
      .filter((th) => {
        const scope = th.getAttribute('scope');
        return th.closest('thead') ? scope !== 'col' && scope !== 'colgroup' : scope !== 'row' && scope !== 'rowgroup';
      })
      .map(describe);
    return { tables: regions.length, unlabelled, unruled, brokenValues, flatEmptyCells, emptyCells: empty.length, unscoped };
  });
}

for (const slug of PAGES) {
  test(`web tables: /${slug}/ ruled, labelled, numbers whole, empty cells visible, th scoped, axe clean — in every view`, async ({ page }) => {
    test.setTimeout(300_000);
    for (const mode of VIEW_MODES) {
      await openIn(page, `${server.origin}/${slug}/`, mode);
      const facts = await tableFacts(page);
      expect(facts.tables, mode.name).toBeGreaterThan(0);
      expect(facts.unlabelled, `${mode.name}: regions without role, name or tabindex`).toEqual([]);
      expect(facts.unruled, `${mode.name}: cells without a solid rule on every side`).toEqual([]);
      expect(facts.brokenValues, `${mode.name}: values broken across lines`).toEqual([]);
      expect(facts.flatEmptyCells, `${mode.name}: empty cells smaller than a character`).toEqual([]);
      expect(facts.unscoped, `${mode.name}: header cells without scope`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${mode.name}: the page itself does not scroll sideways`).toBeLessThanOrEqual(0);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      expect(violations.map((v) => `${mode.name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('web tables: the 审批表 keeps its fifteen empty form cells, each at least a character wide and tall', async ({ page }) => {
  await openIn(page, `${server.origin}/issue-regulation-attachments/`, VIEW_MODES.find((mode) => mode.width === 320)!);
  const facts = await tableFacts(page);
  // 13 rows: four empty cells in the first two, one in each of the other eleven (see the fixture).
  expect(facts.emptyCells).toBeGreaterThanOrEqual(15);
  expect(facts.flatEmptyCells).toEqual([]);
});

test('web tables: at 320 px a wide table scrolls in its region, reached and scrolled with the keyboard', async ({ page }) => {
  await openIn(page, `${server.origin}/reply-port-coordinates/`, VIEW_MODES.find((mode) => mode.width === 320 && !mode.largeText && mode.colorScheme === 'light' && mode.forcedColors === 'none')!);
  const wide = page.locator('.gw-table').filter({ has: page.locator('caption', { hasText: 'A匝道桥界址点坐标' }) });
  await expect(wide).toHaveAccessibleName('A匝道桥界址点坐标');
  expect(await wide.evaluate((region) => region.scrollWidth > region.clientWidth)).toBe(true);
  // Tab from the top of the page until the region has focus, as a keyboard user would.
  let reached = false;
  for (let presses = 0; presses < 60 && !reached; presses++) {
    await page.keyboard.press('Tab');
    reached = await wide.evaluate((region) => document.activeElement === region);
  }
  expect(reached, 'the region is in the tab order').toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => wide.evaluate((region) => region.scrollLeft)).toBeGreaterThan(0);
});
