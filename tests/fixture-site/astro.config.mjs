// @ts-check
// A second site that uses the integration the way a user's site would, with test documents
// that exercise what the seed lacks (密级, 紧急程度, 份号, 签发人, a joint mark, attachments, 版记).
import { defineConfig } from 'astro/config';
import gongwen from 'gongwen';

export default defineConfig({
  site: 'https://fixture.example',
  integrations: [gongwen({ pdfTimeoutSeconds: 90 })],
});
