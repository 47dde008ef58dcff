/**
 * axe-core on every built page, in every way a reader may see it: light, dark and forced
 * colours, at 1280 and 320 CSS px, with and without 大字模式. Zero violations allowed. The print
 * previews too, whole (the toolbar and the paginated pages), once Paged.js has finished, with the
 * 文字大小 chosen on the document's page (the preview has no control of its own and follows it).
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { builtPages, documentPages, openIn, VIEW_MODES } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One line per failing node: rule, impact, where, and axe's own explanation. */
function describe(violations: Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map((node) => `  [${v.id}, ${v.impact}] ${node.target.join(' ')}\n    ${node.failureSummary?.replaceAll('\n', '\n    ')}\n    ${v.helpUrl}`),
    )
    .join('\n');
}

for (const path of builtPages()) {
  test(`axe: ${path} has no violations in any view`, async ({ page }) => {
    const failures: string[] = [];
    for (const mode of VIEW_MODES) {
      await openIn(page, path, mode);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      if (violations.length > 0) failures.push(`${mode.name}:\n${describe(violations)}`);
    }
    expect(failures, `axe violations on ${path}\n${failures.join('\n')}`).toEqual([]);
  });
}

for (const { path } of documentPages()) {
  test(`axe: the print preview ${path}print/ has no violations in any view`, async ({ page }) => {
    const failures: string[] = [];
    for (const mode of VIEW_MODES) {
      await openIn(page, path, mode);
      await page.goto(`${path}print/`);
      await page.waitForFunction(() => document.documentElement.dataset['gwPaged'] !== undefined, undefined, { timeout: 60_000 });
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      if (violations.length > 0) failures.push(`${mode.name}:\n${describe(violations)}`);
    }
    expect(failures, `axe violations on ${path}print/\n${failures.join('\n')}`).toEqual([]);
  });
}
