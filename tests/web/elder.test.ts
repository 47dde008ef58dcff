/**
 * 适老化 beyond one toggle (src/web/ReaderSettings.astro, read-aloud.ts): three text sizes and 高对比,
 * remembered and applied before first paint, passing axe and 7:1 contrast; the red mark never smaller than
 * the body; 朗读 with the browser's own Chinese voice; and the print preview's screen view following the
 * settings while its print stays the official copy. On the seed, 西青张政发〔2024〕1号, and the index.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openPdf, readPages } from '../print/pdf-reader.ts';
import { builtPages, classesAtBody, highContrastButton, setHighContrast, setTextSize, textSizeRadio, type TextSizeLabel } from './site.ts';

const SLUG = 'xiqing-zhangzhengfa-2024-1';
const SEED = `/${SLUG}/`;
const PREVIEW = `/${SLUG}/print/`;
const SIZES: TextSizeLabel[] = ['标准', '大', '特大'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const bodyParagraph = (page: Page) => page.locator('main .gw-body p:not([class])').first();
const fontPx = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

test.describe('文字大小', () => {
  test('the seed\'s body text is 17 px in 标准, about 21 px in 大 and at least 24 px in 特大', async ({ page }) => {
    await page.goto(SEED);
    const sizes: Record<string, number> = {};
    for (const size of SIZES) {
      await setTextSize(page, size);
      sizes[size] = await bodyParagraph(page).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    }
    expect(sizes['标准']).toBe(17);
    expect(sizes['大']).toBeCloseTo(21.25, 1);
    expect(sizes['特大']).toBeGreaterThanOrEqual(24);
  });

  test('the control is one labelled radio group of three, one Tab stop, moved with the arrow keys', async ({ page }) => {
    await page.goto(SEED);
    const group = page.getByRole('radiogroup', { name: '文字大小' });
    await expect(group.getByRole('radio')).toHaveCount(3);
    await textSizeRadio(page, '标准').focus();
    await page.keyboard.press('ArrowRight');
    await expect(textSizeRadio(page, '大')).toBeChecked();
    await expect(page.locator('html')).toHaveClass(/\bgw-large-text\b/u);
    await page.keyboard.press('Shift+Tab');
    await expect(highContrastButton(page), 'Shift+Tab leaves the group for the control before it').toBeFocused();
  });

  test('the choice and 高对比 persist across a reload and to another page, applied before the first paint', async ({ page }) => {
    await page.goto(SEED);
    await setTextSize(page, '特大');
    await setHighContrast(page, true);
    // Look at <html> the moment the parser creates <body>: the stored settings must already be applied.
    const atBody = await classesAtBody(page);
    await page.reload();
    expect(await atBody()).toMatch(/\bgw-xlarge-text\b/u);
    expect(await atBody()).toMatch(/\bgw-high-contrast\b/u);
    await expect(textSizeRadio(page, '特大')).toBeChecked();
    await expect(highContrastButton(page)).toHaveAttribute('aria-pressed', 'true');
    for (const other of builtPages().filter((path) => path !== SEED)) {
      await page.goto(other);
      expect(await atBody(), other).toMatch(/\bgw-xlarge-text\b.*\bgw-high-contrast\b|\bgw-high-contrast\b.*\bgw-xlarge-text\b/u);
      await expect(textSizeRadio(page, '特大'), other).toBeChecked();
      expect(await fontPx(page, 'main'), other).toBeGreaterThanOrEqual(24);
    }
    await page.goto(SEED);
    await setTextSize(page, '标准');
    await setHighContrast(page, false);
    await page.reload();
    await expect(textSizeRadio(page, '标准')).toBeChecked();
    expect(await atBody()).not.toMatch(/gw-(x?large-text|high-contrast)/u);
  });

  test('without JavaScript the settings are not shown', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SEED);
    await expect(page.getByRole('radiogroup', { name: '文字大小' })).toBeHidden();
    await expect(page.getByRole('button', { name: '高对比' })).toBeHidden();
    await expect(page.getByRole('button', { name: '朗读' })).toBeHidden();
    await context.close();
  });

  for (const width of [390, 1280]) {
    test(`the red mark is never smaller than the body text, in every size at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(SEED);
      for (const size of SIZES) {
        await setTextSize(page, size);
        const body = await bodyParagraph(page).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
        const mark = await fontPx(page, 'main .gw-issuer-mark');
        expect(mark, `${size}: mark ${mark} px, body ${body} px`).toBeGreaterThanOrEqual(body);
      }
    });
  }

  for (const path of builtPages()) {
    test(`no sideways scrolling at 320 px in 特大 (also with 高对比): ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      await setTextSize(page, '特大');
      for (const contrast of [false, true]) {
        await setHighContrast(page, contrast);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
        expect(scrollWidth, `高对比 ${contrast}`).toBeLessThanOrEqual(clientWidth);
      }
    });
  }
});

/** One line per failing node, as axe.test.ts reports it. */
async function axeFailures(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return violations.flatMap((v) => v.nodes.map((node) => `[${v.id}] ${node.target.join(' ')}: ${node.failureSummary}`));
}

