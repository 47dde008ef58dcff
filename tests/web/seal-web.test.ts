/**
 * Electronic seals on a site that opts in to showing them on its web pages (seal.web), and the build of
 * a document whose seal image is missing: stopped before anything is built, at the document's seal line,
 * naming the file. The document is 京建函〔2014〕428号 (tests/fixtures/seals/project/content, source cited there).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { astroBuild } from '../support/astro-build.ts';
import { serveDirectory } from '../../print/static-server.ts';
import { FIXTURE_DIST } from '../print/support.ts';

const PROJECT = 'tests/fixtures/seals/project';
const ORGAN = '北京市住房和城乡建设委员会';

test('by default the web page shows no seal image; the print view draws it (沪府办发〔2023〕14号, seal: image)', async ({ page }) => {
  const server = await serveDirectory(FIXTURE_DIST);
  try {
    await page.goto(`${server.origin}/issue-long-title/`);
    await expect(page.locator('.gw-signatory')).toHaveText('上海市人民政府办公厅');
    await expect(page.locator('img.gw-seal, .gw-seal')).toHaveCount(0);
    await page.goto(`${server.origin}/issue-long-title/print/`);
    await expect(page.getByRole('img', { name: '印章：上海市人民政府办公厅' })).toHaveCount(1);
  } finally {
    await server.close();
  }
});

test('seal.web: the web page shows the seal image after the 署名, announced as 印章：<organ>', async ({ page }) => {
  const out = await mkdtemp(join(tmpdir(), 'gongwen-seal-web-'));
  try {
    const { code, output } = await astroBuild(PROJECT, { GONGWEN_FIXTURE_OUT: out });
    expect(code, output).toBe(0);
    await page.goto(pathToFileURL(join(out, 'letter-sealed', 'index.html')).href);
    const seal = page.getByRole('img', { name: `印章：${ORGAN}` });
    await expect(seal).toHaveCount(1);
    await expect(seal).toBeVisible();
    // After the 署名 and the date, in reading order.
    expect(await page.locator('.gw-signature > *').evaluateAll((nodes) => nodes.map((node) => node.className))).toEqual(['gw-signatory', 'gw-date', 'gw-seal']);
    // This project builds with pdf: false: the page offers the print view and no PDF that would 404.
    await expect(page.getByRole('link', { name: '打印版' })).toHaveCount(1);
    await expect(page.getByRole('link', { name: '下载 PDF' })).toHaveCount(0);
    expect(await page.locator('[data-gw-pdf-link]').count()).toBe(0);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});

test('a missing seal image stops the build at the document, naming the file; nothing is built', async () => {
  const out = await mkdtemp(join(tmpdir(), 'gongwen-seal-web-'));
  try {
    const { code, output } = await astroBuild(PROJECT, { GONGWEN_FIXTURE_OUT: out, GONGWEN_SEAL_IMAGE: 'seals/gone.svg' });
    expect(code).not.toBe(0);
    const file = resolve(PROJECT, 'seals/gone.svg');
    expect(output).toContain(
      `content/letter-sealed.mdx:19:7  error  seal-images  the seal image of "${ORGAN}": ${file} does not exist — check the path in the gongwen option seal.images (relative to the project root)`,
    );
    expect(await readdir(out)).toEqual([]);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
