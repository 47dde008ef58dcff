/**
 * The table of contents groups each issued document's headings under its title. Checked through
 * the real MDX compiler with Astro's own heading collector, then on every built page.
 */
import { expect, test } from '@playwright/test';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { rehypeOutlineSections, type OutlineSection } from '../../plugins/rehype/outline-sections.ts';
import { tableOfContents, type Heading } from '../../src/web/toc.ts';
import { documentPages } from './site.ts';

const NOTICE_WITH_TWO_ISSUED = `
## 一、通知事项

### （一）第一项

<IssuedDocument title="甲方案">

### 一、总体要求

#### （一）目标

##### 1.细项

### 二、保障

</IssuedDocument>

<IssuedDocument title="乙办法">

### 一、适用范围

</IssuedDocument>

<Attachment n={1} title="名单" />
`;

async function outlineOf(mdx: string) {
  const file = new VFile({ value: mdx, path: 'fixture.mdx', data: { astro: { frontmatter: {} } } });
  await compile(file, { rehypePlugins: [rehypeOutlineSections, rehypeHeadingIds] });
  const astro = file.data['astro'] as { headings: Heading[]; frontmatter: { gongwenSections: OutlineSection[] } };
  return { headings: astro.headings, sections: astro.frontmatter.gongwenSections };
}

test('outline: headings are grouped under the issued document or attachment that holds them', async () => {
  const { headings, sections } = await outlineOf(NOTICE_WITH_TWO_ISSUED);
  expect(sections.map(({ kind, id, title }) => ({ kind, id, title }))).toEqual([
    { kind: 'issued', id: 'issued-1', title: '甲方案' },
    { kind: 'issued', id: 'issued-2', title: '乙办法' },
    { kind: 'attachment', id: 'attachment-1', title: '名单' },
  ]);
  const toc = tableOfContents(headings, sections, (section) => section.title!);
  const shape = (entries: typeof toc): unknown => entries.map((e) => (e.children.length ? [e.text, shape(e.children)] : e.text));
  expect(shape(toc)).toEqual([
    ['一、通知事项', ['（一）第一项']],
    ['甲方案', [['一、总体要求', ['（一）目标']], '二、保障']],
    ['乙办法', ['一、适用范围']],
    '名单',
  ]);
});

test('outline: an id the author gave a section is kept', async () => {
  const { sections } = await outlineOf('<IssuedDocument id="report" title="报告">\n\n### 一、回顾\n\n</IssuedDocument>\n');
  expect(sections).toEqual([{ kind: 'issued', id: 'report', title: '报告', firstHeading: 0, headingCount: 1 }]);
});

for (const { path } of documentPages()) {
  test(`outline: ${path} lists each issued document's top two heading levels under its title`, async ({ page }) => {
    await page.goto(path);
    const groups = await page.locator('main .gw-issued[id], main .gw-attachment[id]').evaluateAll((sections) =>
      sections.map((section) => ({
        id: section.id,
        // The section's own outline, read from the page: its first two heading levels.
        headings: (() => {
          const hs = [...section.querySelectorAll('h3, h4, h5, h6')].filter((h) => h.id);
          const top = Math.min(...hs.map((h) => Number(h.tagName[1])));
          return hs.filter((h) => Number(h.tagName[1]) <= top + 1).map((h) => `#${h.id}`);
        })(),
      })),
    );
    for (const group of groups) {
      const entry = page.locator(`nav.gw-toc > ol > li:has(> a[href="#${group.id}"])`);
      await expect(entry, `目录 entry for ${group.id}`).toHaveCount(1);
      const listed = await entry.locator(':scope > ol a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(listed.map((href) => decodeURIComponent(href!))).toEqual(group.headings.map((href) => decodeURIComponent(href)));
    }
  });
}
