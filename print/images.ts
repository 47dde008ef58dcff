/**
 * Figures the print view had to shrink a lot to fit the 版心, for the build log.
 *
 * The print CSS ("Figures" in print/gongwen.css) scales an image down to 156 mm wide and one page
 * area high. Shrinking never blurs a print (it packs more pixels into each millimetre), but it
 * makes everything drawn in the figure smaller: below half its natural size (1 image pixel = 1 CSS
 * pixel = 1/96 inch), labels drawn at a screen's 12 px (about 9 pt) print under 4.5 pt, too small
 * to read on paper. That is what a person printing a 流程图 needs to hear about, so that threshold.
 */
import type { Page } from 'playwright-core';

/** A figure printed below this fraction of its natural size gets a warning. */
export const FIGURE_SHRINK_WARNING_RATIO = 0.5;

const MM_PER_PX = 25.4 / 96;

interface PrintedFigure {
  src: string;
  alt: string;
  page: number;
  naturalWidth: number;
  naturalHeight: number;
  width: number;
  height: number;
}

/** The source file's name from a built image URL: Astro writes /_astro/<name>.<hash>.<ext>. */
export function figureFileName(src: string): string {
  const file = decodeURIComponent(new URL(src, 'file:///').pathname.split('/').at(-1) ?? src);
  return file.replace(/^(.+)\.[\w-]{8,}(\.\w+)$/u, '$1$2');
}

/** One build-log line per figure printed below FIGURE_SHRINK_WARNING_RATIO of its natural size. */
export async function shrunkFigureWarnings(page: Page): Promise<string[]> {
  const figures = await page.evaluate((): PrintedFigure[] =>
    [...document.querySelectorAll<HTMLImageElement>('.pagedjs_page .gw-document img')].map((image) => {
      const pageNumber = Number(image.closest<HTMLElement>('.pagedjs_page')?.dataset['pageNumber'] ?? 0);
      return {
        src: image.currentSrc || image.src,
        alt: image.alt,
        page: pageNumber,
        naturalWidth: image.naturalWidth,
        naturalHeight: image.naturalHeight,
        // Layout sizes, untouched by the preview's scaling transform.
        width: image.offsetWidth,
        height: image.offsetHeight,
      };
    }),
  );
  return figures.flatMap((figure) => {
    if (figure.naturalWidth === 0) return [];
    const ratio = figure.width / figure.naturalWidth;
    if (ratio >= FIGURE_SHRINK_WARNING_RATIO) return [];
    const mm = (px: number) => Math.round(px * MM_PER_PX);
    const name = figure.alt ? `"${figure.alt}" (${figureFileName(figure.src)})` : figureFileName(figure.src);
    return [
      `warning: figure ${name} on page ${figure.page} is printed at ${Math.round(ratio * 100)}% of its size ` +
        `(${mm(figure.width)} × ${mm(figure.height)} mm of ${mm(figure.naturalWidth)} × ${mm(figure.naturalHeight)} mm) to fit the 版心 — ` +
        'what is drawn in it prints that much smaller; crop it, split it into parts, or redraw it with larger lettering.',
    ];
  });
}
