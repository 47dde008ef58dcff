/**
 * The processor gongwen's documents are rendered with: @astrojs/mdx's own `processor` option, so it
 * reaches the .mdx files alone and the site's `markdown.processor` — its remark/rehype plugins and
 * smart punctuation on its .md pages — is left as the site set it.
 *
 * Decision: a clean unified() pipeline, not the site's processor with gongwen's plugins added. A
 * 公文 is official text reproduced as published: no smart quotes (smartypants: false), and none of the
 * site's plugins, which were written for its own pages. Astro 7 offers no way to give another
 * integration's mdx() a processor, so a site that adds mdx() itself passes this one to it (README,
 * "Using the integration in another Astro site"); the integration warns when it has not been made.
 */
import { unified } from '@astrojs/markdown-remark';
import type { MarkdownProcessor } from 'astro/markdown';
import { remarkGongwen } from './remark/index.ts';
import { rehypeOutlineSections } from './rehype/outline-sections.ts';
import { rehypeTables } from './rehype/tables.ts';

let made = false;

/** For `mdx({ processor: gongwenProcessor() })` in a site that configures @astrojs/mdx itself. */
export function gongwenProcessor(): MarkdownProcessor {
  made = true;
  return unified({ remarkPlugins: [remarkGongwen], rehypePlugins: [rehypeOutlineSections, rehypeTables], smartypants: false });
}

/** Whether the site's config has made the processor (for its own mdx()). */
export const processorMade = (): boolean => made;
