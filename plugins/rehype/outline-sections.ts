/**
 * rehype-outline-sections: records which headings belong to each issued document (印发/转发的文件)
 * and attachment (附件), so the table of contents can group them under the section's title.
 *
 * Astro's `headings` list is flat and the section titles are rendered by components, not by the
 * MDX, so they are not in it. This plugin counts headings exactly as Astro's collector does
 * (every h0–h6 element, in tree order) and stores, per section, the index range of its headings
 * in `remarkPluginFrontmatter.gongwenSections`. Each section also gets a stable `id` (kept when
 * the author wrote one) for the table of contents to link to.
 */
import type { Root, Element, RootContent } from 'hast';
import type { VFile } from 'vfile';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';

export interface OutlineSection {
  kind: 'issued' | 'attachment';
  /** The section's id in the page. */
  id: string;
  /** The title attribute as written, when it is a plain string. */
  title?: string;
  /** Index into `render(doc).headings` of the section's first heading. */
  firstHeading: number;
  /** How many headings the section holds. */
  headingCount: number;
}

const SECTION_KINDS: Record<string, OutlineSection['kind']> = { IssuedDocument: 'issued', Attachment: 'attachment' };
const HEADING = /^h[0-6]$/u;

export function rehypeOutlineSections() {
  return (tree: Root, file: VFile): void => {
    const sections: OutlineSection[] = [];
    let headingIndex = 0;
    const counters = { issued: 0, attachment: 0 };

    const walk = (node: Root | RootContent): void => {
      if (node.type === 'element' && HEADING.test((node as Element).tagName)) headingIndex += 1;
      const kind = node.type === 'mdxJsxFlowElement' ? SECTION_KINDS[(node as MdxJsxFlowElementHast).name ?? ''] : undefined;
      let section: OutlineSection | undefined;
      if (kind) {
        const element = node as MdxJsxFlowElementHast;
        counters[kind] += 1;
        section = {
          kind,
          id: stringAttribute(element, 'id') ?? `${kind}-${counters[kind]}`,
          firstHeading: headingIndex,
          headingCount: 0,
        };
        const title = stringAttribute(element, 'title');
        if (title) section.title = title;
        if (!stringAttribute(element, 'id')) element.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: section.id });
        sections.push(section);
      }
      if ('children' in node) for (const child of node.children) walk(child as RootContent);
      if (section) section.headingCount = headingIndex - section.firstHeading;
    };
    walk(tree);

    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, gongwenSections: sections };
  };
}

function stringAttribute(element: MdxJsxFlowElementHast, name: string): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === name && typeof attribute.value === 'string') return attribute.value;
  }
  return undefined;
}