for (const path of builtPages()) {
  test(`axe: ${path} has no violations in each 文字大小 and in 高对比 (light and dark), at 1280 and 320 px`, async ({ page }) => {
    test.setTimeout(300_000);
    const failures: string[] = [];
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await setHighContrast(page, false);
      for (const size of SIZES) {
        await setTextSize(page, size);
        failures.push(...(await axeFailures(page)).map((line) => `${width}px ${size}: ${line}`));
      }
      await setTextSize(page, '标准');
      await setHighContrast(page, true);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        failures.push(...(await axeFailures(page)).map((line) => `${width}px 高对比 ${colorScheme}: ${line}`));
      }
    }
    expect(failures).toEqual([]);
  });
}

/** The colour contrast of each visible match of `selector` against the background it is seen on, from getComputedStyle. */
function contrasts(page: Page, selector: string, property: 'color' | 'outlineColor' | 'borderBottomColor' = 'color') {
  return page.locator(selector).evaluateAll((elements, property) => {
    const rgb = (value: string) => value.match(/[\d.]+/gu)!.map(Number);
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!].map((c) => c / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const background = (element: Element | null): number[] => {
      for (let at = element; at; at = at.parentElement) {
        const colour = rgb(getComputedStyle(at).backgroundColor);
        if (colour.length < 4 || colour[3]! > 0) return colour;
      }
      return [255, 255, 255];
    };
    return elements
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => {
        // Text sits on its own box's background; a border or an outline is seen against what surrounds the box.
        const behind = property === 'color' ? element : element.parentElement;
        const [a, b] = [luminance(rgb(getComputedStyle(element)[property])), luminance(background(behind))].sort((x, y) => y - x);
        return { text: (element.textContent ?? '').trim().slice(0, 20), ratio: (a! + 0.05) / (b! + 0.05) };
      });
  }, property);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`高对比 (${colorScheme}): body text, links, the red mark, the rule, control borders and focus rings are at least 7:1`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(SEED);
    await setHighContrast(page, true);
    const checks = [
      ...(await contrasts(page, 'main .gw-body p:not([class])')),
      ...(await contrasts(page, 'main .gw-info dt, main .gw-info dd')),
      ...(await contrasts(page, 'a')),
      ...(await contrasts(page, '.gw-setting, .gw-fold', 'borderBottomColor')),
      ...(await contrasts(page, 'main .gw-head', 'borderBottomColor')),
    ];
    const mark = await contrasts(page, 'main .gw-issuer-mark');
    expect(mark).toHaveLength(1);
    for (const { text, ratio } of [...checks, ...mark]) expect(ratio, `${text}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(7);
    // The mark stays red: red clearly above green and blue.
    const [r, g, b] = await page.locator('main .gw-issuer-mark').evaluate((el) => getComputedStyle(el).color.match(/\d+/gu)!.map(Number));
    expect(r! - Math.max(g!, b!)).toBeGreaterThan(100);
    // A focus ring, as the keyboard shows it.
    await page.getByRole('link', { name: '下载 PDF' }).focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await contrasts(page, ':focus-visible', 'outlineColor');
    expect(ring).toHaveLength(1);
    expect(ring[0]!.ratio).toBeGreaterThanOrEqual(7);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
  });
}

test.describe('朗读', () => {
  test('with no Chinese voice in the browser there is no 朗读 button', async ({ page }) => {
    // The real speech engine is not on this machine: headless Chromium here has no voices at all.
    // Whatever the browser has, the button is there exactly when it offers a Chinese voice.
    await page.goto(SEED);
    await page.waitForTimeout(500);
    const chinese = await page.evaluate(() => speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith('zh')));
    await expect(page.getByRole('button', { name: '朗读' })).toHaveCount(chinese ? 1 : 0);
  });

  /**
   * The real engine is not on this machine, so the Web Speech API is replaced, before the page's
   * scripts run, by a recorder with one zh-CN voice: it keeps each utterance's text and language, and
   * ends each at once (or, with `hold`, never). What the test asserts is what the page asked to be spoken.
   */
  const withRecorder = (page: Page, hold = false) =>
    page.addInitScript((hold) => {
      const record = { spoken: [] as { text: string; lang: string; voice: string }[], cancelled: 0 };
      (window as unknown as { speech: typeof record }).speech = record;
      const voice = { name: '测试语音', lang: 'zh-CN', voiceURI: 'test-zh-CN', localService: true, default: true };
      class Utterance extends EventTarget {
        lang = '';
        voice: typeof voice | null = null;
        text: string;
        constructor(text: string) {
          super();
          this.text = text;
        }
      }
      const synth = Object.assign(new EventTarget(), {
        getVoices: () => [voice],
        speak(utterance: Utterance) {
          record.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? '' });
          if (!hold) setTimeout(() => utterance.dispatchEvent(new Event('end')), 0);
        },
        cancel() {
          record.cancelled += 1;
        },
      });
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    }, hold);
  const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speech: { spoken: { text: string; lang: string; voice: string }[]; cancelled: number } }).speech);

  test('reads the whole document, paragraph by paragraph in order, and nothing else, with the Chinese voice', async ({ page }) => {
    await withRecorder(page);
    await page.goto(SEED);
    const button = page.getByRole('button', { name: '朗读' });
    await button.click();
    await expect(page.getByRole('button', { name: '朗读', exact: true })).toBeVisible({ timeout: 30_000 });
    const { spoken: utterances } = await spoken(page);
    expect(utterances.every(({ lang, voice }) => lang === 'zh-CN' && voice === '测试语音')).toBe(true);
    const texts = utterances.map(({ text }) => text);
    const flat = (text: string) => text.replace(/\s+/gu, '');
    // 版头, then the title, the 主送机关 and the first body paragraph.
    expect(flat(texts[0]!)).toBe('天津市西青区张家窝镇人民政府文件');
    expect(texts.slice(1, 5)).toEqual([
      '西青张政发〔2024〕1号',
      '关于印发《政府工作报告》的通知',
      '机关各科室，各村（合作社）、社区：',
      expect.stringMatching(/^现将天津市西青区张家窝镇第十九届人民代表大会第八次会议审议通过的《政府工作报告》印发给你们/u),
    ]);
    expect(texts).toContain('天津市西青区张家窝镇人民政府');
    expect(texts).toContain('2023年1月23日');
    // Everything the article shows, once and in order: the utterances put together are its text.
    const article = await page.locator('main .gw-document').evaluate((element) => (element as HTMLElement).innerText);
    expect(flat(texts.join(''))).toBe(flat(article));
    // Never the 文件信息, the 目录 or the banner.
    for (const chrome of ['文件信息', 'SHA-256', '目录', '文字大小', '全部公文']) expect(texts.join('\n')).not.toContain(chrome);
    expect(texts.length).toBeGreaterThan(50);
  });

  test('the button becomes 停止朗读, and Escape or a second press stops the reading', async ({ page }) => {
    await withRecorder(page, true);
    await page.goto(SEED);
    await page.getByRole('button', { name: '朗读' }).click();
    const stopButton = page.getByRole('button', { name: '停止朗读' });
    await expect(stopButton).toBeVisible();
    await expect(stopButton).toBeFocused();
    expect((await spoken(page)).spoken).toHaveLength(1);
    // The paragraph being read is marked on screen.
    await expect(page.locator('main .gw-document [data-gw-reading]')).toHaveCount(1);
    const cancelledBefore = (await spoken(page)).cancelled;
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: '朗读', exact: true })).toBeVisible();
    expect((await spoken(page)).cancelled).toBeGreaterThan(cancelledBefore);
    await expect(page.locator('[data-gw-reading]')).toHaveCount(0);

    await page.getByRole('button', { name: '朗读' }).click();
    await stopButton.click();
    await expect(page.getByRole('button', { name: '朗读', exact: true })).toBeVisible();
    expect((await spoken(page)).spoken).toHaveLength(2);
  });

  test('a page without a document has no 朗读 button, even with a Chinese voice', async ({ page }) => {
    await withRecorder(page);
    await page.goto('/');
    await expect(page.getByRole('button', { name: '高对比' })).toBeVisible();
    await expect(page.getByRole('button', { name: '朗读' })).toHaveCount(0);
  });
});

test.describe('the print preview', () => {
  let folder: string;
  test.beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'gongwen-elder-'));
  });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const paginated = (page: Page) => page.waitForFunction(() => document.documentElement.dataset['gwPaged'] !== undefined, undefined, { timeout: 60_000 });

  /** The text of a PDF's pages, spaces dropped. */
  async function pdfText(bytes: Buffer, name: string): Promise<string[]> {
    const file = join(folder, `${name}.pdf`);
    writeFileSync(file, bytes);
    return (await readPages(await openPdf(file))).map((sheet) => sheet.lines.map((line) => line.text).join('').replace(/\s+/gu, ''));
  }

  test('its toolbar text and its pages grow with the 文字大小, within the screen; the page count and the PDF stay the same', async ({ page }) => {
    test.setTimeout(240_000);
    const built = await pdfText(readFileSync(new URL(`../../dist/${SLUG}.pdf`, import.meta.url)), 'built');
    const seen: { toolbar: number; sheet: number; pages: number }[] = [];
    for (const size of SIZES) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(SEED);
      await setTextSize(page, size);
      await page.goto(PREVIEW);
      await paginated(page);
      const sheet = (await page.locator('.pagedjs_page').first().boundingBox())!.width;
      seen.push({ toolbar: await fontPx(page, '[data-gw-preview-bar] a'), sheet, pages: await page.locator('.pagedjs_page').count() });
      expect(await pdfText(await page.pdf({ preferCSSPageSize: true }), `preview-${size}`), `${size}: the print is the PDF`).toEqual(built);

      await page.setViewportSize({ width: 390, height: 800 });
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const narrow = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
      expect(narrow.scrollWidth, `${size} at 390 px`).toBeLessThanOrEqual(narrow.clientWidth);
    }
    expect(seen.map(({ toolbar }) => toolbar)).toEqual([16, 20, 24]);
    expect(seen[1]!.sheet).toBeGreaterThan(seen[0]!.sheet);
    expect(seen[2]!.sheet).toBeGreaterThan(seen[1]!.sheet);
    expect(seen[2]!.sheet).toBeLessThanOrEqual(1280);
    expect(new Set(seen.map(({ pages }) => pages)).size).toBe(1);
    expect(seen[0]!.pages).toBe(built.length);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`in 高对比 (${colorScheme}) the toolbar is at least 7:1 and the desk black; the pages stay white and the print the PDF`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(SEED);
      await setHighContrast(page, true);
      await page.goto(PREVIEW);
      await paginated(page);
      for (const { text, ratio } of await contrasts(page, '[data-gw-preview-bar] :is(a, button, [role=status], p)')) {
        expect(ratio, `${text}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(7);
      }
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
      expect(await page.locator('.pagedjs_page').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
      const { violations } = await new AxeBuilder({ page }).include('[data-gw-preview-bar]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((violation) => violation.id)).toEqual([]);
      const built = await pdfText(readFileSync(new URL(`../../dist/${SLUG}.pdf`, import.meta.url)), 'built');
      expect(await pdfText(await page.pdf({ preferCSSPageSize: true }), `contrast-${colorScheme}`)).toEqual(built);
    });
  }
});
