/**
 * Page 1 must show 正文 (GB/T 9704 §7.3.3). When the 版头, the title and a long 主送 leave no line
 * for it, the 主送 moves to the 版记 as 主送：…。 (§7.3.2, §7.4.2), and the build log says so; when
 * even that leaves no line, the document stops with the reason.
 *
 * Runs on the laid-out document before Paged.js paginates it (print/paged/run.ts): the 版头, the
 * title and the 主送 are measured (print/paged/unpaginated.ts leaves them displayed). The 版记
 * carries the 主送 row hidden (src/components/Colophon.astro); the row not used is removed here,
 * with the rows' block when it held nothing else.
 */
import { LINES_PER_PAGE } from '../geometry.ts';

/** The blocks this measures, displayed before pagination. */
export const PAGE_ONE_BLOCKS = '.gw-head, .gw-document > .gw-recipients';

/** Says what the layout changed, for the build log: `<html data-gw-layout-notes>`, one note a line. */
export function addLayoutNote(root: Document, note: string): void {
  const html = root.documentElement;
  html.dataset['gwLayoutNotes'] = [html.dataset['gwLayoutNotes'], note].filter(Boolean).join('\n');
}

export function placeRecipients(root: Document, pitch: number): void {
  const article = root.querySelector<HTMLElement>('.gw-document');
  const recipients = root.querySelector<HTMLElement>('.gw-document > .gw-recipients');
  const moved = root.querySelector<HTMLElement>('.gw-colophon__recipients');
  if (!article || !recipients) return;
  const page = LINES_PER_PAGE * pitch;
  const top = article.getBoundingClientRect().top;
  // Room for at least one line of 正文 below the 主送 (a half pixel of rounding allowed).
  const fits = (bottom: number) => bottom - top + pitch <= page + 0.5;
  if (fits(recipients.getBoundingClientRect().bottom)) {
    const rows = moved?.parentElement;
    moved?.remove();
    if (rows && rows.childElementCount === 0) rows.remove();
  } else {
    const above = recipients.previousElementSibling?.getBoundingClientRect().bottom ?? top;
    const titleMargin = recipients.previousElementSibling ? parseFloat(getComputedStyle(recipients.previousElementSibling).marginBottom) : 0;
    if (!fits(above + titleMargin)) {
      throw new Error('page 1 has no line left for 正文 even with the 主送 moved to the 版记 (GB/T 9704 §7.3.3): shorten the title or the 发文机关标志');
    }
    const lines = Math.round(recipients.getBoundingClientRect().height / pitch);
    recipients.remove();
    moved?.removeAttribute('hidden');
    addLayoutNote(root, `主送 (${lines} lines) moved to the 版记 (GB/T 9704 §7.3.2): with it, page 1 had no line for 正文`);
  }
  // A 版记 left with nothing to print is not printed.
  const colophon = root.querySelector<HTMLElement>('.gw-colophon');
  if (colophon && !colophon.querySelector('p:not([hidden])')) colophon.remove();
}
