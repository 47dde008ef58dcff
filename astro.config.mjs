// @ts-check
import { defineConfig } from 'astro/config';
import gongwen from 'gongwen';

export default defineConfig({
  site: 'https://example.gov.cn',
  integrations: [gongwen()],
});
