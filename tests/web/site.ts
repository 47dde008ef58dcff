/**
 * What the web tests need to know about the built site: its pages (found in dist/, not listed by
 * hand, so a new document is tested without touching the tests), and each document's frontmatter
 * as its author wrote it in content/ — the expected values, never read back from the page.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { expect, type Page } from '@playwright/test';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const CONTENT = join(ROOT, 'content');

/** Every built HTML page as a URL path, except the print views (the print engineer's). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) pages.push(`/${relative(DIST, path).split(sep).join('/')}`);
    }
  };
  walk(DIST);
  return pages
    .map((path) => path.replace(/index\.html$/u, ''))
    .filter((path) => !/\/print\/$/u.test(path))
    .sort();
}

/** The document pages: one per content/<slug>.mdx, at /<slug>/. */
export function documentPages(): { path: string; slug: string }[] {
  return builtPages()
    .map((path) => ({ path, slug: path.replace(/^\/|\/$/gu, '') }))
    .filter(({ slug }) => slug !== '' && existsSync(join(CONTENT, `${slug}.mdx`)));
}

export interface AuthoredFrontmatter {
  title: string;
  docNumber: string;
  date: string;
  disclosure: string;
  issuers: string[];
}

/** The frontmatter of <content>/<slug>.mdx (the site's content/ unless another folder is named), parsed from the source file. */
export function authoredFrontmatter(slug: string, content = CONTENT): AuthoredFrontmatter {
  const file = join(content, `${slug}.mdx`);
  const source = readFileSync(file, 'utf8');
  const block = /^---\n([\s\S]*?)\n---/u.exec(source);
  if (!block) throw new Error(`${relative(ROOT, file)} has no frontmatter block`);
  const data = parseYaml(block[1]!) as AuthoredFrontmatter;
  // A date may be written 2024-01-23; pages print it as 2024年1月23日 (GB/T 9704 §7.3.5.4).
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(String(data.date));
  if (iso) data.date = `${iso[1]}年${Number(iso[2])}月${Number(iso[3])}日`;
  return data;
}

/**
 * The accessibility-tree lines a screen reader gets from a labelled 文号 / 成文日期 / 公开方式
 * list (a <dl>): each term, then its value; the date is a <time>. `numberLabel` is the page's
 * word for the number (发文字号, 令号 on a 令).
 */
export function labelledValues(source: AuthoredFrontmatter, numberLabel: string, indent: string): string {
  return [
    `- term: ${numberLabel}`,
    `- definition: ${source.docNumber}`,
    '- term: 成文日期',
    '- definition:',
    `  - time: ${source.date}`,
    '- term: 公开方式',
    `- definition: ${source.disclosure}`,
  ]
    .map((line) => `${indent}${line}`)
    .join('\n');
}

/** The ways a reader may see a page, for the checks that must hold in every one of them. */
export interface ViewMode {
  name: string;
  width: number;
  colorScheme: 'light' | 'dark';
  forcedColors: 'active' | 'none';
  largeText: boolean;
}

export const VIEW_MODES: ViewMode[] = [1280, 320].flatMap((width) =>
  (
    [
      ['light', 'light', 'none'],
      ['dark', 'dark', 'none'],
      ['forced colours', 'light', 'active'],
    ] as const
  ).flatMap(([label, colorScheme, forcedColors]) =>
    [false, true].map((largeText) => ({
      name: `${width}px ${label}${largeText ? ' large text' : ''}`,
      width,
      colorScheme,
      forcedColors,
      largeText,
    })),
  ),
);

/** Opens `path` as a reader in `mode` would see it; 大 (or 标准) is chosen with the page's own 文字大小 control (it persists, so set it either way). */
export async function openIn(page: Page, path: string, mode: ViewMode): Promise<void> {
  await page.setViewportSize({ width: mode.width, height: 800 });
  await page.emulateMedia({ colorScheme: mode.colorScheme, forcedColors: mode.forcedColors });
  await page.goto(path);
  await setLargeText(page, mode.largeText);
  await page.evaluate(() => document.fonts.ready);
}

/** The 文字大小 choices in the banner, as a screen reader names them. */
export type TextSizeLabel = '标准' | '大' | '特大';

/** One of the banner's 文字大小 radio buttons ('大' exactly, not also 特大). */
export const textSizeRadio = (page: Page, label: TextSizeLabel) =>
  page.getByRole('radiogroup', { name: '文字大小' }).getByRole('radio', { name: label, exact: true });

/** Chooses a 文字大小 with the banner's control, as a reader would. */
export async function setTextSize(page: Page, label: TextSizeLabel): Promise<void> {
  const radio = textSizeRadio(page, label);
  await radio.check();
  await expect(radio).toBeChecked();
}

/** 大 on, or back to 标准 (what the one 大字模式 toggle used to switch). */
export async function setLargeText(page: Page, on: boolean): Promise<void> {
  await setTextSize(page, on ? '大' : '标准');
}

export const highContrastButton = (page: Page) => page.getByRole('button', { name: '高对比' });

/** Switches 高对比 with the banner's button. */
export async function setHighContrast(page: Page, on: boolean): Promise<void> {
  const button = highContrastButton(page);
  if ((await button.getAttribute('aria-pressed')) !== String(on)) await button.click();
  await expect(button).toHaveAttribute('aria-pressed', String(on));
}

/**
 * Records <html>'s classes at the moment the parser creates <body> on every later load of `page`, for
 * settings that must be applied before the first paint (which waits for the stylesheet anyway).
 * Returns a reader of the last recorded value.
 */
export async function classesAtBody(page: Page): Promise<() => Promise<string>> {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { atBody?: string }).atBody = document.documentElement.className;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { atBody?: string }).atBody ?? '');
}
