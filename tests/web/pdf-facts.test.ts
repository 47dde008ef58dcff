/**
 * An archivist can verify a downloaded copy (print/pdf-facts.ts): beside 下载 PDF the page states the
 * PDF's page count, size and SHA-256, and dist/<doc>.pdf.sha256 checks with sha256sum. The expected
 * values are read from the PDF in dist/ itself (pdf.js for the pages, its bytes for size and hash).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { openPdf } from '../print/pdf-reader.ts';

const SLUG = 'xiqing-zhangzhengfa-2024-1';
const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PDF = `${DIST}${SLUG}.pdf`;

test('the document page states the PDF’s page count, size and SHA-256 beside 下载 PDF', async ({ page }) => {
  const pages = (await openPdf(PDF)).numPages;
  const kilobytes = Math.round(statSync(PDF).size / 1024);
  const sha256 = createHash('sha256').update(readFileSync(PDF)).digest('hex');
  await page.goto(`/${SLUG}/`);
  const item = page.locator('li[data-gw-pdf-link]').filter({ has: page.getByRole('link', { name: '下载 PDF' }) });
  await expect(item).toHaveText(`下载 PDF（${pages} 页，${kilobytes} KB）SHA-256 校验值${sha256}`);
  // Folded: the archivist opens it to compare.
  await item.getByText('SHA-256 校验值').click();
  await expect(item.locator('code')).toHaveText(sha256);
  await expect(item.locator('code')).toBeVisible();
  // The link keeps its own short name; the facts follow it.
  await expect(page.getByRole('link', { name: '下载 PDF', exact: true })).toHaveAttribute('href', `/${SLUG}.pdf`);
  // On a phone the 64 hex digits wrap instead of widening the page.
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});

test('dist/<doc>.pdf.sha256 verifies the PDF with sha256sum -c', () => {
  const output = execFileSync('sha256sum', ['-c', `${SLUG}.pdf.sha256`], { cwd: DIST, encoding: 'utf8' });
  expect(output.trim()).toBe(`${SLUG}.pdf: OK`);
});
