/**
 * The 目录 and 文件信息 on phones and wide screens (TableOfContents.astro, DocumentInfo.astro, toc-client.ts,
 * web.css): on a 390 px phone, in each 文字大小, the h1 starts on the first screen with 文件信息 and the 目录
 * folded behind a button each; the h1 is the page's first heading; following a 目录 link focuses its heading, below the top edge, and Tab
 * goes on from there; the section being read is marked aria-current; 返回目录 is reachable by Tab and
 * from deep in the page, and takes the reader back; nothing scrolls sideways at 320 px or 200 % zoom;
 * axe finds nothing. On the seed (西青张政发〔2024〕1号, long) and a fixture with four attachments
 * (渝粮规范〔2023〕2号).
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serveDirectory, type StaticServer } from '../../print/static-server.ts';
import { FIXTURE_DIST } from '../print/support.ts';
import { setLargeText, setTextSize } from './site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };
/** 200 % zoom of a 1280 × 800 window: the page gets 640 × 400 CSS px. */
const ZOOM_200 = { width: 640, height: 400 };
const NARROWEST = { width: 320, height: 640 };

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveDirectory(FIXTURE_DIST);
});
test.afterAll(async () => {
  await server.close();
});

const PAGES = [
  { name: 'the seed', url: () => '/xiqing-zhangzhengfa-2024-1/', deep: 'd1-s2-3' },
  { name: 'a document with attachments', url: () => `${server.origin}/issue-regulation-attachments/`, deep: 'attachment-2' },
];

const tocButton = (page: Page) => page.getByRole('navigation', { name: '目录' }).getByRole('button', { name: '目录' });
const infoButton = (page: Page) => page.getByRole('region', { name: '文件信息' }).getByRole('button', { name: '文件信息和下载' });
const tocLink = (page: Page, id: string) => page.getByRole('navigation', { name: '目录' }).locator(`a[href="#${id}"]`);
const backLink = (page: Page) => page.getByRole('link', { name: '返回目录' });

async function open(page: Page, url: string, size: { width: number; height: number }, largeText = false): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(url);
  await setLargeText(page, largeText);
  await page.evaluate(() => document.fonts.ready);
}

/** The heading a link leads to: the target itself, or the first heading of the section it is. */
const headingOf = (page: Page, id: string) => page.locator(`[id="${id}"]:is(h1, h2, h3, h4, h5, h6), [id="${id}"] :is(h1, h2, h3, h4, h5, h6)`).first();

