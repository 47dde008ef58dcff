/**
 * The table of contents of a document page: its 一、 and （一） headings, nested, with each
 * issued document (印发的文件) and attachment (附件) as a group under its own title.
 */
import type { OutlineSection } from '../../plugins/rehype/outline-sections.ts';

/** One heading as Astro's `render(entry).headings` lists it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** Two levels are listed: 一、 and （一）. Deeper numbering (1. / （1）) would bury the outline. */
const LEVELS = 2;

/**
 * Nests headings by depth, starting from the shallowest depth present (h2 in a notice, h3 inside
 * an issued document), so a group's outline does not depend on where the group sits.
 */
export function nestHeadings(headings: readonly Heading[]): TocEntry[] {
  if (headings.length === 0) return [];
  const top = Math.min(...headings.map((h) => h.depth));
  const root: TocEntry[] = [];
  let parent: TocEntry | undefined;
  for (const heading of headings) {
    const entry: TocEntry = { id: heading.slug, text: heading.text, children: [] };
    if (heading.depth === top) {
      root.push(entry);
      parent = entry;
    } else if (heading.depth < top + LEVELS) {
      (parent?.children ?? root).push(entry);
    }
  }
  return root;
}

/**
 * The whole outline: the notice's own headings, and one group per issued document or attachment,
 * in page order. `titleOf` names each group (from its title attribute or the frontmatter).
 */
export function tableOfContents(
  headings: readonly Heading[],
  sections: readonly OutlineSection[],
  titleOf: (section: OutlineSection, indexOfKind: number) => string,
): TocEntry[] {
  const entries: TocEntry[] = [];
  const ordered = [...sections].sort((a, b) => a.firstHeading - b.firstHeading);
  const seen = { issued: 0, attachment: 0 };
  let next = 0;
  for (const section of ordered) {
    entries.push(...nestHeadings(headings.slice(next, section.firstHeading)));
    const end = section.firstHeading + section.headingCount;
    entries.push({
      id: section.id,
      text: titleOf(section, seen[section.kind]),
      children: nestHeadings(headings.slice(section.firstHeading, end)),
    });
    seen[section.kind] += 1;
    next = Math.max(next, end);
  }
  entries.push(...nestHeadings(headings.slice(next)));
  return entries;
}

/** The 目录's id: the target of the 返回目录 link. */
export const TOC_ID = 'gw-toc';
