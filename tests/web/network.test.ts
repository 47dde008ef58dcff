/**
 * No request leaves the site: every request a page makes goes to the local server, and none
 * fails. Also records the bytes a reader downloads (fonts separately), for the README.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './site.ts';

for (const path of builtPages()) {
  test(`network: ${path} loads only from the site itself`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests: string[] = [];
    const failures: string[] = [];
    const bytes = { total: 0, fonts: 0 };
    page.on('request', (request) => requests.push(request.url()));
    page.on('requestfailed', (request) => failures.push(`${request.url()} (${request.failure()?.errorText})`));
    page.on('response', async (response) => {
      if (response.status() >= 400) failures.push(`${response.url()} → ${response.status()}`);
      const size = (await response.body().catch(() => Buffer.alloc(0))).length;
      bytes.total += size;
      if (response.request().resourceType() === 'font') bytes.fonts += size;
    });

    await page.goto(path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready);

    const elsewhere = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
    expect(elsewhere, 'requests to other hosts').toEqual([]);
    expect(failures, 'failed requests').toEqual([]);
    test.info().annotations.push({ type: 'bytes', description: `${path}: ${bytes.total} B in ${requests.length} requests, fonts ${bytes.fonts} B` });
    console.log(`${path}: ${bytes.total} B in ${requests.length} requests, of which fonts ${bytes.fonts} B`);
  });
}