const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const { name, url, deep } of PAGES) {
  test.describe(name, () => {
    for (const size of ['标准', '大', '特大'] as const) {
      test(`at 390 px in ${size} the h1 starts on the first screen, with 文件信息 and the 目录 folded behind a button each`, async ({ page }) => {
        await page.setViewportSize(PHONE);
        await page.goto(url());
        await setTextSize(page, size);
        await page.evaluate(() => document.fonts.ready);
        const top = await page.getByRole('heading', { level: 1 }).evaluate((el) => el.getBoundingClientRect().top + scrollY);
        expect(top, "the h1's top, in CSS px from the top of the page").toBeLessThan(PHONE.height);
        for (const button of [infoButton(page), tocButton(page)]) {
          await expect(button).toBeInViewport();
          await expect(button).toHaveAttribute('aria-expanded', 'false');
        }
        await expect(page.getByRole('region', { name: '文件信息' }).getByText('发文字号')).toBeHidden();
        await expect(page.getByRole('link', { name: '下载 PDF' })).toBeHidden();
        await expect(tocLink(page, 'title')).toBeHidden();
        // In reading order: 文件信息, then the 目录 button, then the document's title.
        const order = await page.evaluate(() => {
          const info = document.querySelector('section.gw-info')!;
          const button = document.querySelector('.gw-toc button')!;
          const h1 = document.querySelector('h1')!;
          return [info.compareDocumentPosition(button), button.compareDocumentPosition(h1)].map((p) => (p & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
        });
        expect(order).toEqual([true, true]);
        // Opened, 文件信息 shows its fields and the PDF link; Enter folds it again.
        await infoButton(page).click();
        await expect(infoButton(page)).toHaveAttribute('aria-expanded', 'true');
        await expect(page.getByRole('region', { name: '文件信息' }).getByText('发文字号')).toBeVisible();
        await expect(page.getByRole('link', { name: '下载 PDF' })).toBeVisible();
        await infoButton(page).press('Enter');
        await expect(page.getByRole('link', { name: '下载 PDF' })).toBeHidden();
        await tocButton(page).click();
        await expect(tocButton(page)).toHaveAttribute('aria-expanded', 'true');
        await expect(tocLink(page, 'title')).toBeVisible();
        await tocButton(page).press('Enter');
        await expect(tocLink(page, 'title')).toBeHidden();
      });
    }

    for (const size of [PHONE, WIDE]) {
      test(`at ${size.width} px the first heading is the h1 and the 目录 is a nav named 目录`, async ({ page }) => {
        await open(page, url(), size);
        const tree = await page.locator('body').ariaSnapshot();
        const firstHeading = /^\s*- heading "([^"]*)" \[level=(\d)\]/mu.exec(tree);
        expect(firstHeading?.[2], `the first heading in\n${tree.slice(0, 800)}`).toBe('1');
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.getByRole('navigation', { name: '目录' })).toHaveCount(1);
        if (size === WIDE) {
          // A side nav: beside the document, its links shown, no button; 文件信息 open, with no button either.
          await expect(tocButton(page)).toBeHidden();
          await expect(infoButton(page)).toBeHidden();
          await expect(page.getByRole('link', { name: '下载 PDF' })).toBeVisible();
          await expect(tocLink(page, 'title')).toBeVisible();
          const [nav, h1] = await Promise.all([page.locator('nav.gw-toc').boundingBox(), page.locator('h1').boundingBox()]);
          expect(nav!.x + nav!.width).toBeLessThanOrEqual(h1!.x);
        }
      });
    }

    for (const [label, size] of [
      ['320 px', NARROWEST],
      ['200 % zoom', ZOOM_200],
    ] as const) {
      for (const largeText of [false, true]) {
        test(`at ${label}${largeText ? ' in 大字模式' : ''}: no sideways scrolling with the 目录 open and 返回目录 held at the foot`, async ({ page }) => {
          await open(page, url(), size, largeText);
          expect(await sidewaysOverflow(page), 'folded').toBeLessThanOrEqual(0);
          for (const state of ['folded', 'open']) {
            if (state === 'open') await tocButton(page).click();
            expect(await sidewaysOverflow(page), state).toBeLessThanOrEqual(0);
            // In one jump from the top, as a 目录 link or the End key goes.
            await page.locator(`[id="${deep}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
            await expect(backLink(page), `${state}: held at the foot`).toHaveAttribute('data-stuck', '');
            await expect(backLink(page)).toBeInViewport();
            expect(await sidewaysOverflow(page), `${state}, scrolled, 返回目录 held`).toBeLessThanOrEqual(0);
            await page.evaluate(() => window.scrollTo(0, 0));
            await expect(backLink(page), `${state}: in its place at the end while the 目录 is in view`).not.toHaveAttribute('data-stuck');
          }
          await page.locator(`[id="${deep}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
          // It is small beside the text it passes over, and at the end of the page it covers nothing.
          const box = (await backLink(page).boundingBox())!;
          expect(box.width * box.height).toBeLessThan(size.width * size.height * 0.05);
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          const covered = await backLink(page).evaluate((link) => {
            const own = link.getBoundingClientRect();
            return [...document.querySelectorAll('main p, main li, main h1, main h2, main h3, main h4, main td, main th, footer p')]
              .filter((el) => !link.contains(el) && !el.contains(link))
              .filter((el) => {
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.left < own.right && r.right > own.left && r.top < own.bottom && r.bottom > own.top;
              })
              .map((el) => el.textContent?.trim().slice(0, 20));
          });
          expect(covered, 'text under 返回目录 at the end of the page').toEqual([]);
        });
      }
    }

    for (const size of [PHONE, WIDE]) {
      test(`at ${size.width} px following a 目录 link (or Back to one) focuses its heading below the top edge, and Tab goes on from there`, async ({ page }) => {
        await open(page, url(), size);
        if (size === PHONE) await tocButton(page).click();
        // Once by keyboard (Enter), once by pointer.
        for (const [id, how] of [
          [deep, 'Enter'],
          ['title', 'click'],
        ] as const) {
          const link = tocLink(page, id);
          if (how === 'Enter') {
            await link.focus();
            await link.press('Enter');
          } else {
            await link.click();
          }
          const heading = headingOf(page, id);
          await expect(heading, `${how} on #${id}`).toBeFocused();
          const { top, margin } = await page.locator(`[id="${id}"]`).evaluate((el) => ({ top: el.getBoundingClientRect().top, margin: parseFloat(getComputedStyle(el).scrollMarginTop) }));
          expect(margin).toBeGreaterThan(0);
          expect(top, `#${id} lands below the top edge`).toBeGreaterThanOrEqual(margin - 1);
          expect(top).toBeLessThan(size.height / 2);
          await expect(heading).toBeInViewport();
          if (how === 'Enter') {
            // The next Tab reaches the first focusable element after the heading, not the footer.
            const expected = await heading.evaluate((h) => {
              const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"], summary')].filter((el) => el.checkVisibility());
              const next = focusable.find((el) => (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !h.contains(el));
              return next?.outerHTML.slice(0, 80);
            });
            await page.keyboard.press('Tab');
            const reached = await page.evaluate(() => ({ html: document.activeElement?.outerHTML.slice(0, 80), inFooter: !!document.activeElement?.closest('body > footer') }));
            expect(reached.inFooter).toBe(false);
            expect(reached.html).toBe(expected);
          }
        }
        // Back to the section before, as the browser's Back button goes.
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`#${deep}$`, 'u'));
        await expect(headingOf(page, deep)).toBeFocused();
      });

      test(`at ${size.width} px the section being read is marked aria-current in the 目录 and highlighted`, async ({ page }) => {
        await open(page, url(), size);
        const nav = page.getByRole('navigation', { name: '目录' });
        await expect(nav.locator('[aria-current="true"]')).toHaveCount(1);
        await expect(tocLink(page, 'title')).toHaveAttribute('aria-current', 'true');
        await page.locator(`[id="${deep}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await expect(tocLink(page, deep)).toHaveAttribute('aria-current', 'true');
        await expect(nav.locator('[aria-current="true"]')).toHaveCount(1);
        if (size === WIDE) {
          await expect(tocLink(page, deep)).toBeInViewport();
          const look = (id: string) => tocLink(page, id).evaluate((a) => `${getComputedStyle(a).borderInlineStartColor} ${getComputedStyle(a).backgroundColor} ${getComputedStyle(a).fontWeight}`);
          expect(await look(deep)).not.toBe(await look('title'));
        }
        // At the end of the page, the last section is the current one even if it is short.
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        const last = await nav.locator('a').last().getAttribute('href');
        const lastOnScreen = await page.locator(`[id="${last!.slice(1)}"]`).evaluate((el) => el.getBoundingClientRect().top < innerHeight);
        if (lastOnScreen) await expect(nav.locator('a').last()).toHaveAttribute('aria-current', 'true');
      });

      test(`at ${size.width} px 返回目录 is reachable by Tab from deep in the page and returns to the 目录`, async ({ page }) => {
        await open(page, url(), size);
        await page.locator(`[id="${deep}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await headingOf(page, deep).evaluate((h) => {
          h.tabIndex = -1;
          h.focus();
        });
        let reached = false;
        for (let step = 0; step < 40 && !reached; step += 1) {
          await page.keyboard.press('Tab');
          reached = await backLink(page).evaluate((link) => link === document.activeElement);
        }
        expect(reached, '返回目录 reached by Tab').toBe(true);
        await expect(backLink(page)).toBeInViewport();
        await page.keyboard.press('Enter');
        const nav = page.getByRole('navigation', { name: '目录' });
        await expect(nav.locator(':focus')).toHaveCount(1);
        await expect(nav.locator(':focus')).toHaveAttribute('aria-current', 'true');
        await expect(nav.locator(':focus')).toBeInViewport();
        if (size === PHONE) await expect(tocButton(page)).toHaveAttribute('aria-expanded', 'true');
      });

      test(`at ${size.width} px axe finds nothing with the 目录 open, a section current and 返回目录 held`, async ({ page }) => {
        for (const largeText of [false, true]) {
          await open(page, url(), size, largeText);
          if (size === PHONE) await tocButton(page).click();
          await page.locator(`[id="${deep}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
          await expect(tocLink(page, deep)).toHaveAttribute('aria-current', 'true');
          const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        }
      });
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 目录 is a plain list of links, with no button that could not work, and 返回目录 is a link at the end', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/xiqing-zhangzhengfa-2024-1/');
    await expect(page.locator('.gw-toc button')).toBeHidden();
    await expect(page.getByRole('navigation', { name: '目录' }).getByRole('link').first()).toBeVisible();
    await tocLink(page, 'd1-s2').click();
    await expect(page).toHaveURL(/#d1-s2$/u);
    await expect(page.locator('#d1-s2')).toBeInViewport();
    await backLink(page).click();
    await expect(page.getByRole('navigation', { name: '目录' })).toBeInViewport();
  });
});
