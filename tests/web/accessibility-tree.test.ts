/**
 * What a screen reader gets: the h1 is the document's title, and the 版头 data come as labelled
 * values in the order of the gov.cn information box (发文机关, 成文日期, 标题, 发文字号), then 公开方式.
 * Expected values are read from the MDX source.
 */
import { expect, test } from '@playwright/test';
import { authoredFrontmatter, documentPages } from './site.ts';

for (const { path, slug } of documentPages()) {
  test(`accessibility tree: ${path} labels the 版头 data and titles the page`, async ({ page }) => {
    const source = authoredFrontmatter(slug);
    await page.goto(path);

    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveCount(1);
    await expect(h1).toHaveAccessibleName(source.title);

    const info = page.getByRole('region', { name: '文件信息' });
    await expect(info).toMatchAriaSnapshot(
      [
        '- region "文件信息":',
        '  - term: 发文机关',
        `  - definition: ${source.issuers.join('、')}`,
        '  - term: 成文日期',
        '  - definition:',
        `    - time: ${source.date}`,
        '  - term: 标题',
        `  - definition: ${source.title}`,
        '  - term: 发文字号',
        `  - definition: ${source.docNumber}`,
        '  - term: 公开方式',
        `  - definition: ${source.disclosure}`,
      ].join('\n'),
    );
    // The labelled values are inside main, where the skip link lands.
    await expect(page.getByRole('main').getByRole('region', { name: '文件信息' })).toHaveCount(1);
  });

  test(`accessibility tree: ${path} has landmarks and a table of contents`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    const toc = page.getByRole('navigation', { name: '目录' });
    await expect(toc).toHaveCount(1);
    await expect(toc.getByRole('link').first()).toHaveAccessibleName(authoredFrontmatter(slug).title);
    // Every link in the table of contents leads to an element of the page.
    for (const href of await toc.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`), `target of ${href}`).toHaveCount(1);
    }
  });
}
