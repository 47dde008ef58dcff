/**
 * Figures in the print view load at once. Astro writes body images with loading="lazy", and the
 * body is hidden until Paged.js lays it out (unpaginated.ts): a lazy image there never loads, and
 * Paged.js, which waits for every image before it measures a page, would never finish.
 *
 * Use: src/routes/print.astro runs `EAGER_FIGURES_SCRIPT` as a classic script at the end of the
 * body, before the deferred pagination module starts.
 */
export const EAGER_FIGURES_SCRIPT = `for (const image of document.querySelectorAll('.gw-document img[loading="lazy"]')) image.loading = 'eager';`;
