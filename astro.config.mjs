// @ts-check
import { defineConfig } from 'astro/config';
import gongwen from 'gongwen';

export default defineConfig({
  site: 'https://example.gov.cn',
  // The repository's site is gongwen alone: its home page is 全部公文.
  integrations: [gongwen({ index: true })],
});
