/**
 * Figures the print view had to shrink a lot to fit the 版心, for the build log.
 *
 * The print CSS ("Figures" in print/gongwen.css) scales an image down to 156 mm wide and one page
 * area high. Shrinking never blurs a print (it packs more pixels into each millimetre), but it
 * makes everything drawn in the figure smaller: below half its natural size (1 image pixel = 1 CSS
 * pixel = 1/96 inch), labels drawn at a screen's 12 px (about 9 pt) print under 4.5 pt, too small
 * to read on paper. That is what a person printing a 流程图 needs to hear about, so that threshold.
 *
 * A figure must also be the site's own file: one loaded from elsewhere would send the reader's
 * browser to another site, so such a document is not printed (the PDF writer's browser itself
 * never fetches it: print/offline.ts).
 */
import type { Page } from 'playwright-core';
import { SEAL_IMAGE_CLASSES } from './seal-images.ts';
import { OfflineError } from './offline.ts';
import { decodePathname } from './static-server.ts';

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
  const last = new URL(src, 'file:///').pathname.split('/').at(-1) ?? src;
  const file = decodePathname(last) ?? last;
  return file.replace(/^(.+)\.[\w-]{8,}(\.\w+)$/u, '$1$2');
}

/** Figures whose file is not served by the site itself (`origin`). */
export function remoteFigures(figures: Pick<PrintedFigure, 'src' | 'alt'>[], origin: string): Pick<PrintedFigure, 'src' | 'alt'>[] {
  return figures.filter((figure) => new URL(figure.src, origin).origin !== origin);
}

/**
 * One build-log line per figure printed below FIGURE_SHRINK_WARNING_RATIO of its natural size;
 * throws, naming the document and the figure, when a figure is not one of the site's own files.
 */
export async function figureWarnings(page: Page, slug: string): Promise<string[]> {
  const origin = await page.evaluate(() => location.origin);
  // Seal images are no figures: inlined by the build (print/seal-images.ts), drawn at the seal's size.
  const figures = await page.evaluate((seals): PrintedFigure[] =>
    [...document.querySelectorAll<HTMLImageElement>(`.pagedjs_page .gw-document img:not(${seals})`)].map((image) => {
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
    SEAL_IMAGE_CLASSES.map((name) => `.${name}`).join(', '),
  );
  const remote = remoteFigures(figures, origin);
  if (remote.length > 0) throw new OfflineError(slug, remote.map((figure) => figure.src));
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
