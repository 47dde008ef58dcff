// @ts-check
// A second site that uses the integration the way a user's site would, with test documents
// that exercise what the seed lacks (密级, 紧急程度, 份号, 签发人, a joint mark, attachments, 版记).
import { defineConfig } from 'astro/config';
import gongwen from 'gongwen';

export default defineConfig({
  site: 'https://fixture.example',
  integrations: [
    gongwen({
      // The site has no home page of its own: 全部公文 is it (the tests' server waits for "/").
      index: true,
      pdfTimeoutSeconds: 90,
      // Specimen seals (样章, drawn for the tests, no lettering): a PNG for an organ's 印章, an SVG for a 令's 签名章.
      seal: { images: { 上海市人民政府办公厅: 'seals/specimen.png', 郭金龙: 'seals/specimen.svg' } },
    }),
  ],
});
