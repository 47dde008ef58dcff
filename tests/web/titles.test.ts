/**
 * A title on the web page breaks where the printed one does (1280 px, also in 大字模式), reflows as one
 * run on a phone (320 px) and at 200 % zoom (640 px) without sideways scrolling, and a screen reader
 * gets it whole: the heading's accessible name, as Chromium computes it, is the title with no space
 * or pause at the breaks and nothing read twice.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';
import { fixturePdf, FIXTURE_DIST, pagesOf } from '../print/support.ts';
import { openIn, VIEW_MODES } from './site.ts';

/** Documents with multi-line titles: broken by title-lines (issue-long-title) and by the author (渝粮规范〔2023〕2号). */
const SLUGS = ['issue-long-title', 'issue-regulation-attachments'];
const mode = (name: string) => VIEW_MODES.find((view) => view.name === name)!;

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveDirectory(FIXTURE_DIST);
});
test.afterAll(async () => {
  await server.close();
});

/** The frontmatter as the author wrote it: the expected titles. */
function authored(slug: string): { title: string; issuedDocuments?: { title: string }[] } {
  return parseYaml(/^---\n([\s\S]*?)\n---/u.exec(readFileSync(fixturePdf(slug).source, 'utf8'))![1]!);
}

/** The lines of a title as the PDF prints it: the run of consecutive 2号 lines that reads as that title. */
async function printedLines(slug: string, title: string): Promise<string[]> {
  for (const page of await pagesOf(fixturePdf(slug).pdf)) {
    let run: string[] = [];
    for (const line of [...page.lines, undefined]) {
      if (line && Math.abs(line.size - 22) < 0.3) {
        run.push(line.text);
        continue;
      }
      if (run.join('') === title) return run;
      run = [];
    }
  }
  throw new Error(`${slug}.pdf prints no title "${title}"`);
}

/** The heading's text as the screen shows it, one string per rendered line (characters grouped by their box's top). */
async function renderedLines(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).first().evaluate((heading) => {
    const rows: { top: number; text: string }[] = [];
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const { top, width } = range.getBoundingClientRect();
        if (width === 0) continue;
        const row = rows.find((r) => Math.abs(r.top - top) < 4);
        if (row) row.text += text[i];
        else rows.push({ top, text: text[i]! });
      }
    }
    return rows.sort((a, b) => a.top - b.top).map((r) => r.text);
  });
}

/** The accessible name Chromium gives the heading (what a screen reader announces), from its own accessibility tree. */
async function chromiumName(page: Page, selector: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return String(nodes[0]?.name?.value ?? '');
}

for (const slug of SLUGS) {
  test(`web: /${slug}/ breaks its titles where the PDF does at 1280 px, also in 大字模式, each named whole`, async ({ page }) => {
    const { title, issuedDocuments = [] } = authored(slug);
    for (const name of ['1280px light', '1280px light large text']) {
      await openIn(page, `${server.origin}/${slug}/`, mode(name));
      const printed = await printedLines(slug, title);
      expect(printed.length, 'a multi-line printed title').toBeGreaterThan(1);
      expect(await renderedLines(page, 'h1'), name).toEqual(printed);
      expect(await chromiumName(page, 'h1')).toBe(title);
      const issued = issuedDocuments[0]?.title;
      if (issued) {
        expect(await renderedLines(page, '.gw-issued__title'), `${name}: the issued document's title`).toEqual(await printedLines(slug, issued));
        expect(await chromiumName(page, '.gw-issued__title')).toBe(issued);
      }
    }
  });

  test(`web: /${slug}/ at 320 px and 200 % zoom: one run with no forced breaks, no sideways scrolling, named whole`, async ({ page }) => {
    const { title } = authored(slug);
    for (const view of [mode('320px light'), mode('320px dark large text'), { ...mode('1280px light'), name: '200 % zoom', width: 640 }]) {
      await openIn(page, `${server.origin}/${slug}/`, view);
      const lines = await renderedLines(page, 'h1');
      expect(lines.join(''), view.name).toBe(title);
      // Wrapped to the width, each rendered line as full as the width allows: no line ends early at a forced break.
      const fits = await page.locator('h1').evaluate((h1) => h1.clientWidth / parseFloat(getComputedStyle(h1).fontSize));
      if (fits < 20) for (const line of lines.slice(0, -1)) expect(Array.from(line).length, `${view.name}: "${line}"`).toBeGreaterThanOrEqual(Math.floor(fits) - 2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${view.name}: no sideways scrolling`).toBeLessThanOrEqual(0);
      expect(await chromiumName(page, 'h1')).toBe(title);
    }
  });
}

test('web: /issue-long-title/ has no axe violations at 1280 px and at 320 px in 大字模式', async ({ page }) => {
  for (const name of ['1280px light', '320px dark large text']) {
    await openIn(page, `${server.origin}/issue-long-title/`, mode(name));
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
