/**
 * Snaps blocks whose lines are not on the 22-line grid (2号 titles at a 36 pt pitch) to a whole
 * number of grid lines, so the body lines that follow stay on the page grid (spec §3.4), and centres
 * the title's glyphs in those grid lines, so none reaches into the line that follows.
 * Runs on the laid-out document before Paged.js paginates it.
 */
export const OFF_GRID_BLOCKS = '.gw-title, .gw-issued__title, .gw-attachment__title';

/** The grid pitch as laid out, in CSS px. */
export function measurePitch(root: Document): number {
  const probe = root.createElement('div');
  probe.style.height = 'var(--gw-pitch)';
  root.body.append(probe);
  const pitch = probe.getBoundingClientRect().height;
  probe.remove();
  return pitch;
}

export function snapToGrid(root: Document, pitch: number): void {
  for (const block of root.querySelectorAll<HTMLElement>(OFF_GRID_BLOCKS)) {
    const style = getComputedStyle(block);
    // The glyphs end half a leading above the block's bottom: a 36 pt line's 22 pt glyphs fit one
    // 10.2 mm grid line, two lines need three (taking the block's whole height would give one line
    // too many; rounding it, one too few, and the second line would print into the next).
    const halfLeading = (parseFloat(style.lineHeight) - parseFloat(style.fontSize)) / 2;
    const height = block.getBoundingClientRect().height;
    const lines = Math.max(1, Math.ceil((height - halfLeading) / pitch - 0.01));
    block.style.height = `calc(${lines} * var(--gw-pitch))`;
    // The glyphs run from one half leading below the top to one above the bottom; a single line's
    // 36 pt box is taller than its one grid line, so its glyphs move up, two lines' move down.
    const glyphs = height - 2 * halfLeading;
    block.style.setProperty('--gw-title-shift', `${(lines * pitch - glyphs) / 2 - halfLeading}px`);
  }
}
